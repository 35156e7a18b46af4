// Validator micro-benchmark: the generated AOT check vs TypeBox Value.Check vs Ajv, on a valid and
// an invalid create body.
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { Bench } from 'tinybench';
import { Value } from '@sinclair/typebox/value';
import { importSchema } from '@clientele/schemas';
import { balanced } from '@clientele/schemas/balanced';
import { generatedChecks } from '@clientele/validators/generated';
import { ROOT } from './processes.ts';

export interface ValidatorFigure {
  readonly validator: string;
  readonly valid: number;
  readonly invalid: number;
}

const validBody = { name: 'Benny Riemann', email_address: 'benny@example.org', meta: { tier: 'gold', score: 54.8 }, address: { city: 'Berlin' }, ssn_last4: '1234' };
const invalidBody = { name: 5, email_address: 'nope', meta: { nested: { a: 1 } }, extra: true };

export async function benchValidators(seconds: number): Promise<ValidatorFigure[]> {
  const schema = importSchema(balanced.module, 'CustomerCreate');
  const aot = generatedChecks.balanced.createCustomer!.body!;
  const document = JSON.parse(readFileSync(`${ROOT}packages/specs/generated/balanced/openapi.json`, 'utf8'));
  const ajv = new Ajv2020({ strict: false });
  (addFormats as unknown as (a: Ajv2020) => void)(ajv);
  ajv.addSchema({ $id: 'spec', components: document.components });
  const ajvCheck = ajv.compile({ $ref: 'spec#/components/schemas/CustomerCreate' });

  const checks: Record<string, (value: unknown) => boolean> = {
    'generated AOT (TypeCompiler.Code)': aot,
    'TypeBox Value.Check': (value) => Value.Check(schema, value),
    'Ajv 8 (compiled from the emitted spec)': (value) => ajvCheck(value) as boolean,
  };
  for (const [name, check] of Object.entries(checks)) {
    if (!check(validBody) || check(invalidBody)) throw new Error(`${name} disagrees on the sample bodies`);
  }
  const bench = new Bench({ time: seconds * 1000, warmupTime: Math.min(200, seconds * 500) });
  for (const [name, check] of Object.entries(checks)) {
    bench.add(`${name}|valid`, () => void check(validBody));
    bench.add(`${name}|invalid`, () => void check(invalidBody));
  }
  await bench.run();
  return Object.keys(checks).map((validator) => {
    const hz = (kind: string) => {
      const result = bench.tasks.find((t) => t.name === `${validator}|${kind}`)?.result;
      return result && 'throughput' in result ? result.throughput.mean : 0;
    };
    return { validator, valid: hz('valid'), invalid: hz('invalid') };
  });
}
