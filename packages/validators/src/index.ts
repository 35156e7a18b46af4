import { Value, ValueErrorType, type ValueError } from '@sinclair/typebox/value';
import { partSchema, requestParts, type ApiDefinition, type RequestPart } from '@clientele/schemas';
import type { TSchema } from '@sinclair/typebox';
import { TypeCompiler } from '@sinclair/typebox/compiler';
import { generatedChecks } from '../generated/index.ts';
import { formatDescription } from './formats.ts';

export { format, formatDescription, formatNames } from './formats.ts';
export { isCountryCode } from './countries.ts';

export type IssueCode = 'required' | 'unknown' | 'format' | 'invalid';

/** One bad field: a JSON pointer into the part, a dotted field name and what is wrong with it. */
export interface Issue {
  readonly part: RequestPart;
  readonly pointer: string;
  readonly field: string;
  readonly code: IssueCode;
  readonly message: string;
  /**
   * Set where a handler, not the schema, refused the value: the API's own name for the rule
   * broken (`token_used`), for catalogues that word messages themselves; `message` says it in English.
   */
  readonly rule?: string;
}

export type Checked = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly issues: Issue[] };

export type PartValidator = (value: unknown) => Checked;
export type OperationValidators = Partial<Record<RequestPart, PartValidator>>;

/**
 * What a failed variant of a union expected, when it failed only on its type or literal value
 * (`string`, `'B2B'`, or a nested union of such); undefined when it nearly matched.
 */
function expectations(error: ValueError): string[] | undefined {
  if (error.type === ValueErrorType.Literal || /^Expected [a-z]+$/.test(error.message)) return [error.message.replace(/^Expected /, '')];
  if (error.type !== ValueErrorType.Union || !error.errors.length) return undefined;
  const lists = variantErrors(error).map(expectations);
  return lists.every((list) => list !== undefined) ? lists.flat() : undefined;
}

const firstErrors = new WeakMap<ValueError, ValueError[]>();

/** The first error of each variant of a union; read once, since reading consumes the variants' iterators. */
function variantErrors(error: ValueError): ValueError[] {
  let firsts = firstErrors.get(error);
  if (!firsts) firstErrors.set(error, (firsts = error.errors.map((variant) => variant.First()).filter((e): e is ValueError => e !== undefined)));
  return firsts;
}

function codeOf(error: ValueError): IssueCode {
  if (error.type === ValueErrorType.ObjectRequiredProperty) return 'required';
  if (error.type === ValueErrorType.ObjectAdditionalProperties) return 'unknown';
  if (error.type === ValueErrorType.StringFormat || error.type === ValueErrorType.StringPattern) return 'format';
  return 'invalid';
}

/** Unions say "Expected union value"; say instead what the variants expected (`'B2B' or 'B2C'`), or the one that nearly matched. */
function describe(error: ValueError): { code: IssueCode; message: string } {
  if (error.type === ValueErrorType.ObjectRequiredProperty) return { code: 'required', message: 'is required' };
  if (error.type === ValueErrorType.ObjectAdditionalProperties) return { code: 'unknown', message: 'is not a field of this request' };
  if (error.type === ValueErrorType.StringFormat) {
    const words = formatDescription(String((error.schema as { format?: string }).format));
    if (words) return { code: 'format', message: `Expected ${words}` };
  }
  if (error.type !== ValueErrorType.Union || !error.errors.length) return { code: codeOf(error), message: error.message };
  const firsts = variantErrors(error);
  const nearMiss = firsts.find((e) => !expectations(e));
  if (nearMiss) return describe(nearMiss);
  const expected = firsts.flatMap((e) => expectations(e)!);
  const list = expected.length > 1 ? `${expected.slice(0, -1).join(', ')} or ${expected.at(-1)}` : expected[0];
  return { code: 'invalid', message: `Expected ${list}` };
}

const INTEGER_TEXT = /^[+-]?\d+$/;

/**
 * Value.Convert, except that text which is not an integer literal stays text where an integer is
 * expected: Convert would truncate `1.5` to 1 and the check would wrongly pass.
 */
function coerce(schema: TSchema, input: unknown): unknown {
  const properties = (schema as { properties?: Record<string, TSchema> }).properties;
  if (!properties || input === null || typeof input !== 'object' || Array.isArray(input)) return Value.Convert(schema, input);
  const record = input as Record<string, unknown>;
  // Read before converting: Value.Convert may change the object it is given.
  const kept = Object.entries(properties)
    .map(([key, property]) => [key, property, record[key]] as const)
    .filter(([, property, raw]) => property.type === 'integer' && typeof raw === 'string' && !INTEGER_TEXT.test(raw.trim()));
  const converted = Value.Convert(schema, input) as Record<string, unknown>;
  for (const [key, , raw] of kept) converted[key] = raw;
  return converted;
}

/** Whether any value in the schema is other than a string: only then can text need converting. */
function needsConversion(schema: unknown): boolean {
  if (schema === null || typeof schema !== 'object') return false;
  const node = schema as Record<string, unknown>;
  if (node.type !== undefined && node.type !== 'string' && node.type !== 'object') return true;
  if (node.$ref !== undefined || node.anyOf !== undefined || node.allOf !== undefined || node.oneOf !== undefined) return true;
  return Object.values(node).some((value) => typeof value === 'object' && needsConversion(value));
}

const hasDefaults = (schema: unknown): boolean => JSON.stringify(schema).includes('"default":');

const fieldOf = (pointer: string) =>
  pointer
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .join('.');

/** Explains a failed check: the first problem at each location, in document order. Only run after a check fails. */
export function explain(part: RequestPart, schema: TSchema, value: unknown): Issue[] {
  const issues = new Map<string, Issue>();
  for (const error of Value.Errors(schema, value)) {
    if (issues.has(error.path)) continue;
    const { code, message } = describe(error);
    issues.set(error.path, { part, pointer: error.path, field: fieldOf(error.path), code, message });
  }
  return [...issues.values()];
}

/** One check per operation × request part, as the AOT emitter writes them. */
export type CompiledChecks = Record<string, Partial<Record<RequestPart, (value: unknown) => boolean>>>;

/**
 * The same checks compiled at run time, for APIs defined at run time (the platform's tests).
 * Shipped APIs use the ahead-of-time code: it needs no compiler at start-up.
 */
export function compileChecks(api: ApiDefinition): CompiledChecks {
  return Object.fromEntries(
    Object.keys(api.routes).map((operationId) => [
      operationId,
      Object.fromEntries(
        requestParts.flatMap((part) => {
          const schema = partSchema(api, operationId, part);
          if (!schema) return [];
          const compiled = TypeCompiler.Compile(schema);
          return [[part, (value: unknown) => compiled.Check(value)]];
        }),
      ),
    ]),
  );
}

/**
 * Validators for every operation of an API: the AOT check decides, `Value.Errors` explains only
 * failures. Non-body parts (and form bodies) arrive as strings and are coerced with
 * `Value.Convert` first; JSON bodies are checked as they arrive. Defaults apply after a pass.
 */
export function apiValidators(
  api: ApiDefinition,
  checks: CompiledChecks | undefined = (generatedChecks as Record<string, CompiledChecks>)[api.name],
): Record<string, OperationValidators & { formBody?: PartValidator }> {
  const compiled = checks;
  if (!compiled) throw new Error(`no generated validators for ${api.name}: run pnpm generate`);
  const out: Record<string, OperationValidators & { formBody?: PartValidator }> = {};
  for (const operationId of Object.keys(api.routes)) {
    const validators: OperationValidators & { formBody?: PartValidator } = {};
    for (const part of requestParts) {
      const schema = partSchema(api, operationId, part);
      if (!schema) continue;
      const check = compiled[operationId]?.[part];
      if (!check) throw new Error(`generated validators for ${api.name}.${operationId}.${part} are missing: run pnpm generate`);
      // Decided once per schema (most path parameters are plain strings with no defaults), at its
      // first value: start-up walks no schema of an operation the run never calls.
      let converts: boolean | undefined;
      let defaults: boolean | undefined;
      const validate = (coerceInput: boolean): PartValidator => (input) => {
        const value = coerceInput && (converts ??= needsConversion(schema)) ? coerce(schema, input) : input;
        if (!check(value)) return { ok: false, issues: explain(part, schema, value) };
        return { ok: true, value: (defaults ??= hasDefaults(schema)) ? Value.Default(schema, value) : value };
      };
      validators[part] = validate(part !== 'body');
      if (part === 'body') validators.formBody = validate(true);
    }
    out[operationId] = validators;
  }
  return out;
}
