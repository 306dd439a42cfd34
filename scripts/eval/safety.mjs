// `npm run eval` suite: the safety rules (content/rules/*.yaml) against the held-out corpus
// (tests/eval/safety/*.yaml). The I/O edge: reads the files, runs the compiled engine in lib/,
// and leaves validation to safety-corpus.mjs and scoring to safety-metrics.mjs. Refuses to score
// a corpus with any problem (a rule example repeated, an unknown id, stage or position), since
// a score on such a corpus would not measure what it claims.
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CATALOGUE_RULE_IDS, formatProblem, nearRepeats, parseCorpusFile, ruleExamplesFromFiles, validateCorpus } from './safety-corpus.mjs';
import { formatReport, meetsTargets, scoreResults } from './safety-metrics.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

async function readYamlDir(dir) {
  const names = (await readdir(dir)).filter((n) => n.endsWith('.yaml') || n.endsWith('.yml')).sort();
  return Promise.all(names.map(async (n) => ({ path: relative(ROOT, join(dir, n)) || n, text: await readFile(join(dir, n), 'utf8') })));
}

/**
 * Runs the suite. Options (for tests): `root` of the project (default: this repository),
 * `corpusDir` and `rulesDir` (relative to the root, or absolute).
 */
export async function run(options = {}) {
  const root = options.root ?? ROOT;
  const name = 'safety rules on the held-out corpus (tests/eval/safety)';
  const { loadRules, checkSentence } = await import(join(root, 'lib/safety/index.js'));
  const { STAGES, POSITIONS } = await import(join(root, 'lib/model/types.js'));
  const ruleFiles = await readYamlDir(resolve(root, options.rulesDir ?? 'content/rules'));
  const corpusFiles = await readYamlDir(resolve(root, options.corpusDir ?? 'tests/eval/safety'));

  const { rules, diagnostics } = loadRules(ruleFiles);
  const ruleErrors = diagnostics.filter((d) => d.severity === 'error');
  const entries = [];
  const problems = [];
  for (const file of corpusFiles) {
    const parsed = parseCorpusFile(file.path, file.text);
    entries.push(...parsed.entries);
    problems.push(...parsed.problems);
  }
  const loadedIds = new Set(rules.map((r) => r.id));
  const examples = ruleExamplesFromFiles(ruleFiles);
  problems.push(
    ...validateCorpus(entries, {
      stages: STAGES,
      positions: POSITIONS,
      ruleIds: [...new Set([...CATALOGUE_RULE_IDS, ...loadedIds])],
      examples,
    }),
  );
  if (corpusFiles.length === 0) problems.push({ file: options.corpusDir ?? 'tests/eval/safety', line: 0, column: 0, message: 'no corpus files; expected *.yaml files of sentences' });
  if (problems.length > 0 || ruleErrors.length > 0) {
    return {
      name,
      ok: false,
      lines: [
        `REFUSED: ${problems.length} corpus problem(s), ${ruleErrors.length} rule file error(s); nothing was scored`,
        ...problems.map(formatProblem),
        ...ruleErrors.map((d) => `${d.file}:${d.line}:${d.column}: rule file ${d.code}: ${d.message}`),
      ],
    };
  }

  const results = entries.map((entry) => {
    const context = { stages: entry.stages, ...(entry.position !== undefined ? { position: entry.position } : {}) };
    return { entry, fired: [...new Set(checkSentence(entry.text, context, rules).map((m) => m.rule.id))] };
  });
  const metrics = scoreResults(results, [...new Set([...CATALOGUE_RULE_IDS, ...loadedIds])]);
  const near = nearRepeats(entries, examples);
  const lines = [
    `rules: ${rules.length} loaded from ${ruleFiles.length} files; corpus: ${corpusFiles.length} files`,
    ...formatReport(metrics, { known: loadedIds }),
    '',
    `near repeats of rule examples (${near.length}; warnings, not scored differently):`,
    ...near.map((p) => `    ${formatProblem(p)}`),
  ];
  return { name, ok: meetsTargets(metrics), lines };
}
