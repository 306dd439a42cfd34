// dist/pdf/: the printable handouts, one for pregnancy and one for after birth. A4 by default;
// `paper: 'letter'` for US Letter, `'both'` for both (then the names say which:
// pregnancy-a4.pdf, pregnancy-letter.pdf). With one paper size the names are always
// pregnancy.pdf and after-birth.pdf, so links to them stay stable.
import { buildHandouts, type Handout } from '../../handout/index.js';
import type { OutputFile, Writer } from '../writer.js';
import { renderHandoutPdf } from './render.js';
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
    async write(dataset, context) {
      const paper = context.options.paper ?? options.paper ?? 'a4';
      const files: OutputFile[] = [];
      // One at a time: the order of the files (and of everything inside them) never depends on timing.
      for (const handout of buildHandouts(dataset, context.config)) {
        for (const target of pdfPaths(handout.id, paper)) {
          files.push({ path: target.path, data: await renderHandoutPdf(handout, target.paper) });
        }
      }
      return files;
    },
  };
}

export const pdfWriter: Writer = createPdfWriter();
