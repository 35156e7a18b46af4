import { defineApi } from '../shared/index.ts';
import { module } from './resources.ts';
import { JSON_TYPES, routes, webhooks } from './routes.ts';

export const balanced = defineApi({
  name: 'balanced',
  title: 'Balanced Payments API v1: Customers',
  version: '1.0.0',
  description: [
    'The Customer resource of Balanced Payments API v1 (2013), served by clientele.',
    '',
    'Authenticate with HTTP Basic: the API key secret as the username and an empty password. Each key belongs to one',
    'marketplace; customers of other marketplaces are never visible (404).',
    '',
    'Where the seed document is silent, clientele follows what Balanced most plausibly did and says so here:',
    '`limit` is capped at 100; `PUT` replaces only the fields sent; `meta` and `address` values that are numbers or',
    'booleans are stored as strings; an unknown field is a 400 naming it; a wrong verb on a documented path is a 405',
    'in the error envelope; errors are the flat v1 envelope.',
    '',
    'Beyond the customer seed, and marked `x-clientele-extension`: callbacks (URLs that receive the marketplace’s',
    'events, one per URL) and the `customer.created` and `customer.updated` events, each with its `callback_statuses`.',
    'What is sent to a callback is described under `webhooks`, one entry per callback method; Balanced documented no',
    'signature and no retry schedule, so there is no signature and the schedule is clientele’s own.',
  ].join('\n'),
  servers: [{ url: 'http://localhost:4010/balanced', description: 'clientele, all APIs on one port' }],
  securitySchemes: {
    basicAuth: {
      type: 'http',
      scheme: 'basic',
      description: 'The API key secret as the username, an empty password.',
    },
  },
  tags: {
    Customers: 'A customer represents a person or business on your marketplace.',
    Callbacks: 'URLs that receive the marketplace’s events.',
    Events: 'What happened on the marketplace, with how its deliveries to callbacks went.',
  },
  module,
  routes,
  errorResponses: {
    body: { schema: 'Error', contentTypes: JSON_TYPES },
    descriptions: {
      400: 'Invalid input: `extras` names each bad field.',
      401: 'Missing or unknown API key secret.',
      404: 'No such customer on this marketplace.',
      409: '`email_address` already belongs to another customer of this marketplace (`duplicate-email-address`).',
      413: 'Body larger than the server accepts.',
      415: 'Body in a media type other than JSON or form encoding.',
    },
  },
  webhooks,
});

export type * from './resources.ts';

export default balanced;
