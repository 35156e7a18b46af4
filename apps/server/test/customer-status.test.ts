import { afterAll, beforeAll, expect, it } from 'vitest';
import { run as runCli } from '../src/cli.ts';
import { bankSandbox, call as bankCall } from './support/bank.ts';
import { describeEachDriver } from './support/drivers.ts';
import { createCustomer, dwollaAccount, errorOf, newCustomer, type DwollaAccount } from './support/dwolla.ts';
import { basic, raw } from './support/http.ts';
import { capturedIo } from './support/process.ts';
import { documented, startSandbox, type SandboxServer } from './support/sandbox.ts';

const personal = (firstName: string): Record<string, unknown> =>
  newCustomer({ firstName, type: 'personal', address1: '99-99 33rd St', city: 'Some City', state: 'NY', postalCode: '11101', dateOfBirth: '1970-01-01', ssn: '1234' });
const business = (businessName: string, over: Record<string, unknown> = {}): Record<string, unknown> =>
  newCustomer({
    type: 'business',
    address1: '99-99 33rd St',
    city: 'Some City',
    state: 'NY',
    postalCode: '11101',
    businessName,
    businessType: 'llc',
    businessClassification: '9ed3f670-7d6f-11e3-b1ce-5404a6144203',
    ein: '00-0000000',
    controller: {
      firstName: 'John',
      lastName: 'Controller',
      title: 'CEO',
      dateOfBirth: '1980-01-31',
      ssn: '1234',
      address: { address1: '1749 18th st', city: 'Des Moines', stateProvinceRegion: 'IA', postalCode: '50266', country: 'US' },
    },
    ...over,
  });

describeEachDriver('customer statuses', (driver) => {
  let server: SandboxServer;
  let root: string;
  let account: DwollaAccount;

  beforeAll(async () => {
    server = await startSandbox(driver);
    root = `${server.origin}/dwolla`;
    account = await dwollaAccount(server, root);
  });
  afterAll(() => server.close());

  const customer = async (id: string) => (await raw(`${root}/customers/${id}`, { headers: account.headers })).json;
  const move = (tenant: string, id: string, status: unknown) => server.call('POST', `/tenants/${tenant}/customers/${id}/status`, { status });

  it('Dwolla: a verified Personal customer takes the Sandbox status its firstName names', async () => {
    for (const [firstName, status] of [['verified', 'verified'], ['Retry', 'retry'], ['document', 'document'], ['suspended', 'suspended'], ['Jane', 'verified']]) {
      const id = await createCustomer(root, account, personal(firstName!));
      expect(await customer(id)).toMatchObject({ type: 'personal', status, address1: '99-99 33rd St', city: 'Some City', state: 'NY', postalCode: '11101' });
      expect((await customer(id)).ssn).toBeUndefined();
    }
    expect((await customer(await createCustomer(root, account))).status).toBe('unverified');
  });

  it('Dwolla: a verified Business customer by its businessName; a missing required field is named', async () => {
    const id = await createCustomer(root, account, business('document'));
    expect(await customer(id)).toMatchObject({ type: 'business', status: 'document', businessName: 'document' });
    const { controller: _c, ein: _e, ...missing } = business('Acme');
    const res = await raw(`${root}/customers`, { method: 'POST', headers: account.headers, body: JSON.stringify(missing) });
    expect(res.status).toBe(400);
    expect(errorOf(res).errors).toEqual([
      { code: 'Required', message: 'Ein is required.', path: '/ein' },
      { code: 'Required', message: 'Controller is required.', path: '/controller' },
    ]);
    const { dateOfBirth: _d, ...noBirth } = personal('Jane');
    expect(errorOf(await raw(`${root}/customers`, { method: 'POST', headers: account.headers, body: JSON.stringify(noBirth) })).errors).toEqual([
      { code: 'Required', message: 'DateOfBirth is required.', path: '/dateOfBirth' },
    ]);
    // Verified fields without a type are not an unverified customer's.
    const stray = await raw(`${root}/customers`, { method: 'POST', headers: account.headers, body: JSON.stringify(newCustomer({ ssn: '1234' })) });
    expect(errorOf(stray).errors).toEqual([{ code: 'NotAllowed', message: 'Ssn is not allowed.', path: '/ssn' }]);
  });

  it('Dwolla: the admin API moves status only as Dwolla does', async () => {
    const id = await createCustomer(root, account, personal('retry'));
    const moved = await move(account.accountId, id.toLowerCase(), 'document');
    documented('setCustomerStatus', moved, 200);
    expect(moved.json).toEqual({ api: 'dwolla', tenant_id: account.accountId, customer_id: id, field: 'status', from: 'retry', to: 'document' });
    expect((await customer(id)).status).toBe('document');

    const back = await move(account.accountId, id, 'retry');
    documented('setCustomerStatus', back, 400);
    expect(back.json.errors).toEqual([{ field: 'status', message: 'status cannot move from "document" to "retry"; from "document" it may move to "verified", "suspended"' }]);
    const unknown = await move(account.accountId, id, 'approved');
    expect(unknown.status).toBe(400);
    expect(unknown.json.errors[0].message).toBe('must be one of "unverified", "retry", "verified", "document", "suspended" (the status of a dwolla customer)');
    expect((await move(account.accountId, id, true)).status).toBe(400);
    expect((await move(account.accountId, id, 'verified')).json.to).toBe('verified');
    expect((await move(account.accountId, id, 'suspended')).json.to).toBe('suspended');
    expect((await move(account.accountId, id, 'verified')).status).toBe(400);
    const unverified = await createCustomer(root, account);
    expect((await move(account.accountId, unverified, 'verified')).json.errors[0].message).toMatch(/from "unverified" it may move to nothing/);
    documented('setCustomerStatus', await move(account.accountId, '00000000-0000-0000-0000-000000000000', 'verified'), 404);
    documented('setCustomerStatus', await move('no-such-tenant', id, 'verified'), 404);
  });

  it('Balanced: is_identity_verified goes from false to true, once', async () => {
    const tenant = await server.tenant('balanced');
    const auth = { authorization: basic(tenant.api_key_secret!), 'content-type': 'application/json' };
    const created = await raw(`${server.origin}/balanced/v1/customers`, { method: 'POST', headers: auth, body: JSON.stringify({ name: 'Ada' }) });
    const id = created.json.id as string;
    expect((await move(tenant.tenant_id, id, 'true')).status).toBe(400);
    expect((await move(tenant.tenant_id, id, true)).json).toMatchObject({ field: 'is_identity_verified', from: false, to: true });
    const read = await raw(`${server.origin}/balanced/v1/customers/${id}`, { headers: auth });
    expect(read.json.is_identity_verified).toBe(true);
    expect((await move(tenant.tenant_id, id, false)).json.errors[0].message).toBe('is_identity_verified cannot move from true to false; from true it may move to nothing');
  });

  it('the bank: kyc_status moves both ways, from the command line too', async () => {
    const bank = await bankSandbox(server);
    const bankRoot = `${server.origin}/bank`;
    const created = await bankCall(bankRoot, 'POST', '/v1/customers', bank.headers, { bank_id: bank.bankId, legal_name: 'Ada Lovelace' });
    const id = created.json.customer_id as string;
    const io = capturedIo();
    expect(await runCli(['customer', 'status', '--tenant', bank.tenantId, '--customer', id, '--to', 'true', '--json', '--db', server.url], io)).toBe(0);
    expect(JSON.parse(io.stdout[0]!)).toMatchObject({ field: 'kyc_status', from: false, to: true });
    const read = await bankCall(bankRoot, 'GET', `/v1/banks/${bank.bankId}/customers/${id}`, bank.headers);
    expect(read.json.customer?.kyc_status ?? read.json.kyc_status).toBe(true);
    expect((await move(bank.tenantId, id, false)).json).toMatchObject({ from: true, to: false });
    expect((await move(bank.tenantId, id, false)).status).toBe(400);
  });

  it('Octobat and Ping++ customers have no status to move', async () => {
    const tenant = await server.tenant('octobat');
    const res = await move(tenant.tenant_id, 'oc_cu_x', 'verified');
    documented('setCustomerStatus', res, 400);
    expect(res.json.errors[0]).toEqual({ field: 'status', message: 'octobat customers have no status that moves' });
  });
});
