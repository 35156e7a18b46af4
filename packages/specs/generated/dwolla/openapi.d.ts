// Generated from schemas/dwolla; do not edit. Run `pnpm generate`.

export interface paths {
  '/customers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List customers
     * @description The customers of the authorized account, newest first. `limit` defaults to 25 (at most 200), `offset` to 0.
     */
    get: operations['listCustomers'];
    put?: never;
    /**
     * Create a customer
     * @description Answers `201 Created` with an empty body and the new customer’s absolute URL in `Location`.
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
    /** Get a customer by id */
    get: operations['retrieveCustomer'];
    put?: never;
    /**
     * Update a customer
     * @description Fields sent replace the stored values; fields absent stay. Answers the updated customer.
     */
    post: operations['updateCustomer'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/token': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Get an access token (client credentials)
     * @description Exchanges an application's key and secret for a bearer access token carrying the application's scopes. Send them as HTTP Basic (`client_id:client_secret`, as today’s Dwolla does) or as `client_id` and `client_secret` in the body (as Dwolla did in 2015). Errors are OAuth 2.0 errors (`error`, `error_description`).
     */
    post: operations['requestToken'];
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
    /** @description The person who controls a business (not for sole proprietorships). */
    Controller: {
      address: {
        /** @description Street address. */
        address1: string;
        /** @description Second line. */
        address2?: string;
        /** @description City. */
        city: string;
        /** @description Two-letter country code. */
        country: string;
        /** @description Postal code. */
        postalCode?: string;
        /** @description State, province or region. */
        stateProvinceRegion: string;
      };
      /** @description Date of birth, `YYYY-MM-DD`. */
      dateOfBirth: string;
      /** @description The controller’s first name. */
      firstName: string;
      /** @description The controller’s last name. */
      lastName: string;
      /** @description The last four digits of the Social Security number, or all nine. */
      ssn?: string;
      /** @description Job title, e.g. `CEO`. */
      title: string;
    };
    /** @description A customer: an individual or business with whom you intend to transact. */
    Customer: {
      _links: components['schemas']['SelfLinks'];
      /** @description First line of the street address. */
      address1?: string;
      /** @description Second line of the street address. */
      address2?: string;
      /** @description Registered business name (Business customers). */
      businessName?: string;
      /** @description City. */
      city?: string;
      /**
       * Format: date-time
       * @description ISO-8601 timestamp, UTC, with milliseconds.
       */
      created: string;
      /** @description Customer's email address. */
      email: string;
      /** @description Customer's first name. */
      firstName: string;
      /** @description Customer unique identifier: a GUID, uppercase. */
      id: string;
      /** @description Customer's last name. */
      lastName: string;
      /** @description Ten digits. */
      phone?: string;
      /** @description US five-digit ZIP or ZIP+4. */
      postalCode?: string;
      /** @description Two-letter US state abbreviation. */
      state?: string;
      /** @description Either `unverified`, `retry`, `document`, `verified`, or `suspended`. An unverified customer is `unverified`; a verified one starts as its Sandbox rule says (a `firstName` of a Personal, or `businessName` of a Business customer, of `retry`, `document` or `suspended` gives that status; otherwise `verified`) and moves as Dwolla’s verification would (the admin API’s `setCustomerStatus`). */
      status: 'unverified' | 'retry' | 'document' | 'verified' | 'suspended';
      /** @description Either `unverified`, `personal`, or `business`: as the customer was created (the seed’s customers are `unverified`). */
      type: 'unverified' | 'personal' | 'business';
    };
    /** @description A new customer: unverified (the seed’s four fields), or a verified Personal or Business customer. Other fields are `NotAllowed`. */
    CustomerCreate: {
      /** @description First line of the street address. */
      address1?: string;
      /** @description Second line of the street address. */
      address2?: string;
      /** @description The id of an industry classification (`GET /business-classifications` at Dwolla). */
      businessClassification?: string;
      /** @description Registered business name. */
      businessName?: string;
      /** @description The legal form of the business. */
      businessType?: 'soleProprietorship' | 'corporation' | 'llc' | 'partnership';
      /** @description City. */
      city?: string;
      controller?: components['schemas']['Controller'];
      /** @description Date of birth, `YYYY-MM-DD` (the customer, or the owner of a sole proprietorship). */
      dateOfBirth?: string;
      /** @description Preferred business name. */
      doingBusinessAs?: string;
      /** @description Employer Identification Number: nine digits (`12-3456789` is accepted). */
      ein?: string;
      /**
       * Format: email
       * @description Customer's email address, unique among the account's customers.
       */
      email: string;
      /** @description Customer's first name. */
      firstName: string;
      /** @description Customer's IP address (IPv4 or IPv6). */
      ipAddress?: string;
      /** @description Customer's last name. */
      lastName: string;
      /** @description Ten digits, no punctuation. */
      phone?: string;
      /** @description US five-digit ZIP or ZIP+4. */
      postalCode?: string;
      /** @description The last four digits of the Social Security number, or all nine. */
      ssn?: string;
      /** @description Two-letter US state abbreviation. */
      state?: string;
      /** @description Absent for an unverified customer (the seed’s). `personal`: also `address1`, `city`, `state`, `postalCode`, `dateOfBirth` and `ssn` are required. `business`: also `address1`, `city`, `state`, `postalCode`, `businessName`, `businessType` and `businessClassification`, and, except for a `soleProprietorship`, `ein` and `controller` (for one, `dateOfBirth` and `ssn` of its owner). */
      type?: 'personal' | 'business';
      /** @description The business’s website. */
      website?: string;
    };
    /** @description A page of customers, newest first. */
    CustomerList: {
      _embedded: {
        customers: components['schemas']['Customer'][];
      };
      _links: components['schemas']['CustomerListLinks'];
      /** @description How many customers the account has. */
      total: number;
    };
    /** @description `next` is absent on the last page, `prev` on the first. */
    CustomerListLinks: {
      first: components['schemas']['Link'];
      last: components['schemas']['Link'];
      next?: components['schemas']['Link'];
      prev?: components['schemas']['Link'];
      self: components['schemas']['Link'];
    };
    /** @description Fields sent replace the stored values; fields absent stay as they are. */
    CustomerUpdate: {
      /**
       * Format: email
       * @description Customer's email address, unique among the account's customers.
       */
      email?: string;
      /** @description Customer's first name. */
      firstName?: string;
      /** @description Customer's IP address (IPv4 or IPv6). */
      ipAddress?: string;
      /** @description Customer's last name. */
      lastName?: string;
    };
    EmbeddedError: {
      /** @description What is wrong with the field. */
      code: 'Required' | 'Invalid' | 'InvalidFormat' | 'Duplicate' | 'NotAllowed';
      message: string;
      /** @description A JSON pointer to the field, e.g. `/firstName`. */
      path: string;
    };
    /** @description Dwolla's error: a `code` and a human `message`. */
    Error: {
      /** @description Each bad field, on a `ValidationError`. */
      _embedded?: {
        errors: components['schemas']['EmbeddedError'][];
      };
      /** @description e.g. `ValidationError`, `InvalidAccessToken`, `ExpiredAccessToken`, `Forbidden`, `NotFound`. */
      code: string;
      /** @description The same text as `message`, for clients of the 2015 error format. */
      description: string;
      message: string;
    };
    /** @description A link to a related resource. */
    Link: {
      /**
       * Format: uri
       * @description Absolute URL.
       */
      href: string;
    };
    /** @description The token endpoint answers errors as OAuth 2.0 does, which is what Dwolla’s SDKs read. */
    OAuthError: {
      /** @description An OAuth 2.0 error code (RFC 6749 §5.2). */
      error:
        'invalid_request' | 'invalid_client' | 'unsupported_grant_type' | 'server_error' | 'temporarily_unavailable';
      error_description: string;
    };
    /** @description Links of a resource: `self`. */
    SelfLinks: {
      self: components['schemas']['Link'];
    };
    Token: {
      /** @description The bearer token: 50 characters. */
      access_token: string;
      /** @description Seconds until the token expires (3600). */
      expires_in: number;
      /** @description The application's scopes, lowercase and pipe-delimited (`managecustomers`), as in 2015. */
      scope: string;
      /** @constant */
      token_type: 'bearer';
    };
    /** @description Other parameters are ignored, as OAuth 2.0 asks. */
    TokenRequest: {
      /** @description The application key, when not sent with HTTP Basic. */
      client_id?: string;
      /** @description The application secret, when not sent with HTTP Basic. */
      client_secret?: string;
      /**
       * @description Only the client credentials grant is served.
       * @constant
       */
      grant_type: 'client_credentials';
    } & {
      [key: string]: unknown;
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
        /** @description How many results to return (1–200, default 25). */
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
      /** @description A page of customers (HAL). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CustomerList'];
          'application/vnd.dwolla.v1.hal+json': components['schemas']['CustomerList'];
        };
      };
      /** @description `ValidationError`: `_embedded.errors` names each bad field (`Required`, `Invalid`, `InvalidFormat`, `NotAllowed`, `Duplicate`). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
          'application/vnd.dwolla.v1.hal+json': components['schemas']['Error'];
        };
      };
      /** @description `InvalidCredentials` (no bearer token), `InvalidAccessToken` (an unknown one) or `ExpiredAccessToken`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
          'application/vnd.dwolla.v1.hal+json': components['schemas']['Error'];
        };
      };
      /** @description `Forbidden`: the token lacks the `ManageCustomers` scope. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
          'application/vnd.dwolla.v1.hal+json': components['schemas']['Error'];
        };
      };
      /** @description `InvalidVersion`: the `Accept` header asks for a media type that is not served. */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
          'application/vnd.dwolla.v1.hal+json': components['schemas']['Error'];
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
        'application/vnd.dwolla.v1.hal+json': components['schemas']['CustomerCreate'];
      };
    };
    responses: {
      /** @description Created. */
      201: {
        headers: {
          /** @description The absolute URL of the new customer. */
          Location?: string;
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description `ValidationError`: `_embedded.errors` names each bad field (`Required`, `Invalid`, `InvalidFormat`, `NotAllowed`, `Duplicate`). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
          'application/vnd.dwolla.v1.hal+json': components['schemas']['Error'];
        };
      };
      /** @description `InvalidCredentials` (no bearer token), `InvalidAccessToken` (an unknown one) or `ExpiredAccessToken`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
          'application/vnd.dwolla.v1.hal+json': components['schemas']['Error'];
        };
      };
      /** @description `Forbidden`: the token lacks the `ManageCustomers` scope. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
          'application/vnd.dwolla.v1.hal+json': components['schemas']['Error'];
        };
      };
      /** @description `InvalidVersion`: the `Accept` header asks for a media type that is not served. */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
          'application/vnd.dwolla.v1.hal+json': components['schemas']['Error'];
        };
      };
      /** @description `Conflict`: a request with the same `Idempotency-Key` is still being processed; retry later. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
          'application/vnd.dwolla.v1.hal+json': components['schemas']['Error'];
        };
      };
      /** @description `RequestTooLarge`: the body is larger than the server accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
          'application/vnd.dwolla.v1.hal+json': components['schemas']['Error'];
        };
      };
      /** @description `UnsupportedMediaType`: send `application/vnd.dwolla.v1.hal+json` or `application/json`. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
          'application/vnd.dwolla.v1.hal+json': components['schemas']['Error'];
        };
      };
      /** @description `IdempotencyKeyReused`: the `Idempotency-Key` was used for a different request in the last 24 hours. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
          'application/vnd.dwolla.v1.hal+json': components['schemas']['Error'];
        };
      };
    };
  };
  retrieveCustomer: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Customer unique identifier (a GUID; matched case-insensitively). */
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
          'application/vnd.dwolla.v1.hal+json': components['schemas']['Customer'];
        };
      };
      /** @description `InvalidCredentials` (no bearer token), `InvalidAccessToken` (an unknown one) or `ExpiredAccessToken`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
          'application/vnd.dwolla.v1.hal+json': components['schemas']['Error'];
        };
      };
      /** @description `Forbidden`: the token lacks the `ManageCustomers` scope. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
          'application/vnd.dwolla.v1.hal+json': components['schemas']['Error'];
        };
      };
      /** @description `NotFound`: no such customer in this account. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
          'application/vnd.dwolla.v1.hal+json': components['schemas']['Error'];
        };
      };
      /** @description `InvalidVersion`: the `Accept` header asks for a media type that is not served. */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
          'application/vnd.dwolla.v1.hal+json': components['schemas']['Error'];
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
        /** @description Customer unique identifier (a GUID; matched case-insensitively). */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CustomerUpdate'];
        'application/vnd.dwolla.v1.hal+json': components['schemas']['CustomerUpdate'];
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
          'application/vnd.dwolla.v1.hal+json': components['schemas']['Customer'];
        };
      };
      /** @description `ValidationError`: `_embedded.errors` names each bad field (`Required`, `Invalid`, `InvalidFormat`, `NotAllowed`, `Duplicate`). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
          'application/vnd.dwolla.v1.hal+json': components['schemas']['Error'];
        };
      };
      /** @description `InvalidCredentials` (no bearer token), `InvalidAccessToken` (an unknown one) or `ExpiredAccessToken`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
          'application/vnd.dwolla.v1.hal+json': components['schemas']['Error'];
        };
      };
      /** @description `Forbidden`: the token lacks the `ManageCustomers` scope. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
          'application/vnd.dwolla.v1.hal+json': components['schemas']['Error'];
        };
      };
      /** @description `NotFound`: no such customer in this account. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
          'application/vnd.dwolla.v1.hal+json': components['schemas']['Error'];
        };
      };
      /** @description `InvalidVersion`: the `Accept` header asks for a media type that is not served. */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
          'application/vnd.dwolla.v1.hal+json': components['schemas']['Error'];
        };
      };
      /** @description `Conflict`: a request with the same `Idempotency-Key` is still being processed; retry later. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
          'application/vnd.dwolla.v1.hal+json': components['schemas']['Error'];
        };
      };
      /** @description `RequestTooLarge`: the body is larger than the server accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
          'application/vnd.dwolla.v1.hal+json': components['schemas']['Error'];
        };
      };
      /** @description `UnsupportedMediaType`: send `application/vnd.dwolla.v1.hal+json` or `application/json`. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
          'application/vnd.dwolla.v1.hal+json': components['schemas']['Error'];
        };
      };
      /** @description `IdempotencyKeyReused`: the `Idempotency-Key` was used for a different request in the last 24 hours. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
          'application/vnd.dwolla.v1.hal+json': components['schemas']['Error'];
        };
      };
    };
  };
  requestToken: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['TokenRequest'];
        'application/x-www-form-urlencoded': components['schemas']['TokenRequest'];
      };
    };
    responses: {
      /** @description A bearer token. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Token'];
          'application/vnd.dwolla.v1.hal+json': components['schemas']['Token'];
        };
      };
      /** @description `invalid_request` (a missing or malformed parameter) or `unsupported_grant_type`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OAuthError'];
          'application/vnd.dwolla.v1.hal+json': components['schemas']['OAuthError'];
        };
      };
      /** @description `invalid_client`: unknown application key or wrong secret. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OAuthError'];
          'application/vnd.dwolla.v1.hal+json': components['schemas']['OAuthError'];
        };
      };
      /** @description `invalid_request`: the `Accept` header allows neither JSON nor the Dwolla media type. */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OAuthError'];
          'application/vnd.dwolla.v1.hal+json': components['schemas']['OAuthError'];
        };
      };
      /** @description `invalid_request`: the body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OAuthError'];
          'application/vnd.dwolla.v1.hal+json': components['schemas']['OAuthError'];
        };
      };
      /** @description `invalid_request`: send form encoding or JSON. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OAuthError'];
          'application/vnd.dwolla.v1.hal+json': components['schemas']['OAuthError'];
        };
      };
    };
  };
}
