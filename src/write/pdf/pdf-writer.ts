// dist/pdf/: the printable handouts, one for pregnancy and one for after birth. A4 by default;
// `paper: 'letter'` for US Letter, `'both'` for both (then the names say which:
// pregnancy-a4.pdf, pregnancy-letter.pdf). With one paper size the names are always
// pregnancy.pdf and after-birth.pdf, so links to them stay stable.
import { buildHandouts, type Handout } from '../../handout/index.js';
import type { OutputFile, Writer } from '../writer.js';
import { pdfThread } from './pdf-thread.js';
import type { Paper } from './theme.js';

/** The `--paper` choice. */
export type PaperOption = Paper | 'both';

export const PAPER_OPTIONS: readonly PaperOption[] = ['a4', 'letter', 'both'];

export interface PdfWriterOptions {
  /** Paper size of the handouts (default `a4`). */
  paper?: PaperOption;
}

/** File paths (inside the output folder) of one handout for a paper option. */
export function pdfPaths(id: Handout['id'], paper: PaperOption): Array<{ path: string; paper: Paper }> {
  if (paper === 'both') {
    return [
      { path: `pdf/${id}-a4.pdf`, paper: 'a4' },
      { path: `pdf/${id}-letter.pdf`, paper: 'letter' },
    ];
  }
  return [{ path: `pdf/${id}.pdf`, paper }];
}

export function isPaperOption(value: unknown): value is PaperOption {
  return typeof value === 'string' && (PAPER_OPTIONS as readonly string[]).includes(value);
}

export function createPdfWriter(options: PdfWriterOptions = {}): Writer {
  if (options.paper !== undefined && !isPaperOption(options.paper)) throw new Error(`unknown paper ${String(options.paper)}, expected one of ${PAPER_OPTIONS.join(', ')}`);
  return {
    output: 'pdf',
    name: 'pdf-handouts',
    concurrent: true,
    prepare() {
      pdfThread.start();
    },
    async write(dataset, context) {
      const paper = context.options.paper ?? options.paper ?? 'a4';
      // Rendered on the PDF thread, in order; the files keep that order whatever the timing.
      const targets = buildHandouts(dataset, context.config).flatMap((handout) => pdfPaths(handout.id, paper).map((target) => ({ handout, ...target })));
      const rendered = await Promise.allSettled(targets.map((target) => pdfThread.render(target.handout, target.paper)));
      return targets.map((target, i): OutputFile => {
        const result = rendered[i]!;
        if (result.status === 'rejected') throw result.reason;
        return { path: target.path, data: result.value };
      });
    },
  };
}

export const pdfWriter: Writer = createPdfWriter();
