/**
 * The composition root: the platform's HTTP server (platform/app.ts) with the sandbox plugged in
 * (sandbox/index.ts). The platform never imports the sandbox; this is the one place they meet.
 */
import type { FastifyInstance } from 'fastify';
import { createApp, type AppOptions as PlatformOptions } from './platform/app.ts';
import { sandbox, type SandboxOptions } from './sandbox/index.ts';

export interface AppOptions extends Omit<PlatformOptions, 'extensions'> {
  /** The sandbox controls: admin token, request log, faults, CORS (see sandbox/index.ts). */
  readonly sandbox?: SandboxOptions;
}

export function buildApp({ sandbox: options, ...platform }: AppOptions): Promise<FastifyInstance> {
  return createApp({ ...platform, extensions: [sandbox(options)] });
}
