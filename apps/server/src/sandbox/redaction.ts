import { parse as parseQuery, stringify as stringifyQuery } from 'qs';
import { textMemo } from '../platform/text-memo.ts';

/**
 * What the request log keeps of a request and its answer, secrets redacted: by field and header
 * name here, and by value (a stored credential's secret wherever it appears) with `candidatesOf`
 * and `replaceSecrets`, once the store has said which candidates are secrets.
 */

export const REDACTED = '[redacted]';
/** A streamed body, as logged. */
export const STREAM_NOTE = '[stream]';
/** Whether a body is a stream (logged as STREAM_NOTE: it cannot be read twice, nor posted to the log's thread). */
export const isStream = (body: unknown): boolean => body !== null && typeof body === 'object' && 'pipe' in body;
/** Fields whose values are secrets whatever they hold: keys, tokens, passwords, signatures. */
const SECRET_FIELD = /secret|passw|token|signature|authorization|api_?key|private_?key|cookie/i;
/** Headers that carry credentials; `Authorization` keeps its scheme (`Bearer [redacted]`). */
const SECRET_HEADERS = new Set(['authorization', 'proxy-authorization', 'cookie', 'set-cookie', 'x-api-key', 'pingplusplus-signature']);
/** Bodies larger than this are logged as their size only. */
const MAX_BODY_CHARS = 64 * 1024;
/** Deeper values are logged as a note: the walks over a logged value recurse, and a body may nest 10,000 levels. */
const MAX_DEPTH = 64;
const TOO_DEEP = `[nested deeper than ${MAX_DEPTH} levels, not kept]`;

/**
 * A body as logged: a value (`body`: forms, text, notes, null, JSON redacted field by field), or
 * JSON text that needs no redaction by name, written into the stored entry as it is (`json`).
 */
export type LoggedBody = { readonly body: unknown } | { readonly json: string };

/** A request's or answer's headers and body, as logged. */
export type LoggedMessage = { readonly headers: Record<string, string> } & LoggedBody;

/** The body a logged message stands for. */
const bodyOf = (message: LoggedBody): unknown => ('json' in message ? JSON.parse(message.json) : message.body);

export function redactHeaders(headers: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name in headers) {
    const value = headers[name];
    if (value === undefined) continue;
    const text = Array.isArray(value) ? value.join(', ') : String(value);
    const lower = name.toLowerCase();
    if (lower === 'authorization' || lower === 'proxy-authorization') out[lower] = `${/^\S+/.exec(text)?.[0] ?? ''} ${REDACTED}`.trim();
    else out[lower] = SECRET_HEADERS.has(lower) || SECRET_FIELD.test(lower) ? REDACTED : text;
  }
  return out;
}

class TooDeep extends Error {}

/** A parsed body or query with every secret field's value replaced; TooDeep past MAX_DEPTH levels. */
function redactFields(value: unknown, depth = 0): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (depth >= MAX_DEPTH) throw new TooDeep();
  if (Array.isArray(value)) return value.map((inner) => redactFields(inner, depth + 1));
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) => [key, SECRET_FIELD.test(key) && inner !== null && typeof inner !== 'object' ? REDACTED : redactFields(inner, depth + 1)]),
  );
}

/** A parsed body as logged: redacted, or a note where it nests too deep to walk (one walk either way). */
function loggedValue(value: unknown): unknown {
  try {
    return redactFields(value);
  } catch (error) {
    if (error instanceof TooDeep) return TOO_DEEP;
    throw error;
  }
}

/** Whether JSON text nests deeper than MAX_DEPTH; counted outside strings, after a count of brackets rules most out. */
function nestsTooDeep(text: string): boolean {
  let brackets = 0;
  for (let at = text.indexOf('['); at !== -1 && brackets < MAX_DEPTH; at = text.indexOf('[', at + 1)) brackets++;
  for (let at = text.indexOf('{'); at !== -1 && brackets < MAX_DEPTH; at = text.indexOf('{', at + 1)) brackets++;
  if (brackets < MAX_DEPTH) return false;
  let depth = 0;
  let inString = false;
  for (let at = 0; at < text.length; at++) {
    const char = text.charCodeAt(at);
    if (inString) {
      if (char === 92 /* \ */) at++;
      else if (char === 34 /* " */) inString = false;
    } else if (char === 34) inString = true;
    else if (char === 91 /* [ */ || char === 123 /* { */) {
      if (++depth > MAX_DEPTH) return true;
    } else if (char === 93 /* ] */ || char === 125 /* } */) depth--;
  }
  return false;
}

/**
 * Valid JSON text as logged. Kept as it is unless a field name could be a secret's (anywhere in
 * the text, or an escape that could spell one) or it nests too deep: then, as the log always did,
 * parsed and redacted field by field, or a note.
 */
function loggedJson(text: string): LoggedBody {
  if (nestsTooDeep(text)) return { body: TOO_DEEP };
  if (!SECRET_FIELD.test(text) && !text.includes('\\u')) return { json: text };
  return loggedUncheckedJson(text);
}

/** JSON text that may not parse (a request's body its parser refused): its value redacted, or the text as it is. */
function loggedUncheckedJson(text: string): LoggedBody {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { body: text };
  }
  return { body: loggedValue(parsed) };
}

/**
 * How many texts (and characters) the log's memories of bodies and their candidates keep. Small on
 * purpose: what comes back (a list polled, the same answer) is found, and a memory of thousands of
 * bodies that never come back outlived V8's young generation and made it collect the old one
 * (with the log's batches a turn each, main-thread GC per logged get at 50 connections went from
 * 20-26 to 10-12 µs).
 */
const RECENT_TEXTS = 64;
const RECENT_CHARS = 1_000_000;

/** How bodies are logged, with a memory of JSON texts logged lately (one per request log). */
export function bodyLogger() {
  const json = textMemo(loggedJson, RECENT_TEXTS, RECENT_CHARS);
  /**
   * A body as logged: JSON as its text (`valid`: known to parse, as what Fastify serialized or
   * parsed is), forms as values, other text as it is, none as null, too large as its size.
   */
  return (body: unknown, type: string | undefined, valid: boolean): LoggedBody => {
    if (body === undefined || body === null || body === '') return { body: null };
    if (body === STREAM_NOTE) return { body: STREAM_NOTE };
    // Bytes posted to the log's thread arrive as a Uint8Array, no longer a Buffer.
    if (typeof body === 'object' && !(body instanceof Uint8Array)) return { body: isStream(body) ? STREAM_NOTE : loggedValue(body) };
    const text = body instanceof Uint8Array ? Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8') : String(body);
    if (text.length > MAX_BODY_CHARS) return { body: `[${text.length} characters, not kept]` };
    if (type?.includes('json')) return valid ? json(text) : loggedUncheckedJson(text);
    if (type?.includes('x-www-form-urlencoded')) return { body: loggedValue(parseQuery(text)) };
    return { body: text };
  };
}

/** The path with its query string, secret parameters redacted (the query kept as sent where no name could be one). */
export function loggedPath(url: string): string {
  const mark = url.indexOf('?');
  if (mark === -1) return url;
  const query = url.slice(mark + 1);
  if (!SECRET_FIELD.test(query) && !query.includes('%')) return url;
  return `${url.slice(0, mark)}?${stringifyQuery(redactFields(parseQuery(query)), { encodeValuesOnly: true })}`;
}

/** Every string of a value. */
function stringsOf(value: unknown, into: string[] = []): string[] {
  if (typeof value === 'string') into.push(value);
  else if (Array.isArray(value)) for (const inner of value) stringsOf(inner, into);
  else if (value && typeof value === 'object') for (const inner of Object.values(value)) stringsOf(inner, into);
  return into;
}

/**
 * The lengths a secret may have, as the search by value uses them: those of the stored secrets (a
 * string of any other length cannot be one, and is not even cut out of its text: on a server whose
 * secrets are 24 to 50 characters long, most of a body's strings are not), or, while a credential's
 * length is not known, any from 8 characters.
 */
export interface SecretLengths {
  readonly has: (length: number) => boolean;
  /** Whether no string can be a secret (no credential is stored): nothing is searched. */
  readonly none: boolean;
  /** The shortest word cut out of a longer text: 16 characters, or the shortest secret where longer. */
  readonly shortestWord: number;
  /** Names the lengths: what a search remembers of texts holds for these lengths only. */
  readonly key: string;
}

const ANY_LENGTH: SecretLengths = { has: (length) => length >= 8, none: false, shortestWord: 16, key: 'any' };

export function secretLengthsOf(lengths: ReadonlySet<number> | undefined): SecretLengths {
  if (lengths === undefined) return ANY_LENGTH;
  const sorted = [...lengths].sort((a, b) => a - b);
  return { has: (length) => lengths.has(length), none: sorted.length === 0, shortestWord: Math.max(16, sorted[0] ?? 0), key: sorted.join(',') };
}

/** A string value is a candidate whole from 8 to 500 characters. */
const wholeCandidate = (length: number, lengths: SecretLengths) => length >= 8 && length <= 500 && lengths.has(length);

/** A word of 16 characters or more, matched from its start only (not tried again at each of its characters). */
const WORD = /(?<![A-Za-z0-9_])[A-Za-z0-9_]{16,}/g;

/** Whole strings long enough to be a secret, and the words of longer text (a token inside a message). */
function candidatesOfText(text: string, lengths: SecretLengths, add: (candidate: string) => void): void {
  if (wholeCandidate(text.length, lengths)) add(text);
  if (text.length >= lengths.shortestWord) for (const [word] of text.matchAll(WORD)) if (word.length >= lengths.shortestWord && lengths.has(word.length)) add(word);
}

/** The JSON scan's classes of characters: a word's, a quote, a backslash; 0 for any other. */
const WORD_CHAR = 1;
const QUOTE = 2;
const BACKSLASH = 3;
const CLASS = new Uint8Array(128);
for (let code = 0; code < 128; code++) if (/\w/.test(String.fromCharCode(code))) CLASS[code] = WORD_CHAR;
CLASS[34] = QUOTE;
CLASS[92] = BACKSLASH;

/**
 * The candidates of JSON text, in one pass over it: the words of the whole text, each string
 * value of 8 to 500 characters (names are not values: the log never took one for a secret, but
 * their words are searched), and the candidates of strings with escapes, unescaped; of those, the
 * ones of a length a secret has.
 */
function candidatesOfJson(text: string, lengths: SecretLengths, add: (candidate: string) => void): void {
  const end = text.length;
  if (wholeCandidate(end, lengths)) add(text);
  const shortestWord = lengths.shortestWord;
  let word = -1;
  let string = -1;
  let escapes = false;
  for (let at = 0; at < end; at++) {
    const code = text.charCodeAt(at);
    const kind = code < 128 ? CLASS[code] : 0;
    if (kind === WORD_CHAR) {
      if (word < 0) word = at;
      continue;
    }
    if (word >= 0) {
      if (at - word >= shortestWord && lengths.has(at - word)) add(text.slice(word, at));
      word = -1;
    }
    if (string < 0) {
      if (kind === QUOTE) {
        string = at;
        escapes = false;
      }
      continue;
    }
    if (kind === BACKSLASH) {
      escapes = true;
      at++;
      continue;
    }
    if (kind !== QUOTE) continue;
    const from = string;
    string = -1;
    if (at - from - 1 < 8 || text.charCodeAt(at + 1) === 58 /* : */) continue;
    if (!escapes) {
      if (wholeCandidate(at - from - 1, lengths)) add(text.slice(from + 1, at));
    } else candidatesOfText(JSON.parse(text.slice(from, at + 1)) as string, lengths, add);
  }
  if (word >= 0 && end - word >= shortestWord && lengths.has(end - word)) add(text.slice(word));
}

/** A text's candidates: strings that could be secrets. */
type Found = readonly string[];
/** What most texts hold: one list, not one each. */
const NOTHING: Found = Object.freeze([]);

/** The candidates of a batch: the lists found in each text, gathered once each (a text's list is remembered). */
export type Candidates = Set<Found>;

/**
 * Gathers the candidates of logged values, for the search for secrets by value: a superset of the
 * whole strings (8 to 500 characters) and words (16 or more) of what they stand for, of a length a
 * secret has. Each text is searched once, and each candidate hashed once, while they are remembered.
 */
export function candidateSearch(hash: (text: string) => string) {
  // Kept small for the same reason as the bodies' memory (`RECENT_TEXTS`).
  const hashOf = textMemo(hash, 1000, 64_000);
  let lengths = ANY_LENGTH;
  const searched = (search: (text: string, lengths: SecretLengths, add: (candidate: string) => void) => void) => () =>
    textMemo(
      (text: string): Found => {
        let found: string[] | undefined;
        search(text, lengths, (candidate) => (found ??= []).push(candidate));
        return found ?? NOTHING;
      },
      RECENT_TEXTS,
      RECENT_CHARS,
    );
  const textSearch = searched(candidatesOfText);
  const jsonSearch = searched(candidatesOfJson);
  let ofText = textSearch();
  let ofJson = jsonSearch();
  return {
    /**
     * Searches for candidates of these lengths from now on (the store's answer, read once a batch);
     * what was remembered of texts is forgotten when they differ from the last.
     */
    use(known: SecretLengths): void {
      if (known.key === lengths.key) return;
      lengths = known;
      ofText = textSearch();
      ofJson = jsonSearch();
    },
    /** Adds the candidates of a string (a path, a header, a body that is no JSON). */
    text(text: string, into: Candidates): void {
      // Most headers are too short to hold a candidate of these lengths: not looked up in the memory.
      if (text.length < 8 || lengths.none || (text.length < lengths.shortestWord && !lengths.has(text.length))) return;
      into.add(ofText(text));
    },
    /** Adds the candidates of a message: its headers and body. */
    message(message: LoggedMessage, into: Candidates): void {
      if (lengths.none) return;
      for (const name in message.headers) this.text(message.headers[name]!, into);
      if ('json' in message) into.add(ofJson(message.json));
      else for (const text of stringsOf(message.body)) this.text(text, into);
    },
    /** The candidates by their SHA-256 (what the store keeps of secrets), added to `into`. */
    hashed(candidates: Candidates, into = new Map<string, string>()): Map<string, string> {
      for (const list of candidates) for (const candidate of list) into.set(hashOf(candidate), candidate);
      return into;
    },
  };
}

/** Replaces every known secret inside a value. */
export function replaceIn(value: unknown, secrets: ReadonlySet<string>): unknown {
  if (typeof value === 'string') {
    if (secrets.has(value)) return REDACTED;
    return value.split(/([^A-Za-z0-9_]+)/).map((part) => (secrets.has(part) ? REDACTED : part)).join('');
  }
  if (Array.isArray(value)) return value.map((inner) => replaceIn(inner, secrets));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, replaceIn(inner, secrets)]));
  return value;
}

/** A message with every known secret replaced; JSON text holding one is logged parsed (redacted), not as text. */
export function replaceSecrets(message: LoggedMessage, secrets: ReadonlySet<string>): LoggedMessage {
  const headers = replaceIn(message.headers, secrets) as Record<string, string>;
  if (!('json' in message)) return { headers, body: replaceIn(message.body, secrets) };
  const { json } = message;
  // The text holds none of them as such (nor with escapes that spell one): kept as it is.
  if (!json.includes('\\') && ![...secrets].some((secret) => json.includes(secret))) return { headers, json };
  return { headers, body: replaceIn(bodyOf(message), secrets) };
}

/** A logged message as JSON text: its JSON body written in as it is, not parsed and serialized again. */
export function messageJson(message: LoggedMessage): string {
  const body = 'json' in message ? message.json : JSON.stringify(message.body);
  return `{"headers":${JSON.stringify(message.headers)},"body":${body}}`;
}
