import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { run as runCli } from '../src/cli.ts';
import { recordServing } from '../src/sandbox/settings.ts';
import { describeEachDriver } from './support/drivers.ts';
import { basic, raw } from './support/http.ts';
import { capturedIo } from './support/process.ts';
import { startSandbox, type SandboxServer } from './support/sandbox.ts';

describeEachDriver('the sandbox commands', (driver) => {
  let server: SandboxServer;
  let dir: string;

  /** `clientele …` in-process on the server's database (`--json`): exit code, parsed output, errors. */
  const cli = async (...args: string[]) => {
    const io = capturedIo({ INIT_CWD: dir });
    const code = await runCli([...args, '--db', server.url], io);
    const text = io.stdout.join('\n');
    return { code, text, json: code === 0 && args.includes('--json') && text ? JSON.parse(text) : undefined, err: io.stderr };
  };

  beforeAll(async () => {
    server = await startSandbox(driver);
    dir = mkdtempSync(join(tmpdir(), 'clientele-cli-'));
  });
  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("tenant create prints a try line at the server's real address; list, show and delete", async () => {
    await recordServing(server.store, { origin: server.origin });
    const created = await cli('tenant', 'create', '--api', 'balanced', '--name', 'From the CLI');
    expect(created.code).toBe(0);
    expect(created.text).toContain(`try: curl -u `);
    expect(created.text).toContain(`${server.origin}/balanced/v1/customers -d name='Benny Riemann' -d 'meta[tier]=gold'`);
    const made = await cli('tenant', 'create', '--api', 'octobat', '--json');
    const listed = await cli('tenant', 'list', '--api', 'octobat', '--json');
    expect(listed.json.items.map((t: { id: string }) => t.id)).toContain(made.json.tenant_id);
    const shown = await cli('tenant', 'show', '--tenant', made.json.tenant_id, '--json');
    expect(shown.json.credentials.map((c: { label: string }) => c.label).sort()).toEqual(['live_secret_key', 'test_secret_key']);
    expect(shown.text).not.toContain(made.json.test_secret_key);
    expect((await cli('tenant', 'delete', '--tenant', made.json.tenant_id, '--json')).code).toBe(0);
    const gone = await cli('tenant', 'show', '--tenant', made.json.tenant_id);
    expect(gone.code).toBe(2);
    expect(gone.err[0]).toBe(`no tenant ${made.json.tenant_id}`);
    expect((await cli('tenant', 'show')).err[0]).toBe('--tenant: is required');
  });

  it('credential add, rotate and revoke', async () => {
    const made = await cli('tenant', 'create', '--api', 'balanced', '--json');
    const works = async (secret: string) => (await raw(`${server.origin}/balanced/v1/customers`, { headers: { authorization: basic(secret) } })).status === 200;
    const [credential] = (await cli('tenant', 'show', '--tenant', made.json.tenant_id, '--json')).json.credentials;
    const added = await cli('credential', 'add', '--tenant', made.json.tenant_id, '--kind', 'api_key', '--label', 'api_key_secret', '--secret', 'ci-cli-known-secret', '--json');
    expect(added.json.secrets).toEqual({ api_key_secret: 'ci-cli-known-secret' });
    expect(await works('ci-cli-known-secret')).toBe(true);
    const rotated = await cli('credential', 'rotate', '--tenant', made.json.tenant_id, '--credential', credential.id, '--json');
    expect(await works(made.json.api_key_secret)).toBe(false);
    expect(await works(rotated.json.secrets.api_key_secret)).toBe(true);
    expect((await cli('credential', 'revoke', '--tenant', made.json.tenant_id, '--credential', credential.id, '--json')).code).toBe(0);
    expect(await works(rotated.json.secrets.api_key_secret)).toBe(false);
    expect((await cli('credential', 'add', '--tenant', made.json.tenant_id)).err[0]).toContain('kind: is required');
  });

  it('data export (to a file), reset and import', async () => {
    const made = await cli('tenant', 'create', '--api', 'balanced', '--json');
    const auth = { authorization: basic(made.json.api_key_secret), 'content-type': 'application/json' };
    await raw(`${server.origin}/balanced/v1/customers`, { method: 'POST', headers: auth, body: '{"name": "Kept"}' });
    const exported = await cli('data', 'export', '--tenant', made.json.tenant_id, '--out', 'tenant.json', '--json');
    expect(exported.json).toEqual({ file: join(dir, 'tenant.json'), tenants: 1 });
    const total = async () => (await raw(`${server.origin}/balanced/v1/customers`, { headers: auth })).json.total;
    expect((await cli('data', 'reset', '--tenant', made.json.tenant_id, '--json')).json).toEqual({ tenants: [made.json.tenant_id] });
    expect(await total()).toBe(0);
    const imported = await cli('data', 'import', '--file', 'tenant.json', '--json');
    expect(imported.json.tenants).toEqual([{ id: made.json.tenant_id, api: 'balanced', created: false, credentials_added: 0, documents: 1 }]);
    expect(await total()).toBe(1);
    expect((await cli('data', 'export', '--tenant', made.json.tenant_id, '--json')).json).toEqual(JSON.parse(readFileSync(join(dir, 'tenant.json'), 'utf8')));
    expect((await cli('data', 'reset')).err[0]).toContain('--all');
    expect((await cli('data', 'reset', '--all', '--json')).json.tenants).toContain(made.json.tenant_id);
  });

  it('requests list (filtered) and clear', async () => {
    const made = await cli('tenant', 'create', '--api', 'balanced', '--json');
    await raw(`${server.origin}/balanced/v1/customers/CUnope`, { headers: { authorization: basic(made.json.api_key_secret) } });
    await server.app.clienteleSandbox.flush();
    const listed = await cli('requests', 'list', '--tenant', made.json.tenant_id, '--status', '4xx', '--json');
    expect(listed.json.items).toMatchObject([{ status: 404, operation: 'retrieveCustomer', request: { headers: { authorization: 'Basic [redacted]' } } }]);
    expect((await cli('requests', 'list', '--status', 'teapot')).code).toBe(2);
    expect((await cli('requests', 'clear', '--json')).code).toBe(0);
    expect((await cli('requests', 'list', '--json')).json.items).toEqual([]);
  });
});
