import { writeFileSync } from 'node:fs';
import { rulesTable } from './rules-table.js';

/** Writes packages/migration/RULES.md from the model's rules (run from the built package). */
const target = new URL('../RULES.md', import.meta.url);
writeFileSync(target, rulesTable());
process.stdout.write(`wrote ${target.pathname}\n`);
