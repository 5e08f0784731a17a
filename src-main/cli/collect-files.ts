/**
 * Expands the `import` arguments: files stay as given, folders are walked recursively (sorted,
 * hidden entries skipped). A path that does not exist is reported, not thrown, so the other
 * files still get imported.
 */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

export interface CollectedFiles {
  /** absolute paths of the files to import, in a stable order */
  files: string[];
  /** arguments that name nothing readable, with the reason */
  missing: { path: string; reason: string }[];
}

async function walk(dir: string, out: string[]): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) await walk(full, out);
    else if (entry.isFile()) out.push(full);
  }
}

/**
 * Resolves `args` (relative to `cwd`) to files, walking folders recursively.
 * @param isCandidate which files inside a folder to take (files named explicitly are always taken)
 */
export async function collectFiles(
  args: readonly string[],
  cwd: string,
  isCandidate: (fileName: string) => boolean = () => true,
): Promise<CollectedFiles> {
  const files: string[] = [];
  const missing: CollectedFiles['missing'] = [];
  for (const arg of args) {
    const full = path.resolve(cwd, arg);
    try {
      const info = await stat(full);
      if (info.isDirectory()) {
        const found: string[] = [];
        await walk(full, found);
        files.push(...found.filter((f) => isCandidate(path.basename(f))));
      } else {
        files.push(full);
      }
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      missing.push({ path: arg, reason: code === 'ENOENT' ? 'no such file or folder' : `cannot be read (${code ?? 'error'})` });
    }
  }
  return { files: [...new Set(files)], missing };
}
