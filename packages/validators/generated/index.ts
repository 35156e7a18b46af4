// Generated from schemas/*; do not edit. Run `pnpm generate`.
import { checks as balanced } from './balanced.ts';

export const generatedChecks = { balanced };
