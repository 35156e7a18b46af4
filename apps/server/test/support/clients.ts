import {
  createBalancedClient,
  createBankClient,
  createdId,
  createDwollaClient,
  createOctobatClient,
  createPingppClient,
  type ClientOptions,
} from '@clientele/client';
import type { ManualClock } from '../../src/platform/clock.ts';
import { unionPay } from './pingpp.ts';
import type { TestServer } from './server.ts';

/**
 * One API as a client test drives it: a typed client on a fresh tenant, a way to create a customer
 * through that client (its id answered), and every customer through `paginate` of the API's list.
 */
export interface ClientFixture {
  readonly api: string;
  create(n: number): Promise<string>;
  paginate(options?: { limit?: number }): AsyncIterable<{ readonly id: string }>;
}

const required = <T>(value: T | undefined, what: string): T => {
  if (value === undefined) throw new Error(`no ${what}`);
  return value;
};

/** Fixtures for every API the client covers, each on its own tenant of `server`, reached at `origin` (the server, or a proxy before it). */
export async function clientFixtures(server: TestServer, origin: string, clock: ManualClock, options: ClientOptions = {}): Promise<ClientFixture[]> {
  const now = () => clock.nowMs();
  const balancedTenant = await server.tenant('balanced');
  const balanced = createBalancedClient({ ...options, baseUrl: `${origin}/balanced`, apiKeySecret: balancedTenant.api_key_secret!, throwOnError: true });
  const dwollaTenant = await server.tenant('dwolla');
  const dwolla = createDwollaClient({ ...options, baseUrl: `${origin}/dwolla`, clientId: dwollaTenant.client_id!, clientSecret: dwollaTenant.client_secret!, now, throwOnError: true });
  const bankTenant = await server.tenant('bank');
  const bank = createBankClient({ ...options, baseUrl: `${origin}/bank`, refreshToken: bankTenant.refresh_token!, now, throwOnError: true });
  const octobatTenant = await server.tenant('octobat');
  const octobat = createOctobatClient({ ...options, baseUrl: `${origin}/octobat`, secretKey: octobatTenant.test_secret_key!, throwOnError: true });
  const pingppTenant = await server.tenant('pingpp');
  const pingpp = createPingppClient({ ...options, baseUrl: `${origin}/pingpp`, secretKey: pingppTenant.test_secret_key!, throwOnError: true });
  const app = pingppTenant.app_id!;
  return [
    {
      api: 'balanced',
      create: async (n) => (await balanced.createCustomer({ name: `Customer ${n}` })).data.id,
      paginate: (o = {}) => balanced.paginate('listCustomers', o),
    },
    {
      api: 'dwolla',
      create: async (n) => required(createdId(await dwolla.createCustomer({ firstName: 'Customer', lastName: `N${n}`, email: `customer${n}@example.org` })), 'Location'),
      paginate: (o = {}) => dwolla.paginate('listCustomers', o),
    },
    {
      api: 'bank',
      create: async (n) => (await bank.createCustomer({ bank_id: bankTenant.bank_id!, legal_name: `Customer ${n}` })).data.customer_id,
      paginate: (o = {}) => bank.paginate('getFirehoseCustomer', bankTenant.bank_id!, o),
    },
    {
      api: 'octobat',
      create: async (n) => (await octobat.createCustomer({ name: `Customer ${n}`, billing_address_country: 'FR' })).data.id,
      paginate: (o = {}) => octobat.paginate('listCustomers', o),
    },
    {
      api: 'pingpp',
      create: async (n) => {
        const token = await pingpp.createToken({ app, card: { card_number: unionPay(n + 1), name: '张三', phone_number: '13800138000' } });
        const sms = await pingpp.retrieveSmsCode(token.data.sms_code.id);
        return (await pingpp.createCustomer({ app, source: token.data.id, sms_code: { id: sms.data.id, code: sms.data.code } })).data.id;
      },
      paginate: (o = {}) => pingpp.paginate('listCustomers', o),
    },
  ];
}
