import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Options } from 'orval';

// One orval entry per API whose spec @clientele/specs emits: a new API needs no change here.
const specs = fileURLToPath(new URL('../specs/generated/', import.meta.url));
const apis = readdirSync(specs, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

const entry = (api: string): Options => ({
  input: { target: `${specs}${api}/openapi.json` },
  output: {
    target: `generated/${api}/${api}.ts`,
    mode: 'single',
    client: 'fetch',
    clean: true,
    prettier: true,
    override: {
      header: () => [`Generated from schemas/${api} by orval; do not edit. Run \`pnpm generate\`.`],
      mutator: { path: 'src/runtime/fetch.ts', name: 'clienteleFetch' },
    },
  },
});

export default defineConfig(Object.fromEntries(apis.map((api) => [api, entry(api)])));
