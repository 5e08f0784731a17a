/**
 * `vraagbaak annotate <id> --quote <text> [--part answer:3] ...`: highlight the first occurrence of
 * a quote, via the annotation service's create-by-quote. `--part` uses the numbers printed in the
 * document: `question:3` is question 3, `answer:3` the answer to question 3, `footnote:2` footnote 2.
 */
import { VraagbaakError, type HighlightColor, type PartRef, type QaDocument } from '../../core/model/index.js';
import type { PartSpec } from '../part-spec.js';
import type { CliContext } from '../context.js';
import { describePartOf } from '../format.js';
import { withArchive } from '../open-archive.js';
import { EXIT_OK } from '../usage-error.js';

export interface AnnotateOptions {
  id: string;
  quote: string;
  part: PartSpec | null;
  note: string;
  tags: string[];
  color: HighlightColor;
  json: boolean;
  archive?: string | undefined;
}

/**
 * The PartRef (array index) for a `--part` spec (printed number) in `document`.
 * @throws VraagbaakError('not-found') when the document has no such part
 */
export function partRefFor(document: QaDocument, spec: PartSpec): PartRef {
  if (spec.type === 'title') return { type: 'title', index: 0 };
  const n = spec.number ?? -1;
  const index =
    spec.type === 'question'
      ? document.questions.findIndex((q) => q.number === n)
      : spec.type === 'answer'
        ? document.answers.findIndex((a) => a.questionNumbers.includes(n))
        : document.footnotes.findIndex((f) => f.number === n);
  if (index < 0) {
    const what = spec.type === 'answer' ? `answer to question ${n}` : `${spec.type} ${n}`;
    throw new VraagbaakError('not-found', `Document "${document.id}" has no ${what} (option --part ${spec.type}:${n}).`, {
      documentId: document.id,
    });
  }
  return { type: spec.type, index };
}

/** Runs `annotate`: prints the new Annotation with --json, else one sentence. */
export async function runAnnotate(ctx: CliContext, o: AnnotateOptions): Promise<number> {
  const { annotation, document, themes } = await withArchive(ctx, { archive: o.archive }, async (app) => {
    const { document } = await app.documents.get(o.id);
    const part = o.part === null ? undefined : partRefFor(document, o.part);
    const annotation = await app.annotations.createByQuote(o.id, o.quote, {
      ...(part ? { part } : {}),
      note: o.note,
      tagNames: o.tags,
      color: o.color,
    });
    // the themes as the archive spells them ("--tag stikstof" finds the existing "Stikstof")
    const names = new Map(app.tags.list().map((t) => [t.id, t.name]));
    return { annotation, document, themes: annotation.tagIds.flatMap((id) => names.get(id) ?? []) };
  });
  if (o.json) {
    ctx.out(`${JSON.stringify(annotation, null, 2)}\n`);
  } else {
    const extras = [o.note ? 'a note' : '', themes.length ? `tag${themes.length === 1 ? '' : 's'} ${themes.join(', ')}` : '']
      .filter(Boolean)
      .join(' and ');
    ctx.out(
      `Highlighted "${annotation.target.quote.exact}" in ${describePartOf(document, annotation.target.part)} of ${o.id}` +
        ` in ${annotation.color}${extras ? `, with ${extras}` : ''} (annotation ${annotation.id}).\n`,
    );
  }
  return EXIT_OK;
}
