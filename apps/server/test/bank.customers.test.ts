import { afterAll, beforeAll, expect, it } from 'vitest';
import { bankApi } from '../src/apis/bank/index.ts';
import { manualClock } from '../src/platform/clock.ts';
import { bankSandbox, call, expectOk, expectStatus, newCustomer, READ_SCOPE, spec, userWith, type Sandbox } from './support/bank.ts';
import { describeEachDriver } from './support/drivers.ts';
import { startServer, type TestServer } from './support/server.ts';

describeEachDriver('bank: customers', (driver) => {
  let server: TestServer;
  let root: string;
  let sandbox: Sandbox;
  const clock = manualClock();

  beforeAll(async () => {
    server = await startServer(driver, { clock });
    root = `${server.origin}/bank`;
    sandbox = await bankSandbox(server, { clock });
  });
  afterAll(() => server.close());

  const customerPath = (id: string, bankId = sandbox.bankId) => `/v1/banks/${bankId}/customers/${id}`;

  it('creates a customer (201 {customer_id, bank_id}) and shows it with the Customer spellings, unset fields emitted', async () => {
    const created = await call(root, 'POST', '/v1/customers', sandbox.headers, {
      bank_id: sandbox.bankId,
      legal_name: 'Ada Lovelace',
      mobile_phone_number: '+44 7700 900123',
      email: 'ada@example.org',
      highest_education_attained: 'MSc',
      branchId: 'branch-7',
      credit_limit: { cur: 'EUR', num: '2500.50' },
      title: 'Countess',
      // grpc-gateway discards fields it does not know.
      favourite_colour: 'green',
    });
    const body = expectOk(created, 'createCustomer', 201);
    expect(body).toEqual({ customer_id: expect.stringMatching(/^[0-9a-f-]{36}$/), bank_id: sandbox.bankId });

    const customer = expectOk(await call(root, 'GET', customerPath(body.customer_id), sandbox.headers), 'getCustomerByCustomerId');
    expect(customer).toEqual({
      id: body.customer_id,
      bank_id: sandbox.bankId,
      customer_number: expect.stringMatching(/^[0-9A-Z]{10}$/),
      legal_name: 'Ada Lovelace',
      phone_number: '+44 7700 900123',
      email: 'ada@example.org',
      face_image: null,
      date_of_birth: null,
      relationship_status: '',
      credit_rating: null,
      credit_limit: { cur: 'EUR', num: '2500.50' },
      highest_educational_attained: 'MSc',
      employment_status: '',
      kyc_status: false,
      last_ok_data: null,
      title: 'Countess',
      branch_id: 'branch-7',
    });
  });

  it('takes timestamps as RFC 3339 strings and as {seconds, nanos} (int64 seconds as a string or a number); answers RFC 3339', async () => {
    const id = await newCustomer(root, sandbox, {
      date_of_birth: { seconds: '315532800', nanos: 500_000_000 },
      last_ok_date: '2019-10-25T10:00:00+02:00',
      face_image: { url: 'https://example.org/ada.png', date: { seconds: 1_572_000_000 } },
      dob_of_dependents: ['2010-01-01T00:00:00Z', { seconds: 1_300_000_000, nanos: 0 }],
    });
    const customer = (await call(root, 'GET', customerPath(id), sandbox.headers)).json;
    expect(customer.date_of_birth).toBe('1980-01-01T00:00:00.500Z');
    expect(customer.last_ok_data).toBe('2019-10-25T08:00:00Z');
    expect(customer.face_image).toEqual({ url: 'https://example.org/ada.png', date: '2019-10-25T10:40:00Z' });
    expect(customer).not.toHaveProperty('dob_of_dependents');
  });

  it('refuses bad input with a 400 naming the field, never a 500', async () => {
    const cases: [unknown, RegExp][] = [
      [{ bank_id: sandbox.bankId }, /legal_name/],
      [{ legal_name: 'x' }, /bank_id/],
      [{ bank_id: sandbox.bankId, legal_name: 'x', email: 'not-an-email' }, /email/],
      [{ bank_id: sandbox.bankId, legal_name: 'x', date_of_birth: { seconds: '99999999999999', nanos: 0 } }, /date_of_birth/],
      [{ bank_id: sandbox.bankId, legal_name: 'x', date_of_birth: { seconds: 1, nanos: -1 } }, /date_of_birth/],
      [{ bank_id: sandbox.bankId, legal_name: 'x', last_ok_date: 'yesterday' }, /last_ok_date/],
      [{ bank_id: sandbox.bankId, legal_name: 'x', credit_limit: { cur: 'euro', num: '1' } }, /credit_limit/],
      [{ bank_id: sandbox.bankId, legal_name: 'x', credit_limit: { cur: 'EUR', num: 'lots' } }, /credit_limit/],
      [[], /body/],
    ];
    for (const [body, field] of cases) expectStatus(await call(root, 'POST', '/v1/customers', sandbox.headers, body), 'createCustomer', 400, 3, field);
  });

  it('answers 404 for an unknown bank, a customer at another bank, an unknown customer', async () => {
    const other = (await bankApi.commands!.find((c) => c.name === 'bank create')!.run({ store: server.store, tenant: sandbox.provisioned.tenant, clock }, {})).bank_id!;
    const id = await newCustomer(root, sandbox);
    expectStatus(await call(root, 'POST', '/v1/customers', sandbox.headers, { bank_id: 'no-such-bank', legal_name: 'x' }), 'createCustomer', 404, 5, 'bank no-such-bank not found');
    expectStatus(await call(root, 'GET', customerPath(id, 'no-such-bank'), sandbox.headers), 'getCustomerByCustomerId', 404, 5, 'bank no-such-bank not found');
    expectStatus(await call(root, 'GET', customerPath(id, other), sandbox.headers), 'getCustomerByCustomerId', 404, 5, `customer ${id} not found`);
    expectStatus(await call(root, 'GET', customerPath('no-such-customer'), sandbox.headers), 'getCustomerByCustomerId', 404, 5);
    // A customer of the other bank is found there.
    const there = await newCustomer(root, sandbox, { bank_id: other });
    expectOk(await call(root, 'GET', customerPath(there, other), sandbox.headers), 'getCustomerByCustomerId');
  });

  it('gets a customer by its number (the path names the customer twice; both must agree)', async () => {
    const id = await newCustomer(root, sandbox);
    const { customer_number } = (await call(root, 'GET', customerPath(id), sandbox.headers)).json;
    const found = expectOk(await call(root, 'GET', `${customerPath(id)}/customer-number/${customer_number}`, sandbox.headers), 'getCustomerByCustomerNumber');
    expect(found.id).toBe(id);
    expectStatus(await call(root, 'GET', `${customerPath(id)}/customer-number/NOPE`, sandbox.headers), 'getCustomerByCustomerNumber', 404, 5);
  });

  it('each of the eight PUTs changes its own fields and answers {customer}', async () => {
    const id = await newCustomer(root, sandbox, { email: 'old@example.org', title: 'Mr', relationship_status: 'single' });
    const put = async (part: string, operationId: string, body: Record<string, unknown>) =>
      expectOk(await call(root, 'PUT', `${customerPath(id)}/${part}`, sandbox.headers, { bank_id: sandbox.bankId, customer_id: id, ...body }), operationId).customer;

    expect((await put('email', 'updateCustomerEmail', { email: 'new@example.org' })).email).toBe('new@example.org');
    expect((await put('branch', 'updateCustomerBranch', { branch_id: 'b-9' })).branch_id).toBe('b-9');
    expect((await put('credit-limit', 'updateCustomerCreditLimit', { credit_limit: { cur: 'GBP', num: '9000' } })).credit_limit).toEqual({ cur: 'GBP', num: '9000' });
    expect((await put('credit-rating-and-source', 'updateCustomerCreditRatingAndSource', { credit_rating: { rating: 'AA', source: 'Agency' } })).credit_rating).toEqual({
      rating: 'AA',
      source: 'Agency',
    });
    expect((await put('mobile-number', 'updateCustomerMobileNumber', { mobile_phone_number: '+1 555 0100' })).phone_number).toBe('+1 555 0100');
    expect((await put('number', 'updateCustomerNumber', { customer_number: 'CUST-0001' })).customer_number).toBe('CUST-0001');

    // Identity: `date_of_birth` is a string as documented (a date here); fields not sent stay.
    const identity = await put('identity', 'updateCustomerIdentity', { date_of_birth: '1990-05-17', title: 'Dr' });
    expect(identity).toMatchObject({ date_of_birth: '1990-05-17T00:00:00Z', title: 'Dr', legal_name: 'Ada Lovelace' });
    expect((await put('identity', 'updateCustomerIdentity', { date_of_birth: { seconds: 0 } })).date_of_birth).toBe('1970-01-01T00:00:00Z');

    const data = await put('data', 'updateCustomerOtherData', {
      face_image: { url: 'https://example.org/new.png', date: '2020-02-02T02:02:02.123456Z' },
      dependants: 2,
      highest_education_attained: 'PhD',
      employment_status: 'employed',
    });
    expect(data).toMatchObject({
      face_image: { url: 'https://example.org/new.png', date: '2020-02-02T02:02:02.123456Z' },
      highest_educational_attained: 'PhD',
      employment_status: 'employed',
      relationship_status: 'single',
    });
    expect(data).not.toHaveProperty('dependants');
    // Stored as a whole: a fresh read shows the same customer.
    expect((await call(root, 'GET', customerPath(id), sandbox.headers)).json).toEqual(data);
  });

  it('refuses a body that names another bank or customer than the path (400 naming the field), and a missing required field', async () => {
    const id = await newCustomer(root, sandbox);
    const put = (part: string, body: Record<string, unknown>) => call(root, 'PUT', `${customerPath(id)}/${part}`, sandbox.headers, body);
    expectStatus(await put('email', { bank_id: 'another', email: 'a@example.org' }), 'updateCustomerEmail', 400, 3, /bank_id/);
    expectStatus(await put('email', { customer_id: 'another', email: 'a@example.org' }), 'updateCustomerEmail', 400, 3, /customer_id/);
    expectStatus(await put('branch', {}), 'updateCustomerBranch', 400, 3, /branch_id/);
    // Empty is proto3's unset: no disagreement.
    expect((await put('email', { email: 'a@example.org', bank_id: '' })).status).toBe(200);
  });

  it('keeps customer numbers unique within a bank: a taken one is 409 AlreadyExists; other banks may reuse it', async () => {
    const [a, b] = [await newCustomer(root, sandbox), await newCustomer(root, sandbox)];
    await call(root, 'PUT', `${customerPath(a)}/number`, sandbox.headers, { customer_number: 'TAKEN-1' });
    const taken = await call(root, 'PUT', `${customerPath(b)}/number`, sandbox.headers, { customer_number: 'TAKEN-1' });
    expectStatus(taken, 'updateCustomerNumber', 409, 6, 'customer_number TAKEN-1 already exists');
    expect((await call(root, 'GET', customerPath(b), sandbox.headers)).json.customer_number).not.toBe('TAKEN-1');
    const elsewhere = await bankSandbox(server, { clock });
    const c = await newCustomer(root, elsewhere);
    expect((await call(root, 'PUT', `/v1/banks/${elsewhere.bankId}/customers/${c}/number`, elsewhere.headers, { customer_number: 'TAKEN-1' })).status).toBe(200);
  });

  it('needs the write scope to write and the read scope to read (403), a token at all (401)', async () => {
    const reader = await bankSandbox(server, { scopes: [READ_SCOPE], clock });
    const id = await newCustomer(root, sandbox);
    expectStatus(await call(root, 'POST', '/v1/customers', reader.headers, { bank_id: reader.bankId, legal_name: 'x' }), 'createCustomer', 403, 7, /customer\.write/);
    expect((await call(root, 'GET', `/v1/banks/${reader.bankId}/customers`, reader.headers)).status).toBe(200);
    const anonymous = await call(root, 'GET', customerPath(id), { 'content-type': 'application/json' });
    expectStatus(anonymous, 'getCustomerByCustomerId', 401, 16);
    expect(anonymous.headers.get('www-authenticate')).toBe('Bearer realm="bank"');
  });

  it('gates creating and updating by entitlement: 403 OBP-20006 naming the role; a role at one bank does not reach another', async () => {
    const id = await newCustomer(root, sandbox);
    const limited = await userWith(server, root, sandbox, [{ role: 'CanCreateCustomer', at: sandbox.bankId }]);
    expectOk(await call(root, 'POST', '/v1/customers', limited.headers, { bank_id: sandbox.bankId, legal_name: 'x' }), 'createCustomer', 201);
    const email = await call(root, 'PUT', `${customerPath(id)}/email`, limited.headers, { email: 'x@example.org' });
    expectStatus(email, 'updateCustomerEmail', 403, 7, 'OBP-20006: User is missing one or more roles: CanUpdateCustomerEmail');
    const other = await bankSandbox(server, { clock });
    // The limited user's role holds at the first bank only (and its token is of the first sandbox: the other bank is not there at all).
    expectStatus(await call(root, 'POST', '/v1/customers', limited.headers, { bank_id: other.bankId, legal_name: 'x' }), 'createCustomer', 403, 7, /CanCreateCustomer/);
  });

  it('the firehose pages every customer of the bank by offset and limit, newest first or ASC, and within from_date/to_date', async () => {
    const fire = await bankSandbox(server, { clock });
    const scope = fire.provisioned.scope;
    const insert = (from: number, count: number) => bankApi.samples.insert(server.store, scope, { from, count }, clock);
    const start = new Date(clock.nowMs()).toISOString();
    const early = await insert(0, 30);
    clock.advance(60_000);
    // A millisecond before the second batch: both bounds are inclusive.
    const middle = new Date(clock.nowMs() - 1).toISOString();
    const late = await insert(30, 30);
    clock.advance(60_000);
    const path = `/v1/banks/${fire.bankId}/firehose/customers`;
    const page = async (query: string) => expectOk(await call(root, 'GET', `${path}${query}`, fire.headers), 'getFirehoseCustomer').customers.map((c: { id: string }) => c.id);

    // Default: 50 newest first.
    expect(await page('')).toEqual([...early, ...late].reverse().slice(0, 50));
    expect(await page('?limit=0')).toHaveLength(50);
    expect(await page('?limit=10&offset=55')).toEqual([...early, ...late].reverse().slice(55));
    expect(await page('?sort_direction=ASC&limit=5&offset=28')).toEqual([...early, ...late].slice(28, 33));
    expect(await page('?sort_direction=DESC&limit=3')).toEqual([...late].reverse().slice(0, 3));
    expect(await page(`?from_date=${encodeURIComponent(middle)}&limit=100`)).toEqual([...late].reverse());
    expect(await page(`?to_date=${encodeURIComponent(middle)}&sort_direction=ASC&limit=100`)).toEqual(early);
    expect(await page(`?from_date=${encodeURIComponent(start)}&to_date=${encodeURIComponent(middle)}&limit=100&sort_direction=ASC`)).toEqual(early);
    expect(await page(`?to_date=${encodeURIComponent(new Date(Date.parse(start) - 1).toISOString())}`)).toEqual([]);
    // Unknown parameters are ignored (the Open Bank Project would read them as attribute filters; there are none).
    expect(await page('?limit=2&colour=green')).toHaveLength(2);

    expectStatus(await call(root, 'GET', `${path}?limit=501`, fire.headers), 'getFirehoseCustomer', 400, 3, /limit/);
    expectStatus(await call(root, 'GET', `${path}?from_date=tuesday`, fire.headers), 'getFirehoseCustomer', 400, 3, /from_date/);
    expectStatus(await call(root, 'GET', `${path}?sort_direction=UP`, fire.headers), 'getFirehoseCustomer', 400, 3, /sort_direction/);
    expectStatus(await call(root, 'GET', '/v1/banks/no-such-bank/firehose/customers', fire.headers), 'getFirehoseCustomer', 404, 5, /bank/);
    const limited = await userWith(server, root, fire, [{ role: 'CanCreateCustomer', at: '' }]);
    expectStatus(await call(root, 'GET', path, limited.headers), 'getFirehoseCustomer', 403, 7, /CanUseCustomerFirehoseAtAnyBank or CanUseCustomerFirehose/);
    const bankLevel = await userWith(server, root, fire, [{ role: 'CanUseCustomerFirehose', at: fire.bankId }]);
    expect((await call(root, 'GET', path, bankLevel.headers)).status).toBe(200);
  });

  it('the firehose answers only where the server allows it (OBP-00012 otherwise)', async () => {
    const closed = await startServer(driver, { clock, apis: [(await import('../src/apis/bank/index.ts')).createBankApi({ allowFirehose: false })] });
    try {
      const other = await bankSandbox(closed, { clock });
      const res = await call(`${closed.origin}/bank`, 'GET', `/v1/banks/${other.bankId}/firehose/customers`, other.headers);
      expectStatus(res, 'getFirehoseCustomer', 403, 7, /OBP-00012: Customer firehose is not allowed on this instance/);
    } finally {
      await closed.close();
    }
  });

  it('every response body of this suite is what the spec documents (the validator is not vacuous)', () => {
    expect(spec.responseErrors('getCustomerByCustomerId', 200, { id: 'x' }).length).toBeGreaterThan(0);
  });
});
