// Metrics of the safety evaluation: which rules each corpus sentence expected and which fired →
// recall, precision and false flags, overall and per rule, and the report lines. Pure: results
// in, numbers and text out.

/** Targets of issue 18: sentence recall at least 95%, false-flag rate at most 2%. */
export const TARGETS = Object.freeze({ sentenceRecall: 0.95, falseFlagRate: 0.02 });

/** n / d, or undefined when nothing was counted (shown as "–", never as 0% or 100%). */
function ratio(n, d) {
  return d === 0 ? undefined : n / d;
}

/**
 * Scores results: each `{ entry: { text, expect, file?, line?, stages?, position? }, fired: string[] }`.
 * `ruleIds` lists the rules to tabulate (those that neither were expected nor fired show zeros).
 */
export function scoreResults(results, ruleIds = []) {
  const perRule = new Map();
  const row = (id) => {
    let r = perRule.get(id);
    if (!r) {
      r = { id, expected: 0, caught: 0, fired: 0, falseFires: 0 };
      perRule.set(id, r);
    }
    return r;
  };
  for (const id of ruleIds) row(id);
  let unsafe = 0;
  let safe = 0;
  let caughtAny = 0;
  let caughtAll = 0;
  let falseFlagged = 0;
  let firedTotal = 0;
  let firedExpected = 0;
  const misses = [];
  const falseFlags = [];
  const extraFires = [];
  for (const { entry, fired: firedList } of results) {
    const expected = new Set(entry.expect);
    const fired = new Set(firedList);
    for (const id of expected) {
      const r = row(id);
      r.expected += 1;
      if (fired.has(id)) r.caught += 1;
    }
    const unexpected = [];
    for (const id of fired) {
      const r = row(id);
      r.fired += 1;
      firedTotal += 1;
      if (expected.has(id)) firedExpected += 1;
      else {
        r.falseFires += 1;
        unexpected.push(id);
      }
    }
    if (expected.size === 0) {
      safe += 1;
      if (fired.size > 0) {
        falseFlagged += 1;
        falseFlags.push({ entry, fired: [...fired].sort() });
      }
      continue;
    }
    unsafe += 1;
    const missing = [...expected].filter((id) => !fired.has(id)).sort();
    if (missing.length < expected.size) caughtAny += 1;
    if (missing.length === 0) caughtAll += 1;
    else misses.push({ entry, missing, caughtNone: missing.length === expected.size, fired: [...fired].sort() });
    if (unexpected.length > 0) extraFires.push({ entry, unexpected: unexpected.sort() });
  }
  const rules = [...perRule.values()]
    .map((r) => ({ ...r, recall: ratio(r.caught, r.expected), precision: ratio(r.fired - r.falseFires, r.fired) }))
    .sort((a, b) => a.id.localeCompare(b.id));
  return {
    sentences: results.length,
    unsafe,
    safe,
    sentenceRecall: ratio(caughtAny, unsafe),
    fullRecall: ratio(caughtAll, unsafe),
    precision: ratio(firedExpected, firedTotal),
    falseFlagRate: ratio(falseFlagged, safe),
    counts: { caughtAny, caughtAll, falseFlagged, firedTotal, firedExpected },
    rules,
    misses,
    falseFlags,
    extraFires,
  };
}

/** True when the metrics meet the targets; a figure that could not be measured does not. */
export function meetsTargets(metrics, targets = TARGETS) {
  return (
    metrics.sentenceRecall !== undefined &&
    metrics.sentenceRecall >= targets.sentenceRecall &&
    metrics.falseFlagRate !== undefined &&
    metrics.falseFlagRate <= targets.falseFlagRate
  );
}

function percent(value) {
  return value === undefined ? '–' : `${(value * 100).toFixed(1)}%`;
}

function where(entry) {
  const place = entry.file ? `${entry.file}:${entry.line ?? '?'}` : '(no place)';
  const context = [(entry.stages ?? []).join(','), entry.position ? `position ${entry.position}` : ''].filter(Boolean).join('; ');
  return `${place} [${context}]`;
}

function table(header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)];
}

/**
 * The report: overall figures against the targets, the per-rule table, then every miss, every
 * false flag on a safe sentence and every unexpected rule on an unsafe one, with its place.
 * `known` (optional) is the set of rule ids the loaded rules define, to mark ids they lack.
 */
export function formatReport(metrics, { known, targets = TARGETS } = {}) {
  const c = metrics.counts;
  const lines = [
    `corpus: ${metrics.sentences} sentences, ${metrics.unsafe} unsafe, ${metrics.safe} safe`,
    `sentence recall: ${percent(metrics.sentenceRecall)} (${c.caughtAny}/${metrics.unsafe} unsafe sentences with at least one expected rule; target ≥ ${percent(targets.sentenceRecall)})`,
    `full recall:     ${percent(metrics.fullRecall)} (${c.caughtAll}/${metrics.unsafe} unsafe sentences with every expected rule)`,
    `precision:       ${percent(metrics.precision)} (${c.firedExpected}/${c.firedTotal} rule firings were expected)`,
    `false flags:     ${percent(metrics.falseFlagRate)} (${c.falseFlagged}/${metrics.safe} safe sentences flagged; target ≤ ${percent(targets.falseFlagRate)})`,
    `targets: ${meetsTargets(metrics, targets) ? 'met' : 'NOT met'}`,
    '',
    ...table(
      ['rule', 'expected', 'caught', 'recall', 'fired', 'precision', 'false fires'],
      metrics.rules.map((r) => [
        known && !known.has(r.id) ? `${r.id} (not in rules)` : r.id,
        String(r.expected),
        String(r.caught),
        percent(r.recall),
        String(r.fired),
        percent(r.precision),
        String(r.falseFires),
      ]),
    ),
  ];
  lines.push('', `misses (${metrics.misses.length}; * = no expected rule fired):`);
  for (const m of metrics.misses) {
    const also = m.fired.length > 0 ? `; fired: ${m.fired.join(', ')}` : '';
    lines.push(`  ${m.caughtNone ? '*' : ' '} ${where(m.entry)} missing ${m.missing.join(', ')}${also}`, `      ${m.entry.text}`);
    if (m.entry.why) lines.push(`      why: ${m.entry.why}`);
  }
  lines.push('', `false flags on safe sentences (${metrics.falseFlags.length}):`);
  for (const f of metrics.falseFlags) lines.push(`    ${where(f.entry)} fired ${f.fired.join(', ')}`, `      ${f.entry.text}`);
  lines.push('', `unexpected rules on unsafe sentences (${metrics.extraFires.length}):`);
  for (const x of metrics.extraFires) lines.push(`    ${where(x.entry)} fired ${x.unexpected.join(', ')}`, `      ${x.entry.text}`);
  return lines;
}
