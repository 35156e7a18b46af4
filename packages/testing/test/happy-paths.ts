import { createdId } from '@clientele/client';
import type { ApiName, Sandbox, SandboxTenant } from '../src/index.ts';

type Tenant<A extends ApiName> = SandboxTenant<A, 'throw'>;

/** Each API's happy path through a harness tenant's client: create a customer, read it back; answers its id. */
export const happyPaths: { [A in ApiName]: (tenant: Tenant<A>) => Promise<string> } = {
  async balanced({ client }) {
    const created = await client.createCustomer({ name: 'Ada Lovelace', email_address: `ada.${crypto.randomUUID()}@example.org` });
    return (await client.retrieveCustomer(created.data.id)).data.id;
  },
  async dwolla({ client }) {
    const created = await client.createCustomer({ firstName: 'Bob', lastName: 'Dole', email: `bob.${crypto.randomUUID()}@example.org` });
    return (await client.retrieveCustomer(createdId(created)!)).data.id;
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
    // Binding a card: a token (its SMS code readable in test mode), then the customer.
    const token = await client.createToken({ app: appId, card: { card_number: `6222${String(Math.random()).slice(2, 14).padEnd(12, '0')}`, name: '张三', phone_number: '13800138000' } });
    const sms = await client.retrieveSmsCode(token.data.sms_code.id);
    const created = await client.createCustomer({ app: appId, source: token.data.id, sms_code: { id: sms.data.id, code: sms.data.code } });
    return (await client.retrieveCustomer(created.data.id)).data.id;
  },
};

/** How many live documents the tenant holds, all collections together (the admin API's count). */
export async function documentsOf(sandbox: Sandbox, tenant: { id: string }): Promise<number> {
  const { documents } = (await sandbox.admin.getTenant(tenant.id)).data;
  return Object.values(documents).reduce((sum, count) => sum + count, 0);
}
