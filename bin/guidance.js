#!/usr/bin/env node
// Thin launcher: the CLI lives in src/cli (compiled to lib/ by `npm run compile`, run on `npm ci`).
import { limitHeapGrowth } from '../lib/cli/heap-growth.js';
import { main } from '../lib/cli/main.js';

// Before any work: a large build then peaks at about 1.5x what it keeps alive (see heap-growth.ts).
limitHeapGrowth();

process.exitCode = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
});
