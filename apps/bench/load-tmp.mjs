import autocannon from 'autocannon';
import { readFileSync } from 'node:fs';
const ids = JSON.parse(readFileSync('/tmp/prof/ids.json','utf8')); const headers = JSON.parse(readFileSync('/tmp/prof/headers.json','utf8'));
const path = process.argv[2];
const r = await autocannon({ url: 'http://127.0.0.1:4095', connections: 50, duration: 8, requests: [{ method: 'GET', headers, setupRequest: (q) => ({ ...q, path: path.replace('{id}', ids[Math.floor(Math.random()*ids.length)]) }) }] });
console.log(r.requests.average, r.latency.p99, r.non2xx);
