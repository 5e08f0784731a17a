/**
 * `vraagbaak tags [--json]`: the themes as a tree (sub-themes indented under their parent,
 * siblings by name) with how many documents and annotations carry each, directly and with its
 * sub-themes (tags.stats).
 */
import type { TagStats } from '../../core/api/types.js';
import { compareTagNames, type Tag } from '../../core/model/index.js';
import type { CliContext } from '../context.js';
import { withArchive } from '../open-archive.js';
import { EXIT_OK } from '../usage-error.js';

/** One theme in tree order, as `tags --json` prints it. */
export interface ThemeRow extends Tag, Omit<TagStats, 'tagId'> {
  /** 0 for a top-level theme, 1 for its sub-themes, … */
  depth: number;
}

/**
 * The themes in tree order: each parent before its sub-themes, siblings by name (`compareTagNames`,
 * the order the app lists them in). A theme whose parent is missing, or in a parent cycle, is shown at the top.
 */
export function themeRows(tags: readonly Tag[], stats: readonly TagStats[]): ThemeRow[] {
  const ids = new Set(tags.map((t) => t.id));
  const byName = compareTagNames;
  const children = (parentId: string) => tags.filter((t) => t.parentId === parentId).sort(byName);
  const statsOf = new Map(stats.map((s) => [s.tagId, s]));
  const rows: ThemeRow[] = [];
  const seen = new Set<string>();
  const visit = (tag: Tag, depth: number): void => {
    if (seen.has(tag.id)) return;
    seen.add(tag.id);
    const s = statsOf.get(tag.id);
    rows.push({
      ...tag,
      depth,
      documents: s?.documents ?? 0,
      annotations: s?.annotations ?? 0,
      documentsWithSubthemes: s?.documentsWithSubthemes ?? 0,
      annotationsWithSubthemes: s?.annotationsWithSubthemes ?? 0,
    });
    for (const child of children(tag.id)) visit(child, depth + 1);
  };
  for (const tag of tags.filter((t) => t.parentId === null || !ids.has(t.parentId)).sort(byName)) visit(tag, 0);
  for (const tag of [...tags].sort(byName)) visit(tag, 0); // what a parent cycle left out
  return rows;
}

const counted = (n: number, one: string) => `${String(n)} ${one}${n === 1 ? '' : 's'}`;

/** `  Name  (1 document, 3 annotations; with sub-themes 2 documents, 5 annotations)` */
export function themeLine(row: ThemeRow, hasChildren: boolean): string {
  const direct = `${counted(row.documents, 'document')}, ${counted(row.annotations, 'annotation')}`;
  const sub = hasChildren
    ? `; with sub-themes ${counted(row.documentsWithSubthemes, 'document')}, ${counted(row.annotationsWithSubthemes, 'annotation')}`
    : '';
  return `${'  '.repeat(row.depth)}${row.name}  (${direct}${sub})`;
}

/** Runs `tags`: a JSON array of ThemeRow with --json, else the indented tree. */
export async function runTags(ctx: CliContext, json: boolean, archive: string | undefined): Promise<number> {
  const rows = await withArchive(ctx, { archive }, (app) => Promise.resolve(themeRows(app.tags.list(), app.tags.stats())));
  if (json) ctx.out(`${JSON.stringify(rows, null, 2)}\n`);
  else if (rows.length === 0) ctx.out('There are no themes.\n');
  else ctx.out(`${rows.map((row, i) => themeLine(row, (rows[i + 1]?.depth ?? 0) > row.depth)).join('\n')}\n`);
  return EXIT_OK;
}
