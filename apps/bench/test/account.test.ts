import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { accountOf, addProfile, emptyTally, PARTS, partOfFrame, sumProblem, type Account } from '../src/account.ts';
import type { CpuProfile } from '../src/cpuprofile.ts';

const file = (path: string) => `file:///repo/${path}`;
const pnpm = (pkg: string, path: string) => file(`node_modules/.pnpm/${pkg.replace('/', '+')}@1.0.0/node_modules/${pkg}/${path}`);
const frame = (url: string, functionName = 'f') => ({ functionName, url, lineNumber: 0 });

describe('partOfFrame', () => {
  it('names the part of each kind of code, and none for code that counts for its caller', () => {
    expect(partOfFrame(frame('node:_http_outgoing'))).toBe('http');
    expect(partOfFrame(frame('node:_http_server'))).toBe('http');
    expect(partOfFrame(frame(pnpm('fastify', 'lib/content-type-parser.js')))).toBe('http');
    expect(partOfFrame(frame(pnpm('fastify', 'lib/route.js')))).toBe('fastify');
    expect(partOfFrame(frame(pnpm('find-my-way', 'index.js')))).toBe('routing');
    expect(partOfFrame(frame(pnpm('kysely', 'dist/esm/index.js')))).toBe('store');
    expect(partOfFrame(frame(pnpm('pg-protocol', 'dist/parser.js')))).toBe('store');
    expect(partOfFrame(frame(file('packages/store/src/sandbox/requests.ts')))).toBe('store');
    expect(partOfFrame(frame(file('apps/server/src/sandbox/request-log.ts')))).toBe('requestLog');
    // The request thread's side of the log's own thread (posting a batch) is the log's too.
    expect(partOfFrame(frame(file('apps/server/src/sandbox/log-thread.ts')))).toBe('requestLog');
    expect(partOfFrame(frame(file('apps/server/src/sandbox/index.ts')))).toBe('sandbox');
    expect(partOfFrame(frame(file('packages/validators/generated/balanced.ts')))).toBe('validation');
    expect(partOfFrame(frame(file('apps/server/src/platform/auth.ts')))).toBe('auth');
    expect(partOfFrame(frame(file('apps/server/src/apis/balanced/present.ts')))).toBe('presentation');
    expect(partOfFrame(frame(file('apps/server/src/apis/balanced/customers.ts')))).toBe('handlers');
    expect(partOfFrame(frame(file('apps/server/src/platform/serializers.ts')))).toBe('serialization');
    expect(partOfFrame(frame(file('apps/server/src/platform/pipeline.ts')))).toBe('rest');
    expect(partOfFrame(frame('', '(garbage collector)'))).toBe('gc');
    expect(partOfFrame(frame('', '(program)'))).toBe('rest');
    expect(partOfFrame(frame('', 'writev'))).toBeUndefined();
    expect(partOfFrame(frame(file('apps/server/src/platform/clock.ts')))).toBeUndefined();
    expect(partOfFrame(frame('node:internal/streams/writable'))).toBeUndefined();
  });
});

/**
 * A request's stacks in miniature: each sample lasts 10 µs. The HTTP parser's callback runs Fastify,
 * whose hook runs the sandbox's, which records the request log (its store write is the log's) and
 * carries on into the handler (its parts its own).
 */
function syntheticProfile(): CpuProfile {
  const tree: [id: number, url: string, name: string, children: number[]][] = [
    [1, '', '(root)', [2, 3, 4, 5, 12]],
    [2, '', '(program)', []],
    [3, '', '(garbage collector)', []],
    [4, '', '(idle)', []],
    [5, 'node:_http_server', 'socketOnData', [6]],
    [6, '', 'execute', [7]],
    [7, 'node:_http_common', 'parserOnHeadersComplete', [8]],
    [8, pnpm('fastify', 'lib/route.js'), 'routeHandler', [9, 21]],
    [9, file('apps/server/src/sandbox/index.ts'), 'onRequest', [10, 11]],
    [10, file('apps/server/src/sandbox/request-log.ts'), 'record', [13]],
    [13, file('packages/store/src/sandbox/requests.ts'), 'append', [14]],
    [14, 'node:internal/streams/writable', 'write', []],
    [11, file('apps/server/src/platform/pipeline.ts'), 'handler', [15, 16, 17, 22]],
    [15, file('apps/server/src/platform/serializers.ts'), 'serialize', [18]],
    [18, '', 'anonymous', []],
    [16, file('apps/server/src/apis/balanced/present.ts'), 'present', []],
    [17, pnpm('pg', 'lib/client.js'), 'query', [19]],
    [19, 'node:net', 'Socket.write', [20]],
    [20, '', 'writev', []],
    [21, pnpm('find-my-way', 'index.js'), 'find', []],
    [22, file('packages/validators/generated/balanced.ts'), 'check', []],
    [12, 'node:internal/process/task_queues', 'processTicksAndRejections', []],
  ];
  // Samples by node id: how many of each (10 µs each).
  const counts: Record<number, number> = { 2: 1, 3: 2, 4: 50, 5: 1, 6: 3, 7: 1, 8: 2, 9: 1, 10: 1, 13: 2, 14: 1, 11: 1, 15: 1, 18: 4, 16: 2, 17: 1, 20: 2, 21: 2, 22: 3, 12: 1 };
  const samples = Object.entries(counts).flatMap(([id, n]) => Array<number>(n).fill(Number(id)));
  return {
    nodes: tree.map(([id, url, functionName, children]) => ({ id, callFrame: { functionName, url, lineNumber: 0 }, children })),
    startTime: 1000,
    endTime: 1000 + 10 * (samples.length + 1),
    samples,
    timeDeltas: samples.map(() => 10),
  };
}

describe('addProfile', () => {
  it('gives each sample to the innermost part on its stack, the request log everything it calls, and leaves idle out', () => {
    const tally = emptyTally();
    addProfile(tally, syntheticProfile());
    expect(tally.us).toEqual({
      // socketOnData, llhttp's execute, the parser's callback
      http: 50,
      routing: 20,
      auth: 0,
      validation: 30,
      // pg's query, and the socket write under it
      store: 30,
      handlers: 0,
      presentation: 20,
      // the serializer, and the code it compiled (no URL)
      serialization: 50,
      // record, its store write and the stream under it
      requestLog: 40,
      sandbox: 10,
      fastify: 20,
      gc: 20,
      // (program), pipeline.ts, the microtask queue's own time
      rest: 30,
    });
    expect(tally.total).toBe(320);
    expect(tally.samples).toBe(32);
  });

  it('scales a profile to the time its thread spent on a CPU, keeping the shares', () => {
    const tally = emptyTally();
    // The machine was busy: 320 µs sampled as running, 160 µs of it on a CPU; and the thread spent
    // 100 µs more on the profiler's 50 samples while it waited for work.
    addProfile(tally, syntheticProfile(), { threadUs: 260, idleSampleUs: 2 });
    expect(tally.total).toBe(160);
    expect(tally.sampled).toBe(320);
    expect(tally.us.http).toBe(25);
    expect(tally.us.requestLog).toBe(20);
    expect(accountOf({ ...tally, responses: 1 }, false).sampledPerCpu).toBe(2);
  });

  it('reads a bundle back to the modules it was built from', () => {
    const base = mkdtempSync(join(tmpdir(), 'clientele-account-'));
    try {
      mkdirSync(join(base, 'apps/server/dist'), { recursive: true });
      // The server's bundle is a script (server.cjs); the command's a module (cli.mjs).
      for (const name of ['server.cjs', 'cli.mjs']) {
        const bundle = join(base, 'apps/server/dist', name);
        writeFileSync(bundle, ['// src/platform/pipeline.ts', 'function handler() {}', '// ../../packages/store/src/queries.ts', 'function query() {}', ''].join('\n'));
        const url = pathToFileURL(bundle).href;
        expect(partOfFrame({ functionName: 'handler', url, lineNumber: 1 })).toBe('rest');
        expect(partOfFrame({ functionName: 'query', url, lineNumber: 3 })).toBe('store');
      }
    } finally {
      rmSync(base, { recursive: true, force: true });
    }
  });
});

describe('accountOf and sumProblem', () => {
  it('divides by the responses, and the parts as shown add up to the total', () => {
    const tally = emptyTally();
    addProfile(tally, syntheticProfile());
    tally.responses = 3;
    tally.statements = 6;
    const account = accountOf(tally, true);
    expect(account.totalUs).toBeCloseTo(320 / 3);
    expect(account.parts.store).toBeCloseTo(10);
    expect(account.statements).toBe(2);
    expect(accountOf(tally, false).statements).toBeUndefined();
    expect(sumProblem(account)).toBeUndefined();
  });

  it('names an account whose parts do not add up to its total', () => {
    const parts = Object.fromEntries(PARTS.map((part) => [part, 1])) as Account['parts'];
    const account: Account = { requests: 1, totalUs: PARTS.length + 2, parts, processUs: 0, samples: 1, sampledPerCpu: 1 };
    expect(sumProblem(account)).toBe(`its parts add up to ${PARTS.length}.0 µs, not the ${PARTS.length + 2}.0 µs measured`);
    expect(sumProblem({ ...account, totalUs: PARTS.length })).toBeUndefined();
  });
});
