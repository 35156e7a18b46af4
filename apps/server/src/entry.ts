import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// Its own module, with nothing but Node's: the bundle's loader (src/bundle/main.mjs) asks it too.
/** Whether the module at `moduleUrl` is the program node was asked to run (not one imported by a test). */
export function isEntry(moduleUrl: string): boolean {
  const script = process.argv[1];
  if (!script) return false;
  try {
    return realpathSync(script) === realpathSync(fileURLToPath(moduleUrl));
  } catch {
    return false;
  }
}
