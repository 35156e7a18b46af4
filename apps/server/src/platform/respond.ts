import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { StoreUnavailable, type StoredResponse } from '@clientele/store';
import type { RawAnswer } from './connections.ts';
import { JSON_TYPE, mediaType } from './encodings.ts';
import type { RuntimeApi } from './handlers.ts';
import { requestId } from './ids.ts';
import { ApiProblem, renderProblem, renderProblemAt, type Problem } from './problems.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The operation a route serves: known to every step, and to refusals made before the route's own hooks. */
    operationId?: string;
    /** The media types the operation answers in, preferred first. */
    offered?: readonly string[];
  }
  interface FastifyRequest {
    /** The response media type negotiated for the request (null until negotiated, or when none is acceptable). */
    clienteleResponseType: string | null;
  }
}

/** Answers a problem in an API's envelope and media type (for errors raised outside its routes too). */
export type ProblemSender = (request: FastifyRequest, reply: FastifyReply, problem: Problem) => FastifyReply;

/** How an API answers problems: to a request Fastify parsed, or raw, at a given status, to one it could not. */
export interface ProblemAnswers {
  readonly send: ProblemSender;
  readonly raw: (problem: Problem, status: number) => RawAnswer;
}

/** Fastify's own request errors, as problems; undefined for anything else (a bug: a 500). */
export function problemOf(error: FastifyError & { statusCode?: number }, request: FastifyRequest, bodyLimit: number): Problem | undefined {
  if (error instanceof ApiProblem) return error.problem;
  if (error instanceof StoreUnavailable) return { kind: 'unavailable' };
  switch (error.code) {
    // A handler still running after the limit (a database that hangs): the API's own 503.
    case 'FST_ERR_HANDLER_TIMEOUT':
      return { kind: 'unavailable' };
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return { kind: 'payload_too_large', limit: bodyLimit };
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return { kind: 'unsupported_media_type', contentType: mediaType(request.headers['content-type']) ?? '', supported: [] };
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return { kind: 'malformed', message: 'The body is empty but its Content-Type says JSON.' };
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return { kind: 'malformed', message: 'Content-Length does not match the body.' };
  }
  if (error instanceof SyntaxError || error.code === 'FST_ERR_CTP_INVALID_JSON_BODY') {
    return { kind: 'malformed', message: 'The body is not valid JSON.' };
  }
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) return { kind: 'malformed', message: error.message };
  return undefined;
}

/** How one API answers: responses in the negotiated media type, problems in its envelope. */
export function responder(api: Pick<RuntimeApi, 'errors' | 'responseMediaTypes'>) {
  const apiTypes = api.responseMediaTypes ?? [JSON_TYPE];

  /**
   * Sends a response with a body in the negotiated media type (or the route's, or the API's, first).
   * Bodies go to Fastify as values: a documented success status has a compiled serializer (see
   * serializers.ts); any other body is written with JSON.stringify.
   */
  const send = (request: FastifyRequest, reply: FastifyReply, response: StoredResponse, type = responseType(request)) => {
    reply.code(response.status).headers(response.headers);
    if (response.body === undefined) return reply.send();
    return reply.type(`${type}; charset=utf-8`).send(response.body);
  };
  const responseType = (request: FastifyRequest) => request.clienteleResponseType ?? request.routeOptions?.config?.offered?.[0] ?? apiTypes[0]!;
  /** Problems go as JSON whatever was negotiated: an event stream (the admin API's tail) cannot carry one. */
  const problemType = (request: FastifyRequest) => {
    const type = responseType(request);
    return type.includes('json') ? type : apiTypes[0]!;
  };

  /** A problem rendered for the operation the request reached, even when refused before its route's own hooks ran. */
  const rendered = (request: FastifyRequest, problem: Problem): StoredResponse => {
    const { status, body, headers } = renderProblem(api.errors, problem, {
      requestId: request.id,
      operationId: request.routeOptions?.config?.operationId,
      acceptLanguage: request.headers['accept-language'],
    });
    return {
      status,
      body,
      headers: { ...headers, ...(problem.kind === 'method_not_allowed' ? { allow: problem.allow.join(', ') } : {}) },
    };
  };

  const sendProblem: ProblemSender = (request, reply, problem) => send(request, reply, rendered(request, problem), problemType(request));

  const raw = (problem: Problem, status: number): RawAnswer => {
    const { body, headers } = renderProblemAt(api.errors, problem, { requestId: requestId() }, status);
    return { status, contentType: apiTypes[0]!, headers: headers ?? {}, body };
  };
  return { apiTypes, send, rendered, sendProblem, raw };
}

export type Responder = ReturnType<typeof responder>;
