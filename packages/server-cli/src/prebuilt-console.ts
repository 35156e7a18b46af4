import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * `@clientele/console` as the published server has it (the bundle's alias for that package): the
 * built console ships in the package, beside `dist/`, in `console/`.
 */
export const consoleDist = (): string => join(dirname(fileURLToPath(import.meta.url)), '..', 'console');

export const BUILD_HINT = 'this copy of @clientele/server-cli lacks its console/ folder; reinstall it';
