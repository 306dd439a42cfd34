// SARIF 2.1.0 for code scanning: stable rule ids and fingerprints that survive line shifts
// (rule, file and the message text, which quotes the evidence). A rule's help is its rationale
// and citation, so the code-scanning page says why the text was flagged and on what evidence.
import { createHash } from 'node:crypto';
import type { Log, ReportingDescriptor, Result } from 'sarif';
import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import { severityOf } from '../report/diagnostics.js';
import { TOOL } from './tool-info.js';

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

interface RuleEntry {
  level: Result.level;
  source: string;
  rationale?: string;
  citation?: string;
}

function citationOf(message: VFileMessage): string | undefined {
  const data = (message as VFileMessage & { data?: { citation?: unknown } }).data;
  return typeof data?.citation === 'string' ? data.citation : undefined;
}

function descriptor(id: string, rule: RuleEntry): ReportingDescriptor {
  const help = [rule.rationale, rule.citation ? `Evidence: ${rule.citation}` : undefined].filter(Boolean);
  return {
    id,
    shortDescription: { text: id.replace(/-/g, ' ') },
    ...(rule.rationale ? { fullDescription: { text: rule.rationale } } : {}),
    ...(help.length > 0 ? { help: { text: help.join('\n\n'), markdown: help.map((part) => part!.replace(/[\\`*_[\]<>]/g, '\\$&')).join('\n\n') } } : {}),
    defaultConfiguration: { level: rule.level },
    properties: { source: rule.source, ...(rule.citation ? { citation: rule.citation } : {}) },
  };
}

export function sarifReport(files: readonly VFile[]): string {
  const rules = new Map<string, RuleEntry>();
  const results: Result[] = [];
  const seen = new Map<string, number>();
  for (const file of files) {
    for (const message of file.messages) {
      const ruleId = message.ruleId ?? 'guidance';
      const level = LEVEL[severityOf(message)];
      const rule = rules.get(ruleId) ?? { level, source: message.source ?? 'guidance' };
      // The first finding that carries a rationale or citation gives them (all of a rule's agree).
      rule.rationale ??= message.note;
      rule.citation ??= citationOf(message);
      rules.set(ruleId, rule);
      const base = createHash('sha256').update(`${ruleId}\0${file.path}\0${message.reason}`).digest('hex').slice(0, 32);
      const n = (seen.get(base) ?? 0) + 1;
      seen.set(base, n);
      results.push({
        ruleId,
        level,
        message: { text: message.reason },
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
  const log: Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: TOOL.name,
          version: TOOL.version,
          semanticVersion: TOOL.version,
          informationUri: TOOL.informationUri,
          rules: [...rules].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([id, rule]) => descriptor(id, rule)),
        },
      },
      results,
    }],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
