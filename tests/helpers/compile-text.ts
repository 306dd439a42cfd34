// Compile markdown text (one or more documents) in memory, with a standard dataset.yaml and,
// when asked, the real rule files of content/rules.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compile, type CompileOptions, type CompileResult } from '../../src/pipeline/compile.js';

export const DATASET_YAML = 'name: test-guidance\ntitle: Test guidance\nversion: 1.0.0\ndate: "2026-01-01"\n';
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

const bytes = (value: string | Uint8Array): Uint8Array => (typeof value === 'string' ? new TextEncoder().encode(value) : value);

/** The rule files of a folder of the repository, as content inputs. */
export function ruleFiles(dir = 'content/rules'): Array<{ path: string; bytes: Uint8Array }> {
  return readdirSync(join(ROOT, dir)).filter((f) => f.endsWith('.yaml')).sort()
    .map((f) => ({ path: `content/rules/${f}`, bytes: new Uint8Array(readFileSync(join(ROOT, dir, f))) }));
}

export function compileDocuments(
  documents: Record<string, string | Uint8Array>,
  options: { rules?: Record<string, string>; rulesDir?: string; groups?: string; revisions?: Record<string, string>; reviews?: string } & CompileOptions = {},
): Promise<CompileResult> {
  const { rules, rulesDir, groups, revisions, reviews, ...compileOptions } = options;
  return compile({
    contentDir: 'content',
    documents: Object.entries(documents).map(([name, text]) => ({ path: `content/${name}`, bytes: bytes(text) })),
    datasetConfig: { path: 'content/dataset.yaml', bytes: bytes(DATASET_YAML) },
    rules: [
      ...(rulesDir ? ruleFiles(rulesDir) : []),
      ...Object.entries(rules ?? {}).map(([name, text]) => ({ path: `content/rules/${name}`, bytes: bytes(text) })),
    ],
    ...(groups ? { exerciseGroups: { path: 'content/vocabulary/exercise-groups.yaml', bytes: bytes(groups) } } : {}),
    ...(revisions ? { revisions: Object.entries(revisions).map(([name, text]) => ({ path: `content/revisions/${name}`, bytes: bytes(text) })) } : {}),
    ...(reviews !== undefined ? { reviews: { path: 'content/reviews.yaml', bytes: bytes(reviews) } } : {}),
  }, compileOptions);
}

/** Every message of a result as `path:line:column rule severity reason`. */
export function messages(result: CompileResult): string[] {
  return result.files.flatMap((file) => file.messages.map((m) =>
    `${file.path}:${m.line ?? 0}:${m.column ?? 0} ${m.ruleId ?? ''} ${m.fatal === true ? 'error' : m.fatal === false ? 'warning' : 'info'} ${m.reason}`));
}

/** Front matter of a pregnancy document in English, for documents written in a test. */
export const pregnancyFront = (title: string): string => `---\ntitle: ${title}\nlanguage: en\naudience: [pregnancy]\n---\n\n`;
