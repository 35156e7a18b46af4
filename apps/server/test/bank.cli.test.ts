import { expect, it } from 'vitest';
import { bankApi } from '../src/apis/bank/index.ts';
import { run as runCli } from '../src/cli.ts';
import { buildApp } from '../src/app.ts';
import { bearer, call, tokenFor, type Sandbox } from './support/bank.ts';
import { describeEachDriver } from './support/drivers.ts';
import { basic, raw } from './support/http.ts';
import { capturedIo } from './support/process.ts';


describeEachDriver('bank: the CLI makes sandboxes, banks, users, OAuth clients and roles', (driver) => {
  it('tenant create prints one JSON line that works at once; bank, user, client and role commands feed the OAuth flow', { timeout: 120_000 }, async () => {
    const { store, url, dispose } = await driver.open({ migrate: false });
    const cli = async (...args: string[]) => {
      const io = capturedIo();
      expect(await runCli([...args, '--json', '--db', url], io), io.stderr.join('\n')).toBe(0);
      const lines = io.stdout.filter(Boolean);
      expect(lines).toHaveLength(1);
      return JSON.parse(lines[0]!) as Record<string, string>;
    };
    try {
      const created = await cli('tenant', 'create', '--api', 'bank', '--name', 'Demo');
      expect(created).toEqual({
        api: 'bank',
        tenant_id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        name: 'Demo',
        bank_id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        user_id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        user_password: expect.stringMatching(/^[0-9A-Za-z]{24}$/),
        client_id: expect.stringMatching(/^[0-9A-Za-z]{32}$/),
        client_secret: expect.stringMatching(/^[0-9A-Za-z]{40}$/),
        redirect_uri: 'http://localhost:8080/callback',
        access_token: expect.stringMatching(/^[0-9A-Za-z]{50}$/),
        refresh_token: expect.stringMatching(/^[0-9A-Za-z]{40}$/),
      });
      const tenant = ['--api', 'bank', '--tenant', created.tenant_id!];
      const bankMade = await cli('bank', 'create', ...tenant, '--id', 'gh.29.uk', '--name', 'Ghana Bank');
      expect(bankMade).toEqual({ bank_id: 'gh.29.uk', name: 'Ghana Bank' });
      const user = await cli('user', 'create', ...tenant, '--name', 'Clerk', '--roles', 'CanCreateCustomer', '--bank', 'gh.29.uk');
      expect(user).toEqual({ user_id: expect.any(String), password: expect.any(String), roles: 'CanCreateCustomer' });
      const client = await cli('client', 'create', ...tenant, '--redirect-uri', 'https://app.example/cb');
      expect(client).toMatchObject({ redirect_uri: 'https://app.example/cb', scopes: 'https://auth.bnk.to/customer.read,https://auth.bnk.to/customer.write' });
      const granted = await cli('role', 'grant', ...tenant, '--user', user.user_id!, '--role', 'CanUpdateCustomerEmail');
      expect(granted).toEqual({ user_id: user.user_id, roles: 'CanCreateCustomer@gh.29.uk,CanUpdateCustomerEmail' });
      const refusal = capturedIo();
      expect(await runCli(['role', 'grant', ...tenant, '--user', user.user_id!, '--role', 'CanFly', '--db', url], refusal)).toBe(2);
      expect(refusal.stderr.join('\n')).toContain('unknown role(s): CanFly');

      const app = await buildApp({ store, apis: [bankApi] });
      await app.listen({ port: 0, host: '127.0.0.1' });
      try {
        const root = `http://127.0.0.1:${(app.server.address() as { port: number }).port}/bank`;
        // The printed token works at once: the sandbox user holds every role.
        const firehose = await call(root, 'GET', `/v1/banks/${created.bank_id}/firehose/customers`, bearer(created.access_token!));
        expect(firehose.status, firehose.text).toBe(200);
        // The new user signs in for the new client, gets a token, and may do what its roles allow, where they allow it.
        const sandbox = { clientId: client.client_id, redirectUri: client.redirect_uri } as unknown as Sandbox;
        const token = await tokenFor(root, sandbox, user.user_id!, user.password!);
        const headers = bearer(token.access_token);
        const customer = await call(root, 'POST', '/v1/customers', headers, { bank_id: 'gh.29.uk', legal_name: 'Kofi' });
        expect(customer.status, customer.text).toBe(201);
        expect((await call(root, 'POST', '/v1/customers', headers, { bank_id: created.bank_id, legal_name: 'Kofi' })).status).toBe(403);
        expect((await call(root, 'PUT', `/v1/banks/gh.29.uk/customers/${customer.json.customer_id}/email`, headers, { email: 'kofi@example.org' })).status).toBe(200);
        expect((await raw(`${root}/v1/auth?client_id=${client.client_id}&redirect_uri=${created.redirect_uri}`, { headers: { authorization: basic(user.user_id!, user.password!) } })).status).toBe(400);
      } finally {
        await app.close();
      }
    } finally {
      await dispose();
    }
  });
});
