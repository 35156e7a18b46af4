import type { BenchApi } from '../scenario.ts';
import { balancedBench } from './balanced.ts';
import { dwollaBench } from './dwolla.ts';

/** Every API with benchmark scenarios; add an API's here when it lands. */
export const benchApis: readonly BenchApi[] = [balancedBench, dwollaBench];
