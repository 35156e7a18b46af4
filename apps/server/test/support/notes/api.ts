import { compileChecks } from '@clientele/validators';
import type { StoredDocument } from '@clientele/store';
import { secretKeyAuth } from '../../../src/platform/auth.ts';
import { unixSeconds } from '../../../src/platform/clock.ts';
import { defineServerApi, type Handlers } from '../../../src/platform/handlers.ts';
import { base62 } from '../../../src/platform/ids.ts';
import { cursorQueryOf, offsetQueryOf } from '../../../src/platform/pagination.ts';
import type { ErrorCatalogue } from '../../../src/platform/problems.ts';
import { defineResource, samplesOf, within } from '../../../src/platform/resources.ts';
import { notes, type Comment, type CommentCreate, type Note, type NoteCreate, type NoteUpdate } from './definition.ts';

type StoredNote = Pick<Note, 'title' | 'body' | 'slug'>;
type StoredComment = Pick<Comment, 'text'>;

const noteResource = defineResource<StoredNote, NoteCreate, NoteUpdate>({
  collection: 'notes.notes',
  name: 'Note',
  newId: () => `note_${base62(12)}`,
  unique: { slug: { field: 'slug', value: (note) => note.slug } },
  create: (body) => ({ title: body.title, body: body.body ?? null, slug: body.slug }),
  merge: (current, body) => ({ ...current, ...(body.title === undefined ? {} : { title: body.title }), ...(body.body === undefined ? {} : { body: body.body }) }),
});

const commentResource = defineResource<StoredComment, CommentCreate>({
  collection: 'notes.comments',
  name: 'Comment',
  newId: () => `cmt_${base62(12)}`,
  create: (body) => ({ text: body.text }),
  merge: (current, body) => ({ ...current, ...body }),
});

const presentNote = (doc: StoredDocument<StoredNote>, livemode: boolean): Note => ({
  id: doc.id,
  object: 'note',
  livemode,
  ...doc.data,
  created: unixSeconds(doc.createdUs),
});

const presentComment = (doc: StoredDocument<StoredComment>, note: string): Comment => ({ id: doc.id, note, text: doc.data.text, created: unixSeconds(doc.createdUs) });

const handlers: Handlers<typeof notes> = {
  async createNote(context) {
    return { status: 201, body: presentNote(await noteResource.create(context, context.body), context.scope.mode === 'live') };
  },
  async listNotes(context) {
    const page = await noteResource.cursorPage(context, cursorQueryOf(context.query));
    const livemode = context.scope.mode === 'live';
    return { status: 200, body: { object: 'list', data: page.items.map((doc) => presentNote(doc, livemode)), has_more: page.after, has_before: page.before } };
  },
  async retrieveNote(context) {
    return { status: 200, body: presentNote(await noteResource.get(context, context.params.note_id), context.scope.mode === 'live') };
  },
  async updateNote(context) {
    const doc = await noteResource.update(context, context.params.note_id, context.body);
    return { status: 200, body: presentNote(doc, context.scope.mode === 'live') };
  },
  async deleteNote(context) {
    const doc = await noteResource.remove(context, context.params.note_id);
    return { status: 200, body: { id: doc.id, deleted: true } };
  },
  async addComment(context) {
    const note = await noteResource.get(context, context.params.note_id);
    const doc = await commentResource.create(context, context.body, within(context.scope, note.id));
    return { status: 201, body: presentComment(doc, note.id) };
  },
  async listComments(context) {
    const note = await noteResource.get(context, context.params.note_id);
    const page = await commentResource.offsetPage(context, offsetQueryOf(context.query), within(context.scope, note.id));
    return { status: 200, body: { data: page.items.map((doc) => presentComment(doc, note.id)), total: page.total } };
  },
};

const errors: ErrorCatalogue = {
  render(problem) {
    const field =
      problem.kind === 'validation' ? problem.issues[0]?.field : problem.kind === 'duplicate' || problem.kind === 'invalid_reference' ? problem.field : undefined;
    return { body: { error: { kind: problem.kind, message: `${problem.kind}`, ...(field ? { field } : {}) } } };
  },
};

const basic = (username: string) => `Basic ${Buffer.from(`${username}:`).toString('base64')}`;

export const notesApi = defineServerApi({
  definition: notes,
  handlers,
  checks: compileChecks(notes),
  authenticators: { secretKey: secretKeyAuth('notes') },
  errors,
  resources: [noteResource, commentResource],
  async provisionTenant(store, { name }) {
    const tenant = await store.tenants.create({ id: `acct_${base62(12)}`, api: 'notes', name: name ?? 'Notes account' });
    const test = `nk_test_${base62(24)}`;
    const live = `nk_live_${base62(24)}`;
    await store.credentials.create({ secret: test, tenantId: tenant.id, api: 'notes', kind: 'secret_key', mode: 'test' });
    await store.credentials.create({ secret: live, tenantId: tenant.id, api: 'notes', kind: 'secret_key', mode: 'live' });
    return { tenant, scope: { tenantId: tenant.id, mode: 'test' }, credentials: { test_key: test, live_key: live }, example: () => '' };
  },
  authorize: async (credentials) => ({ authorization: basic(credentials.test_key!), 'content-type': 'application/json' }),
  samples: samplesOf(noteResource, (i) => ({ title: `Note ${i}`, slug: `note-${i}` }), (id) => ({ note_id: id })),
});
