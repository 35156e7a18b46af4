import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildSite, siteDir } from './site.ts';

// `pnpm run docs [--out DIR]`: always rebuilds (the server rebuilds only when the site is stale).
const { values } = parseArgs({ options: { out: { type: 'string' } } });
const out = values.out ? resolve(process.env.INIT_CWD ?? process.cwd(), values.out) : siteDir();
const started = Date.now();
const manifest = await buildSite(out);
console.log(`docs: ${manifest.apis.length} API reference(s) (${manifest.apis.join(', ')}) in ${Date.now() - started} ms`);
console.log(`docs: open ${resolve(out, 'index.html')}, or run \`pnpm start\` and visit http://127.0.0.1:4010/docs/`);
