import openapiTS, { astToString } from 'openapi-typescript';
import { banner } from './write.ts';

/** TypeScript types for an emitted document, by openapi-typescript. */
export async function emitTypes(apiName: string, document: Record<string, unknown>): Promise<string> {
  const ast = await openapiTS(document as never, { alphabetize: true });
  return `${banner(apiName)}\n\n${astToString(ast)}`;
}
