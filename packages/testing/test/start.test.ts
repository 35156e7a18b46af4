import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBalancedClient } from '@clientele/client';
import { throwawayDatabase } from '@clientele/store/testing';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { SandboxStartError, startSandbox } from '../src/index.ts';
import { documentsOf, happyPaths } from './happy-paths.ts';

const scratch = mkdtempSync(join(tmpdir(), 'clientele-testing-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe.each(['child', 'in-process'] as const)('startSandbox in mode %s', (mode) => {
  it('serves on a free port with a throwaway SQLite file, removed on close', async () => {
    const sandbox = await startSandbox({ mode });
    try {
      expect(sandbox.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(sandbox.database).toMatch(/clientele\.sqlite$/);
      expect(existsSync(sandbox.database!)).toBe(true);
      expect((await fetch(`${sandbox.origin}/healthz`)).status).toBe(200);
      const tenant = await sandbox.tenant('octobat', { client: { throwOnError: true } });
      await happyPaths.octobat(tenant);
    } finally {
      await sandbox.close();
    }
    expect(existsSync(sandbox.database!)).toBe(false);
    await expect(fetch(`${sandbox.origin}/healthz`)).rejects.toThrow();
  });
});

/** Until `check` answers true, polled with a deadline (a hang guard, not a timing assumption). */
async function until(check: () => Promise<boolean>, what: string) {
  for (const deadline = Date.now() + 60_000; !(await check()); ) {
    if (Date.now() > deadline) throw new Error(`gave up waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

it('a test process that exits without close() takes its server and its SQLite file with it', async () => {
  const script = `import { startSandbox } from './src/index.ts';
const sandbox = await startSandbox();
console.log(JSON.stringify({ origin: sandbox.origin, database: sandbox.database }));
process.exit(0);`;
  const cwd = new URL('..', import.meta.url);
  const output = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd, encoding: 'utf8' });
  const { origin, database } = JSON.parse(output.trim().split('\n').at(-1)!) as { origin: string; database: string };
  expect(existsSync(database)).toBe(false);
  await until(() => fetch(`${origin}/healthz`).then(() => false, () => true), 'the orphaned server to stop');
});

describe('startSandbox options', () => {
  it('applies seed files: their tenants and credentials work; `apis` narrows what it offers', async () => {
    const seed = join(scratch, 'seed.json');
    const secret = 'seeded-balanced-key-0123456789';
    writeFileSync(seed, JSON.stringify({ format: 'clientele-sandbox/1', tenants: [{ api: 'balanced', id: 'TEST-MPseeded', credentials: [{ kind: 'api_key', secret }] }] }));
    const sandbox = await startSandbox({ seed, apis: ['balanced'] });
    try {
      const seeded = createBalancedClient({ baseUrl: sandbox.urls.balanced, apiKeySecret: secret, throwOnError: true });
      expect((await seeded.listCustomers()).data.items).toEqual([]);
      expect((await sandbox.admin.getTenant('TEST-MPseeded')).data.api).toBe('balanced');
      await expect(sandbox.tenant('dwolla')).rejects.toThrow('this sandbox offers balanced, not dwolla');
    } finally {
      await sandbox.close();
    }
  });

  it('a seed file with a mistake stops the start with the server’s own words', async () => {
    const seed = join(scratch, 'broken.json');
    writeFileSync(seed, JSON.stringify({ format: 'clientele-sandbox/1', tenants: [{ api: 'nope', id: 'x' }] }));
    const failed = await startSandbox({ seed }).catch((error: unknown) => error);
    expect(failed).toBeInstanceOf(SandboxStartError);
    expect(String((failed as Error).message)).toMatch(/broken\.json/);
  });

  it('refuses an API or a mode it does not know', async () => {
    await expect(startSandbox({ apis: ['stripe' as never] })).rejects.toThrow('unknown API stripe');
    await expect(startSandbox({ mode: 'thread' as never })).rejects.toThrow(`mode must be 'child' or 'in-process', not "thread"`);
  });

  it('runs on the PostgreSQL database given, and leaves it in place', async (context) => {
    const postgres = inject('postgres');
    if (!postgres.available) return context.skip(postgres.reason ?? 'no PostgreSQL');
    const database = await throwawayDatabase(postgres.adminUrl);
    try {
      const sandbox = await startSandbox({ db: database.url });
      let tenantId: string;
      try {
        expect(sandbox.database).toBe(database.url);
        const tenant = await sandbox.tenant('bank', { client: { throwOnError: true } });
        tenantId = tenant.id;
        await happyPaths.bank(tenant);
        expect(await documentsOf(sandbox, tenant)).toBeGreaterThan(0);
      } finally {
        await sandbox.close();
      }
      // The next sandbox on it finds what the first left, less the tenants the first made (close removed them).
      const again = await startSandbox({ db: database.url });
      try {
        expect(await again.admin.getTenant(tenantId!).catch((error: { status: number }) => error.status)).toBe(404);
        expect((await again.admin.listTenants({ api: 'bank' })).data.items.map((t) => t.name)).toEqual(['dev']);
      } finally {
        await again.close();
      }
    } finally {
      await database.drop();
    }
  });
});
