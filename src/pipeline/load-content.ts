// The impure edge that reads a content folder: markdown documents (not README.md), the dataset
// settings and the rule files. Symbolic links that lead outside the folder are refused.
// The calls are synchronous: a build reads thousands of small files and has nothing else to do
// meanwhile, and one system call each is several times faster than a promise round trip each.
import { lstatSync, readdirSync, readFileSync, realpathSync, statSync, type Stats } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LIMITS } from '../read/limits.js';
import type { ContentInput, InputFile } from './inputs.js';

export class ContentFolderError extends Error {}

const NOT_COMPILED = /^readme\.(md|markdown)$/i;

/** The package's default rules: its own content/rules (two levels up from src/ or lib/pipeline/). */
const DEFAULT_RULES_DIR = fileURLToPath(new URL('../../content/rules/', import.meta.url));

/** Rule files of a folder, by name; none when it does not exist. */
function ruleFileNames(dir: string): string[] {
  return statOrUndefined(dir)?.isDirectory() ? readdirSync(dir).filter((name) => /\.ya?ml$/i.test(name)).sort() : [];
}

/**
 * The package's default rules, unless `rulesDir` is that very folder (building the package's own
 * content): then its files are read once, as defaults, under the content path.
 */
function defaultRules(root: string, rulesDir: string): { defaults: InputFile[]; isDefaultFolder: boolean } {
  const realDefaults = realOrUndefined(DEFAULT_RULES_DIR);
  const realRules = realOrUndefined(rulesDir);
  if (realDefaults !== undefined && realDefaults === realRules) {
    return { defaults: ruleFileNames(rulesDir).map((name) => readInside(root, join(rulesDir, name))), isDefaultFolder: true };
  }
  const defaults = ruleFileNames(DEFAULT_RULES_DIR).map((name): InputFile => {
    const path = join(DEFAULT_RULES_DIR, name);
    const shown = relative(process.cwd(), path) || path;
    try {
      return { path: shown.split(sep).join('/'), bytes: readFileSync(path) };
    } catch (error) {
      throw new ContentFolderError(`${path}: the package's default rule file cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
    }
  });
  return { defaults, isDefaultFolder: false };
}

function realOrUndefined(path: string): string | undefined {
  try {
    return realpathSync(path);
  } catch {
    return undefined;
  }
}


export async function loadContent(contentDir: string): Promise<ContentInput> {
  let root: string;
  try {
    root = realpathSync(contentDir);
  } catch {
    throw new ContentFolderError(`cannot read the content folder ${contentDir}: it does not exist`);
  }
  const info = lstatSync(root);
  if (!info.isDirectory()) throw new ContentFolderError(`${contentDir} is a file, expected a content folder`);
  const documents: InputFile[] = [];
  const rules: InputFile[] = [];
  let datasetConfig: InputFile | undefined;
  for (const name of readdirSync(root).sort()) {
    const path = join(contentDir, name);
    if (/\.(md|markdown)$/i.test(name) && !NOT_COMPILED.test(name)) {
      documents.push(readInside(root, path));
    } else if (name === 'dataset.yaml') {
      datasetConfig = readInside(root, path);
    }
  }
  // The project's own safety documents (front matter `kind: house`), read like any other.
  const houseDir = join(contentDir, 'house');
  if (statOrUndefined(houseDir)?.isDirectory()) {
    assertInside(root, houseDir);
    for (const name of readdirSync(houseDir).sort()) {
      if (/\.(md|markdown)$/i.test(name) && !NOT_COMPILED.test(name)) documents.push(readInside(root, join(houseDir, name)));
    }
  }
  const rulesDir = join(contentDir, 'rules');
  const rulesStat = statOrUndefined(rulesDir);
  const { defaults, isDefaultFolder } = defaultRules(root, rulesDir);
  if (rulesStat?.isDirectory() && !isDefaultFolder) {
    assertInside(root, rulesDir);
    for (const name of readdirSync(rulesDir).sort()) {
      if (/\.ya?ml$/i.test(name)) rules.push(readInside(root, join(rulesDir, name)));
    }
  }
  const revisions: InputFile[] = [];
  const revisionsDir = join(contentDir, 'revisions');
  if (statOrUndefined(revisionsDir)?.isDirectory()) {
    assertInside(root, revisionsDir);
    for (const name of readdirSync(revisionsDir).sort()) {
      if (/\.ya?ml$/i.test(name)) revisions.push(readInside(root, join(revisionsDir, name)));
    }
  }
  const reviewsPath = join(contentDir, 'reviews.yaml');
  const reviews = lstatSync(reviewsPath, { throwIfNoEntry: false }) ? readInside(root, reviewsPath) : undefined;
  const groupsPath = join(contentDir, 'vocabulary', 'exercise-groups.yaml');
  const exerciseGroups = lstatSync(groupsPath, { throwIfNoEntry: false }) ? readInside(root, groupsPath) : undefined;
  return {
    documents, rules, defaultRules: defaults, contentDir,
    ...(datasetConfig ? { datasetConfig } : {}),
    ...(exerciseGroups ? { exerciseGroups } : {}),
    ...(revisions.length > 0 ? { revisions } : {}),
    ...(reviews ? { reviews } : {}),
  };
}

function statOrUndefined(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

/** The real path of `path`, which must lie inside the content folder `root`. */
function assertInside(root: string, path: string): string {
  let real: string;
  try {
    real = realpathSync(path);
  } catch {
    throw new ContentFolderError(`${path}: cannot be read (a broken link?)`);
  }
  const rel = relative(root, real);
  if (rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel) || rel === '') {
    throw new ContentFolderError(`${path}: links outside the content folder (${real}); copy the file in instead`);
  }
  return real;
}

function readInside(root: string, path: string): InputFile {
  const real = assertInside(root, path);
  const info = statSync(real);
  if (!info.isFile()) throw new ContentFolderError(`${path}: is not a regular file (a folder, pipe or device); remove it from the content folder`);
  // Over the per-document bound the file is not read at all; compile reports its size.
  if (info.size > LIMITS.documentBytes) return { path: path.split(sep).join('/'), bytes: new Uint8Array(0), size: info.size };
  try {
    return { path: path.split(sep).join('/'), bytes: readFileSync(real) };
  } catch (error) {
    throw new ContentFolderError(`${path}: cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
}
