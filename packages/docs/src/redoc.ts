import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';

import { docsRoot, docsRequire } from './paths.ts';

const run = promisify(execFile);
const cliPackage = () => docsRequire().resolve('@redocly/cli/package.json');

export const template = () => join(docsRoot(), 'src', 'page.hbs');
export const redoclyVersion = () => (JSON.parse(readFileSync(cliPackage(), 'utf8')) as { version: string }).version;

/**
 * Renders one reference page with Redocly's `build-docs` (Redoc), from the emitted document.
 * `--inlineBundle` embeds Redoc itself instead of loading it from Redocly's CDN, and the page
 * template's Content-Security-Policy stops what the bundle would still fetch from elsewhere (its
 * attribution logo, telemetry, icon fonts), so a page views the same offline as online.
 */
export async function renderReference(specPath: string, outFile: string, title: string): Promise<void> {
  const cli = join(dirname(cliPackage()), 'bin', 'cli.js');
  await run(
    process.execPath,
    [cli, 'build-docs', specPath, '--inlineBundle', '--template', template(), '--title', title, '--output', outFile, '--openapi.disableTelemetry=true', '--lint-config', 'off'],
    {
      // A neutral working directory, so no redocly.yaml nearby changes the rendering.
      cwd: dirname(outFile),
      env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1' },
      maxBuffer: 16 * 1024 * 1024,
    },
  ).catch((error: Error & { stderr?: string; stdout?: string }) => {
    throw new Error(`redocly build-docs failed for ${specPath}:\n${error.stderr || error.stdout || error.message}`);
  });
}
