import type { UniqueValues } from '@clientele/store';
import { COLLECTION as BALANCED_CUSTOMERS, newCustomer, newCustomerId } from './apis/balanced/customers.ts';
import { COLLECTION as DWOLLA_CUSTOMERS } from './apis/dwolla/customers.ts';
import type { StoredCustomer as DwollaCustomer } from './apis/dwolla/present.ts';
import { uuid } from './platform/ids.ts';
import { nowUs } from './platform/clock.ts';
import { emailKey } from './platform/values.ts';

export interface SampleDocument {
  readonly id: string;
  readonly createdUs: number;
  readonly data: unknown;
  readonly unique?: UniqueValues;
}

/** How to fill an API's main collection with realistic documents (benchmarks, demos), through the store. */
export interface Fixture {
  readonly collection: string;
  sample(i: number): SampleDocument;
}

export const fixtures: Readonly<Record<string, Fixture>> = {
  balanced: {
    collection: BALANCED_CUSTOMERS,
    sample(i) {
      const data = newCustomer({
        name: `Customer ${i}`,
        email_address: `customer${i}@example.org`,
        phone_number: '+16505551212',
        meta: { index: i, tier: i % 3 === 0 ? 'gold' : 'basic' },
        address: { city: 'San Francisco', postal_code: '94103' },
      });
      return { id: newCustomerId(), createdUs: nowUs(), data, unique: { email: emailKey(data.email_address) } };
    },
  },
  dwolla: {
    collection: DWOLLA_CUSTOMERS,
    sample(i) {
      const data: DwollaCustomer = {
        firstName: 'Bob',
        lastName: `Dole ${i}`,
        email: `bob${i}@example.org`,
        ipAddress: '99.99.99.99',
        type: 'unverified',
        status: 'unverified',
      };
      return { id: uuid().toUpperCase(), createdUs: nowUs(), data, unique: { email: emailKey(data.email) } };
    },
  },
};
