// The sandbox's server as a child process: `node child.mjs <server module> [server options…]`.
// It reports where it serves over the IPC channel, and closes when that channel does (the test
// process called close(), or died without calling it), so a crashed runner leaves no server behind.
import { pathToFileURL } from 'node:url';

const [entry, ...args] = process.argv.slice(2);
const output = [];
const io = { out: (line) => output.push(line), err: (line) => output.push(line), env: process.env };
const server = await import(pathToFileURL(entry).href);
const result = await server.run(args, io);
if (typeof result === 'number') {
  process.send({ error: output.join('\n'), code: result }, () => process.exit(result || 1));
} else {
  let closing;
  const close = () => (closing ??= result.close().finally(() => process.exit(0)));
  process.once('disconnect', close);
  process.once('SIGTERM', close);
  process.send({ origin: result.origin });
}
