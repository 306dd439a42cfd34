// The CI workflows: every action pinned by full commit SHA with the release named beside it
// (a tag can be moved to other code), and a Node that is still supported.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from '../helpers/child-build.js';

const DIR = join(ROOT, '.github', 'workflows');
const workflows = readdirSync(DIR).filter((name) => /\.ya?ml$/.test(name)).map((name) => ({ name, text: readFileSync(join(DIR, name), 'utf8') }));

describe('workflows', () => {
  it('exist', () => {
    expect(workflows.length).toBeGreaterThan(0);
  });

  it.each(workflows)('$name pins every action by commit SHA and names its version', ({ text }) => {
    const uses = text.split('\n').filter((line) => /^\s*(-\s+)?uses:/.test(line));
    expect(uses.length).toBeGreaterThan(0);
    for (const line of uses) expect(line).toMatch(/uses:\s+[\w.-]+\/[\w./-]+@[0-9a-f]{40}\s+#\s+v\d+(\.\d+){0,2}\s*$/);
  });

  it.each(workflows)('$name sets up a Node LTS that is still supported (22 or later, even)', ({ text }) => {
    const jobs = (parse(text) as { jobs: Record<string, { steps: Array<{ uses?: string; with?: Record<string, unknown> }> }> }).jobs;
    const versions = Object.values(jobs).flatMap((job) => job.steps.filter((s) => s.uses?.startsWith('actions/setup-node@')).map((s) => Number(s.with?.['node-version'])));
    expect(versions.length).toBeGreaterThan(0);
    for (const v of versions) expect(v >= 22 && v % 2 === 0, String(v)).toBe(true);
  });
});
