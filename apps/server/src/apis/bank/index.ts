import { bank, READ_SCOPE, WRITE_SCOPE, type CreateCustomerRequest } from '@clientele/schemas/bank';
import type { Store } from '@clientele/store';
import { systemClock, type Clock } from '../../platform/clock.ts';
import { defineServerApi, type Command, type ProvisionedTenant } from '../../platform/handlers.ts';
import { uuid } from '../../platform/ids.ts';
import { bearerTokenAuth } from '../../platform/oauth.ts';
import { userCommands } from '../../platform/user-commands.ts';
import { childHandlers } from './children.ts';
import { customerHandlers } from './customers.ts';
import { errors } from './errors.ts';
import { linkHandlers } from './links.ts';
import { storedCustomerOf } from './requests.ts';
import { addresses, bankResources, bankScope, banks, creditLimitOrders, customerAnywhere, customers, insertCustomers, oauth, taxResidences, users } from './resources.ts';
import { ALL_ROLES } from './roles.ts';
import { TOKEN_LIFETIME_SECONDS, tokenHandlers } from './token.ts';
import { uniqueFieldsOf, within } from '../../platform/resources.ts';
import type { StatusPolicy } from '../../platform/statuses.ts';

export const SCOPES = [READ_SCOPE, WRITE_SCOPE] as const;
/** Where a sandbox's first OAuth client says it redirects: nothing needs to listen there, the code comes back in JSON. */
export const DEFAULT_REDIRECT_URI = 'http://localhost:8080/callback';

export interface BankApiOptions {
  /** The Open Bank Project's `allow_customer_firehose` (default true; `ALLOW_CUSTOMER_FIREHOSE=false` turns it off). */
  readonly allowFirehose?: boolean;
  /** How long access tokens live (default 3600 seconds). */
  readonly tokenLifetimeSeconds?: number;
}

/** A bank of the sandbox, under the id given (or a new UUID). */
async function createBank(store: Store, clock: Clock, tenantId: string, bank: { id?: string; name: string }): Promise<string> {
  const id = bank.id ?? uuid();
  if (await banks(store).get({ tenantId }, id)) throw new Error(`bank ${id} already exists in tenant ${tenantId}`);
  await banks(store).insert({ tenantId }, { id, createdUs: clock.nowUs(), data: { name: bank.name } });
  return id;
}

const bankCommand: Command = {
  name: 'bank create',
  summary: 'Creates a bank in the tenant; prints its id.',
  options: { id: { description: 'the bank id (default: a new UUID)' }, name: { description: 'a display name' } },
  async run({ store, tenant, clock }, values) {
    const id = await createBank(store, clock, tenant.id, { ...(values.id ? { id: values.id } : {}), name: values.name ?? 'Bank' });
    return { bank_id: id, name: values.name ?? 'Bank' };
  },
};

/** The `i`-th sample customer of the tenant's first bank. */
const sampleCustomer = (i: number, bankId: string): CreateCustomerRequest => ({
  bank_id: bankId,
  legal_name: `Customer ${i}`,
  mobile_phone_number: `+44 7700 ${String(i).padStart(6, '0')}`,
  email: `customer${i}@example.org`,
  date_of_birth: '1980-01-31T00:00:00Z',
  credit_limit: { cur: 'EUR', num: '1000' },
  title: 'Ms',
  branchId: 'branch-1',
});

/** The bank a tenant was provisioned with (kept in its meta). */
const firstBankOf = async (store: Store, tenantId: string) => String((await store.tenants.get(tenantId))?.meta.bank_id ?? '');

/** `kyc_status`: the Open Bank Project records KYC checks as they pass or fail, so it moves both ways. */
const customerStatus: StatusPolicy = {
  field: 'kyc_status',
  collection: customers.policy.collection,
  transitions: [
    [false, [true]],
    [true, [false]],
  ],
  async locate(context, id) {
    const doc = await customerAnywhere(context, id);
    return { scope: bankScope(context, doc.data.bank_id), doc: doc as never };
  },
};

export function createBankApi(options: BankApiOptions = {}) {
  const lifetimeSeconds = options.tokenLifetimeSeconds ?? TOKEN_LIFETIME_SECONDS;
  return defineServerApi({
    definition: bank,
    handlers: {
      ...tokenHandlers(lifetimeSeconds),
      ...customerHandlers({ allowFirehose: options.allowFirehose ?? process.env.ALLOW_CUSTOMER_FIREHOSE !== 'false' }),
      ...childHandlers,
      ...linkHandlers,
    },
    authenticators: { oauth2: bearerTokenAuth('bank'), userLogin: users.loginAuth() },
    resources: bankResources,
    errors,
    customerStatus,
    /**
     * A sandbox: a bank, a user holding every role, an OAuth client with the scopes, and tokens
     * for that user, so every operation can be called at once.
     */
    async provisionTenant(store, { name, scopes = SCOPES, clock = systemClock }) {
      const unknown = scopes.filter((scope) => !(SCOPES as readonly string[]).includes(scope));
      if (unknown.length) throw new Error(`unknown scope(s) ${unknown.join(', ')}: the bank's scopes are ${SCOPES.join(', ')}`);
      const tenantId = uuid();
      const bankId = uuid();
      const tenant = await store.tenants.create({ id: tenantId, api: 'bank', name: name ?? 'Sandbox', meta: { bank_id: bankId } });
      const context = { store, clock, scope: { tenantId } };
      await createBank(store, clock, tenantId, { id: bankId, name: 'Sandbox bank' });
      const { user, password } = await users.create(context, { name: 'Sandbox user', entitlements: ALL_ROLES.map((role) => ({ role, at: '' })) });
      const client = await oauth.createClient(context, { tenantId, name: 'Sandbox client', redirect_uris: [DEFAULT_REDIRECT_URI], scopes });
      const tokens = await oauth.issueTokens(context, { tenant, subject: user.id, scopes, clientId: client.clientId }, { lifetimeSeconds });
      const credentials = {
        bank_id: bankId,
        user_id: user.id,
        user_password: password,
        client_id: client.clientId,
        client_secret: client.clientSecret,
        redirect_uri: DEFAULT_REDIRECT_URI,
        access_token: tokens.accessToken,
        refresh_token: tokens.refreshToken,
      };
      return {
        tenant,
        scope: { tenantId },
        credentials,
        example: (root) =>
          `curl ${root}/v1/customers -H 'Authorization: Bearer ${tokens.accessToken}' -H 'Content-Type: application/json' -d '{"bank_id": "${bankId}", "legal_name": "Ada Lovelace"}'`,
      };
    },
    // A client gets a fresh access token with the refresh token (it does not expire).
    async authorize(credentials, { apiRoot, fetch }) {
      const response = await fetch(`${apiRoot}/v1/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ grant_type: 'RefreshToken', refresh_token: credentials.refresh_token }),
      });
      if (response.status !== 201) throw new Error(`bank token: ${response.status} ${await response.text()}`);
      const { access_token } = (await response.json()) as { access_token: string };
      return { authorization: `Bearer ${access_token}`, 'content-type': 'application/json' };
    },
    samples: {
      async insert(store, scope, { from, count }, clock) {
        const bankId = await firstBankOf(store, scope.tenantId);
        const batch = Array.from({ length: count }, (_, i) => storedCustomerOf(sampleCustomer(from + i, bankId)));
        return insertCustomers({ store, clock, scope }, bankId, batch);
      },
      body: (i, tenant) => sampleCustomer(i, tenant.credentials.bank_id!),
      references: (addressed, tenant) => ({
        CreateCustomerRequest: { bank_id: addressed.BankID! },
        CreateUserCustomerLinkRequest: { user_id: tenant.credentials.user_id!, customer_id: addressed.CustomerID! },
        CreateCRMEventRequest: { customer_number: addressed.CustomerNumber! },
      }),
      params: (id, tenant) => ({ BankID: tenant.credentials.bank_id!, CustomerID: id }),
      // One address, tax residence and credit limit order beside the sample customer.
      async related(store: Store, tenant: ProvisionedTenant, id: string, clock: Clock) {
        const context = { store, clock, scope: tenant.scope };
        const bankId = tenant.credentials.bank_id!;
        const customer = await customers.get(context, id, within(tenant.scope, bankId));
        const children = within(tenant.scope, id);
        const empty = { line_2: '', line_3: '', county: '', state: '', tags: ['home'], status: 'active' };
        const address = await addresses.create(context, { line_1: '1 Main St', city: 'London', postcode: 'N1 1AA', country_code: 'GB', ...empty }, children);
        const residence = await taxResidences.create(context, { domain: 'GB', tax_number: 'AB123456C' }, children);
        const order = await creditLimitOrders.create(
          context,
          {
            requested_current_rate_amount1: '1000',
            requested_current_rate_amount2: '2000',
            requested_current_valid_end_date: '2027-01-01',
            current_credit_documentation: '',
            temporary_requested_current_amount: '',
            requested_temporary_valid_end_date: '',
            temporary_credit_documentation: '',
            nominal_interest_1: '',
            nominal_interest_2: '',
          },
          children,
        );
        return {
          BankID: bankId,
          CustomerID: id,
          CustomerNumber: customer.data.customer_number,
          CustomerAddressID: address.id,
          TaxResidenceID: residence.id,
          RequestID: order.id,
        };
      },
      // The firehose is the bank's paged list; updating the email takes the create body as it is.
      benchmark: { update: 'updateCustomerEmail', list: 'getFirehoseCustomer', createdRange: { from: 'from_date', to: 'to_date' } },
      unique: uniqueFieldsOf(customers),
    },
    commands: [
      bankCommand,
      ...userCommands({ users, oauth, roles: ALL_ROLES, scopes: SCOPES, place: 'bank', defaultRedirectUri: DEFAULT_REDIRECT_URI }),
    ],
  });
}

export const bankApi = createBankApi();
