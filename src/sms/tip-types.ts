/**
 * Shapes of the SMS tips layer: a tip as it is exported, what could not be
 * tipped and why, and the writer option that allows multi-part tips.
 *
 * @module
 */
import type { Audience, Stage } from '../model/types.js';

/** What a tip is about. */
export type TipKind =
  /** One exercise standing alone: name, starting position, core movement, dose, cautions and the stop rule. */
  | 'exercise'
  /** Warning signs: stop and call a midwife or doctor. */
  | 'warning-signs'
  /** Other advice on when to stop exercising. */
  | 'when-to-stop'
  /** How often to exercise. */
  | 'how-often'
  /** Breathing while exercising. */
  | 'breathing';

/** One SMS tip, ready to import into an SMS platform and schedule by stage. */
export interface Tip {
  /** `tip-<record-id>-<n>`, n counting the record's tips from 1. */
  id: string;
  kind: TipKind;
  /** The record's stages less those the tip's subject rules out (see `tip-stage-limits.ts`), in reading order. */
  stages: Stage[];
  /** The tip, one line (GSM-7 only unless `encoding` is UCS-2). */
  text: string;
  /**
   * The messages to send: `[text]` for a one-segment tip; with multi-part
   * tips, parts opening with `(i/n) `, each at most 153 septets (67 UTF-16 units in UCS-2).
   */
  parts: string[];
  /** The record id the tip came from. */
  record: string;
  source: {
    document: string;
    file: string;
    /** The lines the record spans in its content file. */
    lines: { start: number; end: number };
    /** Field paths the tip's words came from (`name`, `steps/1`, `dosage`, `items/0`…). */
    fields: string[];
  };
  /** GSM-7, or UCS-2 for a record in another language than English that GSM-7 cannot carry. */
  encoding: 'GSM-7' | 'UCS-2';
  /** Length of `text`: septets in GSM-7 (extension characters count two), UTF-16 units in UCS-2. */
  septets: number;
  /** Segments the tip costs: the number of parts. */
  segments: number;
}

/**
 * A published exercise that got no main tip (it may still have its
 * starting-position tip; the reason then says so), a warning-signs item that
 * is not sent, or a tip for none of its record's stages.
 */
export interface Untipped {
  record: string;
  reason: string;
}

/**
 * Text left out because it would need UCS-2 even after normalisation: one
 * entry per record, field and character, for every sentence a tip could have
 * held and none does.
 */
export interface Rejected {
  record: string;
  /** Field path of the text at fault. */
  field: string;
  /** The first character GSM-7 cannot carry. */
  char: string;
  /** Its code point, `U+XXXX`. */
  codePoint: string;
}

/** An audience with no tip of a kind the programme needs (content to add, not a bug). */
export interface Gap {
  audience: Audience;
  kind: Extract<TipKind, 'warning-signs' | 'how-often' | 'breathing'>;
  reason: string;
}

/** Everything the tip generator found. */
export interface TipSet {
  /**
   * Clinical sign-off of the records the tips come from (src/review/sign-off.ts): while `draft`,
   * `notice` ("Draft — not clinically reviewed") must travel with the tips.
   */
  review: { draft: boolean; notice?: string; approved: number; records: number };
  /** Most parts a tip may take (1: single 160-septet messages). */
  segments: number;
  tips: Tip[];
  untipped: Untipped[];
  rejected: Rejected[];
  gaps: Gap[];
}

/** Options of the tip generator. */
export interface TipOptions {
  /** Most parts a tip may take; 1 (the default) keeps every tip to one 160-septet segment. */
  segments?: number;
}

/** A tip before its id and place in the order are known. */
export type DraftTip = Omit<Tip, 'id'>;
