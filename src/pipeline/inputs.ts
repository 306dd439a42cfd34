// What the pure pipeline takes: content files as bytes, with paths relative to the working
// directory (so messages name them as an editor sees them).
export interface InputFile {
  /** e.g. `content/lower-back-exercises-by-trimester.md` */
  path: string;
  /**
   * The path inside the content folder (`lower-back-exercises-by-trimester.md`): the dataset's
   * `source.file`, the same however the folder was named. Set by `compile`; `path` when absent.
   */
  name?: string;
  bytes: Uint8Array;
  /** Size on disk when the file was too large to read (then `bytes` is empty). */
  size?: number;
}

export interface ContentInput {
  /** Markdown documents, any order (the pipeline sorts them by path). */
  documents: InputFile[];
  /** `content/dataset.yaml`. */
  datasetConfig?: InputFile;
  /** `content/rules/*.yaml`: the project's rules, which add to or replace the defaults. */
  rules: InputFile[];
  /**
   * The package's default rule files (`loadContent` always gives them). When given, or when
   * `rules` is not empty, a compile that loads no rule at all is an error: safety checking fails
   * closed. An in-memory compile given neither (a test of parsing) checks no safety claims.
   */
  defaultRules?: InputFile[];
  /** `content/revisions/*.yaml`: reviewers' corrections of record text. */
  revisions?: InputFile[];
  /** `content/reviews.yaml`: the clinical sign-off, when present. */
  reviews?: InputFile;
  /** `content/vocabulary/exercise-groups.yaml`, when present. */
  exerciseGroups?: InputFile;
  /** Where content was read from, for messages about missing files. */
  contentDir: string;
}
