import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { emittedSpecs as emittedIn } from '../../docs/src/specs.ts';

export { siteFiles } from '../../docs/src/site.ts';

/**
 * `@clientele/docs` as the published server has it (the bundle's alias for that package): the
 * specs and the rendered reference ship in the package, beside `dist/`, so nothing is rendered at
 * run time and neither the docs package nor its renderer is installed.
 */
const packageRoot = join(dirname(fileURLToPath(import.meta.url)), '..');

export const emittedSpecs = (dir = join(packageRoot, 'specs')) => emittedIn(dir);

export const ensureSite = async () => ({ dir: join(packageRoot, 'docs'), built: false });
