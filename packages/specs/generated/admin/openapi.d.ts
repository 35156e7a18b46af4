// Generated from schemas/admin; do not edit. Run `pnpm generate`.

export interface paths {
  '/clock': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Read the clock
     * @description The time the APIs see: token and idempotency-key expiry, creation times and `created` filters.
     */
    get: operations['getClock'];
    put?: never;
    /**
     * Move the clock forward
     * @description Every instance on the database follows (within the shared-state refresh, a second by default).
     */
    post: operations['advanceClock'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Export tenants
     * @description One tenant (`tenant`), every tenant of an API (`api`), or every tenant: their credentials (by hash) and documents, in the seed file format. Importing it back gives the same export, byte for byte.
     */
    get: operations['exportData'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/faults': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List fault rules */
    get: operations['listFaults'];
    put?: never;
    /**
     * Add a fault rule
     * @description Matching requests (by API, operation, tenant, verb) get the fault: a status in the API’s own error envelope, a latency, a dropped connection, or several; all of them, a share (`probability`) or the next few (`count`). Rules are shared by every instance on the database.
     */
    post: operations['addFault'];
    /** Remove every fault rule */
    delete: operations['clearFaults'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/faults/{fault_id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Remove a fault rule */
    delete: operations['deleteFault'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Import tenants
     * @description Creates the tenants the document names that do not exist, adds their credentials that are missing, and replaces each tenant’s data with the document’s, which becomes its baseline. All of one tenant or none of it.
     */
    post: operations['importData'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/requests': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List logged requests
     * @description The latest requests to the APIs, newest first, from every instance on the database; secrets redacted.
     */
    get: operations['listRequests'];
    put?: never;
    post?: never;
    /** Clear the request log */
    delete: operations['clearRequests'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/requests/tail': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Follow logged requests
     * @description Server-sent events: one `request` event per new entry (its `data` a RequestLogEntry, its `id` the entry’s), as they are logged by any instance. `Last-Event-ID` resumes after that entry.
     */
    get: operations['tailRequests'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/reset': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Reset data
     * @description Restores one tenant, every tenant of one API, or (empty body) every tenant to its baseline: the documents it had when it was created, seeded or last imported. Credentials are left as they are.
     */
    post: operations['resetData'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/tenants': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List tenants
     * @description Every tenant (of one API with `api`), oldest first.
     */
    get: operations['listTenants'];
    put?: never;
    /**
     * Create a tenant
     * @description A new tenant of an API, with the credentials the API gives one (shown this once), as `clientele tenant create` makes it.
     */
    post: operations['createTenant'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/tenants/{tenant_id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Show a tenant
     * @description The tenant, its credentials (never their secrets) and how many documents each of its collections holds.
     */
    get: operations['getTenant'];
    put?: never;
    post?: never;
    /**
     * Delete a tenant
     * @description Removes the tenant, its credentials and all its data.
     */
    delete: operations['deleteTenant'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/tenants/{tenant_id}/credentials': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Add a credential
     * @description A new credential for the tenant: a copy of one it has (`like`: a second key, another OAuth application) or one of a kind given. Its secret is shown this once.
     */
    post: operations['addCredential'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/tenants/{tenant_id}/credentials/{credential_id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Revoke a credential
     * @description The credential stops working at once (on other instances within the shared-state refresh, a second by default).
     */
    delete: operations['revokeCredential'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/tenants/{tenant_id}/credentials/{credential_id}/rotate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Rotate a credential
     * @description Gives the credential a new secret of the same form (the public half of a two-part one stays); the old secret stops working at once. The new one is shown this once.
     */
    post: operations['rotateCredential'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/tenants/{tenant_id}/customers/{customer_id}/status': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Move a customer’s status
     * @description Moves a customer of a tenant to another status, as the provider would after its own checks: Dwolla’s `status`, Balanced’s `is_identity_verified`, the bank’s `kyc_status` (Octobat and Ping++ customers have none: 400). Only the transitions the API allows are taken; any other is a 400 naming `status` and listing the values allowed from the current one. Dwolla: `retry` → `verified`, `document` or `suspended`; `document` → `verified` or `suspended`; `verified` → `suspended` (`unverified` and `suspended` customers do not move). Balanced: `false` → `true`. The bank: `false` ↔ `true`. Where the API has events (Dwolla, Balanced) the change emits one, in the same transaction.
     */
    post: operations['setCustomerStatus'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/tenants/{tenant_id}/deliveries': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List deliveries
     * @description The tenant’s deliveries of events to its endpoints (Dwolla webhooks, Balanced callbacks), newest first, each with every attempt.
     */
    get: operations['listDeliveries'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/tenants/{tenant_id}/deliveries/{delivery_id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Show a delivery */
    get: operations['getDelivery'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/tenants/{tenant_id}/deliveries/{delivery_id}/replay': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Replay a delivery
     * @description Makes one more attempt now, whatever became of the delivery, and answers once it is made (its schedule goes on from there if it fails).
     */
    post: operations['replayDelivery'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/webhook-targets': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Read where deliveries may go */
    get: operations['getWebhookTargets'];
    /**
     * Restrict where deliveries may go
     * @description Deliveries go only to URLs a tenant registered; with targets set, only to those among them (a registration elsewhere is refused, an attempt to a URL no longer allowed fails without being sent). Private and loopback addresses are allowed unless targets exclude them: test receivers live there.
     */
    put: operations['setWebhookTargets'];
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
    Clock: {
      /**
       * Format: date-time
       * @description The time the APIs see now.
       */
      now: string;
      /** @description How far it is ahead of the real time. */
      offset_ms: number;
    };
    /** @description The clock only moves forward: creation times stay in order. */
    ClockAdvance: {
      /** @description How far to move it forward: milliseconds, or a duration such as `90s`, `25h`, `1d12h`. */
      advance: number | string;
    };
    /** @description A credential of a tenant. Only its hash is stored: its secret is never shown again. */
    Credential: {
      /**
       * Format: date-time
       * @description When it was stored.
       */
      created_at: string;
      expires_at: string | null;
      /** @description Enough of the secret to tell it apart (`oc_test_skey_…Wq3Z`); null where it was imported by hash. */
      hint: string | null;
      /** @description Names the credential in rotations and revocations; never its secret. */
      id: string;
      /** @description What the API takes it as (`api_key`, `secret_key`, `oauth_application`, `user_login`, `oauth_access_token`, …). */
      kind: string;
      /** @description The field its secret was shown as when it was made (`api_key_secret`, `client_secret`). */
      label: string | null;
      /** @description `test` or `live` where the API has modes. */
      mode: string | null;
      /** @description The public half of a two-part credential (an OAuth client id, a user id); null for plain keys. */
      public_id: string | null;
      /** @description The field the public half was shown as (`client_id`, `user_id`). */
      public_label: string | null;
      /** @description False for tokens the API issues (access tokens, codes, refresh tokens): revoke those and ask the API for new ones. */
      rotatable: boolean;
      scopes: string[];
      /** @description The user it acts for, in APIs with users. */
      subject: string | null;
    };
    /** @description A new credential: a copy of an existing one (`like`), or one of the `kind` given. */
    CredentialCreate: {
      /** @description Its kind, where `like` names none. */
      kind?: string;
      /** @description The field to show its secret as. */
      label?: string;
      /** @description A credential of the tenant to copy (kind, mode, scopes, subject and the form of its secret). */
      like?: string;
      mode?: string | null;
      /** @description The public half, for a two-part credential; a new one of the same form when copying one. */
      public_id?: string;
      scopes?: string[];
      /** @description The secret to use (a known CI key); a new random one of the right form when absent. */
      secret?: string;
      subject?: string | null;
    };
    /** @description A customer’s status, moved. */
    CustomerStatus: {
      api: string;
      customer_id: string;
      /** @description The customer field that moved, as the API names it (`status`, `is_identity_verified`, `kyc_status`). */
      field: string;
      /** @description Its value before. */
      from: string | boolean;
      tenant_id: string;
      /** @description Its value now. */
      to: string | boolean;
    };
    CustomerStatusChange: {
      /** @description The value to move the customer to: Dwolla’s `status` (`verified`, `retry`, `document`, `suspended`), Balanced’s `is_identity_verified` or the bank’s `kyc_status` (true or false). */
      status: string | boolean;
    };
    /** @description One event delivered to one endpoint, with every attempt. */
    Delivery: {
      api: string;
      /** @description Every attempt so far, oldest first. */
      attempts: components['schemas']['DeliveryAttempt'][];
      /**
       * Format: date-time
       * @description When its event happened.
       */
      created_at: string;
      /** @description The subscription or callback it goes to. */
      endpoint_id: string;
      event_id: string;
      /** @description As the provider names it (a Dwolla webhook’s id). */
      id: string;
      next_attempt_at: string | null;
      /** @description `pending` (an attempt is due at `next_attempt_at`), `succeeded`, `failed` (no retries left), `held` (its endpoint is paused), `cancelled` (its endpoint was removed). */
      state: 'pending' | 'succeeded' | 'failed' | 'held' | 'cancelled';
      tenant_id: string;
      url: string;
    };
    DeliveryAttempt: {
      /**
       * Format: date-time
       * @description When it was made, on the server’s clock (when it was due).
       */
      at: string;
      duration_ms: number;
      /** @description The start of the answer’s body (500 characters), or what went wrong. */
      excerpt: string;
      /** @description 1 for the first attempt. */
      n: number;
      /** @description Whether the provider’s rule counts it received (Dwolla: a 2xx within 10 seconds). */
      ok: boolean;
      /** @description The receiver’s status; null when none came (refused, or not within the provider’s timeout). */
      status: number | null;
      url: string;
    };
    /** @description Newest first. */
    DeliveryList: {
      items: components['schemas']['Delivery'][];
      total: number;
    };
    /** @description An RFC 9457 problem: every error of the admin API. */
    Error: {
      /** @description What went wrong, naming the field where one is at fault. */
      detail: string;
      /** @description Each field at fault. */
      errors?: {
        /** @description Dotted path of the field (`tenants.0.api`). */
        field: string;
        message: string;
      }[];
      status: number;
      /** @description The kind in words. */
      title: string;
      /** @description What kind of problem: `urn:clientele:problem:<kind>` (`validation`, `not_found`, `unauthorized`, …). */
      type: string;
    };
    /** @description Which requests: every one, unless narrowed. */
    FaultMatch: {
      /** @description Only requests to this API. */
      api?: string;
      /** @description Only requests with this verb. */
      method?: 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
      /** @description Only requests reaching this operation (its operationId). */
      operation?: string;
      /** @description Only requests of this tenant. */
      tenant?: string;
    };
    FaultRule: {
      count: number | null;
      /**
       * Format: date-time
       * @description When it was added.
       */
      created_at: string;
      drop: boolean;
      id: string;
      latency_max_ms: number | null;
      latency_ms: number | null;
      match: components['schemas']['FaultMatch'];
      probability: number | null;
      remaining: number | null;
      retry_after: number | null;
      status: number | null;
    };
    /** @description A fault for matching requests: a status, a latency, a dropped connection, or several. */
    FaultRuleCreate: {
      /** @description Fail only the next this many matching requests, across every instance. */
      count?: number;
      /** @description Reset the connection instead of answering. */
      drop?: boolean;
      /** @description With `latency_ms`: wait a random time between the two. */
      latency_max_ms?: number;
      /** @description Wait this long before answering. */
      latency_ms?: number;
      match?: components['schemas']['FaultMatch'];
      /** @description Fail this share of matching requests (default all). */
      probability?: number;
      /** @description Seconds, sent as `Retry-After` with the status. */
      retry_after?: number;
      /** @description Answer this instead, in the API’s own error envelope: 429 (rate limited), 500 (server error) or 503 (unavailable). */
      status?: 429 | 500 | 503;
    };
    /** @description In the order they are tried. */
    FaultRuleList: {
      items: components['schemas']['FaultRule'][];
    };
    ImportResult: {
      tenants: {
        api: string;
        /** @description Whether the tenant was new. */
        created: boolean;
        credentials_added: number;
        /** @description How many documents the tenant holds now. */
        documents: number;
        id: string;
      }[];
    };
    LoggedMessage: {
      /** @description JSON and form bodies as parsed values, other text as a string, null when empty; secrets redacted. */
      body: unknown;
      /** @description Headers, lowercased; credentials redacted. */
      headers: {
        [key: string]: string;
      };
    };
    NewCredential: {
      credential: components['schemas']['Credential'];
      /** @description The secret (and the public half of a two-part credential) by the fields they are shown as. Shown this once. */
      secrets: {
        [key: string]: string;
      };
    };
    ProvisionedTenant: {
      api: string;
      /** @description Its secrets, shown this once: only their hashes are stored. */
      credentials: {
        [key: string]: string;
      };
      /** @description A ready curl line against this server. */
      example: string;
      name: string;
      tenant_id: string;
    };
    /** @description One request and its answer; secrets (keys, tokens, passwords, signatures) are redacted. */
    RequestLogEntry: {
      api: string;
      duration_ms: number;
      /** @description The fault injected into it, if any (`status=503`, `latency=250ms`, `drop`). */
      fault: string | null;
      /** @description Increasing: newer entries have higher ids. */
      id: number;
      /** @description Which server instance answered (host, process and app). */
      instance: string;
      method: string;
      /** @description The operation it reached; null for unknown paths and verbs. */
      operation: string | null;
      /** @description Path and query string, as sent. */
      path: string;
      request: components['schemas']['LoggedMessage'];
      response: components['schemas']['LoggedMessage'];
      /** @description The status answered; 0 when the connection was dropped by a fault. */
      status: number;
      /** @description The tenant its credentials named; null when they named none. */
      tenant: string | null;
      /**
       * Format: date-time
       * @description When the request arrived.
       */
      time: string;
    };
    /** @description Newest first. */
    RequestLogPage: {
      items: components['schemas']['RequestLogEntry'][];
      /** @description Pass as `before` for the page of older entries; null at the oldest. */
      next_before: number | null;
    };
    /** @description One tenant, one API, or (empty) every tenant. */
    ResetRequest: {
      /** @description Reset every tenant of this API. */
      api?: string;
      /** @description Reset this tenant. */
      tenant?: string;
    };
    ResetResult: {
      /** @description The tenants reset. */
      tenants: string[];
    };
    /** @description Tenants with their credentials and documents: a seed file (`pnpm start --seed FILE`), an export, an import. */
    SandboxDocument: {
      /** @description Where editors find this schema. */
      $schema?: string;
      /**
       * @description The version of this format.
       * @constant
       */
      format: 'clientele-sandbox/1';
      tenants: components['schemas']['SeedTenant'][];
    };
    /** @description A credential: `secret` (seed files) or `secret_sha256` (exports), one of the two. */
    SeedCredential: {
      expires_at?: string | null;
      hint?: string | null;
      /** @description Its public id (a new one when absent). */
      id?: string;
      /** @description What the API takes it as: `api_key` (Balanced), `oauth_application` (Dwolla, the bank), `secret_key` (Octobat, Ping++), `user_login` (the bank), … */
      kind: string;
      label?: string | null;
      mode?: string | null;
      public_id?: string | null;
      public_label?: string | null;
      scopes?: string[];
      /** @description The secret in clear (a seed file): stored hashed. */
      secret?: string;
      secret_length?: number | null;
      /** @description The stored hash (an export): SHA-256 of the secret (of `public_id:secret` for two-part ones), hex. */
      secret_sha256?: string;
      subject?: string | null;
    };
    SeedDocument: {
      /** @description Where it is stored: `<api>.<resource>` (`balanced.customers`). */
      collection: string;
      /**
       * Format: date-time
       * @description ISO 8601 with microseconds (`2026-01-01T00:00:00.000000Z`): the order documents were created in. Now, when absent.
       */
      created?: string;
      /** @description The document as stored: export a tenant to see each collection’s form. */
      data: {
        [key: string]: unknown;
      };
      /** @description Its id, as the API shows it. */
      id: string;
      /** @description `test` or `live`, for APIs with modes. */
      mode?: string;
      /** @description The document it belongs to, for children (a customer’s cards, a bank’s customers). */
      parent?: string;
    };
    SeedTenant: {
      /** @description Which API it is a tenant of. */
      api: string;
      credentials?: components['schemas']['SeedCredential'][];
      documents?: components['schemas']['SeedDocument'][];
      /** @description Its id (a Balanced marketplace, a Dwolla account, an Octobat or Ping++ account, a bank sandbox). */
      id: string;
      /** @description What the API keeps about the tenant. */
      meta?: {
        [key: string]: unknown;
      };
      /** @description A name. */
      name?: string;
    };
    Tenant: {
      api: string;
      /**
       * Format: date-time
       * @description When it was created.
       */
      created_at: string;
      id: string;
      name: string;
    };
    TenantCreate: {
      /** @description Which API (`balanced`, `dwolla`, `bank`, `octobat`, `pingpp`). */
      api: string;
      /** @description A name (the API’s default otherwise). */
      name?: string;
      /** @description For APIs whose credentials carry OAuth scopes. */
      scopes?: string[];
    };
    TenantDetail: {
      api: string;
      /** @description How many documents a reset restores. */
      baseline: number;
      /**
       * Format: date-time
       * @description When it was created.
       */
      created_at: string;
      credentials: components['schemas']['Credential'][];
      /** @description How many live documents each collection holds. */
      documents: {
        [key: string]: number;
      };
      id: string;
      /** @description What the API keeps about the tenant (the bank sandbox’s first bank). */
      meta: {
        [key: string]: unknown;
      };
      name: string;
    };
    /** @description Tenants, oldest first. */
    TenantList: {
      items: components['schemas']['Tenant'][];
      total: number;
    };
    WebhookTargets: {
      /** @description Where deliveries may go: hosts (`127.0.0.1`, `hooks.example.org:8443`) and URL prefixes (`https://hooks.example.org/dwolla/`); null for any URL a tenant registers. */
      targets: string[] | null;
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
  getClock: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The clock. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Clock'];
        };
      };
      /** @description `unauthorized`: no admin token, or not this server’s (`Authorization: Bearer <admin token>`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description `forbidden`: without `--admin-token`, the admin API answers only clients on this machine (loopback, not relayed by a proxy: `Forwarded` or `X-Forwarded-*` headers make a request remote unless `--trust-proxy` is given and `X-Forwarded-For` names a loopback client). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  advanceClock: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ClockAdvance'];
      };
    };
    responses: {
      /** @description The clock, moved. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Clock'];
        };
      };
      /** @description `validation`: a field of the request is wrong (`errors` names each), or the body is not JSON. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description `unauthorized`: no admin token, or not this server’s (`Authorization: Bearer <admin token>`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description `forbidden`: without `--admin-token`, the admin API answers only clients on this machine (loopback, not relayed by a proxy: `Forwarded` or `X-Forwarded-*` headers make a request remote unless `--trust-proxy` is given and `X-Forwarded-For` names a loopback client). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description `payload_too_large`: the body is larger than the server accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description `unsupported_media_type`: send `application/json`. */
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
  exportData: {
    parameters: {
      query?: {
        /** @description Only tenants of this API. */
        api?: string;
        /** @description Only this tenant. */
        tenant?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The sandbox document. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SandboxDocument'];
        };
      };
      /** @description `validation`: a field of the request is wrong (`errors` names each), or the body is not JSON. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description `unauthorized`: no admin token, or not this server’s (`Authorization: Bearer <admin token>`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description `forbidden`: without `--admin-token`, the admin API answers only clients on this machine (loopback, not relayed by a proxy: `Forwarded` or `X-Forwarded-*` headers make a request remote unless `--trust-proxy` is given and `X-Forwarded-For` names a loopback client). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description `not_found`: no such tenant, credential or fault rule. */
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
  listFaults: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The rules, in the order they are tried. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FaultRuleList'];
        };
      };
      /** @description `unauthorized`: no admin token, or not this server’s (`Authorization: Bearer <admin token>`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description `forbidden`: without `--admin-token`, the admin API answers only clients on this machine (loopback, not relayed by a proxy: `Forwarded` or `X-Forwarded-*` headers make a request remote unless `--trust-proxy` is given and `X-Forwarded-For` names a loopback client). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  addFault: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['FaultRuleCreate'];
      };
    };
    responses: {
      /** @description The rule. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FaultRule'];
        };
      };
      /** @description `validation`: a field of the request is wrong (`errors` names each), or the body is not JSON. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description `unauthorized`: no admin token, or not this server’s (`Authorization: Bearer <admin token>`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description `forbidden`: without `--admin-token`, the admin API answers only clients on this machine (loopback, not relayed by a proxy: `Forwarded` or `X-Forwarded-*` headers make a request remote unless `--trust-proxy` is given and `X-Forwarded-For` names a loopback client). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description `payload_too_large`: the body is larger than the server accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description `unsupported_media_type`: send `application/json`. */
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
  clearFaults: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Removed. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description `unauthorized`: no admin token, or not this server’s (`Authorization: Bearer <admin token>`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description `forbidden`: without `--admin-token`, the admin API answers only clients on this machine (loopback, not relayed by a proxy: `Forwarded` or `X-Forwarded-*` headers make a request remote unless `--trust-proxy` is given and `X-Forwarded-For` names a loopback client). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  deleteFault: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The rule’s id. */
        fault_id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Removed. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description `unauthorized`: no admin token, or not this server’s (`Authorization: Bearer <admin token>`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description `forbidden`: without `--admin-token`, the admin API answers only clients on this machine (loopback, not relayed by a proxy: `Forwarded` or `X-Forwarded-*` headers make a request remote unless `--trust-proxy` is given and `X-Forwarded-For` names a loopback client). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description `not_found`: no such tenant, credential or fault rule. */
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
  importData: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SandboxDocument'];
      };
    };
    responses: {
      /** @description What was imported. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ImportResult'];
        };
      };
      /** @description `validation`: a field of the request is wrong (`errors` names each), or the body is not JSON. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description `unauthorized`: no admin token, or not this server’s (`Authorization: Bearer <admin token>`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description `forbidden`: without `--admin-token`, the admin API answers only clients on this machine (loopback, not relayed by a proxy: `Forwarded` or `X-Forwarded-*` headers make a request remote unless `--trust-proxy` is given and `X-Forwarded-For` names a loopback client). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description `conflict`: the request contradicts what is stored (a tenant id taken by another API, a credential that cannot be rotated). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description `payload_too_large`: the body is larger than the server accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description `unsupported_media_type`: send `application/json`. */
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
  listRequests: {
    parameters: {
      query?: {
        /** @description Only requests to this API. */
        api?: string;
        /** @description Only entries older than this id (`next_before` of the previous page). */
        before?: number;
        /** @description How many (1–500, default 50). */
        limit?: number;
        /** @description Only requests that reached this operation (its operationId). */
        operation?: string;
        /** @description Only requests at or after this time. */
        since?: string;
        /** @description Only this status (`503`), or class (`4xx`). */
        status?: string;
        /** @description Only requests of this tenant. */
        tenant?: string;
        /** @description Only requests at or before this time. */
        until?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Logged requests. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RequestLogPage'];
        };
      };
      /** @description `validation`: a field of the request is wrong (`errors` names each), or the body is not JSON. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description `unauthorized`: no admin token, or not this server’s (`Authorization: Bearer <admin token>`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description `forbidden`: without `--admin-token`, the admin API answers only clients on this machine (loopback, not relayed by a proxy: `Forwarded` or `X-Forwarded-*` headers make a request remote unless `--trust-proxy` is given and `X-Forwarded-For` names a loopback client). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  clearRequests: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Cleared. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description `unauthorized`: no admin token, or not this server’s (`Authorization: Bearer <admin token>`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description `forbidden`: without `--admin-token`, the admin API answers only clients on this machine (loopback, not relayed by a proxy: `Forwarded` or `X-Forwarded-*` headers make a request remote unless `--trust-proxy` is given and `X-Forwarded-For` names a loopback client). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  tailRequests: {
    parameters: {
      query?: {
        /** @description Only requests to this API. */
        api?: string;
        /** @description Only requests that reached this operation (its operationId). */
        operation?: string;
        /** @description Only requests at or after this time. */
        since?: string;
        /** @description Only this status (`503`), or class (`4xx`). */
        status?: string;
        /** @description Only requests of this tenant. */
        tenant?: string;
        /** @description Only requests at or before this time. */
        until?: string;
      };
      header?: {
        /** @description Resume after this entry. */
        'last-event-id'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An endless stream of `request` events. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/event-stream': components['schemas']['RequestLogEntry'];
        };
      };
      /** @description `validation`: a field of the request is wrong (`errors` names each), or the body is not JSON. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description `unauthorized`: no admin token, or not this server’s (`Authorization: Bearer <admin token>`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description `forbidden`: without `--admin-token`, the admin API answers only clients on this machine (loopback, not relayed by a proxy: `Forwarded` or `X-Forwarded-*` headers make a request remote unless `--trust-proxy` is given and `X-Forwarded-For` names a loopback client). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  resetData: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ResetRequest'];
      };
    };
    responses: {
      /** @description The tenants reset. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ResetResult'];
        };
      };
      /** @description `validation`: a field of the request is wrong (`errors` names each), or the body is not JSON. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description `unauthorized`: no admin token, or not this server’s (`Authorization: Bearer <admin token>`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description `forbidden`: without `--admin-token`, the admin API answers only clients on this machine (loopback, not relayed by a proxy: `Forwarded` or `X-Forwarded-*` headers make a request remote unless `--trust-proxy` is given and `X-Forwarded-For` names a loopback client). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description `not_found`: no such tenant, credential or fault rule. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description `payload_too_large`: the body is larger than the server accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description `unsupported_media_type`: send `application/json`. */
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
  listTenants: {
    parameters: {
      query?: {
        /** @description Only tenants of this API. */
        api?: string;
        /** @description How many (1–1000, default 100). */
        limit?: number;
        /** @description How many to skip. */
        offset?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Tenants. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TenantList'];
        };
      };
      /** @description `validation`: a field of the request is wrong (`errors` names each), or the body is not JSON. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description `unauthorized`: no admin token, or not this server’s (`Authorization: Bearer <admin token>`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description `forbidden`: without `--admin-token`, the admin API answers only clients on this machine (loopback, not relayed by a proxy: `Forwarded` or `X-Forwarded-*` headers make a request remote unless `--trust-proxy` is given and `X-Forwarded-For` names a loopback client). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  createTenant: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['TenantCreate'];
      };
    };
    responses: {
      /** @description The tenant and its credentials. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProvisionedTenant'];
        };
      };
      /** @description `validation`: a field of the request is wrong (`errors` names each), or the body is not JSON. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description `unauthorized`: no admin token, or not this server’s (`Authorization: Bearer <admin token>`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description `forbidden`: without `--admin-token`, the admin API answers only clients on this machine (loopback, not relayed by a proxy: `Forwarded` or `X-Forwarded-*` headers make a request remote unless `--trust-proxy` is given and `X-Forwarded-For` names a loopback client). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description `payload_too_large`: the body is larger than the server accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description `unsupported_media_type`: send `application/json`. */
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
  getTenant: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The tenant’s id. */
        tenant_id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The tenant. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TenantDetail'];
        };
      };
      /** @description `unauthorized`: no admin token, or not this server’s (`Authorization: Bearer <admin token>`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description `forbidden`: without `--admin-token`, the admin API answers only clients on this machine (loopback, not relayed by a proxy: `Forwarded` or `X-Forwarded-*` headers make a request remote unless `--trust-proxy` is given and `X-Forwarded-For` names a loopback client). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description `not_found`: no such tenant, credential or fault rule. */
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
  deleteTenant: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The tenant’s id. */
        tenant_id: string;
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
      /** @description `unauthorized`: no admin token, or not this server’s (`Authorization: Bearer <admin token>`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description `forbidden`: without `--admin-token`, the admin API answers only clients on this machine (loopback, not relayed by a proxy: `Forwarded` or `X-Forwarded-*` headers make a request remote unless `--trust-proxy` is given and `X-Forwarded-For` names a loopback client). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description `not_found`: no such tenant, credential or fault rule. */
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
  addCredential: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The tenant’s id. */
        tenant_id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CredentialCreate'];
      };
    };
    responses: {
      /** @description The credential and its secret. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NewCredential'];
        };
      };
      /** @description `validation`: a field of the request is wrong (`errors` names each), or the body is not JSON. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description `unauthorized`: no admin token, or not this server’s (`Authorization: Bearer <admin token>`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description `forbidden`: without `--admin-token`, the admin API answers only clients on this machine (loopback, not relayed by a proxy: `Forwarded` or `X-Forwarded-*` headers make a request remote unless `--trust-proxy` is given and `X-Forwarded-For` names a loopback client). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description `not_found`: no such tenant, credential or fault rule. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description `conflict`: the request contradicts what is stored (a tenant id taken by another API, a credential that cannot be rotated). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description `payload_too_large`: the body is larger than the server accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description `unsupported_media_type`: send `application/json`. */
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
  revokeCredential: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The credential’s id (`cred_…`). */
        credential_id: string;
        /** @description The tenant’s id. */
        tenant_id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Revoked. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description `unauthorized`: no admin token, or not this server’s (`Authorization: Bearer <admin token>`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description `forbidden`: without `--admin-token`, the admin API answers only clients on this machine (loopback, not relayed by a proxy: `Forwarded` or `X-Forwarded-*` headers make a request remote unless `--trust-proxy` is given and `X-Forwarded-For` names a loopback client). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description `not_found`: no such tenant, credential or fault rule. */
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
  rotateCredential: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The credential’s id (`cred_…`). */
        credential_id: string;
        /** @description The tenant’s id. */
        tenant_id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The credential and its new secret. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NewCredential'];
        };
      };
      /** @description `unauthorized`: no admin token, or not this server’s (`Authorization: Bearer <admin token>`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description `forbidden`: without `--admin-token`, the admin API answers only clients on this machine (loopback, not relayed by a proxy: `Forwarded` or `X-Forwarded-*` headers make a request remote unless `--trust-proxy` is given and `X-Forwarded-For` names a loopback client). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description `not_found`: no such tenant, credential or fault rule. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description `conflict`: the request contradicts what is stored (a tenant id taken by another API, a credential that cannot be rotated). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  setCustomerStatus: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The customer’s id, as its API names it. */
        customer_id: string;
        /** @description The tenant’s id. */
        tenant_id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CustomerStatusChange'];
      };
    };
    responses: {
      /** @description The customer’s status, moved. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CustomerStatus'];
        };
      };
      /** @description `validation`: a field of the request is wrong (`errors` names each), or the body is not JSON. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description `unauthorized`: no admin token, or not this server’s (`Authorization: Bearer <admin token>`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description `forbidden`: without `--admin-token`, the admin API answers only clients on this machine (loopback, not relayed by a proxy: `Forwarded` or `X-Forwarded-*` headers make a request remote unless `--trust-proxy` is given and `X-Forwarded-For` names a loopback client). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description `not_found`: no such tenant, or no such customer of it. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description `payload_too_large`: the body is larger than the server accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description `unsupported_media_type`: send `application/json`. */
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
  listDeliveries: {
    parameters: {
      query?: {
        /** @description How many (1–500, default 50). */
        limit?: number;
        /** @description How many to skip. */
        offset?: number;
      };
      header?: never;
      path: {
        /** @description The tenant’s id. */
        tenant_id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deliveries. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DeliveryList'];
        };
      };
      /** @description `validation`: a field of the request is wrong (`errors` names each), or the body is not JSON. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description `unauthorized`: no admin token, or not this server’s (`Authorization: Bearer <admin token>`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description `forbidden`: without `--admin-token`, the admin API answers only clients on this machine (loopback, not relayed by a proxy: `Forwarded` or `X-Forwarded-*` headers make a request remote unless `--trust-proxy` is given and `X-Forwarded-For` names a loopback client). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description `not_found`: no such tenant, credential or fault rule. */
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
  getDelivery: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The delivery’s id (a Dwolla webhook’s id). */
        delivery_id: string;
        /** @description The tenant’s id. */
        tenant_id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The delivery and its attempts. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Delivery'];
        };
      };
      /** @description `unauthorized`: no admin token, or not this server’s (`Authorization: Bearer <admin token>`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description `forbidden`: without `--admin-token`, the admin API answers only clients on this machine (loopback, not relayed by a proxy: `Forwarded` or `X-Forwarded-*` headers make a request remote unless `--trust-proxy` is given and `X-Forwarded-For` names a loopback client). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description `not_found`: no such tenant, credential or fault rule. */
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
  replayDelivery: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The delivery’s id (a Dwolla webhook’s id). */
        delivery_id: string;
        /** @description The tenant’s id. */
        tenant_id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The delivery, with the new attempt. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Delivery'];
        };
      };
      /** @description `unauthorized`: no admin token, or not this server’s (`Authorization: Bearer <admin token>`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description `forbidden`: without `--admin-token`, the admin API answers only clients on this machine (loopback, not relayed by a proxy: `Forwarded` or `X-Forwarded-*` headers make a request remote unless `--trust-proxy` is given and `X-Forwarded-For` names a loopback client). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description `not_found`: no such tenant, credential or fault rule. */
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
  getWebhookTargets: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The targets allowed. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WebhookTargets'];
        };
      };
      /** @description `unauthorized`: no admin token, or not this server’s (`Authorization: Bearer <admin token>`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description `forbidden`: without `--admin-token`, the admin API answers only clients on this machine (loopback, not relayed by a proxy: `Forwarded` or `X-Forwarded-*` headers make a request remote unless `--trust-proxy` is given and `X-Forwarded-For` names a loopback client). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  setWebhookTargets: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['WebhookTargets'];
      };
    };
    responses: {
      /** @description The targets allowed now. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WebhookTargets'];
        };
      };
      /** @description `validation`: a field of the request is wrong (`errors` names each), or the body is not JSON. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description `unauthorized`: no admin token, or not this server’s (`Authorization: Bearer <admin token>`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description `forbidden`: without `--admin-token`, the admin API answers only clients on this machine (loopback, not relayed by a proxy: `Forwarded` or `X-Forwarded-*` headers make a request remote unless `--trust-proxy` is given and `X-Forwarded-For` names a loopback client). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description `payload_too_large`: the body is larger than the server accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description `unsupported_media_type`: send `application/json`. */
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
}
