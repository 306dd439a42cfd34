// The review loop through the CLI and the content folder, as a clinic would run it: `guidance
// review` lists the records to read with file:line, why and hash; its --yaml entries, pasted into
// content/reviews.yaml, approve them; a later change of the text makes the record listed again;
// a stale revision makes `build` fail naming file:line and the record; `build --require-review`
// keeps unapproved records out of the handouts.
import { readFile, readdir, writeFile, mkdir, copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { captureIo, cleanupAll, makeContentDir, makeTempDir } from '../helpers/content-dir.js';
import { ROOT } from '../helpers/real-content.js';

afterAll(cleanupAll);

async function run(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const cli = captureIo();
  const code = await main(argv, cli.io);
  return { code, stdout: cli.stdout, stderr: cli.stderr };
}

const doc = (step: string): string => `---
title: Easy moves
language: en
audience: [pregnancy]
stages: [trimester-1]
---

# Easy moves

## Heel raise

1. Stand behind a chair and hold it.
2. ${step}
3. Lower your heels slowly.
`;

async function contentWithRules(step: string): Promise<string> {
  const content = await makeContentDir({ 'moves.md': doc(step) });
  await mkdir(join(content.dir, 'rules'));
  for (const name of await readdir(join(ROOT, 'content', 'rules'))) {
    if (name.endsWith('.yaml')) await copyFile(join(ROOT, 'content', 'rules', name), join(content.dir, 'rules', name));
  }
  return content.dir;
}

describe('guidance review', () => {
  it('lists what needs approval, and approves it through content/reviews.yaml; a text change lists it again', async () => {
    const dir = await contentWithRules('Rise onto your toes, then hold for two seconds.');
    const listed = await run(['review', '--content', dir, '--yaml', '--reviewer', 'Dr R. Eviewer', '--date', '2026-12-04']);
    expect(listed.code, listed.stderr).toBe(0);
    expect(listed.stdout).toMatch(/^1 records reach readers: 0 approved, 0 changed since approval, 1 never approved; 0 held back from readers\./);
    expect(listed.stdout).toContain(`  moves--heel-raise  (exercise “Heel raise”)\n    where: ${dir}/moves.md:10\n    why:   never approved\n`);
    expect(listed.stdout).toContain('      step 1: Rise onto your toes, then hold for two seconds.');
    const entries = listed.stdout.slice(listed.stdout.indexOf('# To approve'));
    expect(entries).toMatch(/ {2}- record: moves--heel-raise\n {4}hash: "sha256:[0-9a-f]{16}"\n {4}reviewer: "Dr R\. Eviewer"\n {4}date: "2026-12-04"/);

    await writeFile(join(dir, 'reviews.yaml'), `approvals:\n${entries.split('\n').slice(1).join('\n')}`);
    const approved = await run(['review', '--content', dir]);
    expect(approved.stdout).toMatch(/^1 records reach readers: 1 approved/);
    expect(approved.stdout).toContain('Every record that reaches readers is approved');
    const out = (await makeTempDir()).path('dist');
    expect((await run(['build', '--content', dir, '--out', out])).code).toBe(0);
    expect(await readFile(join(out, 'md', 'pregnancy.md'), 'utf8')).not.toContain('Draft');

    await writeFile(join(dir, 'moves.md'), doc('Rise onto your toes, then hold for five seconds.'));
    const changed = await run(['review', '--content', dir]);
    expect(changed.stdout).toMatch(/0 approved, 1 changed since approval/);
    expect(changed.stdout).toMatch(/why: {3}its reader text changed since Dr R\. Eviewer approved it on 2026-12-04 \(approved sha256:[0-9a-f]{16}, now sha256:[0-9a-f]{16}\)/);
    const again = (await makeTempDir()).path('dist');
    expect((await run(['build', '--content', dir, '--out', again])).code).toBe(0);
    expect(await readFile(join(again, 'md', 'pregnancy.md'), 'utf8')).toContain('**Draft — not clinically reviewed**');
    const required = (await makeTempDir()).path('dist');
    expect((await run(['build', '--content', dir, '--out', required, '--require-review'])).code).toBe(0);
    expect(await readFile(join(required, 'md', 'pregnancy.md'), 'utf8')).not.toContain('Heel raise');
  });

  it('fails the build on a stale revision, naming file:line and the record', async () => {
    const dir = await contentWithRules('Rise onto your toes, then hold your breath.');
    await mkdir(join(dir, 'revisions'));
    await writeFile(join(dir, 'revisions', 'physio.yaml'), `revisions:
  - record: moves--heel-raise
    field: steps/1
    original: Rise onto your toes and hold your breath.
    replacement: Rise onto your toes and breathe out.
    reason: No breath holding.
    reviewer: A. Physio
    date: "2026-12-04"
`);
    const out = (await makeTempDir()).path('dist');
    const result = await run(['build', '--content', dir, '--out', out]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('2:1  error    Stale revision of `moves--heel-raise`: the original text “Rise onto your toes and hold your breath.” no longer exists in steps/1');
    expect(result.stderr).toContain(`${dir}/revisions/physio.yaml`);
  });
});
