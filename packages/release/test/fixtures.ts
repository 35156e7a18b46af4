/**
 * A small OpenAPI 3.1 document shaped like what clientele's emitter writes (components by `$ref`,
 * closed request and response objects, nullables as `anyOf [T, null]`), to change one thing at a
 * time in the guard's tests.
 */
export function miniSpec(): Record<string, any> {
  const error = { content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } };
  return {
    openapi: '3.1.0',
    info: { title: 'Mini', version: '1.0.0', description: 'A fixture.' },
    servers: [{ url: 'http://localhost:4010/mini', description: 'clientele' }],
    tags: [{ name: 'Widgets', description: 'Things.' }],
    paths: {
      '/v1/widgets': {
        post: {
          operationId: 'createWidget',
          tags: ['Widgets'],
          summary: 'Create a widget',
          security: [{ basicAuth: [] }],
          requestBody: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/WidgetCreate' } } } },
          responses: {
            '201': { description: 'Created.', content: { 'application/json': { schema: { $ref: '#/components/schemas/Widget' } } } },
            '400': { description: 'Invalid.', ...error },
            '401': { description: 'Unauthorized.', ...error },
          },
        },
        get: {
          operationId: 'listWidgets',
          tags: ['Widgets'],
          summary: 'List widgets',
          security: [{ basicAuth: [] }],
          parameters: [{ name: 'limit', in: 'query', required: false, schema: { type: 'integer', minimum: 1, maximum: 100 } }],
          responses: {
            '200': { description: 'A page.', content: { 'application/json': { schema: { type: 'array', items: { $ref: '#/components/schemas/Widget' } } } } },
            '401': { description: 'Unauthorized.', ...error },
          },
        },
      },
      '/v1/widgets/{widget_id}': {
        get: {
          operationId: 'retrieveWidget',
          tags: ['Widgets'],
          summary: 'Retrieve a widget',
          security: [{ basicAuth: [] }],
          parameters: [{ name: 'widget_id', in: 'path', required: true, schema: { type: 'string' } }],
          responses: {
            '200': { description: 'The widget.', content: { 'application/json': { schema: { $ref: '#/components/schemas/Widget' } } } },
            '404': { description: 'Not found.', ...error },
          },
        },
      },
    },
    components: {
      securitySchemes: { basicAuth: { type: 'http', scheme: 'basic', description: 'Key as username.' } },
      schemas: {
        Widget: {
          type: 'object',
          additionalProperties: false,
          required: ['id', 'name', 'color', 'kind'],
          properties: {
            id: { type: 'string' },
            name: { anyOf: [{ type: 'string', maxLength: 100 }, { type: 'null' }] },
            color: { type: 'string' },
            kind: { type: 'string', enum: ['small', 'large'] },
          },
        },
        WidgetCreate: {
          type: 'object',
          additionalProperties: false,
          properties: {
            name: { anyOf: [{ type: 'string', maxLength: 100 }, { type: 'null' }] },
            color: { type: 'string', maxLength: 20 },
            note: { type: 'string' },
          },
        },
        Error: { type: 'object', required: ['message'], properties: { message: { type: 'string' } } },
      },
    },
  };
}

export type Mutation = (doc: Record<string, any>) => void;

/** Each change the issue names as breaking, and the other breaking ones the guard must catch. */
export const breakingChanges: Record<string, Mutation> = {
  'a removed operation': (d) => delete d.paths['/v1/widgets'].get,
  'a removed response field': (d) => {
    delete d.components.schemas.Widget.properties.color;
    d.components.schemas.Widget.required = ['id', 'name', 'kind'];
  },
  'a removed request field (request objects are closed: clients still sending it get a 400)': (d) =>
    delete d.components.schemas.WidgetCreate.properties.note,
  'a narrowed request type (null no longer accepted)': (d) => (d.components.schemas.WidgetCreate.properties.name = { type: 'string', maxLength: 100 }),
  'a narrowed request type (shorter maximum length)': (d) => (d.components.schemas.WidgetCreate.properties.color.maxLength = 5),
  'a changed request type': (d) => (d.components.schemas.WidgetCreate.properties.color = { type: 'integer' }),
  'a widened response type (a new enum value clients do not expect)': (d) => d.components.schemas.Widget.properties.kind.enum.push('huge'),
  'a new required query parameter': (d) =>
    d.paths['/v1/widgets'].get.parameters.push({ name: 'owner', in: 'query', required: true, schema: { type: 'string' } }),
  'an optional parameter made required': (d) => (d.paths['/v1/widgets'].get.parameters[0].required = true),
  'a new required request field': (d) => {
    d.components.schemas.WidgetCreate.properties.size = { type: 'integer' };
    d.components.schemas.WidgetCreate.required = ['size'];
  },
  'a changed success status code (201 → 200)': (d) => {
    const responses = d.paths['/v1/widgets'].post.responses;
    responses['200'] = responses['201'];
    delete responses['201'];
  },
  'a removed error status': (d) => delete d.paths['/v1/widgets/{widget_id}'].get.responses['404'],
  'a changed path': (d) => {
    d.paths['/v2/widgets/{widget_id}'] = d.paths['/v1/widgets/{widget_id}'];
    delete d.paths['/v1/widgets/{widget_id}'];
  },
  'a change the diff tool cannot classify (counted as breaking: the guard fails closed)': (d) => (d['x-rate-limit'] = 10),
};

/** Additions a client cannot notice unless it wants to. */
export const nonBreakingChanges: Record<string, Mutation> = {
  'a new operation': (d) =>
    (d.paths['/v1/widgets/{widget_id}'].delete = {
      operationId: 'deleteWidget',
      tags: ['Widgets'],
      summary: 'Delete a widget',
      security: [{ basicAuth: [] }],
      parameters: [{ name: 'widget_id', in: 'path', required: true, schema: { type: 'string' } }],
      responses: { '204': { description: 'Deleted.' } },
    }),
  'a new optional query parameter': (d) =>
    d.paths['/v1/widgets'].get.parameters.push({ name: 'color', in: 'query', required: false, schema: { type: 'string' } }),
  'a new optional request field': (d) => (d.components.schemas.WidgetCreate.properties.size = { type: 'integer' }),
  'a new response field': (d) => (d.components.schemas.Widget.properties.size = { anyOf: [{ type: 'integer' }, { type: 'null' }] }),
  'a widened request type (null now accepted)': (d) =>
    (d.components.schemas.WidgetCreate.properties.color = { anyOf: [{ type: 'string', maxLength: 20 }, { type: 'null' }] }),
  'a longer maximum length for a request field': (d) => (d.components.schemas.WidgetCreate.properties.color.maxLength = 40),
};

/** Changes to what people read, not to what clients send or receive. */
export const documentationChanges: Record<string, Mutation> = {
  'a reworded operation summary': (d) => (d.paths['/v1/widgets'].post.summary = 'Make a widget'),
  'a reworded API description': (d) => (d.info.description = 'A fixture, reworded.'),
  'a reworded tag description': (d) => (d.tags[0].description = 'Widgets, small and large.'),
};
