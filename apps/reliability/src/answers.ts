/**
 * Every answer a run got, counted by what was asked and the status, and judged against the statuses
 * that request expects: anything else is a failure the summary names.
 */
export function answerTally() {
  const counts = new Map<number, number>();
  const unexpected = new Map<string, number>();
  const add = <K>(map: Map<K, number>, key: K) => map.set(key, (map.get(key) ?? 0) + 1);
  return {
    /** `what` is the request (`balanced create`); `expected` whether its status is one it may get. */
    record(what: string, status: number, expected: boolean) {
      add(counts, status);
      if (!expected) add(unexpected, `${what}: ${status}`);
    },
    /** `200×1,234 201×56 409×2` */
    statuses: () =>
      [...counts]
        .sort(([a], [b]) => a - b)
        .map(([status, n]) => `${status}×${n.toLocaleString('en')}`)
        .join(' ') || 'none',
    unexpectedCount: () => [...unexpected.values()].reduce((sum, n) => sum + n, 0),
    /** `balanced create: 500 ×12`, most first. */
    unexpected: () => [...unexpected].sort(([, a], [, b]) => b - a).map(([what, n]) => `${what} ×${n.toLocaleString('en')}`),
  };
}

export type AnswerTally = ReturnType<typeof answerTally>;

export const isSuccess = (status: number) => status >= 200 && status < 300;

/** The success statuses an operation documents (201 for a create, 200 or 204 for an update …). */
export const documentedSuccess = (op: { readonly responses: Readonly<Record<number, unknown>> }): readonly number[] =>
  Object.keys(op.responses).map(Number).filter(isSuccess);
