// `npm run compile`, after tsc: writes lib/validate/validators.cjs, the validators of schemas/
// compiled ahead of time (see src/validate/standalone.ts).
import { writeFileSync } from 'node:fs';
import { validatorsModule } from '../lib/validate/standalone.js';

writeFileSync(new URL('../lib/validate/validators.cjs', import.meta.url), validatorsModule());
