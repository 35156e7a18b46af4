// Generated from schemas/*; do not edit. Run `pnpm generate`.
import { checks as admin } from './admin.ts';
import { checks as balanced } from './balanced.ts';
import { checks as bank } from './bank.ts';
import { checks as dwolla } from './dwolla.ts';
import { checks as octobat } from './octobat.ts';
import { checks as pingpp } from './pingpp.ts';

export const generatedChecks = { admin, balanced, bank, dwolla, octobat, pingpp };
