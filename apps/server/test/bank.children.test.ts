import { afterAll, beforeAll, expect, it } from 'vitest';
import { bankApi } from '../src/apis/bank/index.ts';
import { manualClock } from '../src/platform/clock.ts';
import { bankSandbox, call, expectOk, expectStatus, newCustomer, userWith, type Sandbox } from './support/bank.ts';
import { describeEachDriver } from './support/drivers.ts';
import { startServer, type TestServer } from './support/server.ts';

describeEachDriver('bank: addresses, social media handles, tax residences, credit limit orders, CRM events', (driver) => {
  let server: TestServer;
  let root: string;
  let sandbox: Sandbox;
  let otherBank: string;
  const clock = manualClock();

  beforeAll(async () => {
    server = await startServer(driver, { clock });
    root = `${server.origin}/bank`;
    sandbox = await bankSandbox(server, { clock });
    const bankCreate = bankApi.commands!.find((c) => c.name === 'bank create')!;
    otherBank = (await bankCreate.run({ store: server.store, tenant: sandbox.provisioned.tenant, clock }, { id: 'other-bank' })).bank_id!;
  });
  afterAll(() => server.close());

  const at = (customerId: string, rest = '', bankId = sandbox.bankId) => `/v1/banks/${bankId}/customers/${customerId}${rest}`;

  it('adds an address by the bankless path (201 Address), lists it, updates only the fields sent, deletes it (204)', async () => {
    const id = await newCustomer(root, sandbox);
    const added = expectOk(
      await call(root, 'POST', `/v1/customers/${id}/address`, sandbox.headers, { customer_id: id, line_1: '1 Main St', city: 'London', tags: ['home'], status: 'current' }),
      'addAddressToCustomer',
      201,
    );
    expect(added).toEqual({
      customer_address_id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      customer_id: id,
      line_1: '1 Main St',
      line_2: '',
      line_3: '',
      city: 'London',
      county: '',
      state: '',
      postcode: '',
      country_code: '',
      tags: ['home'],
      status: 'current',
      insert_date: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/),
    });
    const list = expectOk(await call(root, 'GET', at(id, '/addresses'), sandbox.headers), 'getCustomerAddresses');
    expect(list.addresses).toEqual([added]);

    const addressPath = at(id, `/addresses/${added.customer_address_id}`);
    const updated = expectOk(
      await call(root, 'PUT', addressPath, sandbox.headers, { bank_id: sandbox.bankId, customer_id: id, customer_address_id: added.customer_address_id, postcode: 'N1 1AA' }),
      'updateCustomerAddress',
    );
    expect(updated).toEqual({ ...added, postcode: 'N1 1AA' });
    expectStatus(await call(root, 'PUT', addressPath, sandbox.headers, { customer_address_id: 'another' }), 'updateCustomerAddress', 400, 3, /customer_address_id/);

    const deleted = await call(root, 'DELETE', addressPath, sandbox.headers);
    expect(deleted.status).toBe(204);
    expect(deleted.text).toBe('');
    expect((await call(root, 'GET', at(id, '/addresses'), sandbox.headers)).json.addresses).toEqual([]);
    expectStatus(await call(root, 'DELETE', addressPath, sandbox.headers), 'deleteCustomerAddress', 404, 5, /customer address/);
    expectStatus(await call(root, 'PUT', addressPath, sandbox.headers, {}), 'updateCustomerAddress', 404, 5);
  });

  it('finds a customer named without a bank wherever it is, and not at another bank', async () => {
    const id = await newCustomer(root, sandbox, { bank_id: otherBank });
    const added = expectOk(await call(root, 'POST', `/v1/customers/${id}/address`, sandbox.headers, { line_1: 'x' }), 'addAddressToCustomer', 201);
    expect((await call(root, 'GET', at(id, '/addresses', otherBank), sandbox.headers)).json.addresses).toEqual([added]);
    expectStatus(await call(root, 'GET', at(id, '/addresses'), sandbox.headers), 'getCustomerAddresses', 404, 5, /customer/);
    expectStatus(await call(root, 'DELETE', at(id, `/addresses/${added.customer_address_id}`), sandbox.headers), 'deleteCustomerAddress', 404, 5);
    expectStatus(await call(root, 'POST', '/v1/customers/nobody/address', sandbox.headers, {}), 'addAddressToCustomer', 404, 5);
    expectStatus(await call(root, 'POST', `/v1/customers/${id}/address`, sandbox.headers, { customer_id: 'someone-else' }), 'addAddressToCustomer', 400, 3, /customer_id/);
  });

  it('lists at most 20 addresses, the newest', async () => {
    const id = await newCustomer(root, sandbox);
    const ids: string[] = [];
    for (let i = 0; i < 22; i++) ids.push((await call(root, 'POST', `/v1/customers/${id}/address`, sandbox.headers, { line_1: `${i}` })).json.customer_address_id);
    const listed = expectOk(await call(root, 'GET', at(id, '/addresses'), sandbox.headers), 'getCustomerAddresses').addresses;
    expect(listed.map((a: { customer_address_id: string }) => a.customer_address_id)).toEqual(ids.reverse().slice(0, 20));
  });

  it('adds social media handles ({success}) and lists them as `checks` with the customer number', async () => {
    const id = await newCustomer(root, sandbox);
    const { customer_number } = (await call(root, 'GET', at(id), sandbox.headers)).json;
    const added = await call(root, 'POST', `/v1/customers/${id}/social_media_handles`, sandbox.headers, {
      customer_id: id,
      customer_number,
      type: 'twitter',
      handle: '@ada',
      date_added: { seconds: '1572000000', nanos: 0 },
      date_activated: '2019-10-26T00:00:00Z',
    });
    expect(expectOk(added, 'addSocialMediaHandle', 201)).toEqual({ success: 'Social media added successfully.' });
    clock.advance(1000);
    await call(root, 'POST', `/v1/customers/${id}/social_media_handles`, sandbox.headers, { type: 'github', handle: 'ada' });
    const checks = expectOk(await call(root, 'GET', at(id, '/social_media_handles'), sandbox.headers), 'getCustomerSocialMediaHandles').checks;
    expect(checks).toEqual([
      { customer_number, type: 'github', handle: 'ada', date_added: expect.stringMatching(/^2026-/), date_activated: null },
      { customer_number, type: 'twitter', handle: '@ada', date_added: '2019-10-25T10:40:00Z', date_activated: '2019-10-26T00:00:00Z' },
    ]);
    const wrongNumber = await call(root, 'POST', `/v1/customers/${id}/social_media_handles`, sandbox.headers, { customer_number: 'NOT-IT', type: 'x', handle: 'y' });
    expectStatus(wrongNumber, 'addSocialMediaHandle', 400, 3, /customer_number/);
    expectStatus(await call(root, 'POST', `/v1/customers/${id}/social_media_handles`, sandbox.headers, { type: 'x' }), 'addSocialMediaHandle', 400, 3, /handle/);
  });

  it('creates tax residences (extension), lists them as `result`, deletes them at `tax_residencies`', async () => {
    const id = await newCustomer(root, sandbox);
    const created = expectOk(await call(root, 'POST', at(id, '/tax-residence'), sandbox.headers, { domain: 'GB', tax_number: 'AB123456C' }), 'createTaxResidence', 201);
    expect(created).toEqual({ domain: 'GB', tax_number: 'AB123456C', tax_residence_id: expect.stringMatching(/^[0-9a-f-]{36}$/) });
    const second = (await call(root, 'POST', at(id, '/tax-residence'), sandbox.headers, { domain: 'FR', tax_number: '123' })).json;
    expect(expectOk(await call(root, 'GET', at(id, '/tax-residences'), sandbox.headers), 'getTaxResidenceOfCustomer').result).toEqual([second, created]);
    const deleted = await call(root, 'DELETE', at(id, `/tax_residencies/${created.tax_residence_id}`), sandbox.headers);
    expect(deleted.status).toBe(204);
    expect((await call(root, 'GET', at(id, '/tax-residences'), sandbox.headers)).json.result).toEqual([second]);
    expectStatus(await call(root, 'DELETE', at(id, `/tax_residencies/${created.tax_residence_id}`), sandbox.headers), 'deleteTaxResidence', 404, 5, /tax residence/);
    // The documented spellings only: the list is not at `tax_residencies`, the delete not at `tax-residences`.
    expect((await call(root, 'GET', at(id, '/tax_residencies'), sandbox.headers)).status).toBe(404);
    expect((await call(root, 'DELETE', at(id, `/tax-residences/${second.tax_residence_id}`), sandbox.headers)).status).toBe(404);
    expectStatus(await call(root, 'POST', at(id, '/tax-residence'), sandbox.headers, { domain: 'GB' }), 'createTaxResidence', 400, 3, /tax_number/);
  });

  it('creates credit limit orders ({credit_limit_order_id}), lists them as `result`, gets one at `request/{id}` (singular)', async () => {
    const id = await newCustomer(root, sandbox);
    const created = await call(root, 'POST', at(id, '/credit_limit/requests'), sandbox.headers, {
      bank_id: sandbox.bankId,
      customer_id: id,
      requested_current_rate_amount1: '5000',
      requested_current_rate_amount2: '7000',
      requested_current_valid_end_date: '2027-12-31',
      current_credit_documentation: 'payslips',
    });
    const { credit_limit_order_id } = expectOk(created, 'createCreditLimitOrder', 201);
    const order = { rank_amount_1: '5000', nominal_interest_1: '', rank_amount_2: '7000', nominal_interest_2: '' };
    expect(expectOk(await call(root, 'GET', at(id, '/credit_limit/requests'), sandbox.headers), 'getCreditLimitOrder').result).toEqual([order]);
    expect(expectOk(await call(root, 'GET', at(id, `/credit_limit/request/${credit_limit_order_id}`), sandbox.headers), 'getCreditLimitOrderById')).toEqual({
      credit_limit_order: order,
    });
    expectStatus(await call(root, 'GET', at(id, '/credit_limit/request/nope'), sandbox.headers), 'getCreditLimitOrderById', 404, 5, /credit limit order/);
    expectStatus(await call(root, 'GET', at(id, `/credit_limit/request/${credit_limit_order_id}`, otherBank), sandbox.headers), 'getCreditLimitOrderById', 404, 5);
    expectStatus(await call(root, 'POST', at(id, '/credit_limit/requests'), sandbox.headers, { bank_id: otherBank }), 'createCreditLimitOrder', 400, 3, /bank_id/);
  });

  it('records CRM events (extension) and lists up to 20 of the bank’s, newest first, with has_more', async () => {
    const id = await newCustomer(root, sandbox, { legal_name: 'Grace Hopper' });
    const { customer_number } = (await call(root, 'GET', at(id), sandbox.headers)).json;
    const path = `/v1/banks/${sandbox.bankId}/crm-events`;
    expect(expectOk(await call(root, 'GET', path, sandbox.headers), 'getCrmEvents')).toEqual({ crm_events: [], has_more: false });
    const first = expectOk(
      await call(root, 'POST', path, sandbox.headers, { customer_number, category: 'Complaint', channel: 'Phone', scheduled_date: { seconds: 1_600_000_000 }, result: 'Resolved' }),
      'createCrmEvent',
      201,
    );
    expect(first).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      bank_id: sandbox.bankId,
      customer_name: 'Grace Hopper',
      customer_number,
      category: 'Complaint',
      detail: '',
      channel: 'Phone',
      scheduled_date: '2020-09-13T12:26:40Z',
      actual_date: null,
      result: 'Resolved',
    });
    for (let i = 0; i < 20; i++) await call(root, 'POST', path, sandbox.headers, { customer_number, category: `Call ${i}` });
    const listed = expectOk(await call(root, 'GET', path, sandbox.headers), 'getCrmEvents');
    expect(listed.crm_events).toHaveLength(20);
    expect(listed.crm_events[0].category).toBe('Call 19');
    expect(listed.has_more).toBe(true);
    expectStatus(await call(root, 'POST', path, sandbox.headers, { customer_number: 'NOBODY', category: 'x' }), 'createCrmEvent', 404, 5, /customer/);
    expectStatus(await call(root, 'GET', '/v1/banks/nope/crm-events', sandbox.headers), 'getCrmEvents', 404, 5, /bank nope/);
    expect((await call(root, 'GET', `/v1/banks/${otherBank}/crm-events`, sandbox.headers)).json).toEqual({ crm_events: [], has_more: false });
  });

  it('gates addresses, handles and tax residences by their roles (403 OBP-20006)', async () => {
    const id = await newCustomer(root, sandbox);
    const nobody = await userWith(server, root, sandbox, []);
    const cases: [string, string, string, unknown, string][] = [
      ['POST', `/v1/customers/${id}/address`, 'addAddressToCustomer', {}, 'CanCreateCustomerAddress'],
      ['GET', at(id, '/addresses'), 'getCustomerAddresses', undefined, 'CanGetCustomerAddress'],
      ['PUT', at(id, '/addresses/x'), 'updateCustomerAddress', {}, 'CanCreateCustomer'],
      ['DELETE', at(id, '/addresses/x'), 'deleteCustomerAddress', undefined, 'CanDeleteCustomerAddress'],
      ['POST', `/v1/customers/${id}/social_media_handles`, 'addSocialMediaHandle', { type: 'a', handle: 'b' }, 'CanAddSocialMediaHandle'],
      ['GET', at(id, '/social_media_handles'), 'getCustomerSocialMediaHandles', undefined, 'CanGetSocialMediaHandles'],
      ['POST', at(id, '/tax-residence'), 'createTaxResidence', { domain: 'a', tax_number: 'b' }, 'CanCreateTaxResidence'],
      ['GET', at(id, '/tax-residences'), 'getTaxResidenceOfCustomer', undefined, 'CanGetTaxResidence'],
      ['DELETE', at(id, '/tax_residencies/x'), 'deleteTaxResidence', undefined, 'CanDeleteTaxResidence'],
    ];
    for (const [method, path, operationId, body, role] of cases) {
      expectStatus(await call(root, method, path, nobody.headers, body), operationId, 403, 7, `OBP-20006: User is missing one or more roles: ${role}`);
    }
    // Credit limit orders and CRM events need only the scope.
    expect((await call(root, 'GET', at(id, '/credit_limit/requests'), nobody.headers)).status).toBe(200);
    expect((await call(root, 'GET', `/v1/banks/${sandbox.bankId}/crm-events`, nobody.headers)).status).toBe(200);
  });
});
