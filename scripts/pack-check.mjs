// `npm run pack:check`: packs the tarball as `npm publish` would, checks its file list, installs
// it into a new consumer project from the local npm cache, and uses it there as a user would:
// `guidance --version`, `guidance build` on a tiny content folder, the library from plain
// JavaScript, and a TypeScript file type-checked against the shipped declarations.
// Prints the tarball's file count and size. Exit 1 on any problem. Run by .ci/run.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { packProblems } from './pack-files.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const devVersion = (name) => pkg.devDependencies[name];
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const work = mkdtempSync(join(tmpdir(), 'guidance-pack-'));

function run(command, args, cwd) {
  return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

function fail(message) {
  console.error(`pack:check: ${message}`);
  process.exitCode = 1;
}

try {
  // prepack builds a clean lib/ first, so no stale module from an old build is shipped.
  const [packed] = JSON.parse(run(npm, ['pack', '--json', '--pack-destination', work], root));
  const paths = packed.files.map((file) => file.path).sort();
  console.log(`pack:check: ${packed.filename}: ${packed.entryCount} files, ${(packed.size / 1024).toFixed(1)} kB packed, ${(packed.unpackedSize / 1024).toFixed(1)} kB unpacked`);
  for (const problem of packProblems(paths)) fail(problem);

  const consumer = join(work, 'consumer');
  mkdirSync(join(consumer, 'content'), { recursive: true });
  writeFileSync(join(consumer, 'package.json'), `${JSON.stringify({ name: 'consumer', private: true, type: 'module' }, null, 2)}\n`);
  run(npm, ['install', '--prefer-offline', '--no-audit', '--no-fund', '--save-exact', join(work, packed.filename),
    `typescript@${devVersion('typescript')}`, `@types/node@${devVersion('@types/node')}`], consumer);

  writeFileSync(join(consumer, 'content', 'dataset.yaml'), 'name: consumer-check\ntitle: Consumer check\nversion: 1.0.0\ndate: "2026-01-01"\n');
  writeFileSync(join(consumer, 'content', 'side-lying.md'), [
    '---', 'title: Side-lying leg lifts', 'language: en', 'audience: [pregnancy]', '---', '',
    '# Side-lying leg lifts', '', '<!-- guidance: exercise -->', '## Leg lift on your side', '',
    '1. Lie on your left side with a pillow between your knees.', '2. Lift your top leg a little, then lower it slowly.',
    '3. Repeat ten times, then turn to the other side.', '',
  ].join('\n'));

  const bin = join(consumer, 'node_modules', '.bin', process.platform === 'win32' ? 'guidance.cmd' : 'guidance');
  const version = run(bin, ['--version'], consumer).trim();
  if (version !== `guidance ${pkg.version}`) fail(`guidance --version printed "${version}", expected "guidance ${pkg.version}"`);
  run(bin, ['build', '--content', 'content', '--out', 'out'], consumer);
  const exercises = JSON.parse(readFileSync(join(consumer, 'out', 'json', 'exercises.json'), 'utf8'));
  if (exercises.exercises?.length !== 1) fail(`guidance build wrote ${exercises.exercises?.length} exercises, expected 1`);
  if (exercises.exercises?.[0]?.source?.file !== 'side-lying.md') fail(`source.file is ${exercises.exercises?.[0]?.source?.file}, expected side-lying.md`);

  writeFileSync(join(consumer, 'use.mjs'), [
    `import { lint } from '${pkg.name}';`,
    `import { createRequire } from 'node:module';`,
    `const schema = createRequire(import.meta.url)('${pkg.name}/schemas/dataset.schema.json');`,
    `const result = await lint({ contentDir: 'content' });`,
    `if (!result.ok || typeof schema.$id !== 'string') { console.error(JSON.stringify(result.files.map((f) => f.messages.map(String)))); process.exit(1); }`,
    '',
  ].join('\n'));
  run(process.execPath, ['use.mjs'], consumer);

  writeFileSync(join(consumer, 'use.mts'), [
    `import { build, lint, type BuildResult, type Dataset, type Exercise, type LintResult } from '${pkg.name}';`,
    `const checked: LintResult = await lint({ contentDir: 'content' });`,
    `const built: BuildResult = await build({ contentDir: 'content', outDir: 'out-typed' });`,
    `const dataset: Dataset | undefined = built.dataset;`,
    `const names: string[] = (dataset?.exercises ?? []).map((exercise: Exercise) => exercise.name);`,
    `const file: string = dataset?.exercises[0]?.source.file ?? '';`,
    `export const summary = { ok: checked.ok && built.ok, names, file };`,
    '',
  ].join('\n'));
  writeFileSync(join(consumer, 'tsconfig.json'), `${JSON.stringify({
    compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, noEmit: true, skipLibCheck: false, types: ['node'] },
    files: ['use.mts'],
  }, null, 2)}\n`);
  try {
    run(process.execPath, [join(consumer, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json'], consumer);
  } catch (error) {
    fail(`the consumer's TypeScript does not type-check against the shipped declarations:\n${error.stdout ?? ''}${error.stderr ?? ''}`);
  }
  if (!existsSync(join(consumer, 'node_modules', pkg.name, 'lib', 'index.d.ts'))) fail('lib/index.d.ts was not installed');
  if (process.exitCode !== 1) console.log('pack:check: the tarball installs, and its CLI and typed library work in a consumer project');
} catch (error) {
  fail(`${error.message}\n${error.stdout ?? ''}${error.stderr ?? ''}`);
} finally {
  if (!process.env.KEEP_PACK_CHECK) rmSync(work, { recursive: true, force: true });
  else console.log(`pack:check: kept ${work}`);
}
