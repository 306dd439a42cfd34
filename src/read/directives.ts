// Directives are HTML comments, invisible in any markdown viewer:
//   <!-- guidance: exercise -->            the next section / list / list item is an exercise
//   <!-- guidance: exercises -->           each item of the next list is an exercise
//   <!-- guidance: advice -->              … is not an exercise
//   <!-- guidance: stages trimester-3 -->  … applies to these stages
//   <!-- guidance: allow RULE-ID — reason -->  a reviewer resolves a rule's flag in the next block
import type { Html } from 'mdast';
import type { VFile } from 'vfile';
import type { Point, Stage } from '../model/types.js';
import { STAGES } from '../model/types.js';
import { report } from '../report/diagnostics.js';

export type Directive =
  | { kind: 'exercise'; at: Point }
  | { kind: 'exercises'; at: Point }
  | { kind: 'advice'; at: Point }
  | { kind: 'stages'; stages: Stage[]; at: Point }
  | { kind: 'allow'; rule: string; reason: string; at: Point };

const COMMENT = /^<!--\s*guidance\s*:([\s\S]*?)-->\s*$/;

/** True for an HTML node that is a guidance directive (well formed or not). */
export function isDirectiveNode(node: { type: string; value?: unknown }): node is Html {
  return node.type === 'html' && typeof node.value === 'string' && /^<!--\s*guidance\s*:/.test(node.value);
}

/** Parses one directive comment; reports and returns undefined when it cannot be understood. */
export function parseDirective(node: Html, file: VFile): Directive | undefined {
  const at: Point = { line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 };
  const body = COMMENT.exec(node.value)?.[1]?.trim();
  const fail = (message: string): undefined => {
    report(file, message, {
      ruleId: 'directive', severity: 'error', place: at,
      note: 'Directives: `exercise`, `exercises`, `advice`, `stages <stage> …`, `allow <rule-id> — <reason>`.',
    });
    return undefined;
  };
  if (body === undefined) return fail('Unexpected directive syntax, expected `<!-- guidance: … -->` on its own');
  const [verb = '', ...rest] = body.split(/\s+/);
  switch (verb) {
    case 'exercise':
    case 'exercises':
    case 'advice':
    case 'not-exercise':
      if (rest.length > 0) return fail(`Unexpected text after \`${verb}\` directive: \`${rest.join(' ')}\``);
      return { kind: verb === 'not-exercise' ? 'advice' : verb, at };
    case 'stages':
    case 'stages:': {
      const stages = rest.join(' ').split(/[\s,]+/).filter(Boolean);
      const unknown = stages.filter((stage) => !(STAGES as readonly string[]).includes(stage));
      if (stages.length === 0 || unknown.length > 0) {
        return fail(`Unexpected stage \`${unknown[0] ?? '(none)'}\` in directive, expected one or more of: ${STAGES.join(', ')}`);
      }
      return { kind: 'stages', stages: stages as Stage[], at };
    }
    case 'allow': {
      // The rule id is taken whole: `allow hot-environment` has no reason; it is not rule `hot`.
      const match = /^([a-z0-9]+(?:-[a-z0-9]+)*)(?![a-z0-9]|-[a-z0-9])\s*(?:—|–|--|-|:)\s*(\S[\s\S]*)$/.exec(rest.join(' '));
      if (!match) return fail('Unexpected `allow` directive, expected `allow RULE-ID — reason` with a reason');
      return { kind: 'allow', rule: match[1]!, reason: match[2]!.trim(), at };
    }
    default:
      return fail(`Unknown directive \`${verb}\`, expected exercise, exercises, advice, stages or allow`);
  }
}
