// Runs every fixture folder, stage by stage: tests/fixtures/<stage>/<case>/input.md → expected.
//   normalize: records as read, before any check (records.json)
//   checks:    flags, statuses, duplicates and boilerplate after the checks (report.json)
import { describe, expect, it } from 'vitest';
import { readDocuments } from '../src/pipeline/read-documents.js';
import { compileDocuments, messages } from './helpers/compile-text.js';
import { expected, fixtureCases } from './helpers/fixtures.js';

const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

describe('normalize fixtures: input.md → records.json', () => {
  for (const fixture of fixtureCases('normalize')) {
    it(fixture.name, () => {
      const { documents, files } = readDocuments([{ path: `content/${fixture.name}.md`, bytes: new TextEncoder().encode(fixture.input) }]);
      const actual = json({
        messages: files.flatMap((f) => f.messages.map((m) => `${f.path}:${m.line}:${m.column} ${m.ruleId} ${m.reason}`)),
        exercises: documents.flatMap((d) => d.exercises),
        advice: documents.flatMap((d) => d.advice),
        boilerplate: documents.flatMap((d) => d.boilerplate),
      });
      expect(actual).toBe(expected(fixture.dir, 'records.json', actual));
    });
  }
});

describe('checks fixtures: input.md → report.json', () => {
  for (const fixture of fixtureCases('checks')) {
    it(fixture.name, async () => {
      const result = await compileDocuments({ [`${fixture.name}.md`]: fixture.input }, { rulesDir: 'content/rules' });
      const report = result.report;
      const actual = json({
        messages: messages(result),
        records: [...(result.dataset?.exercises ?? []), ...(result.dataset?.advice ?? [])].map((r) => ({
          id: r.id, status: r.status, withheldReasons: r.withheldReasons, stages: r.stages,
          flags: r.flags.map((f) => `${f.line}:${f.column} ${f.rule} ${f.severity}${f.resolution ? ` resolved (${f.resolution.reason})` : ''}: ${f.match ?? ''} | ${f.evidence}`),
        })),
        duplicates: report?.duplicates ?? [],
        boilerplate: (report?.boilerplate ?? []).map((b) => `${b.start.line}:${b.start.column} ${b.kind}: ${b.text || b.items.join(' / ')}`),
        staleDirectives: report?.staleDirectives ?? [],
      });
      expect(actual).toBe(expected(fixture.dir, 'report.json', actual));
    });
  }
});
