import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { balancedApi } from '../src/apis/balanced/index.ts';
import { buildApp } from '../src/platform/app.ts';
import { describeEachDriver } from './support/drivers.ts';
import { basic, raw } from './support/http.ts';
import { startServer } from './support/server.ts';

const run = promisify(execFile);
const serverDir = new URL('..', import.meta.url).pathname;

describeEachDriver('the server process', (driver) => {
  it('GET /healthz answers 200 while the store is reachable, 503 once it is not', async () => {
    const server = await startServer(driver);
    try {
      const ok = await raw(`${server.origin}/healthz`);
      expect(ok.status).toBe(200);
      expect(ok.json).toMatchObject({ status: 'ok', store: driver.name });
      await server.store.close();
      const down = await raw(`${server.origin}/healthz`);
      expect(down.status).toBe(503);
      expect(down.json).toMatchObject({ status: 'unavailable' });
    } finally {
      await server.close();
    }
  });

  it('serves one API at the root of its own port', async () => {
    const { store, dispose } = await driver.open();
    const app = await buildApp({ store, apis: [balancedApi as never], mount: 'root' });
    await app.listen({ port: 0, host: '127.0.0.1' });
    try {
      const origin = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
      const { credentials } = await balancedApi.provisionTenant(store, {});
      const res = await raw(`${origin}/v1/customers`, { method: 'POST', headers: { authorization: basic(credentials.api_key_secret!) } });
      expect(res.status).toBe(201);
      expect((await raw(`${origin}/balanced/v1/customers`)).status).toBe(404);
    } finally {
      await app.close();
      await dispose();
    }
  });

  it('paths outside every API are a plain 404 naming the mounts', async () => {
    const server = await startServer(driver);
    const res = await raw(`${server.origin}/nope`);
    expect(res.status).toBe(404);
    expect(res.json.message).toContain('/balanced');
    await server.close();
  });
});

describeEachDriver('the tenant command', (driver) => {
  it('creates a tenant in the given (new) database and prints its credentials as one JSON line; they work against a server on it', async () => {
    const { store, url, dispose } = await driver.open({ migrate: false });
    try {
      const { stdout } = await run(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'tenant', 'create', '--api', 'balanced', '--json', '--db', url], {
        cwd: serverDir,
      });
      const lines = stdout.trim().split('\n');
      expect(lines).toHaveLength(1);
      const created = JSON.parse(lines[0]!);
      expect(created).toMatchObject({ api: 'balanced', tenant_id: expect.stringMatching(/^TEST-MP/), api_key_secret: expect.stringMatching(/^[0-9a-f]{32}$/) });

      const app = await buildApp({ store, apis: [balancedApi as never] });
      await app.listen({ port: 0, host: '127.0.0.1' });
      try {
        const origin = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
        const res = await raw(`${origin}/balanced/v1/customers`, { headers: { authorization: basic(created.api_key_secret) } });
        expect(res.status).toBe(200);
        expect(res.json.total).toBe(0);
      } finally {
        await app.close();
      }
    } finally {
      await dispose();
    }
  });
});

describe('the tenant command', () => {
  const dir = mkdtempSync(join(tmpdir(), 'clientele-cli-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses an unknown API with usage and exit code 2', async () => {
    const failed = await run(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'tenant', 'create', '--api', 'nope', '--db', `sqlite://${join(dir, 'x.sqlite')}`], {
      cwd: serverDir,
    }).catch((error: { code: number; stderr: string }) => error);
    expect((failed as { code: number }).code).toBe(2);
    expect((failed as { stderr: string }).stderr).toContain('unknown API');
  });
});
