// The impure edge that reads a content folder: markdown documents (not README.md), the dataset
// settings and the rule files. Symbolic links that lead outside the folder are refused.
import { lstat, readdir, readFile, realpath, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, sep } from 'node:path';
import { LIMITS } from '../read/limits.js';
import type { ContentInput, InputFile } from './inputs.js';

export class ContentFolderError extends Error {}

const NOT_COMPILED = /^readme\.(md|markdown)$/i;


export async function loadContent(contentDir: string): Promise<ContentInput> {
  let root: string;
  try {
    root = await realpath(contentDir);
  } catch {
    throw new ContentFolderError(`cannot read the content folder ${contentDir}: it does not exist`);
  }
  const info = await lstat(root);
  if (!info.isDirectory()) throw new ContentFolderError(`${contentDir} is a file, expected a content folder`);
  const documents: InputFile[] = [];
  const rules: InputFile[] = [];
  let datasetConfig: InputFile | undefined;
  for (const name of (await readdir(root)).sort()) {
    const path = join(contentDir, name);
    if (/\.(md|markdown)$/i.test(name) && !NOT_COMPILED.test(name)) {
      documents.push(await readInside(root, path));
    } else if (name === 'dataset.yaml') {
      datasetConfig = await readInside(root, path);
    }
  }
  const rulesDir = join(contentDir, 'rules');
  const rulesStat = await stat(rulesDir).catch(() => undefined);
  if (rulesStat?.isDirectory()) {
    await assertInside(root, rulesDir);
    for (const name of (await readdir(rulesDir)).sort()) {
      if (/\.ya?ml$/i.test(name)) rules.push(await readInside(root, join(rulesDir, name)));
    }
  }
  const groupsPath = join(contentDir, 'vocabulary', 'exercise-groups.yaml');
  const exerciseGroups = (await lstat(groupsPath).catch(() => undefined)) ? await readInside(root, groupsPath) : undefined;
  return { documents, rules, contentDir, ...(datasetConfig ? { datasetConfig } : {}), ...(exerciseGroups ? { exerciseGroups } : {}) };
}

/** The real path of `path`, which must lie inside the content folder `root`. */
async function assertInside(root: string, path: string): Promise<string> {
  const real = await realpath(path).catch(() => {
    throw new ContentFolderError(`${path}: cannot be read (a broken link?)`);
  });
  const rel = relative(root, real);
  if (rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel) || rel === '') {
    throw new ContentFolderError(`${path}: links outside the content folder (${real}); copy the file in instead`);
  }
  return real;
}

async function readInside(root: string, path: string): Promise<InputFile> {
  const real = await assertInside(root, path);
  const info = await stat(real);
  if (!info.isFile()) throw new ContentFolderError(`${path}: is not a regular file (a folder, pipe or device); remove it from the content folder`);
  // Over the per-document bound the file is not read at all; compile reports its size.
  if (info.size > LIMITS.documentBytes) return { path: path.split(sep).join('/'), bytes: new Uint8Array(0), size: info.size };
  try {
    return { path: path.split(sep).join('/'), bytes: new Uint8Array(await readFile(real)) };
  } catch (error) {
    throw new ContentFolderError(`${path}: cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
}
