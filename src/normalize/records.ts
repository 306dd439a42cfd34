// Drafts → records of the dataset contract, with ids, attributes and the place of every field.
import type { Nodes } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { eachNode } from '../read/each-node.js';
import { clean } from './inline-text.js';
import type { Advice, Exercise, Located, Point, RecordSource, Stage } from '../model/types.js';
import type { AdviceDraft, DocumentContext, ExerciseDraft } from './drafts.js';
import { avoidAfterWeekOf, bodyAreasOf, equipmentOf, exercisePositionOf } from './attributes.js';
import { mergeDosage, sidesOf } from './dosage.js';
import type { IdAllocator } from './ids.js';

interface Where {
  headings: string[];
  stages: Stage[];
}

function lineSpan(nodes: readonly Nodes[]): { start: number; end: number } {
  const starts = nodes.map((node) => node.position?.start.line).filter((n): n is number => n !== undefined);
  const ends = nodes.map((node) => node.position?.end.line).filter((n): n is number => n !== undefined);
  return { start: Math.min(...starts), end: Math.max(...ends) };
}

const SAFE_LINK = /^(?:https?:\/\/|mailto:)\S+$/i;

/** Links in the record's nodes with a safe scheme (http, https, mailto), in reading order, once each. */
function linksOf(nodes: readonly Nodes[]): Array<{ text: string; url: string }> {
  const out: Array<{ text: string; url: string }> = [];
  const seen = new Set<string>();
  for (const node of nodes) {
    eachNode(node, 'link', (link) => {
      // A scheme is case-insensitive (RFC 3986); the dataset gives it in lower case.
      const url = link.url.trim().replace(/^[a-z][a-z0-9+.-]*:/i, (scheme) => scheme.toLowerCase());
      if (!SAFE_LINK.test(url) || url.length > 2000 || seen.has(url)) return;
      seen.add(url);
      out.push({ text: clean(toString(link, { includeHtml: false })), url });
    });
  }
  return out;
}

function withLinks(nodes: readonly Nodes[]): { links?: Array<{ text: string; url: string }> } {
  const links = linksOf(nodes);
  return links.length > 0 ? { links } : {};
}

function recordSource(nodes: readonly Nodes[], where: Where, context: DocumentContext, positions: Record<string, Point>): RecordSource {
  return { document: context.documentId, file: context.file.path, headings: where.headings, lines: lineSpan(nodes), positions };
}

function place(positions: Record<string, Point>, field: string, located: Located | undefined): void {
  if (located) positions[field] = { line: located.start.line, column: located.start.column };
}

function placeAll(positions: Record<string, Point>, field: string, list: readonly Located[]): string[] {
  list.forEach((item, i) => place(positions, `${field}/${i}`, item));
  return list.map((item) => item.value);
}

export function exerciseRecord(draft: ExerciseDraft, where: Where, context: DocumentContext, ids: IdAllocator): Exercise {
  const positions: Record<string, Point> = {};
  place(positions, 'name', draft.name);
  place(positions, 'startingPosition', draft.startingPosition);
  const steps = placeAll(positions, 'steps', draft.steps);
  const cues = placeAll(positions, 'cues', draft.cues);
  const cautions = placeAll(positions, 'cautions', draft.cautions);
  const benefits = placeAll(positions, 'benefits', draft.benefits);
  const dosage = sidesOf(mergeDosage(draft.dosage.map((d) => ({ text: d.value }))), [...steps, ...draft.dosage.map((d) => d.value)]);
  place(positions, 'dosage', draft.dosage[0]);
  const everything = [draft.name.value, draft.startingPosition?.value ?? '', ...steps, ...cues].join(' ');
  const position = exercisePositionOf(draft.startingPosition?.value, steps, [...cues, ...benefits, ...cautions.filter((c) => !/\b(?:not|never|avoid)\b/i.test(c))], draft.name.value);
  const avoidAfterWeek = [...cautions, ...steps].map(avoidAfterWeekOf).find((week) => week !== undefined);
  const record: Exercise = {
    id: ids.take(context.documentId, draft.name.value, 'exercise'),
    kind: 'exercise',
    name: draft.name.value,
    aliases: [...new Set(draft.aliases)].filter((alias) => alias !== draft.name.value),
    language: context.language,
    stages: where.stages,
    ...(avoidAfterWeek !== undefined ? { avoidAfterWeek } : {}),
    ...(position ? { position } : {}),
    equipment: equipmentOf(everything),
    bodyAreas: bodyAreasOf(everything),
    ...(draft.startingPosition ? { startingPosition: draft.startingPosition.value } : {}),
    steps,
    ...(dosage ? { dosage } : {}),
    cues,
    cautions,
    benefits,
    ...withLinks(draft.nodes),
    source: recordSource(draft.nodes, where, context, positions),
    flags: [],
    status: 'published',
  };
  return record;
}

export function adviceRecord(draft: AdviceDraft, where: Where, context: DocumentContext, ids: IdAllocator): Advice | undefined {
  const items = draft.items?.filter((item) => item.value.length > 0) ?? [];
  if (!draft.text && items.length === 0) return undefined;
  const positions: Record<string, Point> = {};
  place(positions, 'text', draft.text);
  const values = placeAll(positions, 'items', items);
  const topic = draft.topic ?? 'background';
  const heading = draft.heading ?? where.headings[where.headings.length - 1];
  return {
    id: ids.takeNumbered(context.documentId, heading, 'intro'),
    kind: 'advice',
    topic,
    ...(heading ? { heading } : {}),
    language: context.language,
    stages: where.stages,
    ...(draft.text ? { text: draft.text.value } : {}),
    ...(values.length > 0 ? { items: values } : {}),
    ...withLinks(draft.nodes),
    source: recordSource(draft.nodes, where, context, positions),
    flags: [],
    status: 'published',
  };
}
