import type { SpecOperation } from './contract.ts';
import { seeded, type Random } from './random.ts';
import { formEncode, hostileValue, nested, pathsOf, plausible, withAt } from './values.ts';
import { pathOf, type Caller, type FuzzWorld } from './world.ts';

/** One request of a fuzz run: what it tries, and everything needed to send it again. */
export interface FuzzRequest {
  readonly index: number;
  /** What kind of hostility it carries (`valid` for the requests that build state). */
  readonly kind: string;
  /** What exactly was changed. */
  readonly label: string;
  readonly method: string;
  /** Path and query below the origin, as sent (undecoded). */
  readonly path: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: Buffer;
  /** Send the body in chunks without a Content-Length. */
  readonly chunked?: boolean;
  /** Bytes written as they are on a connection of their own: what an HTTP client refuses to send. */
  readonly raw?: Buffer;
  /** The statuses allowed for a request refused before it reaches any operation (the server could not read it). */
  readonly refused?: readonly number[];
  /** Whose credentials it carries (a caller's label); undefined for none or bad ones. */
  readonly actor: string | undefined;
}

/** What the generator draws on: the world, and create bodies prepared for APIs whose creates consume a token. */
export interface Ingredients {
  readonly world: FuzzWorld;
  /** The owner's data this request addresses (fresh data every so many requests: deletes and updates wear it out). */
  readonly owner: Caller;
  readonly prepared: readonly unknown[];
  /** Ids and parameter values of the data of the callers other than the owner. */
  readonly foreignIds: readonly string[];
}

const JSONISH = /json/;
const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'TRACE'];

/** The categories and how often each is drawn. */
const KINDS: readonly [string, number][] = [
  ['valid', 12],
  ['body', 28],
  ['query', 12],
  ['path', 12],
  ['method', 5],
  ['credentials', 10],
  ['headers', 10],
  ['unknown path', 3],
  ['protocol', 2],
];
const TOTAL_WEIGHT = KINDS.reduce((sum, [, weight]) => sum + weight, 0);

/** The request number `index` of a run seeded `seed`: the same every time, whatever ran before it. */
export function generate(ingredients: Ingredients, seed: number, index: number): FuzzRequest {
  const random = seeded((Math.imul(seed, 0x9e3779b1) ^ Math.imul(index + 1, 0x85ebca6b)) >>> 0);
  const { world } = ingredients;
  const op = random.pick(world.operations);
  const draft = validDraft(ingredients, op, random, index);
  let roll = random.int(TOTAL_WEIGHT);
  const kind = KINDS.find(([, weight]) => (roll -= weight) < 0)![0];
  const mutate = MUTATIONS[kind]!;
  const label = mutate(draft, ingredients, op, random);
  return finish(draft, index, kind, label);
}

/** A request being built: its parts, changed in place by a mutation. */
interface Draft {
  method: string;
  path: string;
  query: string[];
  headers: Record<string, string>;
  body?: Buffer;
  chunked?: boolean;
  raw?: Buffer;
  refused?: number[];
  actor: string | undefined;
  /** The body as a value (before encoding), while it is one. */
  value?: unknown;
  contentType?: string;
}

function finish(draft: Draft, index: number, kind: string, label: string): FuzzRequest {
  const path = draft.query.length ? `${draft.path}?${draft.query.join('&')}` : draft.path;
  return {
    index,
    kind,
    label,
    method: draft.method,
    path,
    headers: draft.headers,
    ...(draft.body !== undefined ? { body: draft.body } : {}),
    ...(draft.chunked ? { chunked: true } : {}),
    ...(draft.raw ? { raw: draft.raw } : {}),
    ...(draft.refused ? { refused: draft.refused } : {}),
    actor: draft.actor,
  };
}

const encodeBody = (value: unknown, contentType: string) => Buffer.from(JSONISH.test(contentType) ? JSON.stringify(value) : formEncode(value));

/** A request a well-behaved client of the owner would send to `op`: it builds state. */
function validDraft({ world, owner, prepared }: Ingredients, op: SpecOperation, random: Random, index: number): Draft {
  // Mostly the first sample (its children and tokens are addressed too); sometimes another one;
  // deletes the second, so the first lives on through the requests that address it.
  const main = op.method === 'DELETE' ? owner.disposable : owner.params;
  const addressed = random.chance(0.8) ? main : { ...main, ...world.samples.params(random.pick(owner.ids.slice(2)), owner.tenant) };
  const query = op.query
    .filter((q) => q.required || random.chance(0.3))
    .map((q) => `${encodeURIComponent(q.name)}=${encodeURIComponent(String(plausible(q.schema, random, world.contract.resolve)))}`);
  const headers: Record<string, string> = { ...owner.headers };
  if (op.headerParams.includes('idempotency-key') && random.chance(0.4)) headers['idempotency-key'] = `fuzz-key-${random.int(50)}`;
  const draft: Draft = { method: op.method, path: pathOf(world, op, addressed), query, headers, actor: owner.label };
  if (op.body) {
    const contentType = op.body.contentTypes.includes(headers['content-type'] ?? '') && random.chance(0.7)
      ? headers['content-type']!
      : random.pick(op.body.contentTypes);
    draft.value = validBody(world, owner, op, random, index, prepared);
    draft.contentType = contentType;
    draft.headers['content-type'] = contentType;
    draft.body = encodeBody(draft.value, contentType);
  } else delete draft.headers['content-type'];
  return draft;
}

/** The sample body numbered `index` where the operation takes it, a prepared one for creates that consume a token, else one from the schema. */
function validBody(world: FuzzWorld, owner: Caller, op: SpecOperation, random: Random, index: number, prepared: readonly unknown[]): unknown {
  const sample = world.samples.body(1_000_000 + index, owner.tenant);
  if (world.contract.bodyFits(op, sample)) return sample;
  if (prepared.length && op.method === 'POST' && op.pathParams.length === 0 && random.chance(0.8)) return prepared[index % prepared.length];
  return plausible(op.body!.schema, random, world.contract.resolve);
}

type Mutation = (draft: Draft, ingredients: Ingredients, op: SpecOperation, random: Random) => string;

/** Re-encodes the draft's body value after a change, in its content type. */
const reencode = (draft: Draft) => {
  if (draft.contentType !== undefined) draft.body = encodeBody(draft.value, draft.contentType);
};

const WRONG_TYPES = [
  'text/plain',
  'application/xml',
  'text/html',
  'multipart/form-data; boundary=xyz',
  'application/json; charset=utf-16',
  'application/json; charset=latin1',
  'APPLICATION/JSON',
  'application/json;',
  'application/jsonx',
  'application/vnd.api+json',
  '*/*',
  'application/x-www-form-urlencoded; charset=iso-8859-1',
  'application/octet-stream',
  '',
];

const WHOLE_BODIES = ['null', '5', '-1', '"customer"', 'true', '[]', '[{}]', '{}', ' ', '', '{"a":', '}{', '\ufeff{}', '{"a":1,"a":2}', "{'a':1}", '{"a":NaN}', '{"a":1}//', '/* x */{}'];

const MUTATIONS: Record<string, Mutation> = {
  valid: () => 'as a well-behaved client',

  body(draft, { world }, op, random) {
    if (!op.body || draft.value === undefined) {
      // A body where the operation takes none (a GET or DELETE with a body).
      draft.headers['content-type'] = 'application/json';
      draft.body = Buffer.from(JSON.stringify({ unexpected: hostileValue(random) }));
      return 'a body where none is taken';
    }
    const choice = random.int(9);
    if (choice === 0 || choice === 1) {
      const known = Object.keys((world.contract.resolve(op.body.schema).properties as object | undefined) ?? {}).map((k) => [k]);
      const paths = [...pathsOf(draft.value), ...known];
      const path = paths.length ? random.pick(paths) : ['field'];
      draft.value = withAt(draft.value, path, hostileValue(random));
      reencode(draft);
      return `field ${path.join('.')} set to a hostile value`;
    }
    if (choice === 2) {
      const paths = pathsOf(draft.value);
      if (!paths.length) return 'unchanged (no field to remove)';
      const path = random.pick(paths);
      draft.value = withAt(draft.value, path, undefined);
      reencode(draft);
      return `field ${path.join('.')} removed`;
    }
    if (choice === 3) {
      const unknown = random.pick(['unknown_field', 'id', 'created_at', 'livemode', 'tenant_id', '_links', '__proto__', 'constructor']);
      draft.value = { ...(draft.value as object), [unknown]: hostileValue(random) };
      reencode(draft);
      return `unknown field ${unknown}`;
    }
    if (choice === 4) {
      const text = random.chance(0.8) ? random.pick(WHOLE_BODIES) : nested(random.pick([1000, 10_000]), random.chance(0.5) ? 'array' : 'object');
      draft.body = Buffer.from(text);
      draft.headers['content-type'] = random.pick(op.body.contentTypes.filter((t) => JSONISH.test(t)).concat('application/json'));
      return `whole body ${JSON.stringify(text.slice(0, 30))}`;
    }
    if (choice === 5) {
      const text = draft.body!;
      const cut = random.int(text.length + 1);
      const corruptions: [string, () => Buffer][] = [
        ['truncated', () => text.subarray(0, cut)],
        ['trailing garbage', () => Buffer.concat([text, Buffer.from(random.pick(['}', ',', 'x', '\u0000', '&&&', '%']))])],
        ['invalid UTF-8', () => Buffer.concat([text.subarray(0, cut), Buffer.from([random.pick([0xff, 0xc3, 0xe0, 0x80])]), text.subarray(cut)])],
        ['NUL byte', () => Buffer.concat([text.subarray(0, cut), Buffer.from([0]), text.subarray(cut)])],
        ['leading whitespace', () => Buffer.concat([Buffer.from(' \n\t'.repeat(1000)), text])],
      ];
      const [what, corrupt] = random.pick(corruptions);
      draft.body = corrupt();
      return `body ${what}`;
    }
    if (choice === 6) {
      const size = random.pick([900_000, 1_048_577, 1_300_000, 5 * 1024 * 1024]);
      draft.value = { ...(draft.value as object), filler: 'x'.repeat(size) };
      reencode(draft);
      return `a body of ${draft.body!.length} bytes`;
    }
    if (choice === 7) {
      const type = random.pick([...WRONG_TYPES, ...op.body.contentTypes]);
      if (type === '') delete draft.headers['content-type'];
      else draft.headers['content-type'] = type;
      if (random.chance(0.3)) draft.chunked = true;
      return `Content-Type ${JSON.stringify(type)}${draft.chunked ? ', chunked' : ''}`;
    }
    const form = random.pick([
      'a=%ZZ',
      'name=%E0%A4%A',
      'a[=1',
      'a]]]=1',
      'a[b][c][d][e][f][g]=1',
      '&&&=&&',
      '=',
      Array.from({ length: 1500 }, (_, i) => `p${i}=1`).join('&'),
      Array.from({ length: 150 }, () => 'list[]=1').join('&'),
      'meta[a]=1&meta=2',
      'name[]=x&name[x]=y',
    ]);
    draft.body = Buffer.from(form);
    draft.headers['content-type'] = 'application/x-www-form-urlencoded';
    return `form ${form.slice(0, 40)}`;
  },

  query(draft, { foreignIds }, op, random) {
    const names = [...op.query.map((q) => q.name), 'limit', 'offset', 'unknown', 'page'];
    const name = random.pick(names);
    const value = random.pick([
      '-1', '0', '1e30', '99999999999999999999', '1.5', 'NaN', 'Infinity', '', '%20', 'abc', '%00', '%ZZ', '%E0%A4%A', 'null', 'true',
      'x'.repeat(4000), encodeURIComponent('😀'), encodeURIComponent("' OR 1=1"),
    ]);
    const choice = random.int(6);
    if (choice === 0) draft.query.push(`${name}=${value}`);
    else if (choice === 1) draft.query.push(`${name}=1`, `${name}=${value}`);
    else if (choice === 2) draft.query.push(`${name}%5B%5D=1`, `${name}%5Bgt%5D=${value}`);
    else if (choice === 3) draft.query.push(...Array.from({ length: random.pick([101, 150, 500]) }, (_, i) => `q${i}=${i}`), `${name}=${value}`);
    else if (choice === 4 && foreignIds.length) {
      const id = random.pick(foreignIds);
      draft.query.push(`${random.pick(['starting_after', 'ending_before', name])}=${encodeURIComponent(id)}`);
      return `${name}: another caller's id`;
    } else draft.query.push(`${name}[a][b][c]=${value}`);
    return `${name}=${value.slice(0, 20)} (form ${choice})`;
  },

  path(draft, { world, owner, foreignIds }, op, random) {
    if (!op.pathParams.length) {
      draft.path += random.pick(['/', '//', '/.', '/..', '/%2e', '/x']);
      return 'extra path segment';
    }
    const param = random.pick(op.pathParams);
    const own = owner.params[param] ?? param;
    const hostile = random.pick([
      '',
      'x'.repeat(random.pick([63, 64, 65, 99, 100, 101, 1000, 5000])),
      '%2F', 'a%2Fb', '%00', 'a%00b', '..', '%2e%2e', '.', '%20', 'null', 'undefined', '0', '-1', '%ZZ', '%E0%A4%A', '%C0%AF', '%F0%9F%98%80',
      encodeURIComponent("' OR 1=1 --"), encodeURIComponent(own.toLowerCase()), encodeURIComponent(own.toUpperCase()), `${encodeURIComponent(own)}x`,
      encodeURIComponent(random.pick(Object.values(owner.params))),
      'FOREIGN',
    ]);
    let value = hostile;
    if (hostile === 'FOREIGN' && foreignIds.length) {
      value = encodeURIComponent(random.pick(foreignIds));
    }
    const segments = draft.path.split('/');
    const template = `${world.prefix}${op.path}`.split('/');
    const at = template.indexOf(`{${param}}`);
    segments[at] = value;
    draft.path = segments.join('/');
    return `path parameter ${param} = ${hostile === 'FOREIGN' ? "another caller's id" : value.slice(0, 30)}`;
  },

  method(draft, _ingredients, op, random) {
    draft.method = random.pick(METHODS.filter((m) => m !== op.method));
    return `method ${draft.method}`;
  },

  credentials(draft, { world, owner }, op, random) {
    const choice = random.int(8);
    draft.actor = undefined;
    if (choice === 0) {
      delete draft.headers.authorization;
      return 'no credentials';
    }
    // Only where the request names the owner's ids: without one (a create, a list), another caller's
    // credentials act on its own data, as they may (a create there appends its own events too).
    if (choice <= 2 && world.others.length && op.pathParams.length) {
      // Another caller's own valid credentials on the owner's ids, which it must not reach.
      const other: Caller = random.pick(world.others);
      draft.headers = { ...draft.headers, ...other.headers };
      draft.actor = other.label;
      return `the credentials of ${other.label}`;
    }
    const own = draft.headers.authorization ?? '';
    if (choice === 3 && own) {
      // Whitespace around a field value is no part of it (RFC 9110 §5.5): still the owner.
      draft.headers.authorization = `  ${own}  `;
      draft.actor = owner.label;
      return 'the Authorization padded with spaces';
    }
    draft.headers.authorization = random.pick([
      `Basic ${Buffer.from(`${random.text(32)}:`).toString('base64')}`,
      'Basic !!!notbase64!!!',
      'Basic',
      'Bearer',
      `Bearer ${random.text(50)}`,
      `bearer ${random.text(50)}`,
      `Basic ${Buffer.from(':').toString('base64')}`,
      `Token ${random.text(20)}`,
      `Bearer ${'x'.repeat(7000)}`,
      `Basic ${Buffer.from(`sk_test_${random.text(24)}:`).toString('base64')}`,
      `${own}x`,
      `${own.slice(0, -2)}`,
    ]);
    return `Authorization ${draft.headers.authorization.slice(0, 20)}…`;
  },

  headers(draft, _ingredients, op, random) {
    const choice = random.int(6);
    if (choice === 0) {
      draft.headers.accept = random.pick(['image/png', '*/*;q=0', ';;;', 'application/json;q=abc', 'text/html, application/xml', 'application/*', '', 'application/json;q=0']);
      return `Accept ${draft.headers.accept}`;
    }
    if (choice === 1) {
      draft.headers['accept-language'] = random.pick(['zz', '*', 'en-US;q=x', 'fr, de;q=0.5', 'x'.repeat(500), ',,,']);
      return `Accept-Language ${draft.headers['accept-language'].slice(0, 20)}`;
    }
    if (choice === 2) {
      draft.headers['idempotency-key'] = random.pick(['', 'x'.repeat(255), 'x'.repeat(256), 'fuzz-key-1', `k${random.int(5)}`, ' ', 'ÿ']);
      return `Idempotency-Key ${JSON.stringify(draft.headers['idempotency-key'].slice(0, 20))}${op.headerParams.includes('idempotency-key') ? '' : ' (not taken)'}`;
    }
    if (choice === 3) {
      draft.headers['x-forwarded-host'] = random.pick(['evil.example', 'a b', 'x@y', 'evil.example/path', '[::1]:99999']);
      draft.headers['x-forwarded-proto'] = random.pick(['https', 'ftp', 'javascript']);
      return `X-Forwarded-Host ${draft.headers['x-forwarded-host']} (not behind a proxy: ignored)`;
    }
    if (choice === 4) {
      draft.chunked = true;
      return 'the body in chunks, without Content-Length';
    }
    draft.headers[random.pick(['x-request-id', 'cookie', 'referer', 'user-agent', 'x-http-method-override'])] = random.pick(['DELETE', 'x'.repeat(4000), 'a=b; c=d', '%00']);
    return 'an odd header';
  },

  'unknown path'(draft, { world }, _op, random) {
    draft.path = `${world.prefix}${random.pick(['/no/such/thing', '/v1', '/v2/customers', '/customers/x/y/z', '/admin', '/.env', '/v1/customers/x/y', `/${random.text(10)}`])}`;
    return `unknown path ${draft.path}`;
  },

  protocol(draft, { world }, op, random) {
    const target = `${draft.path}${draft.query.length ? `?${draft.query.join('&')}` : ''}`;
    const auth = draft.headers.authorization ? `Authorization: ${draft.headers.authorization}\r\n` : '';
    const cases: [string, number[], () => Buffer][] = [
      ['Host "a b"', [400], () => Buffer.from(`${op.method === 'HEAD' ? 'GET' : op.method} ${target} HTTP/1.1\r\nHost: a b\r\n${auth}Content-Length: 0\r\n\r\n`)],
      ['Host with a path', [400], () => Buffer.from(`GET ${target} HTTP/1.1\r\nHost: evil.example/x\r\n${auth}\r\n`)],
      ['Host with userinfo', [400], () => Buffer.from(`GET ${target} HTTP/1.1\r\nHost: user@evil.example\r\n${auth}\r\n`)],
      ['no Host', [400], () => Buffer.from(`GET ${target} HTTP/1.1\r\n${auth}\r\n`)],
      ['two Host headers', [400], () => Buffer.from(`GET ${target} HTTP/1.1\r\nHost: a.example\r\nHost: b.example\r\n${auth}\r\n`)],
      ['a raw non-ASCII byte in the path', [400], () => Buffer.concat([Buffer.from(`GET ${world.prefix}/`), Buffer.from([0xff, 0xfe]), Buffer.from(` HTTP/1.1\r\nHost: localhost\r\n${auth}\r\n`)])],
      ['headers over the limit', [431], () => Buffer.from(`GET ${target} HTTP/1.1\r\nHost: localhost\r\nX-Filler: ${'a'.repeat(20_000)}\r\n${auth}\r\n`)],
      ['a URL over the limit', [414], () => Buffer.from(`GET ${world.prefix}/${'a'.repeat(20_000)} HTTP/1.1\r\nHost: localhost\r\n\r\n`)],
      ['a control character in a header', [400], () => Buffer.from(`GET ${target} HTTP/1.1\r\nHost: localhost\r\nX-Bad: a\u0001b\r\n\r\n`)],
      ['Content-Length and Transfer-Encoding both', [400], () => Buffer.from(`POST ${target} HTTP/1.1\r\nHost: localhost\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n`)],
      ['a negative Content-Length', [400], () => Buffer.from(`POST ${target} HTTP/1.1\r\nHost: localhost\r\nContent-Length: -1\r\n\r\n`)],
      ['an unknown HTTP version', [400, 505], () => Buffer.from(`GET ${target} HTTP/9.9\r\nHost: localhost\r\n\r\n`)],
      ['a lowercase method', [400], () => Buffer.from(`get ${target} HTTP/1.1\r\nHost: localhost\r\n\r\n`)],
      ['a space in the path', [400], () => Buffer.from(`GET ${world.prefix}/a b HTTP/1.1\r\nHost: localhost\r\n\r\n`)],
    ];
    const [what, statuses, bytes] = random.pick(cases);
    draft.raw = bytes();
    draft.refused = statuses;
    return what;
  },
};

export const KIND_NAMES = KINDS.map(([name]) => name);
