import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { apis } from '@clientele/schemas/registry';
import { emitJsonSchema } from './json-schema.ts';
import { emitOpenApi } from './openapi.ts';
import { emitTypes } from './types.ts';
import { emitValidators } from './validators.ts';
import { banner, writeGenerated } from './write.ts';

const { positionals, values } = parseArgs({ allowPositionals: true, options: { out: { type: 'string', default: 'generated' } } });
const [target] = positionals;
const out = resolve(values.out!);

async function specs(): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const api of apis) {
    const document = emitOpenApi(api);
    files[`${api.name}/openapi.json`] = `${JSON.stringify(document, null, 2)}\n`;
    files[`${api.name}/openapi.yaml`] = `# Generated from schemas/${api.name}; do not edit. Run \`pnpm generate\`.\n${stringify(document, { lineWidth: 0 })}`;
    files[`${api.name}/openapi.d.ts`] = await emitTypes(api.name, document);
    for (const [stem, schema] of Object.entries(api.jsonSchemas ?? {})) {
      files[`${api.name}/${stem}.schema.json`] = `${JSON.stringify(emitJsonSchema(api, schema), null, 2)}\n`;
    }
  }
  return files;
}

function validators(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const api of apis) files[`${api.name}.ts`] = emitValidators(api);
  files['index.ts'] = [
    banner('*'),
    ...apis.map((api) => `import { checks as ${api.name} } from './${api.name}.ts';`),
    '',
    `export const generatedChecks = { ${apis.map((api) => api.name).join(', ')} };`,
    '',
  ].join('\n');
  return files;
}

const emitters: Record<string, () => Record<string, string> | Promise<Record<string, string>>> = { specs, validators };
const emit = target ? emitters[target] : undefined;
if (!emit) {
  console.error(`usage: clientele-codegen <${Object.keys(emitters).join('|')}> [--out generated]`);
  process.exit(2);
}
await writeGenerated(out, await emit());
console.log(`clientele-codegen ${target}: wrote ${out}`);
