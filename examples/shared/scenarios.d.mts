// Types of scenarios.mjs, for clientele's own TypeScript tests that run these scenarios too.
type ApiName = 'balanced' | 'dwolla' | 'bank' | 'octobat' | 'pingpp';

/** Each API's happy path through a tenant made with `client: { throwOnError: true }`: answers the customer's id. */
export declare const happyPaths: { readonly [A in ApiName]: (tenant: any) => Promise<string> };

export declare function isolationWorker(
  sandbox: any,
  me: string,
  other: string,
): Promise<{ tenant: { id: string }; mine: string[]; listed: string[]; crossRead: unknown; theirTenant: string }>;
