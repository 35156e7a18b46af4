// Generated from schemas/bank; do not edit. Run `pnpm generate`.

export interface paths {
  '/v1/auth': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get an authorization code
     * @description The authorization step of the OAuth 2.0 authorization-code flow (openbank `v1/auth/auth.gunk`): the user signs in (HTTP Basic: user id and password, as the sandbox’s stand-in for a login page) and the OAuth client `client_id` gets a one-time code for `redirect_uri` (one of the client’s registered URIs), valid for 10 minutes.
     */
    get: operations['authorize'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/banks/{BankID}/crm-events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List all CRM events
     * @description Returns a list containing up to 20 crm events of the bank, newest first; `has_more` says whether there are more.
     */
    get: operations['getCrmEvents'];
    put?: never;
    /**
     * Record a CRM event
     * @description Records a CRM event for a customer of the bank (named by `customer_number`).
     */
    post: operations['createCrmEvent'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/banks/{BankID}/customers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get customers data by bank id
     * @description Returns the customers of the bank linked to the token’s user, oldest link first.
     */
    get: operations['getCustomersForCurrentUserAtBank'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/banks/{BankID}/customers/{CustomerID}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get Customer By ID
     * @description Returns the customer data based on its id.
     */
    get: operations['getCustomerByCustomerId'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/banks/{BankID}/customers/{CustomerID}/addresses': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List all customer adddresses
     * @description Returns a list containing up to 20 customer addresses, newest first. Needs the entitlement CanGetCustomerAddress.
     */
    get: operations['getCustomerAddresses'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/banks/{BankID}/customers/{CustomerID}/addresses/{CustomerAddressID}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Update customer addresses.
     * @description Update customer addresses information: fields sent replace the stored ones. Needs the entitlement CanCreateCustomer.
     */
    put: operations['updateCustomerAddress'];
    post?: never;
    /**
     * Delete customer address
     * @description Permanently delete customer address. Needs the entitlement CanDeleteCustomerAddress.
     */
    delete: operations['deleteCustomerAddress'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/banks/{BankID}/customers/{CustomerID}/branch': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Update customer branch.
     * @description Update customer branch information. Needs the entitlement CanUpdateCustomerBranch.
     */
    put: operations['updateCustomerBranch'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/banks/{BankID}/customers/{CustomerID}/credit_limit/request/{RequestID}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get credit limit order by id
     * @description Returns Credit limit order by id (`request`, singular, as documented).
     */
    get: operations['getCreditLimitOrderById'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/banks/{BankID}/customers/{CustomerID}/credit_limit/requests': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List all credit limit order
     * @description Returns a list containing up to 20 CreditLimitOrder, newest first.
     */
    get: operations['getCreditLimitOrder'];
    put?: never;
    /**
     * Create credit limit order
     * @description Create Credit limit order for the customer on specific bank.
     */
    post: operations['createCreditLimitOrder'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/banks/{BankID}/customers/{CustomerID}/credit-limit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Update customer credit limit.
     * @description Update customer credit limit information. Needs the entitlement CanUpdateCustomerCreditLimit.
     */
    put: operations['updateCustomerCreditLimit'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/banks/{BankID}/customers/{CustomerID}/credit-rating-and-source': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Update customer credut rating and source.
     * @description Update customer credit rating and source information. Needs the entitlement CanUpdateCustomerCreditRatingAndSource.
     */
    put: operations['updateCustomerCreditRatingAndSource'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/banks/{BankID}/customers/{CustomerID}/customer-number/{CustomerNumber}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get Customer By CustomerNumber
     * @description Returns the customer data based on the customer number. The path names the customer twice, as documented: both must agree (404 otherwise).
     */
    get: operations['getCustomerByCustomerNumber'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/banks/{BankID}/customers/{CustomerID}/data': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Update customer data.
     * @description Update customer data information; fields not sent stay. Needs the entitlement CanUpdateCustomerData.
     */
    put: operations['updateCustomerOtherData'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/banks/{BankID}/customers/{CustomerID}/email': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Update customer email.
     * @description Update customer email information. Needs the entitlement CanUpdateCustomerEmail.
     */
    put: operations['updateCustomerEmail'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/banks/{BankID}/customers/{CustomerID}/identity': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Update customer identity.
     * @description Update customer identity information: legal name, date of birth, title; fields not sent stay. Needs the entitlement CanUpdateCustomerIdentity.
     */
    put: operations['updateCustomerIdentity'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/banks/{BankID}/customers/{CustomerID}/mobile-number': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Update customer mobile number.
     * @description Update customer mobile number information. Needs the entitlement CanUpdateCustomerMobilePhoneNumber.
     */
    put: operations['updateCustomerMobileNumber'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/banks/{BankID}/customers/{CustomerID}/number': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Update customer number.
     * @description Update customer number information; the number must be unique within the bank (409 otherwise). Needs the entitlement CanUpdateCustomerNumber.
     */
    put: operations['updateCustomerNumber'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/banks/{BankID}/customers/{CustomerID}/social_media_handles': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List all customer social media handles
     * @description Returns a list containing up to 20 customer social media handles, newest first. Needs the entitlement CanGetSocialMediaHandles.
     */
    get: operations['getCustomerSocialMediaHandles'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/banks/{BankID}/customers/{CustomerID}/tax_residencies/{TaxResidenceID}': {
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
     * Delete tax residence
     * @description Permanently delete tax residence (`tax_residencies` here, `tax-residences` in the list, as documented). Needs the entitlement CanDeleteTaxResidence.
     */
    delete: operations['deleteTaxResidence'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/banks/{BankID}/customers/{CustomerID}/tax-residence': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Create a tax residence
     * @description Adds a tax residence to the customer. Needs the entitlement CanCreateTaxResidence.
     */
    post: operations['createTaxResidence'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/banks/{BankID}/customers/{CustomerID}/tax-residences': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get customers tax_residencies
     * @description Returns the customer’s tax residences, newest first. Needs the entitlement CanGetTaxResidence.
     */
    get: operations['getTaxResidenceOfCustomer'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/banks/{BankID}/firehose/customers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Return customer firehose
     * @description Every customer of the bank, by creation time, paged by `limit` and `offset`, optionally between `from_date` and `to_date`. Needs the server to allow the firehose (as the Open Bank Project’s `allow_customer_firehose`) and the entitlement CanUseCustomerFirehoseAtAnyBank (or CanUseCustomerFirehose at the bank).
     */
    get: operations['getFirehoseCustomer'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/banks/{BankID}/user_customer_links': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Create user customer link
     * @description Links a user of the sandbox to a customer of the bank; one link per user and customer (409 for a second). Needs the entitlement CanCreateUserCustomerLink (at the bank) or CanCreateUserCustomerLinkAtAnyBank.
     */
    post: operations['createUserCustomerLink'];
    delete?: never;
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
    get?: never;
    put?: never;
    /**
     * Create a customer
     * @description Creates a new customer at the bank `bank_id`, which assigns its `customer_number`. Needs the entitlement CanCreateCustomer (at the bank) or CanCreateCustomerAtAnyBank.
     */
    post: operations['createCustomer'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/customers/{CustomerID}/address': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Add address to the customer.
     * @description Add address to the customer (of any bank of the sandbox). Needs the entitlement CanCreateCustomerAddress.
     */
    post: operations['addAddressToCustomer'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/customers/{CustomerID}/social_media_handles': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Add social media handle
     * @description Add social media handle for the customer. Needs the entitlement CanAddSocialMediaHandle.
     */
    post: operations['addSocialMediaHandle'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/token': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Exchange a code or a refresh token for an access token
     * @description `AuthorizationCode`: the code from `GET /v1/auth` and the same `redirect_uri`; the code works once. `RefreshToken`: a refresh token from an earlier answer. Either answers 201 with a bearer token (3600 s) carrying the client’s scopes for the user, and a refresh token. Client authentication is optional: when sent (HTTP Basic, or `client_id` and `client_secret`) it must be right and be the client the code or token was issued to.
     */
    post: operations['token'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/users/current/customers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get customers data for current user
     * @description Returns the customers linked to the token’s user (user customer links), at every bank, oldest link first.
     */
    get: operations['getCustomersForCurrentUser'];
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
    /**
     * @description Fields not sent are empty.
     * @example {
     *       "line_1": "221B Baker Street",
     *       "city": "London",
     *       "postcode": "NW1 6XE",
     *       "country_code": "GB",
     *       "tags": [
     *         "home"
     *       ],
     *       "status": "active"
     *     }
     */
    AddAddressToCustomerRequest: {
      city?: string;
      /** @description ISO 3166-1 alpha-2, e.g. `GB`. */
      country_code?: string;
      county?: string;
      /** @description When sent (and not empty), must equal the path's customer_id; 400 otherwise. */
      customer_id?: string;
      line_1?: string;
      line_2?: string;
      line_3?: string;
      postcode?: string;
      state?: string;
      status?: string;
      /** @description Free labels, e.g. `home`, `billing`. */
      tags?: string[];
    } & {
      [key: string]: unknown;
    };
    /** @description An address of a customer. */
    Address: {
      city: string;
      country_code: string;
      county: string;
      customer_address_id: string;
      customer_id: string;
      /** @description When the address was added. */
      insert_date: string | null;
      line_1: string;
      line_2: string;
      line_3: string;
      postcode: string;
      state: string;
      status: string;
      tags: string[];
    };
    /**
     * @description `type` and `handle` are required.
     * @example {
     *       "type": "twitter",
     *       "handle": "@adalovelace",
     *       "date_activated": "2019-10-25T08:00:00Z"
     *     }
     */
    AddSocialMediaHandleRequest: {
      /** @description When sent (and not empty), must equal the path's customer_id; 400 otherwise. */
      customer_id?: string;
      /** @description When sent, must be the customer’s number; 400 otherwise. */
      customer_number?: string;
      /** @description When the handle was activated; null when unset. */
      date_activated?: components['schemas']['TimestampInput'];
      /** @description Defaults to now. */
      date_added?: components['schemas']['TimestampInput'];
      handle: string;
      /** @description The network, e.g. `twitter`. */
      type: string;
    } & {
      [key: string]: unknown;
    };
    /** @description A confirmation message. */
    AddSocialMediaHandleResponse: {
      success: string;
    };
    /** @description An amount of money: both parts are strings. */
    Amount: {
      /** @description Cur is the currency of the amount. */
      cur: string;
      /** @description Num is the value of the amount. */
      num: string;
    };
    /** @description An authorization code. */
    AuthResponse: {
      /** @description A one-time authorization code, valid for 10 minutes. */
      code: string;
    };
    /** @description A social media handle of a customer (the seed calls it a Check). */
    Check: {
      customer_number: string;
      /** @description When the handle was activated; null when unset. */
      date_activated: string | null;
      /** @description When the handle was added. */
      date_added: string | null;
      handle: string;
      type: string;
    };
    /**
     * @description A request to change a customer’s credit limit. Every field is a string, as documented.
     * @example {
     *       "requested_current_rate_amount1": "1000",
     *       "requested_current_rate_amount2": "2000",
     *       "requested_current_valid_end_date": "2027-01-01",
     *       "current_credit_documentation": "Payslips of the last three months"
     *     }
     */
    CreateCreditLimitOrderRequest: {
      /** @description When sent (and not empty), must equal the path's bank_id; 400 otherwise. */
      bank_id?: string;
      current_credit_documentation?: string;
      /** @description When sent (and not empty), must equal the path's customer_id; 400 otherwise. */
      customer_id?: string;
      /** @description Shown as `rank_amount_1` on the order. */
      requested_current_rate_amount1?: string;
      /** @description Shown as `rank_amount_2` on the order. */
      requested_current_rate_amount2?: string;
      requested_current_valid_end_date?: string;
      requested_temporary_valid_end_date?: string;
      temporary_credit_documentation?: string;
      temporary_requested_current_amount?: string;
    } & {
      [key: string]: unknown;
    };
    /** @description The new order’s id. */
    CreateCreditLimitOrderResponse: {
      credit_limit_order_id: string;
    };
    /**
     * @description A CRM event to record (as the Open Bank Project’s sandbox import does).
     * @example {
     *       "customer_number": "5987953",
     *       "category": "Call",
     *       "detail": "Asked about raising the credit limit",
     *       "channel": "Phone",
     *       "actual_date": "2019-10-25T08:00:00Z",
     *       "result": "Answered"
     *     }
     */
    CreateCRMEventRequest: {
      /** @description When it happened. */
      actual_date?: components['schemas']['TimestampInput'];
      /** @description When sent (and not empty), must equal the path's bank_id; 400 otherwise. */
      bank_id?: string;
      category: string;
      channel?: string;
      /** @description Defaults to the customer’s legal name. */
      customer_name?: string;
      /** @description A customer of the bank (404 otherwise). */
      customer_number: string;
      detail?: string;
      result?: string;
      /** @description When the event is scheduled. */
      scheduled_date?: components['schemas']['TimestampInput'];
    } & {
      [key: string]: unknown;
    };
    /**
     * @description `legal_name` and `bank_id` are required; the bank assigns `customer_number`.
     * @example {
     *       "bank_id": "gh.29.uk",
     *       "legal_name": "Ada Lovelace",
     *       "mobile_phone_number": "+44 7700 900123",
     *       "email": "ada@example.org",
     *       "date_of_birth": "1980-01-31T00:00:00Z",
     *       "credit_limit": {
     *         "cur": "GBP",
     *         "num": "1000.00"
     *       },
     *       "title": "Ms",
     *       "branchId": "branch-1"
     *     }
     */
    CreateCustomerRequest: {
      /** @description The bank the customer belongs to (it must exist). */
      bank_id: string;
      /** @description camelCase here, as documented; shown as `branch_id` on the customer. */
      branchId?: string;
      /** @description The credit limit. */
      credit_limit?: {
        /** @description Cur is the currency of the amount (ISO 4217, e.g. `EUR`). */
        cur: string;
        /** @description Num is the value of the amount, a decimal string (e.g. `1000.50`). */
        num: string;
      } & {
        [key: string]: unknown;
      };
      /** @description Credit rating and its source. */
      credit_rating?: {
        /** @description The rating, e.g. `A+`. */
        rating?: string;
        /** @description Who rated, e.g. an agency. */
        source?: string;
      } & {
        [key: string]: unknown;
      };
      /** @description Date of birth. */
      date_of_birth?: components['schemas']['TimestampInput'];
      /** @description Dates of birth of dependants (kept; not shown on the customer). */
      dob_of_dependents?: components['schemas']['TimestampInput'][];
      /** Format: email */
      email?: string;
      employment_status?: string;
      /** @description A photo of the customer. */
      face_image?: {
        /** @description When the image was taken. */
        date?: components['schemas']['TimestampInput'];
        url?: string;
      } & {
        [key: string]: unknown;
      };
      /** @description Shown as `highest_educational_attained` on the customer. */
      highest_education_attained?: string;
      /** @description Shown as `last_ok_data` on the customer. */
      last_ok_date?: components['schemas']['TimestampInput'];
      legal_name: string;
      /** @description Shown as `phone_number` on the customer. */
      mobile_phone_number?: string;
      relationship_status?: string;
      title?: string;
    } & {
      [key: string]: unknown;
    };
    /** @description The new customer’s id and bank. */
    CreateCustomerResponse: {
      bank_id: string;
      customer_id: string;
    };
    /**
     * @description As the Open Bank Project’s `POST …/tax-residence`.
     * @example {
     *       "domain": "GB",
     *       "tax_number": "AB123456C"
     *     }
     */
    CreateTaxResidenceRequest: {
      domain: string;
      tax_number: string;
    } & {
      [key: string]: unknown;
    };
    /**
     * @description Links a user to a customer: the customer is then among the user’s customers.
     * @example {
     *       "user_id": "c5a9e8f1-3b2d-4e7a-9f1c-2d8e6b4a7c30",
     *       "customer_id": "9ca9a7e4-6d02-40e3-a129-0b2bf89de9b1"
     *     }
     */
    CreateUserCustomerLinkRequest: {
      /** @description When sent (and not empty), must equal the path's bank_id; 400 otherwise. */
      bank_id?: string;
      /** @description A customer of the bank in the path. */
      customer_id: string;
      /** @description A user of this sandbox. */
      user_id: string;
    } & {
      [key: string]: unknown;
    };
    /** @description The new link. */
    CreateUserCustomerLinkResponse: {
      customer_id: string;
      /** @description When the link was made. */
      date_inserted: string | null;
      is_active: boolean;
      user_customer_link_id: string;
      user_id: string;
    };
    /** @description A credit limit order as the bank shows it. */
    CreditLimitOrder: {
      /** @description Set by the bank when it decides; `""` until then. */
      nominal_interest_1: string;
      /** @description Set by the bank when it decides; `""` until then. */
      nominal_interest_2: string;
      /** @description The `requested_current_rate_amount1` of the request. */
      rank_amount_1: string;
      /** @description The `requested_current_rate_amount2` of the request. */
      rank_amount_2: string;
    };
    /** @description A credit rating and who gave it. */
    CreditRating: {
      rating: string;
      source: string;
    };
    /** @description A customer relationship event (a call, a meeting, a complaint). */
    CRMEvent: {
      /** @description When it happened; null when unset. */
      actual_date: string | null;
      bank_id: string;
      category: string;
      channel: string;
      customer_name: string;
      customer_number: string;
      detail: string;
      id: string;
      result: string;
      /** @description When the event is scheduled; null when unset. */
      scheduled_date: string | null;
    };
    /** @description A customer of a bank. */
    Customer: {
      bank_id: string;
      /** @description The `branchId` of the create request. */
      branch_id: string;
      credit_limit: components['schemas']['Amount'] | null;
      credit_rating: components['schemas']['CreditRating'] | null;
      /** @description Unique within the bank. Assigned at creation; `PUT …/number` changes it. */
      customer_number: string;
      /** @description Date of birth; null when unset. */
      date_of_birth: string | null;
      email: string;
      employment_status: string;
      face_image: components['schemas']['FaceImage'] | null;
      /** @description The `highest_education_attained` of the create and update-data requests. */
      highest_educational_attained: string;
      /** @description The customer id (a UUID). */
      id: string;
      /** @description Whether the customer passed KYC; false for customers created through this API. */
      kyc_status: boolean;
      /** @description The `last_ok_date` of the create request (spelled `last_ok_data` on the customer). */
      last_ok_data: string | null;
      legal_name: string;
      /** @description The `mobile_phone_number` of the create and update requests. */
      phone_number: string;
      relationship_status: string;
      title: string;
    };
    /** @description Customers. */
    CustomerList: {
      customers: components['schemas']['Customer'][];
    };
    /** @description The customer as updated. */
    CustomerResponse: {
      customer: components['schemas']['Customer'];
    };
    /** @description A photo of the customer. */
    FaceImage: {
      /** @description When the image was taken; null when unset. */
      date: string | null;
      url: string;
    };
    /** @description One order. */
    GetCreditLimitOrderByIdResponse: {
      credit_limit_order: components['schemas']['CreditLimitOrder'];
    };
    /** @description Up to 20 orders, newest first. */
    GetCreditLimitOrderResponse: {
      result: components['schemas']['CreditLimitOrder'][];
    };
    /** @description Up to 20 events, newest first. */
    GetCRMEventsResponse: {
      crm_events: components['schemas']['CRMEvent'][];
      /** @description More than these 20 exist. */
      has_more: boolean;
    };
    /** @description Up to 20 addresses, newest first. */
    GetCustomerAddressesResponse: {
      addresses: components['schemas']['Address'][];
    };
    /** @description Up to 20 handles, newest first. */
    GetCustomerSocialMediaHandlesResponse: {
      checks: components['schemas']['Check'][];
    };
    /** @description The customer’s tax residences, newest first. */
    GetTaxResidenceOfCustomerResponse: {
      result: components['schemas']['TaxResidence'][];
    };
    /** @description google.protobuf.Any, as the seed’s swagger declares it. */
    ProtobufAny: {
      typeUrl: string;
      /** Format: byte */
      value: string;
    };
    /** @description grpc-gateway’s error body (google.rpc.Status); the HTTP status is mapped from `code`. */
    Status: {
      /** @description The gRPC status code: 3 InvalidArgument, 5 NotFound, 6 AlreadyExists, 7 PermissionDenied, 16 Unauthenticated, … */
      code: number;
      details: components['schemas']['ProtobufAny'][];
      /** @description What went wrong, naming the field or the missing role. */
      message: string;
    };
    /** @description A tax residence of a customer. */
    TaxResidence: {
      /** @description The tax domain, e.g. a country code. */
      domain: string;
      tax_number: string;
      tax_residence_id: string;
    };
    /** @description A google.protobuf.Timestamp: an RFC 3339 string or `{seconds, nanos}`; null is unset. */
    TimestampInput:
      | (
          | string
          | {
              nanos?: number;
              seconds: number | string;
            }
        )
      | null;
    /** @description A token request. */
    TokenRequest: {
      /** @description Optional client authentication (also as HTTP Basic): when sent, the code or token must be this client’s. */
      client_id?: string;
      /** @description The client’s secret, with `client_id`. */
      client_secret?: string;
      /** @description The authorization code (AuthorizationCode grant). */
      code?: string;
      /** @description `AuthorizationCode` or `RefreshToken` (the RFC 6749 spellings are accepted too). */
      grant_type: 'AuthorizationCode' | 'RefreshToken' | 'authorization_code' | 'refresh_token';
      /** @description The redirect URI the code was issued for (AuthorizationCode grant). */
      redirect_uri?: string;
      /** @description A refresh token (RefreshToken grant). */
      refresh_token?: string;
    } & {
      [key: string]: unknown;
    };
    /** @description A bearer access token for the user, with a refresh token. */
    TokenResponse: {
      access_token: string;
      /** @description Seconds until the access token expires (3600). */
      expires_in: number;
      /** @description Gets new access tokens (RefreshToken grant); it does not expire. */
      refresh_token: string;
      /** @constant */
      token_type: 'bearer';
    };
    /**
     * @description Fields sent replace the stored values; fields not sent stay as they are.
     * @example {
     *       "line_1": "10 Downing Street",
     *       "postcode": "SW1A 2AA",
     *       "tags": [
     *         "home",
     *         "billing"
     *       ]
     *     }
     */
    UpdateCustomerAddressRequest: {
      /** @description When sent (and not empty), must equal the path's bank_id; 400 otherwise. */
      bank_id?: string;
      city?: string;
      /** @description ISO 3166-1 alpha-2, e.g. `GB`. */
      country_code?: string;
      county?: string;
      /** @description When sent (and not empty), must equal the path's customer_address_id; 400 otherwise. */
      customer_address_id?: string;
      /** @description When sent (and not empty), must equal the path's customer_id; 400 otherwise. */
      customer_id?: string;
      line_1?: string;
      line_2?: string;
      line_3?: string;
      postcode?: string;
      state?: string;
      status?: string;
      /** @description Free labels, e.g. `home`, `billing`. */
      tags?: string[];
    } & {
      [key: string]: unknown;
    };
    /**
     * @description `branch_id` is required.
     * @example {
     *       "branch_id": "branch-2"
     *     }
     */
    UpdateCustomerBranchRequest: {
      /** @description When sent (and not empty), must equal the path's bank_id; 400 otherwise. */
      bank_id?: string;
      branch_id: string;
      /** @description When sent (and not empty), must equal the path's customer_id; 400 otherwise. */
      customer_id?: string;
    } & {
      [key: string]: unknown;
    };
    /**
     * @description `credit_limit` is required.
     * @example {
     *       "credit_limit": {
     *         "cur": "GBP",
     *         "num": "5000.00"
     *       }
     *     }
     */
    UpdateCustomerCreditLimitRequest: {
      /** @description When sent (and not empty), must equal the path's bank_id; 400 otherwise. */
      bank_id?: string;
      /** @description The new credit limit. */
      credit_limit: {
        /** @description Cur is the currency of the amount (ISO 4217, e.g. `EUR`). */
        cur: string;
        /** @description Num is the value of the amount, a decimal string (e.g. `1000.50`). */
        num: string;
      } & {
        [key: string]: unknown;
      };
      /** @description When sent (and not empty), must equal the path's customer_id; 400 otherwise. */
      customer_id?: string;
    } & {
      [key: string]: unknown;
    };
    /**
     * @description `credit_rating` is required.
     * @example {
     *       "credit_rating": {
     *         "rating": "A+",
     *         "source": "Experian"
     *       }
     *     }
     */
    UpdateCustomerCreditRatingAndSourceRequest: {
      /** @description When sent (and not empty), must equal the path's bank_id; 400 otherwise. */
      bank_id?: string;
      /** @description The new rating and its source. */
      credit_rating: {
        /** @description The rating, e.g. `A+`. */
        rating?: string;
        /** @description Who rated, e.g. an agency. */
        source?: string;
      } & {
        [key: string]: unknown;
      };
      /** @description When sent (and not empty), must equal the path's customer_id; 400 otherwise. */
      customer_id?: string;
    } & {
      [key: string]: unknown;
    };
    /**
     * @description `email` is required.
     * @example {
     *       "email": "ada.lovelace@example.org"
     *     }
     */
    UpdateCustomerEmailRequest: {
      /** @description When sent (and not empty), must equal the path's bank_id; 400 otherwise. */
      bank_id?: string;
      /** @description When sent (and not empty), must equal the path's customer_id; 400 otherwise. */
      customer_id?: string;
      /** Format: email */
      email: string;
    } & {
      [key: string]: unknown;
    };
    /**
     * @description Fields sent replace the stored values; fields not sent stay as they are.
     * @example {
     *       "legal_name": "Augusta Ada King",
     *       "date_of_birth": "1980-01-31",
     *       "title": "Dr"
     *     }
     */
    UpdateCustomerIdentityRequest: {
      /** @description When sent (and not empty), must equal the path's bank_id; 400 otherwise. */
      bank_id?: string;
      /** @description When sent (and not empty), must equal the path's customer_id; 400 otherwise. */
      customer_id?: string;
      /** @description A string, as documented: a date (`1980-01-31`) or an RFC 3339 date-time; `{seconds, nanos}` is accepted too. */
      date_of_birth?: string | components['schemas']['TimestampInput'];
      legal_name?: string;
      title?: string;
    } & {
      [key: string]: unknown;
    };
    /**
     * @description `mobile_phone_number` is required.
     * @example {
     *       "mobile_phone_number": "+44 7700 900456"
     *     }
     */
    UpdateCustomerMobileNumberRequest: {
      /** @description When sent (and not empty), must equal the path's bank_id; 400 otherwise. */
      bank_id?: string;
      /** @description When sent (and not empty), must equal the path's customer_id; 400 otherwise. */
      customer_id?: string;
      /** @description Shown as `phone_number` on the customer. */
      mobile_phone_number: string;
    } & {
      [key: string]: unknown;
    };
    /**
     * @description `customer_number` is required.
     * @example {
     *       "customer_number": "5987954"
     *     }
     */
    UpdateCustomerNumberRequest: {
      /** @description When sent (and not empty), must equal the path's bank_id; 400 otherwise. */
      bank_id?: string;
      /** @description When sent (and not empty), must equal the path's customer_id; 400 otherwise. */
      customer_id?: string;
      /** @description Unique within the bank (409 otherwise). */
      customer_number: string;
    } & {
      [key: string]: unknown;
    };
    /**
     * @description Fields sent replace the stored values; fields not sent stay as they are.
     * @example {
     *       "relationship_status": "Married",
     *       "dependants": 2,
     *       "highest_education_attained": "Master",
     *       "employment_status": "Employed"
     *     }
     */
    UpdateCustomerOtherDataRequest: {
      /** @description When sent (and not empty), must equal the path's bank_id; 400 otherwise. */
      bank_id?: string;
      /** @description When sent (and not empty), must equal the path's customer_id; 400 otherwise. */
      customer_id?: string;
      /** @description How many dependants (int32; kept, not shown on the customer). */
      dependants?: number;
      employment_status?: string;
      /** @description A photo of the customer. */
      face_image?: {
        /** @description When the image was taken. */
        date?: components['schemas']['TimestampInput'];
        url?: string;
      } & {
        [key: string]: unknown;
      };
      /** @description Shown as `highest_educational_attained` on the customer. */
      highest_education_attained?: string;
      relationship_status?: string;
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
  authorize: {
    parameters: {
      query: {
        /** @description The OAuth client. */
        client_id: string;
        /** @description One of the client’s redirect URIs. */
        redirect_uri: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A one-time authorization code. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AuthResponse'];
        };
      };
      /** @description InvalidArgument (3): the request body is malformed or does not match the expected request; `message` names the field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
      /** @description Unauthenticated (16): no bearer token, or one that is unknown or expired. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
      /** @description Internal (13): an unexpected error on the server side. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
    };
  };
  getCrmEvents: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The bank id. */
        BankID: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Up to 20 events. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GetCRMEventsResponse'];
        };
      };
      /** @description InvalidArgument (3): the request body is malformed or does not match the expected request; `message` names the field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
      /** @description Unauthenticated (16): no bearer token, or one that is unknown or expired. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
      /** @description PermissionDenied (7): the token lacks the scope, or its user lacks the entitlement (`OBP-20006: User is missing one or more roles: …`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
      /** @description NotFound (5): no such bank, customer or resource in this sandbox. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
      /** @description Internal (13): an unexpected error on the server side. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
    };
  };
  createCrmEvent: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The bank id. */
        BankID: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateCRMEventRequest'];
      };
    };
    responses: {
      /** @description The recorded event. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CRMEvent'];
        };
      };
      /** @description InvalidArgument (3): the request body is malformed or does not match the expected request; `message` names the field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
      /** @description Unauthenticated (16): no bearer token, or one that is unknown or expired. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
      /** @description PermissionDenied (7): the token lacks the scope, or its user lacks the entitlement (`OBP-20006: User is missing one or more roles: …`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
      /** @description NotFound (5): no such bank, customer or resource in this sandbox. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
      /** @description InvalidArgument (3): the body is larger than the server accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
      /** @description InvalidArgument (3): send `application/json`. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
      /** @description Internal (13): an unexpected error on the server side. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
    };
  };
  getCustomersForCurrentUserAtBank: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The bank id. */
        BankID: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The user’s customers at the bank. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CustomerList'];
        };
      };
      /** @description InvalidArgument (3): the request body is malformed or does not match the expected request; `message` names the field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
      /** @description Unauthenticated (16): no bearer token, or one that is unknown or expired. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
      /** @description PermissionDenied (7): the token lacks the scope, or its user lacks the entitlement (`OBP-20006: User is missing one or more roles: …`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
      /** @description NotFound (5): no such bank, customer or resource in this sandbox. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
      /** @description Internal (13): an unexpected error on the server side. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
    };
  };
  getCustomerByCustomerId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The bank id. */
        BankID: string;
        /** @description The customer id. */
        CustomerID: string;
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
      /** @description InvalidArgument (3): the request body is malformed or does not match the expected request; `message` names the field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
      /** @description Unauthenticated (16): no bearer token, or one that is unknown or expired. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
      /** @description PermissionDenied (7): the token lacks the scope, or its user lacks the entitlement (`OBP-20006: User is missing one or more roles: …`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
      /** @description NotFound (5): no such bank, customer or resource in this sandbox. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
      /** @description Internal (13): an unexpected error on the server side. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
    };
  };
  getCustomerAddresses: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The bank id. */
        BankID: string;
        /** @description The customer id. */
        CustomerID: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Up to 20 addresses. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GetCustomerAddressesResponse'];
        };
      };
      /** @description InvalidArgument (3): the request body is malformed or does not match the expected request; `message` names the field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
      /** @description Unauthenticated (16): no bearer token, or one that is unknown or expired. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
      /** @description PermissionDenied (7): the token lacks the scope, or its user lacks the entitlement (`OBP-20006: User is missing one or more roles: …`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
      /** @description NotFound (5): no such bank, customer or resource in this sandbox. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
      /** @description Internal (13): an unexpected error on the server side. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
    };
  };
  updateCustomerAddress: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The bank id. */
        BankID: string;
        /** @description The `customer_address_id`. */
        CustomerAddressID: string;
        /** @description The customer id. */
        CustomerID: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateCustomerAddressRequest'];
      };
    };
    responses: {
      /** @description The address as updated. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Address'];
        };
      };
      /** @description InvalidArgument (3): the request body is malformed or does not match the expected request; `message` names the field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
      /** @description Unauthenticated (16): no bearer token, or one that is unknown or expired. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
      /** @description PermissionDenied (7): the token lacks the scope, or its user lacks the entitlement (`OBP-20006: User is missing one or more roles: …`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
      /** @description NotFound (5): no such bank, customer or resource in this sandbox. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
      /** @description InvalidArgument (3): the body is larger than the server accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
      /** @description InvalidArgument (3): send `application/json`. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
      /** @description Internal (13): an unexpected error on the server side. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
    };
  };
  deleteCustomerAddress: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The bank id. */
        BankID: string;
        /** @description The `customer_address_id`. */
        CustomerAddressID: string;
        /** @description The customer id. */
        CustomerID: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Customer address successfully deleted. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description InvalidArgument (3): the request body is malformed or does not match the expected request; `message` names the field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
      /** @description Unauthenticated (16): no bearer token, or one that is unknown or expired. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
      /** @description PermissionDenied (7): the token lacks the scope, or its user lacks the entitlement (`OBP-20006: User is missing one or more roles: …`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
      /** @description NotFound (5): no such bank, customer or resource in this sandbox. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
      /** @description Internal (13): an unexpected error on the server side. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
    };
  };
  updateCustomerBranch: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The bank id. */
        BankID: string;
        /** @description The customer id. */
        CustomerID: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateCustomerBranchRequest'];
      };
    };
    responses: {
      /** @description The customer as updated. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CustomerResponse'];
        };
      };
      /** @description InvalidArgument (3): the request body is malformed or does not match the expected request; `message` names the field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
      /** @description Unauthenticated (16): no bearer token, or one that is unknown or expired. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
      /** @description PermissionDenied (7): the token lacks the scope, or its user lacks the entitlement (`OBP-20006: User is missing one or more roles: …`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
      /** @description NotFound (5): no such bank, customer or resource in this sandbox. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
      /** @description InvalidArgument (3): the body is larger than the server accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
      /** @description InvalidArgument (3): send `application/json`. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
      /** @description Internal (13): an unexpected error on the server side. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
    };
  };
  getCreditLimitOrderById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The bank id. */
        BankID: string;
        /** @description The customer id. */
        CustomerID: string;
        /** @description The `credit_limit_order_id`. */
        RequestID: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The order. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GetCreditLimitOrderByIdResponse'];
        };
      };
      /** @description InvalidArgument (3): the request body is malformed or does not match the expected request; `message` names the field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
      /** @description Unauthenticated (16): no bearer token, or one that is unknown or expired. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
      /** @description PermissionDenied (7): the token lacks the scope, or its user lacks the entitlement (`OBP-20006: User is missing one or more roles: …`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
      /** @description NotFound (5): no such bank, customer or resource in this sandbox. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
      /** @description Internal (13): an unexpected error on the server side. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
    };
  };
  getCreditLimitOrder: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The bank id. */
        BankID: string;
        /** @description The customer id. */
        CustomerID: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Up to 20 orders. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GetCreditLimitOrderResponse'];
        };
      };
      /** @description InvalidArgument (3): the request body is malformed or does not match the expected request; `message` names the field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
      /** @description Unauthenticated (16): no bearer token, or one that is unknown or expired. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
      /** @description PermissionDenied (7): the token lacks the scope, or its user lacks the entitlement (`OBP-20006: User is missing one or more roles: …`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
      /** @description NotFound (5): no such bank, customer or resource in this sandbox. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
      /** @description Internal (13): an unexpected error on the server side. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
    };
  };
  createCreditLimitOrder: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The bank id. */
        BankID: string;
        /** @description The customer id. */
        CustomerID: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateCreditLimitOrderRequest'];
      };
    };
    responses: {
      /** @description The new order’s id. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CreateCreditLimitOrderResponse'];
        };
      };
      /** @description InvalidArgument (3): the request body is malformed or does not match the expected request; `message` names the field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
      /** @description Unauthenticated (16): no bearer token, or one that is unknown or expired. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
      /** @description PermissionDenied (7): the token lacks the scope, or its user lacks the entitlement (`OBP-20006: User is missing one or more roles: …`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
      /** @description NotFound (5): no such bank, customer or resource in this sandbox. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
      /** @description InvalidArgument (3): the body is larger than the server accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
      /** @description InvalidArgument (3): send `application/json`. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
      /** @description Internal (13): an unexpected error on the server side. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
    };
  };
  updateCustomerCreditLimit: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The bank id. */
        BankID: string;
        /** @description The customer id. */
        CustomerID: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateCustomerCreditLimitRequest'];
      };
    };
    responses: {
      /** @description The customer as updated. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CustomerResponse'];
        };
      };
      /** @description InvalidArgument (3): the request body is malformed or does not match the expected request; `message` names the field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
      /** @description Unauthenticated (16): no bearer token, or one that is unknown or expired. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
      /** @description PermissionDenied (7): the token lacks the scope, or its user lacks the entitlement (`OBP-20006: User is missing one or more roles: …`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
      /** @description NotFound (5): no such bank, customer or resource in this sandbox. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
      /** @description InvalidArgument (3): the body is larger than the server accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
      /** @description InvalidArgument (3): send `application/json`. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
      /** @description Internal (13): an unexpected error on the server side. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
    };
  };
  updateCustomerCreditRatingAndSource: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The bank id. */
        BankID: string;
        /** @description The customer id. */
        CustomerID: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateCustomerCreditRatingAndSourceRequest'];
      };
    };
    responses: {
      /** @description The customer as updated. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CustomerResponse'];
        };
      };
      /** @description InvalidArgument (3): the request body is malformed or does not match the expected request; `message` names the field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
      /** @description Unauthenticated (16): no bearer token, or one that is unknown or expired. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
      /** @description PermissionDenied (7): the token lacks the scope, or its user lacks the entitlement (`OBP-20006: User is missing one or more roles: …`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
      /** @description NotFound (5): no such bank, customer or resource in this sandbox. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
      /** @description InvalidArgument (3): the body is larger than the server accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
      /** @description InvalidArgument (3): send `application/json`. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
      /** @description Internal (13): an unexpected error on the server side. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
    };
  };
  getCustomerByCustomerNumber: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The bank id. */
        BankID: string;
        /** @description The customer id. */
        CustomerID: string;
        /** @description The customer number. */
        CustomerNumber: string;
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
      /** @description InvalidArgument (3): the request body is malformed or does not match the expected request; `message` names the field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
      /** @description Unauthenticated (16): no bearer token, or one that is unknown or expired. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
      /** @description PermissionDenied (7): the token lacks the scope, or its user lacks the entitlement (`OBP-20006: User is missing one or more roles: …`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
      /** @description NotFound (5): no such bank, customer or resource in this sandbox. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
      /** @description Internal (13): an unexpected error on the server side. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
    };
  };
  updateCustomerOtherData: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The bank id. */
        BankID: string;
        /** @description The customer id. */
        CustomerID: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateCustomerOtherDataRequest'];
      };
    };
    responses: {
      /** @description The customer as updated. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CustomerResponse'];
        };
      };
      /** @description InvalidArgument (3): the request body is malformed or does not match the expected request; `message` names the field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
      /** @description Unauthenticated (16): no bearer token, or one that is unknown or expired. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
      /** @description PermissionDenied (7): the token lacks the scope, or its user lacks the entitlement (`OBP-20006: User is missing one or more roles: …`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
      /** @description NotFound (5): no such bank, customer or resource in this sandbox. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
      /** @description InvalidArgument (3): the body is larger than the server accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
      /** @description InvalidArgument (3): send `application/json`. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
      /** @description Internal (13): an unexpected error on the server side. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
    };
  };
  updateCustomerEmail: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The bank id. */
        BankID: string;
        /** @description The customer id. */
        CustomerID: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateCustomerEmailRequest'];
      };
    };
    responses: {
      /** @description The customer as updated. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CustomerResponse'];
        };
      };
      /** @description InvalidArgument (3): the request body is malformed or does not match the expected request; `message` names the field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
      /** @description Unauthenticated (16): no bearer token, or one that is unknown or expired. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
      /** @description PermissionDenied (7): the token lacks the scope, or its user lacks the entitlement (`OBP-20006: User is missing one or more roles: …`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
      /** @description NotFound (5): no such bank, customer or resource in this sandbox. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
      /** @description InvalidArgument (3): the body is larger than the server accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
      /** @description InvalidArgument (3): send `application/json`. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
      /** @description Internal (13): an unexpected error on the server side. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
    };
  };
  updateCustomerIdentity: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The bank id. */
        BankID: string;
        /** @description The customer id. */
        CustomerID: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateCustomerIdentityRequest'];
      };
    };
    responses: {
      /** @description The customer as updated. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CustomerResponse'];
        };
      };
      /** @description InvalidArgument (3): the request body is malformed or does not match the expected request; `message` names the field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
      /** @description Unauthenticated (16): no bearer token, or one that is unknown or expired. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
      /** @description PermissionDenied (7): the token lacks the scope, or its user lacks the entitlement (`OBP-20006: User is missing one or more roles: …`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
      /** @description NotFound (5): no such bank, customer or resource in this sandbox. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
      /** @description InvalidArgument (3): the body is larger than the server accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
      /** @description InvalidArgument (3): send `application/json`. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
      /** @description Internal (13): an unexpected error on the server side. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
    };
  };
  updateCustomerMobileNumber: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The bank id. */
        BankID: string;
        /** @description The customer id. */
        CustomerID: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateCustomerMobileNumberRequest'];
      };
    };
    responses: {
      /** @description The customer as updated. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CustomerResponse'];
        };
      };
      /** @description InvalidArgument (3): the request body is malformed or does not match the expected request; `message` names the field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
      /** @description Unauthenticated (16): no bearer token, or one that is unknown or expired. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
      /** @description PermissionDenied (7): the token lacks the scope, or its user lacks the entitlement (`OBP-20006: User is missing one or more roles: …`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
      /** @description NotFound (5): no such bank, customer or resource in this sandbox. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
      /** @description InvalidArgument (3): the body is larger than the server accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
      /** @description InvalidArgument (3): send `application/json`. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
      /** @description Internal (13): an unexpected error on the server side. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
    };
  };
  updateCustomerNumber: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The bank id. */
        BankID: string;
        /** @description The customer id. */
        CustomerID: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateCustomerNumberRequest'];
      };
    };
    responses: {
      /** @description The customer as updated. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CustomerResponse'];
        };
      };
      /** @description InvalidArgument (3): the request body is malformed or does not match the expected request; `message` names the field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
      /** @description Unauthenticated (16): no bearer token, or one that is unknown or expired. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
      /** @description PermissionDenied (7): the token lacks the scope, or its user lacks the entitlement (`OBP-20006: User is missing one or more roles: …`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
      /** @description NotFound (5): no such bank, customer or resource in this sandbox. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
      /** @description AlreadyExists (6): the value is taken. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
      /** @description InvalidArgument (3): the body is larger than the server accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
      /** @description InvalidArgument (3): send `application/json`. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
      /** @description Internal (13): an unexpected error on the server side. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
    };
  };
  getCustomerSocialMediaHandles: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The bank id. */
        BankID: string;
        /** @description The customer id. */
        CustomerID: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Up to 20 handles (`checks`). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GetCustomerSocialMediaHandlesResponse'];
        };
      };
      /** @description InvalidArgument (3): the request body is malformed or does not match the expected request; `message` names the field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
      /** @description Unauthenticated (16): no bearer token, or one that is unknown or expired. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
      /** @description PermissionDenied (7): the token lacks the scope, or its user lacks the entitlement (`OBP-20006: User is missing one or more roles: …`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
      /** @description NotFound (5): no such bank, customer or resource in this sandbox. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
      /** @description Internal (13): an unexpected error on the server side. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
    };
  };
  deleteTaxResidence: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The bank id. */
        BankID: string;
        /** @description The customer id. */
        CustomerID: string;
        /** @description The `tax_residence_id`. */
        TaxResidenceID: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Tax residence successfully deleted. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description InvalidArgument (3): the request body is malformed or does not match the expected request; `message` names the field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
      /** @description Unauthenticated (16): no bearer token, or one that is unknown or expired. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
      /** @description PermissionDenied (7): the token lacks the scope, or its user lacks the entitlement (`OBP-20006: User is missing one or more roles: …`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
      /** @description NotFound (5): no such bank, customer or resource in this sandbox. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
      /** @description Internal (13): an unexpected error on the server side. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
    };
  };
  createTaxResidence: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The bank id. */
        BankID: string;
        /** @description The customer id. */
        CustomerID: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateTaxResidenceRequest'];
      };
    };
    responses: {
      /** @description The new tax residence. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TaxResidence'];
        };
      };
      /** @description InvalidArgument (3): the request body is malformed or does not match the expected request; `message` names the field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
      /** @description Unauthenticated (16): no bearer token, or one that is unknown or expired. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
      /** @description PermissionDenied (7): the token lacks the scope, or its user lacks the entitlement (`OBP-20006: User is missing one or more roles: …`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
      /** @description NotFound (5): no such bank, customer or resource in this sandbox. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
      /** @description InvalidArgument (3): the body is larger than the server accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
      /** @description InvalidArgument (3): send `application/json`. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
      /** @description Internal (13): an unexpected error on the server side. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
    };
  };
  getTaxResidenceOfCustomer: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The bank id. */
        BankID: string;
        /** @description The customer id. */
        CustomerID: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The tax residences (`result`). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GetTaxResidenceOfCustomerResponse'];
        };
      };
      /** @description InvalidArgument (3): the request body is malformed or does not match the expected request; `message` names the field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
      /** @description Unauthenticated (16): no bearer token, or one that is unknown or expired. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
      /** @description PermissionDenied (7): the token lacks the scope, or its user lacks the entitlement (`OBP-20006: User is missing one or more roles: …`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
      /** @description NotFound (5): no such bank, customer or resource in this sandbox. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
      /** @description Internal (13): an unexpected error on the server side. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
    };
  };
  getFirehoseCustomer: {
    parameters: {
      query?: {
        /** @description Only customers created at or after this time (RFC 3339). */
        from_date?: string;
        /** @description How many customers (1–500; 0 or absent: 50). */
        limit?: number;
        /** @description How many to skip (default 0). */
        offset?: number;
        /** @description By creation time; `DESC` (newest first) unless `ASC`. */
        sort_direction?: 'UnknownSortDirection' | 'ASC' | 'DESC';
        /** @description Only customers created at or before this time (RFC 3339). */
        to_date?: string;
      };
      header?: never;
      path: {
        /** @description The bank id. */
        BankID: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of the bank’s customers. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CustomerList'];
        };
      };
      /** @description InvalidArgument (3): the request body is malformed or does not match the expected request; `message` names the field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
      /** @description Unauthenticated (16): no bearer token, or one that is unknown or expired. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
      /** @description PermissionDenied (7): the token lacks the scope, or its user lacks the entitlement (`OBP-20006: User is missing one or more roles: …`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
      /** @description NotFound (5): no such bank, customer or resource in this sandbox. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
      /** @description Internal (13): an unexpected error on the server side. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
    };
  };
  createUserCustomerLink: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The bank id. */
        BankID: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateUserCustomerLinkRequest'];
      };
    };
    responses: {
      /** @description The new link. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CreateUserCustomerLinkResponse'];
        };
      };
      /** @description InvalidArgument (3): the request body is malformed or does not match the expected request; `message` names the field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
      /** @description Unauthenticated (16): no bearer token, or one that is unknown or expired. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
      /** @description PermissionDenied (7): the token lacks the scope, or its user lacks the entitlement (`OBP-20006: User is missing one or more roles: …`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
      /** @description NotFound (5): no such bank, customer or resource in this sandbox. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
      /** @description AlreadyExists (6): the value is taken. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
      /** @description InvalidArgument (3): the body is larger than the server accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
      /** @description InvalidArgument (3): send `application/json`. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
      /** @description Internal (13): an unexpected error on the server side. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
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
        'application/json': components['schemas']['CreateCustomerRequest'];
      };
    };
    responses: {
      /** @description The new customer’s id and bank. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CreateCustomerResponse'];
        };
      };
      /** @description InvalidArgument (3): the request body is malformed or does not match the expected request; `message` names the field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
      /** @description Unauthenticated (16): no bearer token, or one that is unknown or expired. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
      /** @description PermissionDenied (7): the token lacks the scope, or its user lacks the entitlement (`OBP-20006: User is missing one or more roles: …`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
      /** @description NotFound (5): no such bank, customer or resource in this sandbox. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
      /** @description InvalidArgument (3): the body is larger than the server accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
      /** @description InvalidArgument (3): send `application/json`. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
      /** @description Internal (13): an unexpected error on the server side. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
    };
  };
  addAddressToCustomer: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The customer id. */
        CustomerID: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AddAddressToCustomerRequest'];
      };
    };
    responses: {
      /** @description The new address. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Address'];
        };
      };
      /** @description InvalidArgument (3): the request body is malformed or does not match the expected request; `message` names the field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
      /** @description Unauthenticated (16): no bearer token, or one that is unknown or expired. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
      /** @description PermissionDenied (7): the token lacks the scope, or its user lacks the entitlement (`OBP-20006: User is missing one or more roles: …`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
      /** @description NotFound (5): no such bank, customer or resource in this sandbox. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
      /** @description InvalidArgument (3): the body is larger than the server accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
      /** @description InvalidArgument (3): send `application/json`. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
      /** @description Internal (13): an unexpected error on the server side. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
    };
  };
  addSocialMediaHandle: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The customer id. */
        CustomerID: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AddSocialMediaHandleRequest'];
      };
    };
    responses: {
      /** @description Social media added successfully. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AddSocialMediaHandleResponse'];
        };
      };
      /** @description InvalidArgument (3): the request body is malformed or does not match the expected request; `message` names the field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
      /** @description Unauthenticated (16): no bearer token, or one that is unknown or expired. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
      /** @description PermissionDenied (7): the token lacks the scope, or its user lacks the entitlement (`OBP-20006: User is missing one or more roles: …`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
      /** @description NotFound (5): no such bank, customer or resource in this sandbox. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
      /** @description InvalidArgument (3): the body is larger than the server accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
      /** @description InvalidArgument (3): send `application/json`. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
      /** @description Internal (13): an unexpected error on the server side. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
    };
  };
  token: {
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
      /** @description A bearer token and a refresh token. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TokenResponse'];
        };
      };
      /** @description InvalidArgument (3): a missing field, or a code or refresh token that is unknown, used, expired or for another redirect URI. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
      /** @description Unauthenticated (16): client credentials were sent and are wrong. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
      /** @description InvalidArgument (3): the body is larger than the server accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
      /** @description InvalidArgument (3): send `application/json` (or form encoding). */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
      /** @description Internal (13): an unexpected error on the server side. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
    };
  };
  getCustomersForCurrentUser: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The user’s customers. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CustomerList'];
        };
      };
      /** @description InvalidArgument (3): the request body is malformed or does not match the expected request; `message` names the field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
      /** @description Unauthenticated (16): no bearer token, or one that is unknown or expired. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
      /** @description PermissionDenied (7): the token lacks the scope, or its user lacks the entitlement (`OBP-20006: User is missing one or more roles: …`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
      /** @description NotFound (5): no such bank, customer or resource in this sandbox. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
      /** @description Internal (13): an unexpected error on the server side. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Status'];
        };
      };
    };
  };
}
