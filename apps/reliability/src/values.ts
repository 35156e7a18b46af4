import type { Schema } from './contract.ts';
import type { Random } from './random.ts';

/**
 * Values from JSON Schemas: plausible ones (what a well-behaved client would send, to reach
 * deep into an operation) and hostile ones (what a careless or malicious one sends).
 */

/** A string the (simple) regular expression matches: literals, classes, groups, alternation and quantifiers. */
export function fromPattern(pattern: string, random: Random): string {
  let at = 0;
  const peek = () => pattern[at];
  const CLASS_SHORTHAND: Record<string, string> = { d: '0123456789', w: 'abcdefghijklmnopqrstuvwxyz0123456789_', s: ' ' };

  function charClass(): string {
    at++; // [
    let chars = '';
    const negated = peek() === '^';
    if (negated) at++;
    while (at < pattern.length && peek() !== ']') {
      const char = pattern[at++]!;
      if (char === '\\') {
        const next = pattern[at++]!;
        chars += CLASS_SHORTHAND[next] ?? next;
      } else if (peek() === '-' && pattern[at + 1] !== ']') {
        const end = pattern[at + 1]!;
        at += 2;
        for (let code = char.charCodeAt(0); code <= end.charCodeAt(0); code++) chars += String.fromCharCode(code);
      } else chars += char;
    }
    at++; // ]
    return negated ? 'x' : chars;
  }

  /** One atom: returns a generator of its text. */
  function atom(): () => string {
    const char = pattern[at]!;
    if (char === '(') {
      at++;
      if (pattern.startsWith('?:', at)) at += 2;
      const alternatives = [sequence()];
      while (peek() === '|') {
        at++;
        alternatives.push(sequence());
      }
      at++; // )
      return () => random.pick(alternatives)();
    }
    if (char === '[') {
      const chars = charClass();
      return () => random.pick([...chars]);
    }
    if (char === '\\') {
      const next = pattern[at + 1]!;
      at += 2;
      const chars = CLASS_SHORTHAND[next];
      return chars ? () => random.pick([...chars]) : () => next;
    }
    if (char === '.') {
      at++;
      return () => random.text(1);
    }
    at++;
    return () => char;
  }

  function quantified(): () => string {
    const base = atom();
    const q = peek();
    let min = 1;
    let max = 1;
    if (q === '?') [min, max] = [0, 1];
    else if (q === '*') [min, max] = [0, 3];
    else if (q === '+') [min, max] = [1, 3];
    else if (q === '{') {
      const close = pattern.indexOf('}', at);
      const [low, high] = pattern.slice(at + 1, close).split(',');
      min = Number(low);
      max = high === undefined ? min : high === '' ? min + 3 : Number(high);
      at = close;
    } else return base;
    at++;
    return () => Array.from({ length: min + random.int(max - min + 1) }, base).join('');
  }

  function sequence(): () => string {
    const parts: (() => string)[] = [];
    while (at < pattern.length && peek() !== '|' && peek() !== ')') {
      if (peek() === '^' || peek() === '$') {
        at++;
        continue;
      }
      parts.push(quantified());
    }
    return () => parts.map((part) => part()).join('');
  }

  return sequence()();
}

const FORMATS: Record<string, (random: Random) => string> = {
  email: (random) => `fuzz.${random.text(8).toLowerCase()}@example.org`,
  'date-time': (random) => new Date(Date.UTC(2000 + random.int(25), random.int(12), 1 + random.int(28))).toISOString(),
  date: (random) => new Date(Date.UTC(1950 + random.int(50), random.int(12), 1 + random.int(28))).toISOString().slice(0, 10),
  uri: (random) => `https://example.org/${random.text(6)}`,
  ipv4: (random) => `10.${random.int(256)}.${random.int(256)}.${random.int(256)}`,
  ipv6: () => '2001:db8::1',
  country: (random) => random.pick(['FR', 'DE', 'US', 'GB', 'CN', 'ES']),
  byte: () => 'aGVsbG8=',
};

/** The schema itself, or the one its `$ref` names. */
export type Resolve = (schema: Schema) => Schema;

/** A value a well-behaved client would send for `schema` (required properties, some optional ones). */
export function plausible(schema: Schema, random: Random, resolve: Resolve, depth = 0): unknown {
  const s = resolve(schema);
  if ('const' in s) return s.const;
  if (Array.isArray(s.enum)) return random.pick(s.enum);
  if (Array.isArray(s.anyOf)) {
    const branches = (s.anyOf as Schema[]).map(resolve);
    const concrete = branches.filter((b) => b.type !== 'null');
    return plausible(random.pick(concrete.length ? concrete : branches), random, resolve, depth);
  }
  if (s.default !== undefined && random.chance(0.3)) return s.default;
  const type = Array.isArray(s.type) ? (s.type as string[]).find((t) => t !== 'null') : (s.type as string | undefined);
  switch (type) {
    case 'string': {
      let text: string;
      if (typeof s.format === 'string' && FORMATS[s.format]) text = FORMATS[s.format]!(random);
      else if (typeof s.pattern === 'string') text = fromPattern(s.pattern, random);
      else text = `fuzz ${random.text(6)}`;
      const min = Number(s.minLength ?? 0);
      const max = Number(s.maxLength ?? Infinity);
      if (text.length < min) text = text.padEnd(min, 'x');
      return text.slice(0, max);
    }
    case 'integer':
    case 'number': {
      const min = Number(s.minimum ?? 0);
      const max = Math.min(Number(s.maximum ?? min + 100), min + 100);
      return min + random.int(Math.max(1, max - min + 1));
    }
    case 'boolean':
      return random.chance(0.5);
    case 'null':
      return null;
    case 'array': {
      const min = Number(s.minItems ?? 0);
      const max = Math.min(Number(s.maxItems ?? min + 2), min + 2);
      if (depth > 4 || !s.items) return [];
      return Array.from({ length: min + random.int(max - min + 1) }, () => plausible(s.items as Schema, random, resolve, depth + 1));
    }
    case 'object':
    default: {
      if (depth > 4) return {};
      const required = new Set((s.required as string[] | undefined) ?? []);
      const out: Record<string, unknown> = {};
      for (const [name, property] of Object.entries((s.properties as Record<string, Schema> | undefined) ?? {})) {
        if (required.has(name) || random.chance(0.4)) out[name] = plausible(property, random, resolve, depth + 1);
      }
      return out;
    }
  }
}

/** Deeply nested JSON text: arrays or objects `depth` levels down. */
export const nested = (depth: number, kind: 'array' | 'object') =>
  kind === 'array' ? `${'['.repeat(depth)}${']'.repeat(depth)}` : `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;

/** Values careless and hostile clients put where a field goes. */
export function hostileValue(random: Random): unknown {
  switch (random.int(12)) {
    case 0:
      return random.pick([null, true, false, 0, -1, 1.5, -0.0001, 1e308, -1e308, 2 ** 53 + 1, 9007199254740993n.toString()]);
    case 1:
      return random.pick(['', ' ', '\t', '\n', 'null', 'undefined', 'true', '0', '-1', '1e999', 'NaN', 'Infinity']);
    case 2:
      return 'x'.repeat(random.pick([255, 256, 1024, 1025, 10_000, 100_000]));
    case 3:
      return random.pick(['\u0000', 'a\u0000b', '\u0007\u0008\u001b[31m', '\r\nX-Injected: 1', '\ud800', '\udfff\ud800', '\ufeff', '\u202e\u0635', '😀'.repeat(50)]);
    case 4:
      return random.pick(["' OR '1'='1", '"; DROP TABLE documents; --', '<script>alert(1)</script>', '${jndi:ldap://127.0.0.1/a}', '{{7*7}}', '../../../etc/passwd', '%00', '%2e%2e%2f']);
    case 5:
      return random.pick([[], [1, 2, 3], [null], [[[]]], Array.from({ length: 1000 }, (_, i) => i)]);
    case 6:
      // Own `__proto__` and `constructor` keys, as JSON.parse makes them from a request body.
      return random.pick([{}, { a: 1 }, JSON.parse('{"__proto__":{"polluted":1}}'), JSON.parse('{"constructor":{"prototype":{"polluted":1}}}'), { $where: '1' }]);
    case 7:
      return random.pick(['a@b', 'a@', '@b.c', 'a@b.c@d.e', `${'a'.repeat(250)}@example.org`, 'üñï@ëxample.org', 'a b@example.org']);
    case 8:
      return random.pick(['2015-13-45', '0000-00-00T00:00:00Z', '9999-12-31T23:59:59.999999999Z', '1970-01-01', 'yesterday', '-1']);
    case 9:
      return random.pick(['ZZ', 'fr', 'FRA', '12', 'XX', 'ﬀ']);
    case 10:
      return JSON.parse(nested(random.pick([50, 200]), random.chance(0.5) ? 'array' : 'object'));
    default:
      return random.text(random.int(40), ' !"#$%&\'()*+,-./0123456789:;<=>?@ABCXYZ[\\]^_`abcxyz{|}~é中𝕏');
  }
}

/** Every path to a property of a JSON value (objects and arrays), for picking one to change. */
export function pathsOf(value: unknown, prefix: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      const path = [...prefix, Array.isArray(value) ? Number(key) : key];
      out.push(path);
      if (out.length < 200) pathsOf(child, path, out);
    }
  }
  return out;
}

/** `value` with what is at `path` replaced (or removed, for `undefined`). */
export function withAt(value: unknown, path: readonly (string | number)[], replacement: unknown): unknown {
  if (!path.length) return replacement;
  const copy: any = Array.isArray(value) ? [...value] : { ...(value as object) };
  const [head, ...rest] = path;
  if (rest.length === 0 && replacement === undefined) {
    if (Array.isArray(copy)) copy.splice(head as number, 1);
    else delete copy[head as string];
  } else copy[head as string] = withAt(copy[head as string], rest, replacement);
  return copy;
}

/** Percent-encoding that writes a lone surrogate as the (invalid) UTF-8 bytes a careless client would send. */
const percent = (text: string) =>
  text.replace(/[\ud800-\udfff]/g, '\u0000LONE\u0000').split('\u0000LONE\u0000').map(encodeURIComponent).join('%ED%A0%80');

/** Form encoding with bracket notation (`a[b]=1`, `a[0]=x`), as the providers' SDKs send nested values. */
export function formEncode(value: unknown, prefix = ''): string {
  if (value === null || value === undefined) return `${prefix}=`;
  if (typeof value !== 'object') return `${prefix}=${percent(String(value))}`;
  const entries = Object.entries(value);
  if (!entries.length) return prefix ? `${prefix}=` : '';
  return entries
    .map(([key, child]) => formEncode(child, prefix ? `${prefix}[${encodeURIComponent(key)}]` : encodeURIComponent(key)))
    .filter(Boolean)
    .join('&');
}
