// Writes dist/tokens.json from the built package, for designers' tools.
import { writeFileSync } from 'node:fs';
import { toDesignTokens } from '../dist/dtcg.js';

writeFileSync(new URL('../dist/tokens.json', import.meta.url), `${JSON.stringify(toDesignTokens(), null, 2)}\n`);
