/**
 * `vraagbaak annotations [--json] [--tag T] [--query Q]`: every annotation of the archive with its
 * quote, note, themes, colour, document and part; --tag keeps those of a theme and its
 * sub-themes, --query those whose quote or note contains the text (case and accents ignored).
 */
import type { Annotation, AnchorState, HighlightColor, PartRef, QaDocument } from '../../core/model/index.js';
import { displayTitle } from '../../core/present/title.js';
import { selectAnnotations } from '../../services/annotation-export.js';
import type { AnnotationsCommand } from '../annotation-args.js';
import type { CliContext } from '../context.js';
import { describePartOf } from '../format.js';
import { withArchive } from '../open-archive.js';
import { EXIT_OK } from '../usage-error.js';

/** One annotation as `annotations --json` prints it. */
export interface AnnotationListEntry {
  id: string;
  documentId: string;
  documentTitle: string;
  part: PartRef;
  /** "answer to question 3", "question 2", "footnote 1", "title" */
  partLabel: string;
  quote: string;
  note: string;
  /** theme names, in the annotation's order */
  themes: string[];
  color: HighlightColor;
  anchorState: AnchorState;
  createdAt: string;
  updatedAt: string;
}

/** Lower case without accents: "Financiën" and "financien" match. */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

function entryText(e: AnnotationListEntry): string {
  const themes = e.themes.length > 0 ? ` [${e.themes.join(', ')}]` : '';
  const state = e.anchorState === 'anchored' ? '' : ` (${e.anchorState})`;
  const lines = [`"${e.quote}"${themes} (${e.color})${state}`, `  ${e.documentId} · ${e.partLabel} · ${e.documentTitle}`];
  if (e.note !== '') lines.push(`  Note: ${e.note.replace(/\s*\n\s*/g, ' / ')}`);
  return lines.join('\n');
}

/**
 * Runs `annotations`: a JSON array of AnnotationListEntry with --json, else three lines at most per
 * annotation and a count.
 * @throws VraagbaakError('not-found') reason 'theme-missing' for an unknown --tag
 */
export async function runAnnotations(ctx: CliContext, c: AnnotationsCommand): Promise<number> {
  const entries = await withArchive(ctx, { archive: c.archive }, async (app) => {
    const tagId = c.tag === undefined ? undefined : app.annotationFiles.themeByName(c.tag).id;
    const needle = c.query === undefined ? null : fold(c.query);
    const matches = (a: Annotation) => needle === null || fold(a.target.quote.exact).includes(needle) || fold(a.note).includes(needle);
    const names = new Map(app.tags.list().map((t) => [t.id, t.name]));
    const documents = new Map<string, QaDocument | null>();
    const list: AnnotationListEntry[] = [];
    for (const a of selectAnnotations(app.archive, { tagId }).annotations.filter(matches)) {
      const summary = app.archive.getSummary(a.documentId);
      const document = documents.get(a.documentId) ?? app.archive.readDocumentSync(a.documentId);
      documents.set(a.documentId, document);
      list.push({
        id: a.id,
        documentId: a.documentId,
        documentTitle: summary ? displayTitle(summary, 'en') : a.documentId,
        part: a.target.part,
        partLabel: describePartOf(document, a.target.part),
        quote: a.target.quote.exact,
        note: a.note,
        themes: a.tagIds.flatMap((id) => names.get(id) ?? []),
        color: a.color,
        anchorState: a.anchorState ?? 'anchored',
        createdAt: a.createdAt,
        updatedAt: a.updatedAt,
      });
    }
    return list;
  });
  if (c.json) ctx.out(`${JSON.stringify(entries, null, 2)}\n`);
  else if (entries.length === 0) ctx.out(c.tag !== undefined || c.query !== undefined ? 'No annotations match.\n' : 'There are no annotations.\n');
  else ctx.out(`${entries.map(entryText).join('\n')}\n${String(entries.length)} annotation${entries.length === 1 ? '' : 's'}.\n`);
  return EXIT_OK;
}
