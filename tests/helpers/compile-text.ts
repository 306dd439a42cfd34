// Compile markdown text (one or more documents) in memory, with a standard dataset.yaml.
import { compile, type CompileResult } from '../../src/pipeline/compile.js';

export const DATASET_YAML = 'name: test-guidance\ntitle: Test guidance\nversion: 1.0.0\ndate: "2026-01-01"\n';

export function compileDocuments(documents: Record<string, string | Uint8Array>, options: { rules?: Record<string, string> } = {}): CompileResult {
  const bytes = (value: string | Uint8Array): Uint8Array => (typeof value === 'string' ? new TextEncoder().encode(value) : value);
  return compile({
    contentDir: 'content',
    documents: Object.entries(documents).map(([name, text]) => ({ path: `content/${name}`, bytes: bytes(text) })),
    datasetConfig: { path: 'content/dataset.yaml', bytes: bytes(DATASET_YAML) },
    rules: Object.entries(options.rules ?? {}).map(([name, text]) => ({ path: `content/rules/${name}`, bytes: bytes(text) })),
  });
}

/** Every message of a result as `path:line:column rule severity reason`. */
export function messages(result: CompileResult): string[] {
  return result.files.flatMap((file) => file.messages.map((m) =>
    `${file.path}:${m.line ?? 0}:${m.column ?? 0} ${m.ruleId ?? ''} ${m.fatal === true ? 'error' : m.fatal === false ? 'warning' : 'info'} ${m.reason}`));
}
