/**
 * A whole source document in the Word briefing — a document item, or one document of the
 * appendix: its title as a real Word heading, metadata, citation, then its questions and answers
 * in reading order with their highlights (lettered notes after each question → answer block),
 * footnotes as Word footnotes, and the notes that could no longer be placed.
 */
import { HeadingLevel, Paragraph, TextRun } from 'docx';
import type { SourceFootnote, SourceInfo } from '../core/briefing/content.js';
import { placeAnnotations, type Placements } from '../core/briefing/placement.js';
import { readingOrder } from '../core/briefing/reading-order.js';
import { printedPart, themeNames, printedNote, type ResolveContext } from '../core/briefing/resolve-parts.js';
import type { Annotation, PartRef, QaDocument } from '../core/model/index.js';
import { partKey } from '../core/model/parts.js';
import { resolveContext, type DocxContext } from './context.js';
import { citeAsParagraph, metadataParagraphs } from './document-meta.js';
import { footnoteRefs, type FootnoteSpec } from './footnotes.js';
import { NoteList, noteParagraphs } from './notes.js';
import { partLabelParagraph } from './qa.js';
import { passageParagraphs } from './passage.js';
import { STYLE } from './styles.js';
import { oneLine } from './text.js';

/** A document to lay out in full (ContentItem `document` and the appendix entries have this shape). */
export interface FullDocument {
  source: SourceInfo;
  document: QaDocument;
  annotations: readonly Annotation[];
  documentTagIds: readonly string[];
}

/** How to lay out one document. */
export interface DocumentLayout {
  /** Word heading level of the title: 1 outside any briefing heading, else 2 */
  headingLevel: 1 | 2;
  /** start the document on a new page (appendix) */
  pageBreakBefore: boolean;
  /** print every question and answer (appendix); false: as `includeUnannotatedAnswers` says */
  complete: boolean;
}

interface DocumentRender {
  ctx: DocxContext;
  rctx: ResolveContext;
  doc: QaDocument;
  annotations: readonly Annotation[];
  placements: Placements;
}

/** A footnote of the source with the highlights on its own text. */
function footnoteSpec(r: DocumentRender, f: SourceFootnote): FootnoteSpec {
  const index = r.doc.footnotes.findIndex((n) => n.number === f.number);
  const part = index < 0 ? null : printedPart(r.doc, { type: 'footnote', index }, r.annotations, r.rctx);
  return { number: f.number, text: part?.text ?? { text: f.text, marks: [] }, url: f.url };
}

function partParagraphs(r: DocumentRender, ref: PartRef, notes: NoteList): Paragraph[] {
  const part = printedPart(r.doc, ref, r.annotations, r.rctx);
  if (part === null) return [];
  const style = ref.type === 'question' ? STYLE.question : STYLE.answer;
  const footnotes = part.footnotes.map((f) => footnoteSpec(r, f));
  return [partLabelParagraph(part.label), ...passageParagraphs(part.text, { style, notes, footnotes })];
}

/** The footnotes no question or answer refers to: referenced from the citation line, so none is lost. */
function looseFootnotes(r: DocumentRender): FootnoteSpec[] {
  if (!r.ctx.options.includeFootnotes) return [];
  const referenced = new Set([...r.doc.questions, ...r.doc.answers].flatMap((p) => p.footnoteRefs));
  return r.doc.footnotes.filter((f) => !referenced.has(f.number)).map((f) => footnoteSpec(r, f));
}

/** The notes on the title's highlights: the heading itself stays plain, so they are listed under the citation. */
function titleNotes(r: DocumentRender): NoteList {
  const notes = new NoteList();
  for (const p of r.placements.byPart.get(partKey({ type: 'title', index: 0 })) ?? []) {
    const a = p.annotation;
    notes.add({ start: p.start, end: p.end, color: a.color, annotationId: a.id, note: printedNote(a, r.rctx), themes: themeNames(a.tagIds, r.rctx) }, a.target.quote.exact);
  }
  return notes;
}

/** "Niet meer gevonden": the highlights whose quote is no longer in the text, with their notes. */
function unplacedParagraphs(r: DocumentRender): Paragraph[] {
  if (r.placements.unplaced.length === 0) return [];
  const notes = new NoteList();
  for (const a of r.placements.unplaced) notes.addUnplaced(a.target.quote.exact, printedNote(a, r.rctx), themeNames(a.tagIds, r.rctx));
  const { labels } = r.ctx;
  const hint = new Paragraph({ style: STYLE.hint, children: [new TextRun({ text: `${labels.unplaced}. `, bold: true }), new TextRun(labels.unplacedHint)] });
  return [hint, ...noteParagraphs(notes.entries, r.ctx, null)];
}

/** The question → answer blocks in reading order; without `complete`, only blocks with a highlight. */
function blockParagraphs(r: DocumentRender, complete: boolean): Paragraph[] {
  const marked = (ref: PartRef): boolean => r.placements.byPart.has(partKey(ref));
  const { blocks, trailingAnswers } = readingOrder(r.doc);
  const steps = [...blocks, ...trailingAnswers.map((ai) => ({ questions: [], answers: [ai] }))];
  const out: Paragraph[] = [];
  for (const step of steps) {
    const refs: PartRef[] = [
      ...step.questions.map((index) => ({ type: 'question' as const, index })),
      ...step.answers.map((index) => ({ type: 'answer' as const, index })),
    ];
    if (!complete && !refs.some(marked)) continue;
    const notes = new NoteList();
    for (const ref of refs) out.push(...partParagraphs(r, ref, notes));
    out.push(...noteParagraphs(notes.entries, r.ctx));
  }
  return out;
}

/**
 * The paragraphs of one whole document: heading (Heading 1 or 2, so it is in the TOC and the
 * navigation pane), metadata, citation (with the footnotes no part refers to), title notes,
 * question → answer blocks, and the notes that could not be placed.
 */
export function documentParagraphs(item: FullDocument, layout: DocumentLayout, ctx: DocxContext): Paragraph[] {
  const r: DocumentRender = {
    ctx,
    rctx: resolveContext(ctx),
    doc: item.document,
    annotations: item.annotations,
    placements: placeAnnotations(item.document, item.annotations),
  };
  const notes = titleNotes(r);
  const citeAs = citeAsParagraph(item.source, ctx, footnoteRefs(looseFootnotes(r), notes));
  const heading = new Paragraph({
    heading: layout.headingLevel === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
    pageBreakBefore: layout.pageBreakBefore,
    children: [new TextRun(oneLine(item.source.title))],
  });
  return [
    heading,
    ...metadataParagraphs(r.doc, item.documentTagIds, ctx),
    ...(citeAs === null ? [] : [citeAs]),
    ...noteParagraphs(notes.entries, ctx),
    ...blockParagraphs(r, layout.complete || ctx.options.includeUnannotatedAnswers),
    ...unplacedParagraphs(r),
  ];
}
