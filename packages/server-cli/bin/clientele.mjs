#!/usr/bin/env node
// `npx @clientele/server-cli start [options]` serves every API; any other command is the tenant
// command line (`tenant create --api NAME`, the APIs' own commands). `--help` lists both.
import { readFileSync } from 'node:fs';

const COMMAND = 'npx @clientele/server-cli';
const argv = process.argv.slice(2);
const args = argv[0] === '--' ? argv.slice(1) : argv;
const [first, ...rest] = args;

if (first === '--version' || first === '-v') {
  console.log(JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version);
} else if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
  console.log(`Usage: ${COMMAND} <command>   (installed: clientele <command>)

  start [options]             serve every API (SQLite at ./data/clientele.sqlite unless --db)
  tenant create --api NAME    make a tenant and print its credentials
  …                           the APIs' own commands, below

clientele start:`);
  const server = await import('../dist/main.mjs');
  await server.run(['--help']);
  console.log('\nTenant commands:');
  const cli = await import('../dist/cli.mjs');
  await cli.run(['--help']);
} else if (first === 'start') {
  const server = await import('../dist/main.mjs');
  await server.main(rest, COMMAND);
} else {
  const cli = await import('../dist/cli.mjs');
  process.exitCode = await cli.run(args);
}
