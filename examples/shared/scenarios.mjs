// What every recipe runs, whatever its runner: each API's happy path on a harness tenant, and one
// side of the two-worker isolation check. Plain JavaScript with no imports of its own, so each
// example project uses it as it is.

/** Each API's happy path through a tenant's ready client (made with `throwOnError: true`): create a customer, read it back; answers its id. */
export const happyPaths = {
  async balanced({ client }) {
    const created = await client.createCustomer({ name: 'Ada Lovelace', email_address: `ada.${crypto.randomUUID()}@example.org` });
    return (await client.retrieveCustomer(created.data.id)).data.id;
  },
  async dwolla({ client }) {
    const created = await client.createCustomer({ firstName: 'Bob', lastName: 'Dole', email: `bob.${crypto.randomUUID()}@example.org` });
    // Dwolla answers 201 with the new customer's URL in Location, and no body.
    const id = created.headers.get('location').split('/').pop();
    return (await client.retrieveCustomer(id)).data.id;
  },
  async bank({ client, bankId }) {
    const created = await client.createCustomer({ bank_id: bankId, legal_name: 'Ada Lovelace', branchId: 'branch-1' });
    return (await client.getCustomerByCustomerId(bankId, created.data.customer_id)).data.id;
  },
  async octobat({ client }) {
    const created = await client.createCustomer({ name: 'Octobat Inc.', billing_address_country: 'FR' });
    return (await client.retrieveCustomer(created.data.id)).data.id;
  },
  async pingpp({ client, appId }) {
    // Binding a card: a token (its SMS code is readable in test mode), then the customer.
    const card = { card_number: `6222${crypto.randomUUID().replace(/\D/g, '').padEnd(12, '7').slice(0, 12)}`, name: '张三', phone_number: '13800138000' };
    const token = await client.createToken({ app: appId, card });
    const sms = await client.retrieveSmsCode(token.data.sms_code.id);
    const created = await client.createCustomer({ app: appId, source: token.data.id, sms_code: { id: sms.data.id, code: sms.data.code } });
    return (await client.retrieveCustomer(created.data.id)).data.id;
  },
};

/** The ids of every customer a Balanced tenant's client lists. */
const balancedIds = async (tenant) => (await tenant.client.listCustomers({ limit: 100 })).data.items.map((c) => c.id);

/** Until `check` answers true: polled, with a deadline, so a missing worker fails the test instead of hanging it. */
async function until(what, check, deadlineMs = 90_000) {
  const deadline = Date.now() + deadlineMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`gave up waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * One of two workers (`me` and `other`, e.g. 'a' and 'b') that run at once on one sandbox. A
 * barrier makes them overlap: each makes its tenant, waits until the other's exists, writes its
 * customers, waits until the other's are written too, and only then reads. Neither returns (and
 * closes its handle, removing its tenant) before both have read: each leaves a marker tenant when
 * it has, which outlives the handles. Answers what this worker saw, for the runner's assertions:
 * its own ids, what its client lists, and the status of reading the other's customer with its
 * credentials.
 */
export async function isolationWorker(sandbox, me, other) {
  const named = async (api, name) => (await sandbox.admin.listTenants({ api, limit: 1000 })).data.items.find((t) => t.name === name);
  const tenant = await sandbox.tenant('balanced', { name: `isolation-${me}`, client: { throwOnError: true } });
  await until(`worker ${other}'s tenant`, () => named('balanced', `isolation-${other}`));
  const mine = [await happyPaths.balanced(tenant), await happyPaths.balanced(tenant)];
  const theirs = await named('balanced', `isolation-${other}`);
  const documents = async (id) => Object.values((await sandbox.admin.getTenant(id)).data.documents).reduce((a, b) => a + b, 0);
  await until(`worker ${other}'s customers`, async () => (await documents(theirs.id)) >= 2);
  const theirIds = (await sandbox.admin.exportData({ tenant: theirs.id })).data.tenants[0].documents.filter((d) => d.collection === 'balanced.customers').map((d) => d.id);
  const crossRead = await tenant.client.retrieveCustomer(theirIds[0]).catch((error) => error.status);
  const listed = await balancedIds(tenant);
  // Made with the admin client, not the handle: the marker stays when this worker closes.
  await sandbox.admin.createTenant({ api: 'octobat', name: `isolation-${me}-read` });
  await until(`worker ${other} to have read`, () => named('octobat', `isolation-${other}-read`));
  return { tenant, mine, listed, crossRead, theirTenant: theirs.id };
}
