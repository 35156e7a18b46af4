import { Type } from '@sinclair/typebox';
import { CursorQuery, defineApi, defineRoutes, Nullable, OffsetQuery, type Infer, type ResponseSpec } from '@clientele/schemas';

/**
 * A small API that exists only in the tests: notes with comments, test and live keys, cursor
 * pages with a creation-time filter, soft delete. Nothing about it is a customer, Balanced or
 * Dwolla: it proves the kit and the conformance suite serve any API registered the same way.
 */
const definitions = {
  Note: Type.Object(
    {
      id: Type.String({ pattern: '^note_[0-9A-Za-z]{12}$' }),
      object: Type.Literal('note'),
      livemode: Type.Boolean(),
      title: Type.String(),
      body: Nullable(Type.String()),
      slug: Type.String(),
      created: Type.Integer(),
    },
    { additionalProperties: false },
  ),
  NoteCreate: Type.Object(
    { title: Type.String({ minLength: 1, maxLength: 100 }), body: Type.Optional(Nullable(Type.String())), slug: Type.String({ pattern: '^[a-z0-9-]{1,40}$' }) },
    { additionalProperties: false, examples: [{ title: 'Groceries', body: 'Milk, eggs', slug: 'groceries' }] },
  ),
  NoteUpdate: Type.Object(
    { title: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })), body: Type.Optional(Nullable(Type.String())) },
    { additionalProperties: false, examples: [{ body: 'Milk, eggs, bread' }] },
  ),
  NoteList: Type.Object(
    { object: Type.Literal('list'), data: Type.Array(Type.Ref('Note')), has_more: Type.Boolean(), has_before: Type.Boolean() },
    { additionalProperties: false },
  ),
  Deleted: Type.Object({ id: Type.String(), deleted: Type.Literal(true) }, { additionalProperties: false }),
  Comment: Type.Object(
    { id: Type.String({ pattern: '^cmt_[0-9A-Za-z]{12}$' }), note: Type.String(), text: Type.String(), created: Type.Integer() },
    { additionalProperties: false },
  ),
  CommentCreate: Type.Object({ text: Type.String({ minLength: 1 }) }, { additionalProperties: false, examples: [{ text: 'Bread too, please.' }] }),
  CommentPage: Type.Object({ data: Type.Array(Type.Ref('Comment')), total: Type.Integer() }, { additionalProperties: false }),
  Error: Type.Object(
    {
      error: Type.Object(
        { kind: Type.String(), message: Type.String(), field: Type.Optional(Type.String()) },
        { additionalProperties: false },
      ),
    },
    { additionalProperties: false },
  ),
};

export const module = Type.Module(definitions);
type Name = keyof typeof definitions & string;
export type Note = Infer<typeof module, 'Note'>;
export type NoteCreate = Infer<typeof module, 'NoteCreate'>;
export type NoteUpdate = Infer<typeof module, 'NoteUpdate'>;
export type Comment = Infer<typeof module, 'Comment'>;
export type CommentCreate = Infer<typeof module, 'CommentCreate'>;

const JSON_TYPES = ['application/json'] as const;
const json = <const S extends Name>(schema: S) => ({ schema, contentTypes: JSON_TYPES });
const error = (description: string): ResponseSpec<Name> => ({ description, body: json('Error') });
const auth = { scheme: 'secretKey' } as const;
const noteParams = Type.Object({ note_id: Type.String({ maxLength: 64 }) });
const errors = {
  400: error('Invalid input.'),
  401: error('Missing or unknown key.'),
  404: error('No such note.'),
  409: error('The slug is taken.'),
  413: error('Body too large.'),
  415: error('Not JSON.'),
} as const;

const routes = defineRoutes<Name>()({
  createNote: {
    method: 'POST',
    path: '/notes',
    tag: 'Notes',
    summary: 'Create a note',
    auth,
    request: { body: { schema: 'NoteCreate', contentTypes: JSON_TYPES } },
    responses: { 201: { description: 'The note.', body: json('Note') }, 400: errors[400], 401: errors[401], 409: errors[409], 413: errors[413], 415: errors[415] },
  },
  listNotes: {
    method: 'GET',
    path: '/notes',
    tag: 'Notes',
    summary: 'List notes',
    auth,
    request: { query: CursorQuery({ defaultLimit: 10, maxLimit: 100, created: true }) },
    responses: { 200: { description: 'A page.', body: json('NoteList') }, 400: errors[400], 401: errors[401] },
  },
  retrieveNote: {
    method: 'GET',
    path: '/notes/{note_id}',
    tag: 'Notes',
    summary: 'Retrieve a note',
    auth,
    request: { params: noteParams },
    responses: { 200: { description: 'The note.', body: json('Note') }, 401: errors[401], 404: errors[404] },
  },
  updateNote: {
    method: 'PATCH',
    path: '/notes/{note_id}',
    tag: 'Notes',
    summary: 'Update a note',
    auth,
    request: { params: noteParams, body: { schema: 'NoteUpdate', contentTypes: JSON_TYPES } },
    responses: { 200: { description: 'The note.', body: json('Note') }, 400: errors[400], 401: errors[401], 404: errors[404], 413: errors[413], 415: errors[415] },
  },
  deleteNote: {
    method: 'DELETE',
    path: '/notes/{note_id}',
    tag: 'Notes',
    summary: 'Delete a note',
    auth,
    request: { params: noteParams },
    responses: { 200: { description: 'Deleted.', body: json('Deleted') }, 401: errors[401], 404: errors[404] },
  },
  addComment: {
    method: 'POST',
    path: '/notes/{note_id}/comments',
    tag: 'Notes',
    summary: 'Comment on a note',
    auth,
    request: { params: noteParams, body: { schema: 'CommentCreate', contentTypes: JSON_TYPES } },
    responses: { 201: { description: 'The comment.', body: json('Comment') }, 400: errors[400], 401: errors[401], 404: errors[404], 413: errors[413], 415: errors[415] },
  },
  listComments: {
    method: 'GET',
    path: '/notes/{note_id}/comments',
    tag: 'Notes',
    summary: "List a note's comments",
    auth,
    request: { params: noteParams, query: OffsetQuery({ defaultLimit: 20, maxLimit: 50 }) },
    responses: { 200: { description: 'A page.', body: json('CommentPage') }, 400: errors[400], 401: errors[401], 404: errors[404] },
  },
});

export const notes = defineApi({
  name: 'notes',
  title: 'Notes (a test-only API)',
  version: '0.0.0',
  description: 'Defined only in the tests.',
  servers: [{ url: 'http://localhost/notes', description: 'tests' }],
  securitySchemes: { secretKey: { type: 'http', scheme: 'basic', description: '`nk_test_…` or `nk_live_…` as the username.' } },
  tags: { Notes: 'Notes and their comments.' },
  module,
  routes,
});
