import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

import { docsRequire } from './paths.ts';

/** Where `@clientele/specs` keeps the emitted documents: `generated/<api>/openapi.{json,yaml}`. */
export const specsDir = () => join(dirname(docsRequire().resolve('@clientele/specs/package.json')), 'generated');

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

export interface SpecOperation {
  readonly operationId: string;
  readonly method: string;
  readonly path: string;
  readonly summary: string;
  readonly tag: string;
}

/** One emitted API document, as the reference site presents it. */
export interface EmittedSpec {
  /** Folder and mount name, e.g. `balanced`. */
  readonly api: string;
  readonly title: string;
  readonly version: string;
  /** The first paragraph of `info.description`. */
  readonly summary: string;
  /** Where its server mounts it: the path of its first `servers` URL (`/balanced`, `/_clientele`). */
  readonly mount: string;
  readonly operations: readonly SpecOperation[];
  readonly json: Buffer;
  readonly yaml: Buffer;
  /** Standalone JSON Schemas published beside the document (`seed.schema.json`), by file name. */
  readonly schemas: Readonly<Record<string, Buffer>>;
}

interface OpenApiDocument {
  info: { title: string; version: string; description?: string };
  servers?: { url: string }[];
  paths?: Record<string, Record<string, { operationId?: string; summary?: string; tags?: string[] }>>;
}

export function operationsOf(document: OpenApiDocument): SpecOperation[] {
  const operations: SpecOperation[] = [];
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) continue;
      operations.push({
        operationId: operation.operationId ?? `${method} ${path}`,
        method,
        path,
        summary: operation.summary ?? operation.operationId ?? `${method.toUpperCase()} ${path}`,
        tag: operation.tags?.[0] ?? 'default',
      });
    }
  }
  return operations;
}

/**
 * Every API whose document `@clientele/specs` emits, sorted by name: the site covers a new API as
 * soon as `pnpm generate` writes its folder, with no list to maintain.
 */
export function emittedSpecs(dir = specsDir()): EmittedSpec[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, 'openapi.json')))
    .map((entry) => entry.name)
    .sort()
    .map((api) => {
      const json = readFileSync(join(dir, api, 'openapi.json'));
      const yamlPath = join(dir, api, 'openapi.yaml');
      if (!existsSync(yamlPath)) throw new Error(`${api}: openapi.json has no openapi.yaml beside it; run \`pnpm generate\``);
      const document = JSON.parse(json.toString('utf8')) as OpenApiDocument;
      return {
        api,
        title: document.info.title,
        version: document.info.version,
        summary: (document.info.description ?? '').split(/\n\s*\n/)[0]!.replace(/\s+/g, ' ').trim(),
        mount: document.servers?.[0] && URL.canParse(document.servers[0].url) ? new URL(document.servers[0].url).pathname : `/${api}`,
        operations: operationsOf(document),
        json,
        yaml: readFileSync(yamlPath),
        schemas: Object.fromEntries(
          readdirSync(join(dir, api))
            .filter((file) => file.endsWith('.schema.json'))
            .sort()
            .map((file) => [file, readFileSync(join(dir, api, file))]),
        ),
      };
    });
}
