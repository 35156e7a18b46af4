// What a scenario's answer must be for its figures to mean what its name says: a status its
// operation documents as success, and the body it set out to measure (a page with items, the
// resource asked for), not an empty page or an error envelope answered fast.
import type { Operation } from '@clientele/schemas';
import { itemsOf } from '@clientele/server/platform';
import type { Captured } from './limit.ts';

/** `page`: at least one item; `resource`: a preloaded resource's id in the body; `created`: a body or a Location; `empty`: no body is documented. */
export type BodyShape = 'page' | 'resource' | 'created' | 'empty';

export interface Expected {
  readonly statuses: readonly number[];
  readonly body: BodyShape;
}

const success = (status: number) => status >= 200 && status < 300;

/** The statuses `op` documents as success, and the shape its answer must have (`resource` becomes `empty` where the success has no body). */
export function expectedOf(op: Operation, body: BodyShape): Expected {
  const statuses = Object.keys(op.responses).map(Number).filter(success);
  const documented = statuses.some((status) => op.responses[status]?.body);
  return { statuses, body: body === 'resource' && !documented ? 'empty' : body };
}

const jsonOf = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
};

/** Whether any string in `value` is one of `ids`. */
function holdsId(value: unknown, ids: ReadonlySet<string>): boolean {
  if (typeof value === 'string') return ids.has(value);
  if (!value || typeof value !== 'object') return false;
  return Object.values(value).some((inner) => holdsId(inner, ids));
}

/** What is wrong with a captured answer for a scenario expecting `expected`, or undefined. */
export function answerProblem(expected: Expected, captured: Captured, ids: ReadonlySet<string>): string | undefined {
  const text = Buffer.from(captured.body, 'base64').toString('utf8');
  const shown = `${text.length} bytes: ${text.slice(0, 200)}`;
  if (!expected.statuses.includes(captured.status)) return `answered ${captured.status}, not ${expected.statuses.join(' or ')} (${shown})`;
  const json = jsonOf(text);
  switch (expected.body) {
    case 'page':
      return itemsOf(json).length ? undefined : `a page without items (${shown})`;
    case 'resource':
      return holdsId(json, ids) ? undefined : `no preloaded resource's id in the answer (${shown})`;
    case 'created':
      return json !== undefined || captured.headers.location ? undefined : `neither a body nor a Location (${shown})`;
    case 'empty':
      return undefined;
  }
}
