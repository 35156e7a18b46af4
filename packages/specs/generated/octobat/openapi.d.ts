// Generated from schemas/octobat; do not edit. Run `pnpm generate`.

export interface paths {
  '/customers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List all customers
     * @description Newest first. `limit` is 1–100 (default 10); `starting_after` (a customer id) gives the page after that customer, `ending_before` the page before it. The parameters may also come as a form or JSON body, as Octobat's Node SDK sends them.
     */
    get: operations['listCustomers'];
    put?: never;
    /**
     * Create a customer
     * @description Returns the customer object if the creation succeeds. `billing_address_country` is required. Without a `business_type`, the customer is `B2B` when a `tax_number` is given and `B2C` otherwise.
     */
    post: operations['createCustomer'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/customers/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Retrieve a customer
     * @description Retrieves the details of an existing customer.
     */
    get: operations['retrieveCustomer'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Update a customer
     * @description Updates the customer by setting the values of the parameters passed; any parameter not provided is left unchanged (so `billing_address_country`, marked required in the seed, may be left out: the seed’s own example sends only `email`).
     */
    patch: operations['updateCustomer'];
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    /** @description A customer, to which invoices and transactions are attached. */
    Customer: {
      /** @description Customer's city. */
      billing_address_city: string | null;
      /** @description Customer's country, as sent (an ISO 3166-1 code uppercase). */
      billing_address_country: string;
      /** @description Customer's address 1. */
      billing_address_line1: string | null;
      /** @description Customer's address 2. */
      billing_address_line2: string | null;
      /** @description Customer's state. */
      billing_address_state: string | null;
      /** @description Customer's zip code. */
      billing_address_zip: string | null;
      /** @description Either `B2B` or `B2C`. Individuals or non-tax-registered companies are `B2C`; tax-registered businesses `B2B`. */
      business_type: 'B2B' | 'B2C';
      /**
       * Format: date-time
       * @description ISO 8601, UTC, whole seconds. Always sent by clientele.
       */
      created_at?: string;
      /** @description Customer's email. */
      email: string | null;
      /** @description `oc_cu_` + the 10-digit Unix time of creation + 12 characters. */
      id: string;
      /** @description true for customers of the live mode (made with an `oc_live_skey_…` key). */
      livemode: boolean;
      /** @description Customer's name. */
      name: string | null;
      /** @constant */
      object: 'customer';
      /**
       * Format: uri
       * @description The url of a page listing all customer's invoices: `https://bp.octobat.com/c/<id without oc_cu_>`.
       */
      octobat_billing_page: string;
      payment_sources: components['schemas']['PaymentSourceList'];
      /** @description Customer's phone number. */
      phone_number: string | null;
      /** @description If your customer is a business registered at EU-VAT, its VAT registration number. */
      tax_number: string | null;
      /**
       * Format: date-time
       * @description ISO 8601, UTC, whole seconds: the last change. Always sent by clientele.
       */
      updated_at?: string;
    };
    /**
     * @description A new customer. Parameters other than these are refused (422).
     * @example {
     *       "email": "contact@octobat.com",
     *       "name": "Octobat Inc.",
     *       "phone_number": "+33 9 52 54 03 70",
     *       "billing_address_zip": "75004",
     *       "billing_address_city": "Paris",
     *       "billing_address_country": "France",
     *       "business_type": "B2B",
     *       "tax_number": "FR60528551658"
     *     }
     */
    CustomerCreate: {
      /** @description Customer's city. An empty value or null clears it. */
      billing_address_city?: string | null;
      /**
       * Format: country
       * @description Customer's country: a two-letter ISO 3166-1 code (`FR`, any case, stored uppercase), as the seed documents, or a country's name (`France`, stored as sent), as the seed's own example sends. A two-letter value that is not an assigned ISO code (`UK`, `XX`) is refused (422), as is a blank one.
       */
      billing_address_country: string;
      /** @description Customer's address 1. An empty value or null clears it. */
      billing_address_line1?: string | null;
      /** @description Customer's address 2. An empty value or null clears it. */
      billing_address_line2?: string | null;
      /** @description Customer's state. An empty value or null clears it. */
      billing_address_state?: string | null;
      /** @description Customer's zip code. An empty value or null clears it. */
      billing_address_zip?: string | null;
      /** @description Either `B2B` or `B2C`. Without it: `B2B` when a `tax_number` is given, `B2C` otherwise. */
      business_type?: 'B2B' | 'B2C';
      /** @description Customer's email. An empty value or null clears it. */
      email?: (string | '') | null;
      /** @description Customer's name. An empty value or null clears it. */
      name?: string | null;
      /** @description Customer's phone number. An empty value or null clears it. */
      phone_number?: string | null;
      /** @description If your customer is a business registered at EU-VAT, its VAT registration number. An empty value or null clears it. */
      tax_number?: string | null;
    };
    /** @description A page of customers, newest first. */
    CustomerList: {
      data: components['schemas']['Customer'][];
      /** @description Customers precede the first of this page (newer ones): page back with `ending_before`. */
      has_before: boolean;
      /** @description More customers follow the last of this page (older ones): page on with `starting_after`. */
      has_more: boolean;
      /** @constant */
      object: 'list';
      /** @description How many customers the account has in this mode. */
      total_count: number;
    };
    /**
     * @description Parameters sent replace the stored values; those not sent are left unchanged.
     * @example {
     *       "email": "admin@octobat.com"
     *     }
     */
    CustomerUpdate: {
      /** @description Customer's city. An empty value or null clears it. */
      billing_address_city?: string | null;
      /**
       * Format: country
       * @description Customer's country: a two-letter ISO 3166-1 code (`FR`, any case, stored uppercase), as the seed documents, or a country's name (`France`, stored as sent), as the seed's own example sends. A two-letter value that is not an assigned ISO code (`UK`, `XX`) is refused (422), as is a blank one.
       */
      billing_address_country?: string;
      /** @description Customer's address 1. An empty value or null clears it. */
      billing_address_line1?: string | null;
      /** @description Customer's address 2. An empty value or null clears it. */
      billing_address_line2?: string | null;
      /** @description Customer's state. An empty value or null clears it. */
      billing_address_state?: string | null;
      /** @description Customer's zip code. An empty value or null clears it. */
      billing_address_zip?: string | null;
      /** @description Either `B2B` or `B2C`. Individuals or non-tax-registered companies are `B2C`; tax-registered businesses `B2B`. */
      business_type?: 'B2B' | 'B2C';
      /** @description Customer's email. An empty value or null clears it. */
      email?: (string | '') | null;
      /** @description Customer's name. An empty value or null clears it. */
      name?: string | null;
      /** @description Customer's phone number. An empty value or null clears it. */
      phone_number?: string | null;
      /** @description If your customer is a business registered at EU-VAT, its VAT registration number. An empty value or null clears it. */
      tax_number?: string | null;
    };
    /** @description Octobat's errors: `{"errors": {"<field>" | "global": [{"details": "…"}]}}`. */
    Error: {
      /** @description What is wrong, by parameter name, or under `global` for the request as a whole. */
      errors: {
        [key: string]: components['schemas']['ErrorDetail'][];
      };
    };
    ErrorDetail: {
      /** @description What is wrong. */
      details: string;
    };
    /** @description A mean of payment attached to a customer. */
    PaymentSource: {
      /** @description Two-letter ISO code of the country the mean of payment comes from. */
      country: string | null;
      /** @description The customer it belongs to. */
      customer: string;
      /** @description Processor-specific details. */
      details: {
        [key: string]: unknown;
      };
      exp_month: number | null;
      exp_year: number | null;
      /** @description `oc_ps_` + creation time + 12 characters. */
      id: string;
      /** @constant */
      object: 'payment_source';
      /** @description e.g. `Credit Card`. */
      payment_source_type: string;
      /** @description The payment processor's id of the mean of payment (`card_…`). */
      source: string;
    };
    /** @description The customer's means of payment, embedded in the customer. */
    PaymentSourceList: {
      data: components['schemas']['PaymentSource'][];
      /** @constant */
      object: 'list';
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  listCustomers: {
    parameters: {
      query?: {
        /** @description An object id: the page ends before it. */
        ending_before?: string;
        /** @description How many results to return (1–100, default 10). */
        limit?: number;
        /** @description An object id: the page starts after it. */
        starting_after?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of customers. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CustomerList'];
        };
      };
      /** @description Malformed request: a body that cannot be parsed, or an `Idempotency-Key` reused for different parameters (`global`). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No valid secret key was given (`global`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The `Accept` header allows no format served: use JSON (`global`). */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is larger than the server accepts (`global`). */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A body in a media type other than form encoding or JSON (`global`). */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A missing or invalid parameter, named as the key of `errors`. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  createCustomer: {
    parameters: {
      query?: never;
      header?: {
        /** @description A unique value (a UUID is a good choice) that makes retrying this request safe for 24 hours. */
        'idempotency-key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CustomerCreate'];
        'application/x-www-form-urlencoded': components['schemas']['CustomerCreate'];
      };
    };
    responses: {
      /** @description The new customer. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Customer'];
        };
      };
      /** @description Malformed request: a body that cannot be parsed, or an `Idempotency-Key` reused for different parameters (`global`). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No valid secret key was given (`global`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The `Accept` header allows no format served: use JSON (`global`). */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A request with the same `Idempotency-Key` is still being processed; retry later (`global`). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is larger than the server accepts (`global`). */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A body in a media type other than form encoding or JSON (`global`). */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A missing or invalid parameter, named as the key of `errors`. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  retrieveCustomer: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The customer id (`oc_cu_…`). */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The customer. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Customer'];
        };
      };
      /** @description No valid secret key was given (`global`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No such customer in this account and mode (`global`). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The `Accept` header allows no format served: use JSON (`global`). */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  updateCustomer: {
    parameters: {
      query?: never;
      header?: {
        /** @description A unique value (a UUID is a good choice) that makes retrying this request safe for 24 hours. */
        'idempotency-key'?: string;
      };
      path: {
        /** @description The customer id (`oc_cu_…`). */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CustomerUpdate'];
        'application/x-www-form-urlencoded': components['schemas']['CustomerUpdate'];
      };
    };
    responses: {
      /** @description The updated customer. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Customer'];
        };
      };
      /** @description Malformed request: a body that cannot be parsed, or an `Idempotency-Key` reused for different parameters (`global`). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No valid secret key was given (`global`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No such customer in this account and mode (`global`). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The `Accept` header allows no format served: use JSON (`global`). */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A request with the same `Idempotency-Key` is still being processed; retry later (`global`). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is larger than the server accepts (`global`). */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A body in a media type other than form encoding or JSON (`global`). */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A missing or invalid parameter, named as the key of `errors`. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
}
