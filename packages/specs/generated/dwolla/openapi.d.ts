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
  '/events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List events
     * @description The account’s events, newest first. `limit` defaults to 25 (at most 200), `offset` to 0.
     */
    get: operations['listEvents'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/events/{eventId}': {
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
  '/webhook-subscriptions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List webhook subscriptions
     * @description Every subscription of the account, newest first.
     */
    get: operations['listWebhookSubscriptions'];
    put?: never;
    /**
     * Create a webhook subscription
     * @description Answers `201 Created` with the subscription’s URL in `Location`. An account has at most 10 subscriptions (Dwolla’s Sandbox limit): an 11th is a 400 `MaxNumberOfResources`. A URL outside the targets the sandbox allows (the admin API’s `setWebhookTargets`) is a 400 naming `url`.
     */
    post: operations['createWebhookSubscription'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/webhook-subscriptions/{subscriptionId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get a webhook subscription */
    get: operations['retrieveWebhookSubscription'];
    put?: never;
    /**
     * Pause or resume a webhook subscription
     * @description While paused, no webhook is sent to it: new ones, the retries that fall due and those asked for with `POST /webhooks/{id}/retries` wait, and go out once it is resumed, their retries counted from then. Resuming clears its count of consecutive failures.
     */
    post: operations['updateWebhookSubscription'];
    /**
     * Delete a webhook subscription
     * @description Answers the subscription as it was. Webhooks not yet delivered to it are cancelled.
     */
    delete: operations['deleteWebhookSubscription'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/webhook-subscriptions/{subscriptionId}/webhooks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List the webhooks of a subscription
     * @description Newest first, each with its attempts. `limit` defaults to 25 (at most 200), `offset` to 0.
     */
    get: operations['listSubscriptionWebhooks'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/webhooks/{webhookId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get a webhook */
    get: operations['retrieveWebhook'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/webhooks/{webhookId}/retries': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List the retries of a webhook
     * @description The retries asked for with `POST /webhooks/{id}/retries`, newest first.
     */
    get: operations['listWebhookRetries'];
    put?: never;
    /**
     * Retry a webhook now
     * @description Sends the webhook again now, whatever became of it; answers `201 Created` with an empty body and the retry’s URL (`…/webhooks/{id}/retries/{retryId}`) in `Location`, as Dwolla’s reference shows. While its subscription is paused the retry is recorded but nothing is sent (Dwolla: a paused subscription gets webhooks created, not sent); it goes out when the subscription is resumed. Dwolla documents no answer of its own for that case, so it is the same `201`.
     */
    post: operations['retryWebhook'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/webhooks/{webhookId}/retries/{retryId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get a retry of a webhook
     * @description The retry as its webhook’s list of retries shows it: the URL a retry’s `Location` and its `self` link name.
     */
    get: operations['retrieveWebhookRetry'];
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
  dwollaWebhook: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * A webhook: one event, sent to a subscription
     * @description POSTed to the subscription’s URL as JSON. `X-Request-Signature-SHA-256` is the hex HMAC-SHA256 of the raw body keyed with the subscription’s secret: compute it over the body exactly as received and compare (the client’s `verifyDwollaWebhook` does). Only a 2xx answer within 10 seconds counts as received; otherwise it is retried 15 minutes, 45 minutes, 2, 3, 6, 12, 24 and 24 hours after the attempt before (8 retries over 72 hours), on the server’s clock (the admin API moves it). Several may be under way at once (up to 10), so they may arrive out of order. A subscription is paused after 400 consecutive failures once 24 hours have passed since its last success.
     */
    post: operations['dwollaWebhook'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
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
    /**
     * @description A new customer: unverified (the seed’s four fields), or a verified Personal or Business customer. Other fields are `NotAllowed`.
     * @example {
     *       "firstName": "Bob",
     *       "lastName": "Dole",
     *       "email": "bob@dole.com",
     *       "ipAddress": "99.99.99.99"
     *     }
     */
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
    /**
     * @description Fields sent replace the stored values; fields absent stay as they are.
     * @example {
     *       "lastName": "Doe",
     *       "email": "bob.doe@example.org"
     *     }
     */
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
    /** @description Something that happened in the account: what a webhook carries. */
    Event: {
      _links: components['schemas']['EventLinks'];
      /** Format: date-time */
      created: string;
      /** @description A GUID. */
      id: string;
      /** @description The id of the resource it is about. */
      resourceId: string;
      /**
       * Format: date-time
       * @description The same time as `created`.
       */
      timestamp: string;
      /** @description `customer_created`, `customer_verified`, `customer_reverification_needed`, `customer_verification_document_needed`, `customer_suspended`. */
      topic: string;
    };
    /** @description `self`, the `account`, the `resource` it is about and, for customer events, the `customer`. */
    EventLinks: {
      account: components['schemas']['Link'];
      customer?: components['schemas']['Link'];
      resource: components['schemas']['Link'];
      self: components['schemas']['Link'];
    };
    /** @description A page of events, newest first. */
    EventList: {
      _embedded: {
        events: components['schemas']['Event'][];
      };
      _links: components['schemas']['CustomerListLinks'];
      total: number;
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
    /** @description An event sent to one subscription, with its attempts. */
    Webhook: {
      _links: components['schemas']['WebhookLinks'];
      accountId: string;
      /** @description Every attempt so far, newest first. */
      attempts: components['schemas']['WebhookAttempt'][];
      eventId: string;
      id: string;
      subscriptionId: string;
      topic: string;
    };
    /** @description One attempt to deliver a webhook. */
    WebhookAttempt: {
      id: string;
      request: {
        body: string;
        headers: components['schemas']['WebhookHeader'][];
        /** Format: date-time */
        timestamp: string;
        url: string;
      };
      response: {
        /** @description The start of the answer (or what went wrong). */
        body: string;
        durationMs?: number;
        headers: components['schemas']['WebhookHeader'][];
        /** @description The receiver’s status; 0 when no answer came (refused, or none within 10 seconds). */
        statusCode: number;
        /** Format: date-time */
        timestamp: string;
      };
    };
    WebhookHeader: {
      name: string;
      value: string;
    };
    WebhookLinks: {
      event: components['schemas']['Link'];
      retry: components['schemas']['Link'];
      self: components['schemas']['Link'];
      subscription: components['schemas']['Link'];
    };
    /** @description A page of a subscription’s webhooks, newest first. */
    WebhookList: {
      _embedded: {
        webhooks: components['schemas']['Webhook'][];
      };
      _links: components['schemas']['CustomerListLinks'];
      total: number;
    };
    /** @description A retry of a webhook asked for with `POST /webhooks/{id}/retries`. */
    WebhookRetry: {
      _links: components['schemas']['WebhookRetryLinks'];
      id: string;
      /** Format: date-time */
      timestamp: string;
    };
    WebhookRetryLinks: {
      self: components['schemas']['Link'];
      webhook: components['schemas']['Link'];
    };
    WebhookRetryList: {
      _embedded: {
        retries: components['schemas']['WebhookRetry'][];
      };
      _links: components['schemas']['SelfLinks'];
      total: number;
    };
    /** @description A webhook subscription (its secret is never shown). */
    WebhookSubscription: {
      _links: components['schemas']['WebhookSubscriptionLinks'];
      /** Format: date-time */
      created: string;
      /** @description A GUID. */
      id: string;
      /** @description Paused by request, or by Dwolla after 400 consecutive failures once 24 hours passed since the last success. */
      paused: boolean;
      /** @description Where webhooks are sent. */
      url: string;
    };
    /** @description A new webhook subscription. */
    WebhookSubscriptionCreate: {
      /** @description The key of the HMAC-SHA256 signature of every webhook (`X-Request-Signature-SHA-256`). */
      secret: string;
      /**
       * Format: uri
       * @description Where webhooks are POSTed: an http or https URL.
       */
      url: string;
    };
    /** @description `self`, and the subscription’s `webhooks`. */
    WebhookSubscriptionLinks: {
      self: components['schemas']['Link'];
      webhooks: components['schemas']['Link'];
    };
    /** @description Every webhook subscription of the account (at most 10 in Sandbox). */
    WebhookSubscriptionList: {
      _embedded: {
        'webhook-subscriptions': components['schemas']['WebhookSubscription'][];
      };
      _links: components['schemas']['SelfLinks'];
      total: number;
    };
    /**
     * @example {
     *       "paused": true
     *     }
     */
    WebhookSubscriptionUpdate: {
      /** @description `true` pauses the subscription (no webhooks are sent; they wait), `false` resumes it. */
      paused: boolean;
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
  listEvents: {
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
      /** @description A page of events. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EventList'];
          'application/vnd.dwolla.v1.hal+json': components['schemas']['EventList'];
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
  retrieveEvent: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The event’s id. */
        eventId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The event. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Event'];
          'application/vnd.dwolla.v1.hal+json': components['schemas']['Event'];
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
  listWebhookSubscriptions: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The subscriptions. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WebhookSubscriptionList'];
          'application/vnd.dwolla.v1.hal+json': components['schemas']['WebhookSubscriptionList'];
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
  createWebhookSubscription: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['WebhookSubscriptionCreate'];
        'application/vnd.dwolla.v1.hal+json': components['schemas']['WebhookSubscriptionCreate'];
      };
    };
    responses: {
      /** @description Created. */
      201: {
        headers: {
          /** @description The subscription’s absolute URL. */
          Location?: string;
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description `ValidationError` naming `url` or `secret`, or `MaxNumberOfResources` (10 subscriptions already). */
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
    };
  };
  retrieveWebhookSubscription: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The subscription’s id. */
        subscriptionId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The subscription. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WebhookSubscription'];
          'application/vnd.dwolla.v1.hal+json': components['schemas']['WebhookSubscription'];
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
  updateWebhookSubscription: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The subscription’s id. */
        subscriptionId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['WebhookSubscriptionUpdate'];
        'application/vnd.dwolla.v1.hal+json': components['schemas']['WebhookSubscriptionUpdate'];
      };
    };
    responses: {
      /** @description The subscription. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WebhookSubscription'];
          'application/vnd.dwolla.v1.hal+json': components['schemas']['WebhookSubscription'];
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
    };
  };
  deleteWebhookSubscription: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The subscription’s id. */
        subscriptionId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The deleted subscription. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WebhookSubscription'];
          'application/vnd.dwolla.v1.hal+json': components['schemas']['WebhookSubscription'];
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
  listSubscriptionWebhooks: {
    parameters: {
      query?: {
        /** @description How many results to return (1–200, default 25). */
        limit?: number;
        /** @description How many results to skip (default 0). */
        offset?: number;
      };
      header?: never;
      path: {
        /** @description The subscription’s id. */
        subscriptionId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of webhooks. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WebhookList'];
          'application/vnd.dwolla.v1.hal+json': components['schemas']['WebhookList'];
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
    };
  };
  retrieveWebhook: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The webhook’s id. */
        webhookId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The webhook and its attempts. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Webhook'];
          'application/vnd.dwolla.v1.hal+json': components['schemas']['Webhook'];
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
  listWebhookRetries: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The webhook’s id. */
        webhookId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Its retries. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WebhookRetryList'];
          'application/vnd.dwolla.v1.hal+json': components['schemas']['WebhookRetryList'];
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
  retryWebhook: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The webhook’s id. */
        webhookId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The retry is recorded (and under way unless the subscription is paused). */
      201: {
        headers: {
          /** @description The retry’s absolute URL. */
          Location?: string;
          [name: string]: unknown;
        };
        content?: never;
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
  retrieveWebhookRetry: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The retry’s id. */
        retryId: string;
        /** @description The webhook’s id. */
        webhookId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The retry. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WebhookRetry'];
          'application/vnd.dwolla.v1.hal+json': components['schemas']['WebhookRetry'];
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
  dwollaWebhook: {
    parameters: {
      query?: never;
      header: {
        /** @description The event’s topic (`customer_created`, …). */
        'x-dwolla-topic': string;
        /** @description Hex HMAC-SHA256 of the raw body, keyed with the subscription’s secret. */
        'x-request-signature-sha-256': string;
      };
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
