// Generated from schemas/balanced; do not edit. Run `pnpm generate`.

export interface paths {
  '/v1/callbacks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List callbacks */
    get: operations['listCallbacks'];
    put?: never;
    /**
     * Create a callback
     * @description A URL that receives the marketplace’s events. A second callback with the same URL is a 409 (`duplicate-webhook-url`).
     */
    post: operations['createCallback'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/callbacks/{callback_id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get a callback */
    get: operations['retrieveCallback'];
    put?: never;
    post?: never;
    /**
     * Delete a callback
     * @description Events not yet delivered to it are cancelled.
     */
    delete: operations['deleteCallback'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/customers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List all customers
     * @description Newest first. `limit` defaults to 10 (at most 100), `offset` to 0.
     */
    get: operations['listCustomers'];
    put?: never;
    /** Create a customer */
    post: operations['createCustomer'];
    delete?: never;
    options?: never;
    /**
     * Check the customer list
     * @description The same status and headers as listing customers, without a body.
     */
    head: operations['headCustomers'];
    patch?: never;
    trace?: never;
  };
  '/v1/customers/{customer_id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Retrieve a customer */
    get: operations['retrieveCustomer'];
    /** Update a customer */
    put: operations['updateCustomer'];
    post?: never;
    delete?: never;
    options?: never;
    /**
     * Check a customer exists
     * @description The same status and headers as retrieving the customer, without a body.
     */
    head: operations['headCustomer'];
    patch?: never;
    trace?: never;
  };
  '/v1/events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List events */
    get: operations['listEvents'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/events/{event_id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get an event */
    get: operations['retrieveEvent'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export interface webhooks {
  balancedCallback: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * A callback: one event, sent to a callback’s URL
     * @description Sent with the callback’s method (`post` and `put` carry the event as JSON; `get` carries none). Balanced documented no signature, so there is none. A 2xx within 10 seconds counts as received; otherwise it is retried 1, 5 and 30 minutes, 2 and 12 hours after the attempt before (clientele’s choice: Balanced said only “at increasing intervals”). The same change may arrive more than once.
     */
    post: operations['balancedCallback'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  balancedCallbackGet: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A callback with method get: a GET without a body
     * @description What a callback created with `method` `get` receives: a GET of its URL, with no body and no query, on the same rules as `post`.
     */
    get: operations['balancedCallbackGet'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  balancedCallbackPut: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * A callback with method put: the same event, sent with PUT
     * @description What a callback created with `method` `put` receives: the event as JSON, on the same rules as `post`.
     */
    put: operations['balancedCallbackPut'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export interface components {
  schemas: {
    Callback: {
      /** @constant */
      _type: 'callback';
      /** @description `CB…` */
      id: string;
      method: string;
      revision: string;
      uri: string;
      url: string;
    };
    CallbackCreate: {
      /** @description How events are sent (default `post`; `get` sends none in its body). */
      method?: 'post' | 'put' | 'get';
      /** @description The revision of the event format (default `1.0`). */
      revision?: string;
      /**
       * Format: uri
       * @description Where events are sent; one callback per URL in a marketplace.
       */
      url: string;
    };
    /** @description A page of callbacks, newest first. */
    CallbackPage: {
      /** @constant */
      _type: 'page';
      _uris: {
        [key: string]: components['schemas']['UriRef'];
      };
      first_uri: string;
      items: components['schemas']['Callback'][];
      last_uri: string;
      limit: number;
      next_uri: string | null;
      offset: number;
      previous_uri: string | null;
      total: number;
      uri: string;
    };
    /** @description How many of the event’s deliveries (one per callback) are in each state. */
    CallbackStatuses: {
      failed: number;
      pending: number;
      retrying: number;
      succeeded: number;
    };
    Customer: {
      /** @constant */
      _type: 'customer';
      _uris: {
        [key: string]: components['schemas']['UriRef'];
      };
      address?: components['schemas']['StringMap'] | null;
      bank_accounts_uri: string;
      /** @description Full business name if the customer is a business. */
      business_name: string | null;
      cards_uri: string;
      /**
       * Format: date-time
       * @description ISO 8601 UTC, with microseconds.
       */
      created_at: string;
      credits_uri: string;
      debits_uri: string;
      /** @description The default bank account that will be credited. */
      destination_uri: string | null;
      /** @description Date of birth of the customer or representative of the business. */
      dob: string | null;
      /** @description Employee Identification Number of the business if the customer is a business. */
      ein: string | null;
      email_address: string | null;
      /** @description Facebook ID or username. */
      facebook_id: string | null;
      holds_uri: string;
      /** @description `CU` + 22 base62 characters (`AC` for legacy accounts). */
      id: string;
      /** @description Indicates if Balanced was able to match the identity information provided for the customer. */
      is_identity_verified: boolean;
      meta: components['schemas']['StringMap'];
      /** @description Name of the customer or representative of the business. */
      name: string | null;
      /** @description Phone number of the person or business. */
      phone_number: string | null;
      refunds_uri: string;
      /** @description The default credit card that will be debited. */
      source_uri: string | null;
      /** @description Last four digits of the Social Security Number. */
      ssn_last4: string | null;
      transactions_uri: string;
      /** @description Twitter ID or username. */
      twitter_id: string | null;
      /** @description The URI of this customer. */
      uri: string;
    };
    /**
     * @description Every field is optional and defaults to null (`meta` and `address` to `{}`).
     * @example {
     *       "name": "Henry Ford",
     *       "email_address": "henry@example.org",
     *       "phone_number": "+14089999999",
     *       "meta": {
     *         "shipping-preference": "ground"
     *       }
     *     }
     */
    CustomerCreate: {
      address?: components['schemas']['MetaInput'];
      /** @description Full business name. With an EIN present too, the customer is treated as a business instead of a person. */
      business_name?: string | null;
      /** @description Date of birth of the customer or representative of the business. */
      dob?: string | null;
      /** @description Employee Identification Number of the business. */
      ein?: string | null;
      /** @description Email address of the customer. It must be unique among all customers on your marketplace. */
      email_address?: string | null;
      /** @description Facebook ID or username of the customer or representative of the business. */
      facebook_id?: string | null;
      /** @description Accepted for the seed example; the server assigns ids. */
      id?: null;
      meta?: components['schemas']['MetaInput'];
      /** @description Name of the customer or representative of the business. */
      name?: string | null;
      /** @description Phone number of the person or business. */
      phone_number?: string | null;
      /** @description Last four digits of the Social Security Number of the customer or representative of the business. */
      ssn_last4?: string | null;
      /** @description Twitter ID or username of the customer or representative of the business. */
      twitter_id?: string | null;
    };
    /** @description A page of customers, newest first. */
    CustomerPage: {
      /** @constant */
      _type: 'page';
      _uris: {
        [key: string]: components['schemas']['UriRef'];
      };
      first_uri: string;
      items: components['schemas']['Customer'][];
      last_uri: string;
      limit: number;
      next_uri: string | null;
      offset: number;
      previous_uri: string | null;
      total: number;
      uri: string;
    };
    /**
     * @description Fields present replace the stored values (null clears one); fields absent are left as they are.
     * @example {
     *       "email_address": "henry.ford@example.org",
     *       "address": {
     *         "city": "Dearborn",
     *         "state": "MI"
     *       },
     *       "twitter_id": null
     *     }
     */
    CustomerUpdate: {
      address?: components['schemas']['MetaInput'];
      /** @description Full business name. With an EIN present too, the customer is treated as a business instead of a person. */
      business_name?: string | null;
      /** @description Date of birth of the customer or representative of the business. */
      dob?: string | null;
      /** @description Employee Identification Number of the business. */
      ein?: string | null;
      /** @description Email address of the customer. It must be unique among all customers on your marketplace. */
      email_address?: string | null;
      /** @description Facebook ID or username of the customer or representative of the business. */
      facebook_id?: string | null;
      meta?: components['schemas']['MetaInput'];
      /** @description Name of the customer or representative of the business. */
      name?: string | null;
      /** @description Phone number of the person or business. */
      phone_number?: string | null;
      /** @description Last four digits of the Social Security Number of the customer or representative of the business. */
      ssn_last4?: string | null;
      /** @description Twitter ID or username of the customer or representative of the business. */
      twitter_id?: string | null;
    };
    /** @description Balanced v1's flat error envelope (not wrapped in `errors`). */
    Error: {
      _uris?: Record<string, never>;
      additional: string | null;
      category_code: string;
      category_type: 'request' | 'banking' | 'logical' | 'permission' | 'server';
      description: string;
      /** @description Each bad field, with what is wrong with it. */
      extras: {
        [key: string]: string;
      };
      request_id: string;
      /** @description HTTP reason phrase. */
      status: string;
      status_code: number;
    };
    /** @description Something that happened on the marketplace: what a callback receives. The same change may be delivered more than once, as Balanced warned. */
    Event: {
      /** @constant */
      _type: 'event';
      callback_statuses: components['schemas']['CallbackStatuses'];
      /** @description The customer as it was just after the change. */
      entity: components['schemas']['Customer'];
      /** @description `EV…` */
      id: string;
      /** Format: date-time */
      occurred_at: string;
      /** @description `customer.created` or `customer.updated` (an update, or its identity verified): `resource.event_type`. */
      type: string;
      uri: string;
    };
    /** @description A page of events, newest first. */
    EventPage: {
      /** @constant */
      _type: 'page';
      _uris: {
        [key: string]: components['schemas']['UriRef'];
      };
      first_uri: string;
      items: components['schemas']['Event'][];
      last_uri: string;
      limit: number;
      next_uri: string | null;
      offset: number;
      previous_uri: string | null;
      total: number;
      uri: string;
    };
    /** @description A single-level mapping from string keys to string values. Numbers and booleans are accepted and stored as strings; nested objects, arrays and null are rejected. */
    MetaInput: {
      [key: string]: string | number | boolean;
    };
    /** @description A single-level dictionary of string-type key/value pairs. */
    StringMap: {
      [key: string]: string;
    };
    /** @description Describes a link of the enclosing resource: the type it leads to and its key. */
    UriRef: {
      _type: string;
      key: string;
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
  listCallbacks: {
    parameters: {
      query?: {
        /** @description How many results to return (1–100, default 10). */
        limit?: number;
        /** @description How many results to skip (default 0). */
        offset?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of callbacks. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CallbackPage'];
        };
      };
      /** @description Invalid input: `extras` names each bad field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing or unknown API key secret. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  createCallback: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CallbackCreate'];
        'application/x-www-form-urlencoded': components['schemas']['CallbackCreate'];
      };
    };
    responses: {
      /** @description The new callback. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Callback'];
        };
      };
      /** @description Invalid input: `extras` names each bad field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing or unknown API key secret. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A callback with this URL exists (`duplicate-webhook-url`). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body larger than the server accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body in a media type other than JSON or form encoding. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  retrieveCallback: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The callback id (`CB…`). */
        callback_id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The callback. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Callback'];
        };
      };
      /** @description Missing or unknown API key secret. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No such callback on this marketplace. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  deleteCallback: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The callback id (`CB…`). */
        callback_id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Missing or unknown API key secret. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No such callback on this marketplace. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  listCustomers: {
    parameters: {
      query?: {
        /** @description How many results to return (1–100, default 10). */
        limit?: number;
        /** @description How many results to skip (default 0). */
        offset?: number;
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
          'application/json': components['schemas']['CustomerPage'];
        };
      };
      /** @description Invalid input: `extras` names each bad field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing or unknown API key secret. */
      401: {
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
      header?: never;
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
      /** @description Invalid input: `extras` names each bad field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing or unknown API key secret. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description `email_address` already belongs to another customer of this marketplace (`duplicate-email-address`). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body larger than the server accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body in a media type other than JSON or form encoding. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  headCustomers: {
    parameters: {
      query?: {
        /** @description How many results to return (1–100, default 10). */
        limit?: number;
        /** @description How many results to skip (default 0). */
        offset?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The list is available. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid `limit` or `offset`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Missing or unknown API key secret. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  retrieveCustomer: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The customer id (`CU…`). */
        customer_id: string;
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
      /** @description Missing or unknown API key secret. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No such customer on this marketplace. */
      404: {
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
      header?: never;
      path: {
        /** @description The customer id (`CU…`). */
        customer_id: string;
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
      /** @description Invalid input: `extras` names each bad field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing or unknown API key secret. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No such customer on this marketplace. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description `email_address` already belongs to another customer of this marketplace (`duplicate-email-address`). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body larger than the server accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body in a media type other than JSON or form encoding. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  headCustomer: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The customer id (`CU…`). */
        customer_id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The customer exists. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Missing or unknown API key secret. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description No such customer on this marketplace. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  listEvents: {
    parameters: {
      query?: {
        /** @description How many results to return (1–100, default 10). */
        limit?: number;
        /** @description How many results to skip (default 0). */
        offset?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of events. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EventPage'];
        };
      };
      /** @description Invalid input: `extras` names each bad field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing or unknown API key secret. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  retrieveEvent: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The event id (`EV…`). */
        event_id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The event, with its callback statuses. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Event'];
        };
      };
      /** @description Missing or unknown API key secret. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No such event on this marketplace. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  balancedCallback: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['Event'];
      };
    };
    responses: {
      /** @description Received: any 2xx within 10 seconds. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  balancedCallbackGet: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Received: any 2xx within 10 seconds. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  balancedCallbackPut: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['Event'];
      };
    };
    responses: {
      /** @description Received: any 2xx within 10 seconds. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
}
