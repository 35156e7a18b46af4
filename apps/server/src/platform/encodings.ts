import type { FastifyInstance } from 'fastify';
import { parse } from 'qs';

export const FORM = 'application/x-www-form-urlencoded';
export const JSON_TYPE = 'application/json';

/** The bare media type of a Content-Type header: lowercased, parameters dropped. */
export const mediaType = (header: string | undefined): string | undefined => header?.split(';')[0]?.trim().toLowerCase() || undefined;

/** Bracket notation (`meta[key]=v`, `sms_code[id]=…`) becomes nested objects, as the providers' own servers read it. */
export const parseForm = (body: string): Record<string, unknown> => parse(body, { depth: 3, parameterLimit: 1000, arrayLimit: 100 });

/**
 * Body parsers for one API's scope: form encoding, plus the API's own JSON media types (e.g.
 * `application/vnd.dwolla.v1.hal+json`) parsed exactly like `application/json`.
 */
export function registerBodyParsers(scope: FastifyInstance, jsonMediaTypes: readonly string[]): void {
  scope.addContentTypeParser(FORM, { parseAs: 'string' }, (_request, body, done) => {
    try {
      done(null, parseForm(body as string));
    } catch (error) {
      done(error as Error, undefined);
    }
  });
  if (jsonMediaTypes.length) {
    const json = scope.getDefaultJsonParser('error', 'error');
    scope.addContentTypeParser([...jsonMediaTypes], { parseAs: 'string' }, json);
  }
}
