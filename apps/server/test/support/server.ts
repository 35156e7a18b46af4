import type { Server } from 'node:http';
import type { FastifyInstance } from 'fastify';
import type { AddressInfo } from 'node:net';
import type { Store } from '@clientele/store';
import { serverApis } from '../../src/apis/index.ts';
import { buildApp, type AppOptions } from '../../src/app.ts';
import type { ProvisionOptions } from '../../src/platform/handlers.ts';
import type { Driver } from './drivers.ts';

export interface TestServer {
  /** `http://127.0.0.1:PORT` */
  readonly origin: string;
  readonly store: Store;
  readonly url: string;
  /** The listening HTTP server (to watch its connections). */
  readonly http: Server;
  /** The app (to flush its request log). */
  readonly app: FastifyInstance;
  /** Creates a tenant of `api` and returns its credentials. */
  tenant(api: string, options?: ProvisionOptions): Promise<Record<string, string> & { tenant_id: string }>;
  close(): Promise<void>;
}

/** A real server on a real socket and a real store: tests speak HTTP to it like any client. */
export async function startServer(driver: Driver, options: Partial<AppOptions> | ((url: string) => Partial<AppOptions>) = {}): Promise<TestServer> {
  const { store, url, dispose } = await driver.open();
  // No pruning in the background: tests move their clocks and prune when they mean to.
  const app = await buildApp({ store, apis: serverApis, pruneEveryMs: false, ...(typeof options === 'function' ? options(url) : options) });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    store,
    url,
    http: app.server,
    app,
    async tenant(name, provision = {}) {
      const api = serverApis.find((a) => a.definition.name === name)!;
      const created = await api.provisionTenant(store, provision);
      return { tenant_id: created.tenant.id, ...created.credentials };
    },
    async close() {
      await app.close();
      await dispose();
    },
  };
}
