// What the npm tarball may hold, and what it must: the compiled library with its types and
// validators, the launcher, the schemas, the default rule files the engine reads, the README
// and the licences. Tests, benchmarks, sources, the seed articles and dist/ stay out.
// Shared by scripts/pack-check.mjs and tests/package/pack-files.test.ts.

/** Paths (as `npm pack --json` lists them) that may be in the tarball. */
export const ALLOWED = [
  /^package\.json$/,
  /^README\.md$/,
  /^LICENSE$/,
  /^DATA-LICENSE\.md$/,
  /^bin\/guidance\.js$/,
  /^lib\/.+\.(js|d\.ts|cjs)$/,
  /^schemas\/[a-z-]+\.schema\.json$/,
  /^content\/rules\/[^/]+\.ya?ml$/,
  /^content\/vocabulary\/[^/]+\.ya?ml$/,
  /^rules\/.+\.ya?ml$/,
  /^src\/safety\/rules\/.+\.ya?ml$/,
];

/** Paths that must be in the tarball for the CLI and the typed library to work. */
export const REQUIRED = [
  'package.json', 'README.md', 'LICENSE', 'DATA-LICENSE.md', 'bin/guidance.js',
  'lib/index.js', 'lib/index.d.ts', 'lib/cli/main.js', 'lib/validate/validators.cjs',
  'lib/pipeline/document-worker.js', 'lib/write/pdf/pdf-worker.js',
  'schemas/dataset.schema.json', 'schemas/rule.schema.json',
];

/** The problems with a tarball's file list: files not allowed, and required files missing. */
export function packProblems(paths) {
  const problems = [];
  for (const path of paths) if (!ALLOWED.some((pattern) => pattern.test(path))) problems.push(`not for users: ${path}`);
  const present = new Set(paths);
  if (!paths.some((path) => /^(content\/rules|rules|src\/safety\/rules)\/.+\.ya?ml$/.test(path))) problems.push('missing: the default rule files');
  for (const path of REQUIRED) if (!present.has(path)) problems.push(`missing: ${path}`);
  // Every module has its declarations beside it, so the typed library resolves every import.
  for (const path of paths) {
    if (/^lib\/.+\.js$/.test(path) && !present.has(path.replace(/\.js$/, '.d.ts'))) problems.push(`no types for ${path}`);
  }
  return problems;
}
