// Generated from schemas/pingpp; do not edit. Run `pnpm generate`.

export interface paths {
  '/v1/customers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List customers
     * @description Newest first. `limit` 1–100 (default 10); `starting_after` or `ending_before` a customer id; `created[gt|gte|lt|lte]` Unix seconds.
     */
    get: operations['listCustomers'];
    put?: never;
    /**
     * Create a customer
     * @description Creates a customer and binds the token's card to it, verified by the token's SMS code; the card becomes `default_source` and its holder the customer's `name`. The token is used up. Foreign cards cannot be bound.
     */
    post: operations['createCustomer'];
    delete?: never;
    options?: never;
    head?: never;
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
    /**
     * Update a customer
     * @description `default_source` must be one of the customer’s cards and cannot be null. `metadata` is merged.
     */
    put: operations['updateCustomer'];
    /**
     * Update a customer (POST)
     * @description The same as `PUT /v1/customers/{customer_id}`.
     */
    post: operations['updateCustomerByPost'];
    /**
     * Delete a customer
     * @description The customer and its cards become unreachable (404) and leave every list; they are kept in storage.
     */
    delete: operations['deleteCustomer'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/customers/{customer_id}/sources': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List a customer's cards
     * @description Paged like customers: newest first, `limit`, `starting_after`, `ending_before`, `created[…]`.
     */
    get: operations['listSources'];
    put?: never;
    /**
     * Bind a card to a customer
     * @description Binds the token's card, verified by its SMS code; it becomes `default_source` when the customer has none.
     */
    post: operations['createSource'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/customers/{customer_id}/sources/{card_id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Retrieve a card */
    get: operations['retrieveSource'];
    put?: never;
    post?: never;
    /**
     * Remove a card
     * @description When it was `default_source`, the most recently bound remaining card becomes the default (or null when none remains).
     */
    delete: operations['deleteSource'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/sms_codes/{sms_code_id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Retrieve an SMS code
     * @description The SMS verification code a token sent, as the card holder received it.
     */
    get: operations['retrieveSmsCode'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/tokens': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Create a card token
     * @description Tokenizes a card and sends an SMS verification code to its phone: the token embeds the SMS code object. In test mode the code is always `123456`; in live mode it is six random digits, readable only with `GET /v1/sms_codes/{id}`.
     */
    post: operations['createToken'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/tokens/{token_id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Retrieve a token */
    get: operations['retrieveToken'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    /** @description A card bound to a customer (one of its sources). */
    Card: {
      /** @description Issuing bank code (`icbc`, `cmb`, `boc`, …) as given when the token was created; null when unknown and for foreign cards. */
      bank: string | null;
      /** @description The card network, recognised from the card number: `62…` UnionPay, `4…` Visa, `51–55…`/`2221–2720…` MasterCard, `3528–3589…` JCB. */
      brand: 'UnionPay' | 'Visa' | 'MasterCard' | 'JCB';
      /** @description When the object was created, in Unix seconds. */
      created: number;
      /** @description The customer the card is bound to. */
      customer: string;
      /** @description Credit or debit card; `unknown` when the token did not say. */
      funding: 'credit' | 'debit' | 'unknown';
      /** @description Card object id (`card_` + 24 characters). */
      id: string;
      /** @description The last four digits of the card number. */
      last4: string;
      /** @constant */
      object: 'card';
    };
    /** @description The card a token stands for. Only the last four digits and a fingerprint of the number are kept. */
    CardInput: {
      /** @description Issuing bank code, e.g. `boc`, `cmb`, `icbc` (ignored for foreign cards). */
      bank?: string;
      /** @description The card network, recognised from the card number: `62…` UnionPay, `4…` Visa, `51–55…`/`2221–2720…` MasterCard, `3528–3589…` JCB. */
      brand?: 'UnionPay' | 'Visa' | 'MasterCard' | 'JCB';
      /** @description The card number: 12 to 19 digits. It decides the brand, and whether the card is domestic (UnionPay, `62…`). */
      card_number: string;
      /** @description Identity document number. */
      cred_number?: string;
      /** @description Identity document type, e.g. `ID`. */
      cred_type?: string;
      /** @description Credit or debit card (default `unknown`). */
      funding?: 'credit' | 'debit';
      /** @description The card holder's name (it becomes the customer's `name`). */
      name: string;
      /** @description The phone the SMS verification code is sent to. */
      phone_number: string;
    };
    /** @description Cards, newest first. */
    CardList: {
      data: components['schemas']['Card'][];
      /** @description Whether more cards exist beyond this page in the direction of paging. */
      has_more: boolean;
      /** @constant */
      object: 'list';
      /** @description Where the full list lives: `/v1/customers/{id}/sources`. */
      url: string;
    };
    /** @description A customer of an App, with the cards bound to it. */
    Customer: {
      /** @description The App object id (`app_` + 16 characters). */
      app: string;
      /** @description When the object was created, in Unix seconds. */
      created: number;
      /** @description Three-letter currency code; null (no charges are made here). */
      currency: string | null;
      /** @description The id of the default card; null once every card is removed. */
      default_source: string | null;
      description: string | null;
      /** @description The customer's email address. */
      email: string | null;
      /** @description Customer object id (`cus_` + 14 characters). */
      id: string;
      /** @description Whether the object lives in live mode (a `sk_live_…` key) or test mode (`sk_test_…`). */
      livemode: boolean;
      /** @description `{}` when none is set (the seed also shows null). */
      metadata: components['schemas']['Metadata'] | null;
      /** @description The card holder's name, from the token the customer was created with. */
      name: string;
      /** @constant */
      object: 'customer';
      /** @description The bound cards, newest first: the first 10, `has_more` when there are more. */
      sources: components['schemas']['CardList'];
    };
    /**
     * @description A new customer, bound to the token's card (which becomes its `default_source`).
     * @example {
     *       "app": "app_1Gqj58ynP0mHeX1q",
     *       "source": "tok_xDGOm1H0ij1OHmLqvH8a5yb5",
     *       "sms_code": {
     *         "id": "sms_4yTGyH1m9S8SX9qnrP8q9Se4",
     *         "code": "123456"
     *       },
     *       "email": "zhangsan@example.org",
     *       "description": "A customer in Shanghai"
     *     }
     */
    CustomerCreate: {
      /** @description The App object id (`app_` + 16 characters). */
      app: string;
      /** @description Free text. */
      description?: string;
      /**
       * Format: email
       * @description The customer's email address.
       */
      email?: string;
      metadata?: components['schemas']['MetadataInput'];
      /** @description The SMS verification of the token: its SMS code object id and the code received. */
      sms_code: {
        /** @description The code the card holder received (`123456` in test mode). */
        code: string;
        /** @description The SMS code object id (`sms_…`) embedded in the token. */
        id: string;
      };
      /** @description A Token object id (`tok_…`): single-use; its card must be a domestic (UnionPay) card. */
      source: string;
    };
    /** @description Customers, newest first. */
    CustomerList: {
      data: components['schemas']['Customer'][];
      /** @description Whether more customers exist beyond this page in the direction of paging. */
      has_more: boolean;
      /** @constant */
      object: 'list';
      /** @constant */
      url: '/v1/customers';
    };
    /**
     * @description Fields sent replace the stored values (null clears `description` and `email`); fields absent stay.
     * @example {
     *       "description": "A customer in Beijing",
     *       "email": "zhangsan@example.org",
     *       "metadata": {
     *         "tier": "gold"
     *       }
     *     }
     */
    CustomerUpdate: {
      /** @description Accepted as the seed's example sends it; it must be the customer's App. */
      app?: string;
      /** @description One of the customer's bound cards; cannot be null. */
      default_source?: string;
      description?: string | null;
      email?: string | null;
      /** @description Merged into the stored metadata; null clears it. */
      metadata?: components['schemas']['MetadataInput'] | null;
    };
    Deleted: {
      /** @constant */
      deleted: true;
      /** @description The id of the deleted object. */
      id: string;
    };
    /** @description Ping++'s error envelope. */
    Error: {
      error: {
        /** @description A machine-readable reason, where there is one (`token_used`, `sms_code_incorrect`, …). */
        code?: string;
        /** @description What went wrong: Chinese by default, English with `Accept-Language: en`. */
        message: string;
        /** @description The offending parameter, in bracket notation (`sms_code[code]`); `id` for an unknown path id. */
        param?: string;
        /** @description `invalid_request_error` for 4xx answers, `api_error` for 5xx. */
        type: 'invalid_request_error' | 'api_error';
      };
    };
    /** @description Key/value pairs of your own, as strings. */
    Metadata: {
      [key: string]: string;
    };
    /** @description Up to 50 keys with string values (at most 500 characters; numbers and booleans are kept as strings). Merged into the stored metadata: an empty string removes its key. */
    MetadataInput: {
      [key: string]: string | number | boolean;
    };
    /** @description An SMS verification code, as the card holder received it. */
    SmsCode: {
      /** @description The code sent to the card holder: `123456` in test mode, six random digits in live mode. */
      code: string;
      /** @description When the object was created, in Unix seconds. */
      created: number;
      /** @description SMS code object id. */
      id: string;
      /** @description Whether the object lives in live mode (a `sk_live_…` key) or test mode (`sk_test_…`). */
      livemode: boolean;
      /** @constant */
      object: 'sms_code';
      /** @description The token the code verifies. */
      source: string;
      /** @description Whether the code has been used to bind the card. */
      validated: boolean;
    };
    /** @description The SMS verification code sent when the token was created; the code itself is read with `GET /v1/sms_codes/{id}`. */
    SmsCodeSummary: {
      /** @description When the object was created, in Unix seconds. */
      created: number;
      /** @description SMS code object id (`sms_` + 24 characters). */
      id: string;
      /** @constant */
      object: 'sms_code';
      /** @description Whether the code has been used to bind the card. */
      validated: boolean;
    };
    /**
     * @description Binds the token's card to the customer.
     * @example {
     *       "source": "tok_xDGOm1H0ij1OHmLqvH8a5yb5",
     *       "sms_code": {
     *         "id": "sms_4yTGyH1m9S8SX9qnrP8q9Se4",
     *         "code": "123456"
     *       }
     *     }
     */
    SourceCreate: {
      /** @description The SMS verification of the token: its SMS code object id and the code received. */
      sms_code: {
        /** @description The code the card holder received (`123456` in test mode). */
        code: string;
        /** @description The SMS code object id (`sms_…`) embedded in the token. */
        id: string;
      };
      /** @description A Token object id (`tok_…`): single-use; its card must be a domestic (UnionPay) card. */
      source: string;
    };
    /** @description A single-use token standing for a card, with the SMS code that verifies it. */
    Token: {
      card: components['schemas']['TokenCard'];
      /** @description When the object was created, in Unix seconds. */
      created: number;
      /** @description Token object id (`tok_` + 24 characters). */
      id: string;
      /** @description Whether the object lives in live mode (a `sk_live_…` key) or test mode (`sk_test_…`). */
      livemode: boolean;
      /** @constant */
      object: 'token';
      sms_code: components['schemas']['SmsCodeSummary'];
      /** @description When it was used, in Unix seconds. */
      time_used: number | null;
      /** @constant */
      type: 'card';
      /** @description Whether the token has been used to bind its card (a token is single-use). */
      used: boolean;
    };
    /** @description The card a token stands for. Only domestic (UnionPay) cards can be bound to customers. */
    TokenCard: {
      /** @description Issuing bank code (`icbc`, `cmb`, `boc`, …) as given when the token was created; null when unknown and for foreign cards. */
      bank: string | null;
      /** @description The card network, recognised from the card number: `62…` UnionPay, `4…` Visa, `51–55…`/`2221–2720…` MasterCard, `3528–3589…` JCB. */
      brand: 'UnionPay' | 'Visa' | 'MasterCard' | 'JCB';
      /** @description Credit or debit card; `unknown` when the token did not say. */
      funding: 'credit' | 'debit' | 'unknown';
      last4: string;
      /** @description The card holder's name. */
      name: string;
      /** @constant */
      object: 'card';
    };
    /** @description A card to tokenize; an SMS verification code is sent to its phone. */
    TokenCreate: {
      /** @description The App object id (`app_` + 16 characters). */
      app: string;
      card: components['schemas']['CardInput'];
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
        /** @description Bounds on the creation time, each optional. */
        created?: {
          /** @description Created after this time (Unix seconds). */
          gt?: number;
          /** @description Created at or after this time (Unix seconds). */
          gte?: number;
          /** @description Created before this time (Unix seconds). */
          lt?: number;
          /** @description Created at or before this time (Unix seconds). */
          lte?: number;
        };
        /** @description An object id: the page ends before it. */
        ending_before?: string;
        /** @description How many results to return (1–100, default 10). */
        limit?: number;
        /** @description An object id: the page starts after it. */
        starting_after?: string;
      };
      header?: {
        /** @description Error messages are Chinese (`zh-CN`, the default) or English (`en`). */
        'accept-language'?: string;
        /** @description Unix seconds when the request was signed; refused when more than 300 seconds away from the server time. */
        'pingplusplus-request-timestamp'?: string;
        /** @description Base64 RSA-SHA256 signature of the raw body + the request path (with its query) + the timestamp header, made with the private key whose public key the account registered. Required once one is registered. */
        'pingplusplus-signature'?: string;
      };
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
      /** @description `invalid_request_error`: a missing, malformed or refused parameter, named by `param`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No secret key, an unknown one, or (once the account has registered a public key) a missing, stale or wrong request signature. */
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
      header?: {
        /** @description Error messages are Chinese (`zh-CN`, the default) or English (`en`). */
        'accept-language'?: string;
        /** @description Unix seconds when the request was signed; refused when more than 300 seconds away from the server time. */
        'pingplusplus-request-timestamp'?: string;
        /** @description Base64 RSA-SHA256 signature of the raw body + the request path (with its query) + the timestamp header, made with the private key whose public key the account registered. Required once one is registered. */
        'pingplusplus-signature'?: string;
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
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Customer'];
        };
      };
      /** @description `invalid_request_error`: a missing, malformed or refused parameter, named by `param`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No secret key, an unknown one, or (once the account has registered a public key) a missing, stale or wrong request signature. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is larger than the server accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A body in a media type other than JSON or form encoding. */
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
  retrieveCustomer: {
    parameters: {
      query?: never;
      header?: {
        /** @description Error messages are Chinese (`zh-CN`, the default) or English (`en`). */
        'accept-language'?: string;
        /** @description Unix seconds when the request was signed; refused when more than 300 seconds away from the server time. */
        'pingplusplus-request-timestamp'?: string;
        /** @description Base64 RSA-SHA256 signature of the raw body + the request path (with its query) + the timestamp header, made with the private key whose public key the account registered. Required once one is registered. */
        'pingplusplus-signature'?: string;
      };
      path: {
        /** @description The customer id (`cus_…`). */
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
      /** @description No secret key, an unknown one, or (once the account has registered a public key) a missing, stale or wrong request signature. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description `invalid_request_error` with `param` `id`: no such object for this key (or it was deleted). */
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
      header?: {
        /** @description Error messages are Chinese (`zh-CN`, the default) or English (`en`). */
        'accept-language'?: string;
        /** @description Unix seconds when the request was signed; refused when more than 300 seconds away from the server time. */
        'pingplusplus-request-timestamp'?: string;
        /** @description Base64 RSA-SHA256 signature of the raw body + the request path (with its query) + the timestamp header, made with the private key whose public key the account registered. Required once one is registered. */
        'pingplusplus-signature'?: string;
      };
      path: {
        /** @description The customer id (`cus_…`). */
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
      /** @description `invalid_request_error`: a missing, malformed or refused parameter, named by `param`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No secret key, an unknown one, or (once the account has registered a public key) a missing, stale or wrong request signature. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description `invalid_request_error` with `param` `id`: no such object for this key (or it was deleted). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is larger than the server accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A body in a media type other than JSON or form encoding. */
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
  updateCustomerByPost: {
    parameters: {
      query?: never;
      header?: {
        /** @description Error messages are Chinese (`zh-CN`, the default) or English (`en`). */
        'accept-language'?: string;
        /** @description Unix seconds when the request was signed; refused when more than 300 seconds away from the server time. */
        'pingplusplus-request-timestamp'?: string;
        /** @description Base64 RSA-SHA256 signature of the raw body + the request path (with its query) + the timestamp header, made with the private key whose public key the account registered. Required once one is registered. */
        'pingplusplus-signature'?: string;
      };
      path: {
        /** @description The customer id (`cus_…`). */
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
      /** @description `invalid_request_error`: a missing, malformed or refused parameter, named by `param`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No secret key, an unknown one, or (once the account has registered a public key) a missing, stale or wrong request signature. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description `invalid_request_error` with `param` `id`: no such object for this key (or it was deleted). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is larger than the server accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A body in a media type other than JSON or form encoding. */
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
  deleteCustomer: {
    parameters: {
      query?: never;
      header?: {
        /** @description Error messages are Chinese (`zh-CN`, the default) or English (`en`). */
        'accept-language'?: string;
        /** @description Unix seconds when the request was signed; refused when more than 300 seconds away from the server time. */
        'pingplusplus-request-timestamp'?: string;
        /** @description Base64 RSA-SHA256 signature of the raw body + the request path (with its query) + the timestamp header, made with the private key whose public key the account registered. Required once one is registered. */
        'pingplusplus-signature'?: string;
      };
      path: {
        /** @description The customer id (`cus_…`). */
        customer_id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Deleted'];
        };
      };
      /** @description No secret key, an unknown one, or (once the account has registered a public key) a missing, stale or wrong request signature. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description `invalid_request_error` with `param` `id`: no such object for this key (or it was deleted). */
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
  listSources: {
    parameters: {
      query?: {
        /** @description Bounds on the creation time, each optional. */
        created?: {
          /** @description Created after this time (Unix seconds). */
          gt?: number;
          /** @description Created at or after this time (Unix seconds). */
          gte?: number;
          /** @description Created before this time (Unix seconds). */
          lt?: number;
          /** @description Created at or before this time (Unix seconds). */
          lte?: number;
        };
        /** @description An object id: the page ends before it. */
        ending_before?: string;
        /** @description How many results to return (1–100, default 10). */
        limit?: number;
        /** @description An object id: the page starts after it. */
        starting_after?: string;
      };
      header?: {
        /** @description Error messages are Chinese (`zh-CN`, the default) or English (`en`). */
        'accept-language'?: string;
        /** @description Unix seconds when the request was signed; refused when more than 300 seconds away from the server time. */
        'pingplusplus-request-timestamp'?: string;
        /** @description Base64 RSA-SHA256 signature of the raw body + the request path (with its query) + the timestamp header, made with the private key whose public key the account registered. Required once one is registered. */
        'pingplusplus-signature'?: string;
      };
      path: {
        /** @description The customer id (`cus_…`). */
        customer_id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of cards. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CardList'];
        };
      };
      /** @description `invalid_request_error`: a missing, malformed or refused parameter, named by `param`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No secret key, an unknown one, or (once the account has registered a public key) a missing, stale or wrong request signature. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description `invalid_request_error` with `param` `id`: no such object for this key (or it was deleted). */
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
  createSource: {
    parameters: {
      query?: never;
      header?: {
        /** @description Error messages are Chinese (`zh-CN`, the default) or English (`en`). */
        'accept-language'?: string;
        /** @description Unix seconds when the request was signed; refused when more than 300 seconds away from the server time. */
        'pingplusplus-request-timestamp'?: string;
        /** @description Base64 RSA-SHA256 signature of the raw body + the request path (with its query) + the timestamp header, made with the private key whose public key the account registered. Required once one is registered. */
        'pingplusplus-signature'?: string;
      };
      path: {
        /** @description The customer id (`cus_…`). */
        customer_id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SourceCreate'];
        'application/x-www-form-urlencoded': components['schemas']['SourceCreate'];
      };
    };
    responses: {
      /** @description The bound card. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Card'];
        };
      };
      /** @description `invalid_request_error`: a missing, malformed or refused parameter, named by `param`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No secret key, an unknown one, or (once the account has registered a public key) a missing, stale or wrong request signature. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description `invalid_request_error` with `param` `id`: no such object for this key (or it was deleted). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is larger than the server accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A body in a media type other than JSON or form encoding. */
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
  retrieveSource: {
    parameters: {
      query?: never;
      header?: {
        /** @description Error messages are Chinese (`zh-CN`, the default) or English (`en`). */
        'accept-language'?: string;
        /** @description Unix seconds when the request was signed; refused when more than 300 seconds away from the server time. */
        'pingplusplus-request-timestamp'?: string;
        /** @description Base64 RSA-SHA256 signature of the raw body + the request path (with its query) + the timestamp header, made with the private key whose public key the account registered. Required once one is registered. */
        'pingplusplus-signature'?: string;
      };
      path: {
        /** @description The card id (`card_…`). */
        card_id: string;
        /** @description The customer id (`cus_…`). */
        customer_id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The card. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Card'];
        };
      };
      /** @description No secret key, an unknown one, or (once the account has registered a public key) a missing, stale or wrong request signature. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description `invalid_request_error` with `param` `id`: no such object for this key (or it was deleted). */
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
  deleteSource: {
    parameters: {
      query?: never;
      header?: {
        /** @description Error messages are Chinese (`zh-CN`, the default) or English (`en`). */
        'accept-language'?: string;
        /** @description Unix seconds when the request was signed; refused when more than 300 seconds away from the server time. */
        'pingplusplus-request-timestamp'?: string;
        /** @description Base64 RSA-SHA256 signature of the raw body + the request path (with its query) + the timestamp header, made with the private key whose public key the account registered. Required once one is registered. */
        'pingplusplus-signature'?: string;
      };
      path: {
        /** @description The card id (`card_…`). */
        card_id: string;
        /** @description The customer id (`cus_…`). */
        customer_id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Removed. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Deleted'];
        };
      };
      /** @description No secret key, an unknown one, or (once the account has registered a public key) a missing, stale or wrong request signature. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description `invalid_request_error` with `param` `id`: no such object for this key (or it was deleted). */
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
  retrieveSmsCode: {
    parameters: {
      query?: never;
      header?: {
        /** @description Error messages are Chinese (`zh-CN`, the default) or English (`en`). */
        'accept-language'?: string;
        /** @description Unix seconds when the request was signed; refused when more than 300 seconds away from the server time. */
        'pingplusplus-request-timestamp'?: string;
        /** @description Base64 RSA-SHA256 signature of the raw body + the request path (with its query) + the timestamp header, made with the private key whose public key the account registered. Required once one is registered. */
        'pingplusplus-signature'?: string;
      };
      path: {
        /** @description The SMS code id (`sms_…`). */
        sms_code_id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The SMS code. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SmsCode'];
        };
      };
      /** @description No secret key, an unknown one, or (once the account has registered a public key) a missing, stale or wrong request signature. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description `invalid_request_error` with `param` `id`: no such object for this key (or it was deleted). */
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
  createToken: {
    parameters: {
      query?: never;
      header?: {
        /** @description Error messages are Chinese (`zh-CN`, the default) or English (`en`). */
        'accept-language'?: string;
        /** @description Unix seconds when the request was signed; refused when more than 300 seconds away from the server time. */
        'pingplusplus-request-timestamp'?: string;
        /** @description Base64 RSA-SHA256 signature of the raw body + the request path (with its query) + the timestamp header, made with the private key whose public key the account registered. Required once one is registered. */
        'pingplusplus-signature'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['TokenCreate'];
        'application/x-www-form-urlencoded': components['schemas']['TokenCreate'];
      };
    };
    responses: {
      /** @description The token. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Token'];
        };
      };
      /** @description `invalid_request_error`: a missing, malformed or refused parameter, named by `param`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No secret key, an unknown one, or (once the account has registered a public key) a missing, stale or wrong request signature. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is larger than the server accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A body in a media type other than JSON or form encoding. */
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
  retrieveToken: {
    parameters: {
      query?: never;
      header?: {
        /** @description Error messages are Chinese (`zh-CN`, the default) or English (`en`). */
        'accept-language'?: string;
        /** @description Unix seconds when the request was signed; refused when more than 300 seconds away from the server time. */
        'pingplusplus-request-timestamp'?: string;
        /** @description Base64 RSA-SHA256 signature of the raw body + the request path (with its query) + the timestamp header, made with the private key whose public key the account registered. Required once one is registered. */
        'pingplusplus-signature'?: string;
      };
      path: {
        /** @description The token id (`tok_…`). */
        token_id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The token. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Token'];
        };
      };
      /** @description No secret key, an unknown one, or (once the account has registered a public key) a missing, stale or wrong request signature. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description `invalid_request_error` with `param` `id`: no such object for this key (or it was deleted). */
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
}
