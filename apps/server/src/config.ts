import { parseArgs } from 'node:util';

/** A data folder where the command was typed (the repository root for `pnpm start`). */
export const DEFAULT_DB = 'sqlite://data/clientele.sqlite';
export const DEFAULT_PORT = 4010;

/** Relative `--db` paths are relative to where the command was typed (pnpm runs scripts elsewhere). */
export const invocationDir = () => process.env.INIT_CWD ?? process.cwd();

type Options = NonNullable<NonNullable<Parameters<typeof parseArgs>[0]>['options']>;

export function parseCommandLine(
  argv: string[],
  extra: Options = {},
): { values: Record<string, string | boolean | undefined>; positionals: string[] } {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      db: { type: 'string', default: process.env.DATABASE_URL ?? DEFAULT_DB },
      help: { type: 'boolean', short: 'h' },
      ...extra,
    },
  });
  return { values: values as Record<string, string | boolean | undefined>, positionals };
}
