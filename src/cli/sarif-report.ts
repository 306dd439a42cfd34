// SARIF 2.1.0 for code scanning: stable rule ids and fingerprints that survive line shifts
// (rule, file and the message text, which quotes the evidence).
import { createHash } from 'node:crypto';
import type { VFile } from 'vfile';
import { severityOf } from '../report/diagnostics.js';

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

export function sarifReport(files: readonly VFile[]): string {
  const rules = new Map<string, { id: string; level: string; source: string }>();
  const results = [];
  const seen = new Map<string, number>();
  for (const file of files) {
    for (const message of file.messages) {
      const ruleId = message.ruleId ?? 'guidance';
      const level = LEVEL[severityOf(message)];
      if (!rules.has(ruleId)) rules.set(ruleId, { id: ruleId, level, source: message.source ?? 'guidance' });
      const base = createHash('sha256').update(`${ruleId}\0${file.path}\0${message.reason}`).digest('hex').slice(0, 32);
      const n = (seen.get(base) ?? 0) + 1;
      seen.set(base, n);
      results.push({
        ruleId,
        level,
        message: { text: message.note ? `${message.reason}\n${message.note}` : message.reason },
        locations: [{
          physicalLocation: {
            artifactLocation: { uri: file.path.replace(/\\/g, '/') },
            region: { startLine: message.line ?? 1, startColumn: message.column ?? 1 },
          },
        }],
        partialFingerprints: { 'guidance/v1': `${base}:${n}` },
      });
    }
  }
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: 'guidance',
          rules: [...rules.values()].sort((a, b) => (a.id < b.id ? -1 : 1)).map((rule) => ({
            id: rule.id,
            shortDescription: { text: rule.id.replace(/-/g, ' ') },
            defaultConfiguration: { level: rule.level },
            properties: { source: rule.source },
          })),
        },
      },
      results,
    }],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
