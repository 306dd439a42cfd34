#!/usr/bin/env node
// Thin launcher: the CLI lives in src/cli (compiled to lib/ by `npm run compile`, run on `npm ci`).
import { collectGarbage, limitHeapGrowth } from '../lib/cli/heap-growth.js';
import { main, stopQuietlyOnClosedPipe } from '../lib/cli/main.js';

stopQuietlyOnClosedPipe(process.stdout, (code) => process.exit(code));
stopQuietlyOnClosedPipe(process.stderr, (code) => process.exit(code));

process.exitCode = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  // Left to V8, a large build lets its heap grow to several times what it keeps alive (heap-growth.ts).
  limitHeap: () => { limitHeapGrowth(); },
  collectGarbage,
});
