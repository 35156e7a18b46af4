import fjs from 'fast-json-stringify';
import { balanced, moduleDefinitions } from '@clientele/schemas';
import { presentCustomer } from './src/apis/balanced/present.ts';
import { newCustomer } from './src/apis/balanced/customers.ts';
const defs = moduleDefinitions(balanced.module);
const conv = (node: any): any => {
  if (Array.isArray(node)) return node.map(conv);
  if (!node || typeof node !== 'object') return node;
  if (node.anyOf && node.anyOf.length === 2 && node.anyOf[1].type === 'null' && typeof node.anyOf[0].type === 'string' && !node.anyOf[0].$ref) {
    const { anyOf, ...rest } = node; return { ...rest, ...conv(anyOf[0]), type: [anyOf[0].type, 'null'] };
  }
  const out: any = {};
  for (const [k, v] of Object.entries(node)) {
    if (k === '$id') continue;
    if (k === '$ref') { out.$ref = `#/$defs/${v}`; continue; }
    if (k === 'patternProperties' && (v as any)['^(.*)$']) { out.additionalProperties = conv((v as any)['^(.*)$']); continue; }
    out[k] = conv(v);
  }
  return out;
};
const $defs = Object.fromEntries(Object.entries(defs).map(([k, v]) => [k, conv(v)]));
const stringify = fjs({ $defs, $ref: '#/$defs/CustomerPage' } as any);
const one = fjs({ $defs, $ref: '#/$defs/Customer' } as any);
const c = presentCustomer('CU123', Date.now() * 1000, 'TEST-MPabc', newCustomer({ name: 'x', email_address: 'a@b.co', meta: { a: 1 } }));
const page = { _type: 'page', _uris: {}, items: Array(10).fill(c), total: 100, limit: 10, offset: 0, uri: 'x', first_uri: 'x', last_uri: 'x', next_uri: null, previous_uri: null };
console.log(JSON.stringify(JSON.parse(one(c))) === JSON.stringify(c));
for (const [name, f] of [['JSON.stringify one', () => JSON.stringify(c)], ['fjs one', () => one(c)], ['JSON.stringify page', () => JSON.stringify(page)], ['fjs page', () => stringify(page)]] as const) {
  const t = performance.now(); for (let i = 0; i < 20000; i++) f(); console.log(name, ((performance.now() - t) / 20000 * 1000).toFixed(2), 'µs');
}
