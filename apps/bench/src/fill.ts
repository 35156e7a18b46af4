// Fills a scenario's request templates, the same way for the load generator and for the capture
// of the response a limit server repeats.

const random = (n: number) => Math.floor(Math.random() * n);

export interface FillSource {
  /** Ids `{id}` picks from at random. */
  readonly ids: readonly string[];
  /** Offsets `{offset}` picks from: below this. */
  readonly count: number;
  /** Prepared bodies `{body}` takes in order, from index `from` on (each sent once). */
  readonly bodies?: readonly unknown[];
  readonly from?: number;
}

export function filler(source: FillSource) {
  // Unique across runs and processes, so created emails never collide with an earlier run's.
  const tag = `${process.pid.toString(36)}${Date.now().toString(36)}`;
  const bodies = source.bodies ?? [];
  let n = 0;
  let next = source.from ?? 0;
  const fill = (template: string) =>
    template.replace(/\{(id|offset|n|digits|body)\}/g, (_, token: string) => {
      if (token === 'id') return source.ids[random(source.ids.length)]!;
      if (token === 'offset') return String(random(source.count));
      if (token === 'n') return `${tag}x${n++}`;
      // Run out, the request is sent empty and refused: counted as an error, never a resend.
      if (token === 'body') return next < bodies.length ? JSON.stringify(bodies[next++]) : '{}';
      return String(random(10_000)).padStart(4, '0');
    });
  return { fill, bodiesUsed: () => next - (source.from ?? 0) };
}
