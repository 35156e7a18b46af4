import { existsSync, readFileSync } from 'node:fs';
import { withPostgres } from '@clientele/store/testing';

/**
 * The secrets found in clear anywhere in the database: in the SQLite files themselves (data and
 * write-ahead log, bytes and all), or in any row of any table of PostgreSQL. Secrets are stored
 * only as hashes, so this must come back empty.
 */
export async function plaintextSecrets(database: { url: string; sqlitePath?: string }, secrets: ReadonlySet<string>): Promise<string[]> {
  let texts: string[];
  if (database.sqlitePath) {
    texts = [database.sqlitePath, `${database.sqlitePath}-wal`].filter(existsSync).map((path) => readFileSync(path).toString('latin1'));
  } else {
    texts = await withPostgres(database.url, async (client) => {
      const tables = await client.query<{ name: string }>("select table_name as name from information_schema.tables where table_schema = 'public'");
      const dumps: string[] = [];
      for (const { name } of tables.rows) {
        const { rows } = await client.query<{ text: string | null }>(`select string_agg(t::text, ' ') as text from "${name}" t`);
        dumps.push(rows[0]?.text ?? '');
      }
      return dumps;
    });
  }
  return [...secrets].filter((secret) => texts.some((text) => text.includes(secret)));
}
