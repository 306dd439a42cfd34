// A failure on a thread (the PDF thread, the document workers) ends the command with a message
// and an exit code; it never leaves the main thread waiting for a reply that will not come.
// Each run is a child process killed after 30 s, so a hang fails here rather than stalling.
import { afterAll, describe, expect, it } from 'vitest';
import { assertCompiledCli } from '../helpers/child-build.js';
import { cleanupAll, makeContentDir, makeTempDir, VALID_DOCUMENT } from '../helpers/content-dir.js';
import { runCli } from './cli-child.js';

afterAll(cleanupAll);

const dataset = (title: string): string => `name: t\ntitle: ${JSON.stringify(title)}\nversion: 1.0.0\ndate: "2026-01-01"\n`;

describe('a dataset title the PDF fonts cannot draw', () => {
  for (const [name, title] of [['an emoji', 'Back care 💪'], ['a newline', 'Back care\nfor you'], ['a control character', 'Back\u0007care']] as const) {
    for (const command of ['build', 'check'] as const) {
      it(`${command} with ${name} in the title ends with exit 1 and names dataset.yaml (no hang)`, async () => {
        assertCompiledCli();
        const content = await makeContentDir({ 'dataset.yaml': dataset(title), 'doc.md': VALID_DOCUMENT });
        const out = (await makeTempDir('guidance-title-')).path('dist');
        const run = await runCli([command, '--content', content.dir, '--out', out], { killAfterMs: 30_000 });
        expect(run.killed, `${command} hung: killed after 30 s`).toBe(false);
        expect(run.code).toBe(1);
        expect(`${run.stdout}${run.stderr}`).toMatch(/dataset\.yaml[\s\S]*unrenderable/);
      }, 40_000);
    }
  }
});
