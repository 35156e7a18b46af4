import { defineApi } from '../shared/index.ts';
import { module } from './resources.ts';
import { JSON_TYPES, routes } from './routes.ts';

export const pingpp = defineApi({
  name: 'pingpp',
  title: 'Ping++ API v1: Customers, cards, tokens and SMS codes',
  version: '1.0.0',
  description: [
    "The Customer resource of Ping++ API v1 (in-app quick pay, 2015–2017), with the cards bound to customers and the card tokens and SMS verification codes binding needs, served by clientele.",
    '',
    'Authenticate with your secret key as the HTTP Basic username and an empty password (`-u sk_test_…:`), or as a',
    '`Bearer` token. `sk_test_…` keys act in test mode and `sk_live_…` keys in live mode: `livemode` follows the key and the',
    'two modes never see each other’s objects. Each account has one App (`app_…`); another App is refused. Once the',
    'account has registered an RSA public key, every request must carry `Pingplusplus-Signature` (RSA-SHA256 over the raw',
    'body, the request path with its query, and `Pingplusplus-Request-Timestamp`), or it is a 401.',
    '',
    'Binding a card: `POST /v1/tokens` with the App and the card (its SMS code object is embedded in the token; in test',
    'mode the code is `123456`, in live mode read it with `GET /v1/sms_codes/{id}`), then `POST /v1/customers` with the',
    'token as `source` and `sms_code[id]`/`sms_code[code]`. A token binds once. Cards whose number starts with `62` are',
    'domestic (UnionPay); others (Visa `4…`, MasterCard `51–55…`/`2221–2720…`, JCB `3528–3589…`) are foreign and cannot be',
    'bound.',
    '',
    'Bodies may be JSON or form-encoded with bracket notation (`sms_code[id]=…`, `metadata[key]=…`). Errors are',
    '`{"error": {"type", "message", "param"?, "code"?}}`, with messages in Chinese unless `Accept-Language` asks for English.',
    '',
    'Where the seed is silent, clientele follows what Ping++ most plausibly did and says so here: creates answer 200 (as',
    'Ping++ did for every object); `metadata` is merged on update (an empty string removes a key, null clears it) and is',
    '`{}` when unset; `currency` stays null; binding a card the customer already has is a 400 on `source`; a token or',
    'SMS code from the other mode, or from another account, is unknown (400 on `source`); signatures older or newer than',
    '300 seconds are refused; SMS codes do not expire; a token takes `app` and `card` only (the real API’s `order_no` and',
    '`amount` served card-not-present charges, which are not served here); `expand` is not supported. Operations beyond',
    'the seed are marked `x-clientele-extension`.',
  ].join('\n'),
  servers: [
    { url: 'http://localhost:4010/pingpp', description: 'clientele, all APIs on one port' },
    { url: 'http://localhost:4013', description: 'clientele serving Ping++ alone (`--api pingpp`), where SDKs expect /v1 at the root' },
  ],
  securitySchemes: {
    secretKey: {
      type: 'http',
      scheme: 'basic',
      description: 'The secret key (`sk_test_…` or `sk_live_…`) as the username and an empty password.',
    },
    secretKeyBearer: {
      type: 'http',
      scheme: 'bearer',
      description: "The secret key as a bearer token (`Authorization: Bearer sk_test_…`), as Ping++'s newer SDKs send it.",
      alternativeTo: 'secretKey',
    },
  },
  tags: {
    Customers: 'A customer of an App, with the cards bound to it.',
    Cards: "The cards bound to a customer (its `sources`).",
    Tokens: 'Card tokens and the SMS verification codes that bind their cards.',
  },
  module,
  routes,
  errorResponses: {
    body: { schema: 'Error', contentTypes: JSON_TYPES },
    descriptions: {
      400: '`invalid_request_error`: a missing, malformed or refused parameter, named by `param`.',
      401: 'No secret key, an unknown one, or (once the account has registered a public key) a missing, stale or wrong request signature.',
      404: '`invalid_request_error` with `param` `id`: no such object for this key (or it was deleted).',
      413: 'The body is larger than the server accepts.',
      415: 'A body in a media type other than JSON or form encoding.',
    },
  },
});

export type * from './resources.ts';

export default pingpp;
