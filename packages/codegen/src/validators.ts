import { TypeCompiler } from '@sinclair/typebox/compiler';
import { importSchema, requestParts, type ApiDefinition, type RequestPart } from '@clientele/schemas';
import type { TSchema } from '@sinclair/typebox';
import { banner } from './write.ts';

/** The schema a request part is checked against: inline for params/query/headers, a module import for bodies. */
export function partSchema(api: ApiDefinition, operationId: string, part: RequestPart): TSchema | undefined {
  const request = api.routes[operationId]?.request;
  if (!request) return undefined;
  if (part === 'body') return request.body ? importSchema(api.module, request.body.schema) : undefined;
  return request[part];
}

/**
 * TypeScript source with one ahead-of-time compiled check per operation × request part. The
 * generated code calls `format(name, value)`, implemented once in the validators' runtime.
 */
export function emitValidators(api: ApiDefinition): string {
  const lines = [
    banner(api.name),
    "import { format } from '../src/formats.ts';",
    '',
    'type Check = (value: unknown) => boolean;',
    '',
    `export const checks: Record<string, Partial<Record<'params' | 'query' | 'headers' | 'body', Check>>> = {`,
  ];
  for (const operationId of Object.keys(api.routes).sort()) {
    const parts = requestParts.filter((part) => partSchema(api, operationId, part));
    if (!parts.length) continue;
    lines.push(`  ${JSON.stringify(operationId)}: {`);
    for (const part of parts) {
      const code = TypeCompiler.Code(partSchema(api, operationId, part)!, [], { language: 'typescript' });
      lines.push(`    ${part}: (function (): Check {`, code, '    })(),');
    }
    lines.push('  },');
  }
  lines.push('};', '', 'void format;', '');
  return lines.join('\n');
}
