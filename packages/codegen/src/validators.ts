import { TypeCompiler } from '@sinclair/typebox/compiler';
import { partSchema, requestParts, type ApiDefinition } from '@clientele/schemas';
import { banner } from './write.ts';

export { partSchema };

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
