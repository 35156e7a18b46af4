// Loaded into a measured server with `node --import` (`pnpm bench --profile`): records a CPU profile
// of the server's own thread between two calls the bench makes, so each scenario (and each limit)
// gets a profile of its own requests only. Listens on loopback at CLIENTELE_PROFILER_PORT:
//   GET /start              starts the profiler and the counts
//   GET /stop?file=PATH     stops it, writes the profile to PATH, answers the counts as JSON:
//                           responses the process finished, pg statements sent, its CPU time (µs).
// Plain JavaScript: the server runs as a bundle, without a TypeScript loader.
import { subscribe } from 'node:diagnostics_channel';
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { Session } from 'node:inspector';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

/** Sampling interval, µs: four times finer than `--cpu-prof`'s, so small parts hold enough samples. */
const SAMPLING_US = 250;

const port = Number(process.env.CLIENTELE_PROFILER_PORT);
const session = new Session();
session.connect();
const post = (method, params = {}) => new Promise((resolve, reject) => session.post(method, params, (error, result) => (error ? reject(error) : resolve(result))));

let responses = 0;
let statements = 0;
let cpuFrom = process.cpuUsage();
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
countStatements();

control = createServer(async (request, response) => {
  const url = new URL(request.url ?? '/', 'http://agent');
  try {
    if (url.pathname === '/start') {
      await post('Profiler.enable');
      await post('Profiler.setSamplingInterval', { interval: SAMPLING_US });
      responses = 0;
      statements = 0;
      cpuFrom = process.cpuUsage();
      await post('Profiler.start');
      response.end('{}');
    } else if (url.pathname === '/stop') {
      const { profile } = await post('Profiler.stop');
      const cpu = process.cpuUsage(cpuFrom);
      const counts = { responses, statements, cpuUs: cpu.user + cpu.system };
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
control.listen(port, '127.0.0.1');
// Never what keeps the process alive.
control.unref();
