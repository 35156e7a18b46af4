#!/usr/bin/env node
// Runs the TypeScript CLI directly: the generator is internal and never shipped built.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli.ts');
