import { describe, expect, it } from 'vitest';
import { basicCredentials, bearerToken, missingScopes, principalScope } from '../../src/platform/auth.ts';
import { mediaType, negotiate, parseForm, parseQuery } from '../../src/platform/encodings.ts';
import { parse as qsParse } from 'qs';
import { isoMicros, isoMillis, isoSeconds } from '../../src/platform/clock.ts';
import { requestId } from '../../src/platform/ids.ts';
import { preferredLanguage } from '../../src/platform/languages.ts';
import { mountMatcher } from '../../src/platform/mounts.ts';
import { ApiProblem } from '../../src/platform/problems.ts';

/**
 * The request path's pure parts, without HTTP or a database: what the HTTP suites rely on, each
 * case a row. The over-HTTP suites check that the steps use them; these check what they decide.
 */
const HAL = 'application/vnd.dwolla.v1.hal+json';
const JSON_TYPE = 'application/json';

describe('negotiate (RFC 9110 §12.5.1)', () => {
  it.each([
    [undefined, [HAL, JSON_TYPE], HAL, 'no Accept: the first offered'],
    ['   ', [HAL, JSON_TYPE], HAL, 'a blank Accept: the first offered'],
    ['application/json', [HAL, JSON_TYPE], JSON_TYPE, 'an exact match'],
    ['*/*', [HAL, JSON_TYPE], HAL, 'anything: the server order'],
    ['application/*', [HAL, JSON_TYPE], HAL, 'a subtype range: the server order'],
    [`${JSON_TYPE};q=0.9, ${HAL};q=0.8`, [HAL, JSON_TYPE], JSON_TYPE, 'the highest q wins'],
    [`${JSON_TYPE};q=0.5, ${HAL};q=0.5`, [HAL, JSON_TYPE], HAL, 'a tie: the server order'],
    [`*/*;q=0.1, ${JSON_TYPE};q=0`, [HAL, JSON_TYPE], HAL, 'q=0 refuses a type the wildcard would take'],
    ['APPLICATION/JSON', [JSON_TYPE], JSON_TYPE, 'case-insensitive'],
    ['application/xml', [HAL, JSON_TYPE], undefined, 'none acceptable: undefined (a 406)'],
    [`${JSON_TYPE};q=abc`, [JSON_TYPE], undefined, 'an unreadable q counts as 0'],
    ['text', [JSON_TYPE], undefined, 'a header with no media range accepts none'],
  ])('%j of %j → %j (%s)', (accept, offered, expected, _why) => {
    expect(negotiate(accept, offered)).toBe(expected);
  });
});

describe('mediaType', () => {
  it.each([
    ['application/json; charset=utf-8', 'application/json'],
    [' Application/X-WWW-Form-Urlencoded ', 'application/x-www-form-urlencoded'],
    ['', undefined],
    [undefined, undefined],
  ])('%j → %j', (header, expected) => expect(mediaType(header)).toBe(expected));
});

describe('basicCredentials (RFC 7617)', () => {
  const b64 = (text: string) => Buffer.from(text).toString('base64');
  it.each([
    [`Basic ${b64('sk_test_1:')}`, { username: 'sk_test_1', password: '' }, 'a key as the username, empty password'],
    [`basic ${b64('user:pa:ss')}`, { username: 'user', password: 'pa:ss' }, 'the scheme is case-insensitive; the password keeps its colons'],
    [`Basic ${b64('no-colon')}`, { username: 'no-colon', password: '' }, 'no colon: all username'],
    [`Basic ${b64('a:b')}  `, { username: 'a', password: 'b' }, 'trailing spaces'],
    ['Basic YTpiX', undefined, 'characters that decode to nothing: no credential, not one that decodes like another'],
    ['Basic not base64!', undefined, 'not base64'],
    [`Bearer ${b64('a:b')}`, undefined, 'another scheme'],
    [undefined, undefined, 'no header'],
  ])('%j → %j (%s)', (header, expected, _why) => {
    expect(basicCredentials(header)).toEqual(expected);
    // Again, from the headers already decoded.
    expect(basicCredentials(header)).toEqual(expected);
  });
});

describe('parseQuery', () => {
  it.each([
    'limit=10',
    'limit=10&offset=20&limit=30',
    'created[gte]=1&created[lt]=2',
    'a[b][c][d]=deep&e%5Bf%5D=encoded&g&h=&i=a+b%20c',
    '__proto__[a]=1&constructor=2&hasOwnProperty=3',
    'x[]=1&x[]=2&y[25]=far',
    `long=${'a'.repeat(300)}`,
  ])('%s: as qs parses it, the first time and again', (query) => {
    const expected = qsParse(query, { depth: 2, parameterLimit: Infinity, arrayLimit: 20 });
    expect(parseQuery(query)).toEqual(expected);
    expect(parseQuery(query)).toEqual(expected);
  });

  it('gives each request its own copy: one coerced in place changes no other', () => {
    const first = parseQuery('limit=10&tags[]=a&created[gte]=1') as { limit: unknown; tags: unknown[]; created: { gte: unknown } };
    first.limit = 10;
    first.tags.push('b');
    first.created.gte = 1;
    expect(parseQuery('limit=10&tags[]=a&created[gte]=1')).toEqual({ limit: '10', tags: ['a'], created: { gte: '1' } });
  });
});

describe('requestId', () => {
  it('is 32 lowercase hex digits of a version 4 UUID, never the same twice (across refills of its pool)', () => {
    const ids = Array.from({ length: 1000 }, requestId);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{12}4[0-9a-f]{3}[89ab][0-9a-f]{15}$/);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('bearerToken', () => {
  it.each([
    ['Bearer abc.def', 'abc.def'],
    ['bearer   abc', 'abc'],
    ['Bearer a b', undefined],
    ['Basic abc', undefined],
    [undefined, undefined],
  ])('%j → %j', (header, expected) => expect(bearerToken(header)).toBe(expected));
});

describe('scopes and where a principal’s data lives', () => {
  const tenant = { id: 't1', api: 'x', name: 'x', createdAt: '', meta: {} };
  it('lists the required scopes the principal lacks', () => {
    expect(missingScopes({ tenant, scopes: ['a'], mode: null }, ['a', 'b'])).toEqual(['b']);
    expect(missingScopes({ tenant, scopes: [], mode: null })).toEqual([]);
  });
  it('scopes data by tenant, and by mode where keys pick one', () => {
    expect(principalScope({ tenant, scopes: [], mode: null })).toEqual({ tenantId: 't1' });
    expect(principalScope({ tenant, scopes: [], mode: 'live' })).toEqual({ tenantId: 't1', mode: 'live' });
  });
});

describe('preferredLanguage (RFC 9110 §12.5.4)', () => {
  const supported = ['en', 'zh'] as const;
  it.each([
    [undefined, 'en', 'no header: the first supported'],
    ['zh-CN', 'zh', 'matched on the primary subtag'],
    ['fr, zh;q=0.5', 'zh', 'an unsupported language is skipped'],
    ['zh;q=0.4, en;q=0.6', 'en', 'the highest q wins'],
    ['*', 'en', 'anything: the first supported'],
    ['fr', 'en', 'none supported: the first'],
    ['zh;q=0', 'en', 'q=0 refuses'],
  ])('%j → %s (%s)', (header, expected, _why) => {
    expect(preferredLanguage(header, supported as unknown as ['en', 'zh'])).toBe(expected);
  });
});

describe('parseForm', () => {
  it('reads bracket notation as nested objects, as the providers read it', () => {
    expect(parseForm('name=A+B&meta[tier]=gold&card[number]=4242')).toEqual({ name: 'A B', meta: { tier: 'gold' }, card: { number: '4242' } });
  });
  it.each([
    ['bad percent-encoding', 'name=%E0%A4%A', 'not valid percent-encoded UTF-8'],
    ['1,001 parameters', Array.from({ length: 1001 }, (_, i) => `k${i}=v`).join('&'), 'refused'],
  ])('refuses %s as malformed', (_case, body, words) => {
    try {
      parseForm(body);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ApiProblem);
      expect((error as ApiProblem).problem).toMatchObject({ kind: 'malformed', message: expect.stringContaining(words) });
    }
  });
});

describe('mountMatcher', () => {
  const prefixed = mountMatcher([
    { name: 'admin', prefix: '/_clientele' },
    { name: 'balanced', prefix: '/balanced' },
    { name: 'dwolla', prefix: '/dwolla' },
  ]);
  const rooted = mountMatcher([
    { name: 'admin', prefix: '/_clientele' },
    { name: 'balanced', prefix: '' },
  ]);
  it.each([
    ['prefixed', '/balanced/v1/customers', 'balanced'],
    ['prefixed', '/balanced', 'balanced'],
    ['prefixed', '/balanced?x=1', 'balanced'],
    ['prefixed', '/balancedx/v1', undefined],
    ['prefixed', '/_clientele/tenants', 'admin'],
    ['prefixed', '/docs/balanced/', undefined],
    ['prefixed', '/', undefined],
    ['rooted', '/v1/customers', 'balanced'],
    ['rooted', '/', 'balanced'],
    ['rooted', '/_clientele/tenants', 'admin'],
    ['rooted', '/docs/', undefined],
    ['rooted', '/specs', undefined],
    ['rooted', '/healthz', undefined],
    ['rooted', '/healthzz', 'balanced'],
  ] as const)('%s: %s → %s', (mounts, url, expected) => {
    expect({ prefixed, rooted }[mounts](url)?.name).toBe(expected);
  });
});

describe('ISO times (the last second remembered)', () => {
  it('writes every time as Date does, in whatever order the seconds come', () => {
    const base = Date.UTC(2026, 11, 6, 23, 59, 58, 997) * 1000;
    // Runs within a second, back and forth across seconds, days and years, and the epoch.
    const times = [0, 1, 999, 1_000, 1_001, 2_999, 3_000, 1_500, 4_000, -1_000_000, 3_000, 86_400_000_000, 31_536_000_000_000].map((d) => base + d);
    for (const us of [...times, 0, 999, 1_000_000, 1_000_999]) {
      const date = new Date(Math.floor(us / 1000)).toISOString();
      expect(isoMillis(us)).toBe(date);
      expect(isoSeconds(us)).toBe(`${date.slice(0, 19)}Z`);
      expect(isoMicros(us)).toBe(`${date.slice(0, 19)}.${String(us % 1_000_000).padStart(6, '0')}Z`);
    }
  });
});
