// Serializer micro-benchmark: each registered API's get-one and first-page bodies, written by the
// serializer the server compiles from the route table (fast-json-stringify) and by JSON.stringify.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fastJson from 'fast-json-stringify';
import { Bench } from 'tinybench';
import type { Operation } from '@clientele/schemas';
import { serverApis } from '@clientele/server/apis';
import { buildApp } from '@clientele/server/app';
import { operationPath, responseSchemas, sampleOperations } from '@clientele/server/platform';
import { openStore } from '@clientele/store';
import { preloadAll } from './apis.ts';

export interface SerializerFigure {
  readonly body: string;
  readonly bytes: number;
  readonly compiled: number;
  readonly json: number;
}

/** Real response bodies (10 resources per API in a scratch database), each serialized both ways. */
export async function benchSerializers(seconds: number): Promise<SerializerFigure[]> {
  const dir = mkdtempSync(join(tmpdir(), 'clientele-serializers-'));
  const store = await openStore(`sqlite://${join(dir, 'bodies.sqlite')}`);
  const app = await buildApp({ store, apis: serverApis });
  try {
    await store.migrate();
    const loaded = await preloadAll(store, 10, 0);
    await app.listen({ port: 0, host: '127.0.0.1' });
    const origin = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
    const bodies: { name: string; op: Operation; api: (typeof serverApis)[number]; body: unknown }[] = [];
    for (const item of loaded) {
      const headers = await item.api.authorize(item.tenant.credentials, { apiRoot: `${origin}/${item.api.definition.name}`, fetch });
      const { get, list } = sampleOperations(item.api, item.tenant);
      for (const [kind, named] of [['get one', get], ['first page', list]] as const) {
        if (!named) continue;
        const { op } = named;
        const path = operationPath(item.api, op, item.api.samples.params(item.ids[0]!, item.tenant));
        const response = await fetch(`${origin}${path}${kind === 'first page' ? '?limit=10' : ''}`, { headers });
        if (response.status === 200) bodies.push({ name: `${item.api.definition.name} ${kind}`, op, api: item.api, body: await response.json() });
      }
    }
    const bench = new Bench({ time: seconds * 1000, warmupTime: Math.min(100, seconds * 500) });
    for (const { name, op, api, body } of bodies) {
      const schema = responseSchemas(api.definition)(op)?.[200];
      if (!schema) continue;
      const compiled = fastJson(schema as Parameters<typeof fastJson>[0]);
      if (compiled(body) !== JSON.stringify(body)) throw new Error(`${name}: the compiled serializer writes other bytes than JSON.stringify`);
      bench.add(`${name}|compiled`, () => void compiled(body));
      bench.add(`${name}|json`, () => void JSON.stringify(body));
    }
    await bench.run();
    const hz = (task: string) => {
      const result = bench.tasks.find((t) => t.name === task)?.result;
      return result && 'throughput' in result ? result.throughput.mean : 0;
    };
    return bodies
      .filter(({ name }) => bench.tasks.some((t) => t.name === `${name}|compiled`))
      .map(({ name, body }) => ({ body: name, bytes: JSON.stringify(body).length, compiled: hz(`${name}|compiled`), json: hz(`${name}|json`) }));
  } finally {
    await app.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
