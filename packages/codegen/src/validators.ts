import { TypeCompiler } from '@sinclair/typebox/compiler';
import { partSchema, requestParts, type ApiDefinition } from '@clientele/schemas';
import { banner } from './write.ts';

export { partSchema };

/**
 * TypeBox 0.34 writes array checks as `for(const value: any of array)` in TypeScript mode, which
 * is not TypeScript (a for-of variable takes no annotation); the element is `any` without it.
 */
const typescriptCode = (schema: Parameters<typeof TypeCompiler.Code>[0]) =>
  TypeCompiler.Code(schema, [], { language: 'typescript' }).replaceAll(/for\(const (\w+): any of /g, 'for(const $1 of ');

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
      const code = typescriptCode(partSchema(api, operationId, part)!);
      lines.push(`    ${part}: (function (): Check {`, code, '    })(),');
    }
    lines.push('  },');
  }
  lines.push('};', '', 'void format;', '');
  return lines.join('\n');
}
