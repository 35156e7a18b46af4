// Loaded into a measured server with `node --import` (`pnpm bench --profile`): records a CPU profile
// of the server's own thread between two calls the bench makes, so each scenario (and each limit)
// gets a profile of its own requests only. Listens on loopback at CLIENTELE_PROFILER_PORT:
//   GET /calibrate          profiles the process while it waits for work (call it while no load
//                           runs): answers the thread's CPU µs per idle sample, each sample
//                           waking the waiting thread, which /stop's thread time includes
//   GET /start              starts the profiler and the counts
//   GET /stop?file=PATH     stops it, writes the profile to PATH, answers the counts as JSON:
//                           responses the process finished, pg statements sent, its CPU time
//                           and its main thread's (µs; the thread's where Linux tells it, else null).
// Plain JavaScript: the server runs as a bundle, without a TypeScript loader.
import { subscribe } from 'node:diagnostics_channel';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { Session } from 'node:inspector';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { isMainThread } from 'node:worker_threads';

/** Sampling interval, µs: four times finer than `--cpu-prof`'s, so small parts hold enough samples. */
const SAMPLING_US = 250;

const port = Number(process.env.CLIENTELE_PROFILER_PORT);
const session = new Session();
session.connect();
const post = (method, params = {}) => new Promise((resolve, reject) => session.post(method, params, (error, result) => (error ? reject(error) : resolve(result))));

let responses = 0;
let statements = 0;
let cpuFrom = process.cpuUsage();
/**
 * The main thread's time on a CPU, µs, from Linux's scheduler statistics (ns): what the profile's
 * samples are scaled to, since they count time the thread waited for a busy CPU as running.
 */
const threadCpuUs = () => {
  try {
    return Number(readFileSync(`/proc/self/task/${process.pid}/schedstat`, 'utf8').split(' ')[0]) / 1000;
  } catch {
    return null;
  }
};
let threadFrom = threadCpuUs();
let control;
// Responses of the measured servers, not of this control server.
subscribe('http.server.response.finish', ({ server }) => {
  if (server !== control) responses++;
});

/** pg, as the server resolves it (left out of its bundle): each query sent is one round trip (pg sends one at a time). */
function countStatements() {
  let pg;
  try {
    pg = createRequire(pathToFileURL(process.argv[1] ?? process.cwd()))('pg');
  } catch {
    return; // a server without PostgreSQL (the limit servers)
  }
  const query = pg.Client.prototype.query;
  pg.Client.prototype.query = function (...args) {
    statements++;
    return query.apply(this, args);
  };
}
if (isMainThread) countStatements();

/** The profile's samples taken while the thread waited for work. */
const idleSamples = (profile) => {
  const idle = new Set(profile.nodes.filter((node) => node.callFrame.functionName === '(idle)').map((node) => node.id));
  return profile.samples.filter((id) => idle.has(id)).length;
};

control = createServer(async (request, response) => {
  const url = new URL(request.url ?? '/', 'http://agent');
  // Set while the profiler is off: it refuses a new interval while it runs.
  const ready = async () => {
    await post('Profiler.enable');
    await post('Profiler.setSamplingInterval', { interval: SAMPLING_US });
  };
  try {
    if (url.pathname === '/calibrate') {
      await ready();
      // The least of three: a timer of the server's firing meanwhile adds work that is not the profiler's.
      const costs = [];
      for (let i = 0; i < 3; i++) {
        await post('Profiler.start');
        const from = threadCpuUs();
        await new Promise((resolve) => setTimeout(resolve, 200));
        const thread = threadCpuUs();
        const { profile } = await post('Profiler.stop');
        costs.push(thread === null || from === null ? 0 : (thread - from) / Math.max(1, idleSamples(profile)));
      }
      response.end(JSON.stringify({ idleSampleUs: Math.min(...costs) }));
    } else if (url.pathname === '/start') {
      await ready();
      responses = 0;
      statements = 0;
      await post('Profiler.start');
      // Read once the profiler runs, and again before it stops: its starting (it logs every
      // compiled function) and stopping (it builds the profile) are not the requests'.
      cpuFrom = process.cpuUsage();
      threadFrom = threadCpuUs();
      response.end('{}');
    } else if (url.pathname === '/stop') {
      const cpu = process.cpuUsage(cpuFrom);
      const thread = threadCpuUs();
      const { profile } = await post('Profiler.stop');
      const counts = { responses, statements, cpuUs: cpu.user + cpu.system, threadUs: thread === null || threadFrom === null ? null : thread - threadFrom };
      writeFileSync(url.searchParams.get('file'), JSON.stringify(profile));
      response.end(JSON.stringify(counts));
    } else {
      response.statusCode = 404;
      response.end();
    }
  } catch (error) {
    response.statusCode = 500;
    response.end(String(error));
  }
});
// Threads the server starts (the request log's) take `--import` too: the main thread's agent alone
// listens. Their CPU is in the process's (`cpuUs`); their pg statements are not counted.
if (isMainThread) {
  control.listen(port, '127.0.0.1');
  // Never what keeps the process alive.
  control.unref();
}
