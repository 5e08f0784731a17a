/**
 * One whole document in a briefing (a document item, or a source in the appendix): heading,
 * metadata, citation, the question → answer blocks in reading order with their highlights and
 * lettered notes, footnotes (as briefing endnotes, or as the document's own list in the appendix),
 * and the notes that could not be placed.
 */
import type { Annotation, QaDocument } from '../model/index.js';
import { partKey } from '../model/parts.js';
import { capitalize, displayTitle } from '../present/title.js';
import type { SourceInfo } from './content.js';
import { metadataHtml, citationHtml } from './document-meta.js';
import { appendToLastParagraph, endnoteRefs, footnoteHtml } from './endnotes.js';
import { escapeHtml } from './escape-html.js';
import { renderMarkedInline, renderMarkedParagraphs, type Mark } from './marks.js';
import { noteLetter, noteTextHtml, renderMarkNotes, themesLine, type MarkNote } from './notes-html.js';
import { oneLine } from './outline.js';
import { partLabel } from './part-label.js';
import { placeAnnotations, type Placements } from './placement.js';
import { readingOrder } from './reading-order.js';
import type { RenderContext } from './render-context.js';

/** A document with what is printed around it. */
export interface DocumentToRender {
  source: SourceInfo;
  document: QaDocument;
  annotations: readonly Annotation[];
  documentTagIds: readonly string[];
}

/** How a document is laid out where it is printed. */
export interface DocumentLayout {
  /** the `id` of the document's `<article>` */
  anchor: string;
  /** `<h2>` at the top level, `<h3>` under a heading or in the appendix */
  headingLevel: 2 | 3;
  /** 'endnotes': footnotes become the briefing's numbered endnotes; 'list': the document's own list at its end */
  footnotes: 'endnotes' | 'list' | 'none';
  /** print only the question/answer blocks that carry a highlight */
  onlyAnnotated: boolean;
  /** extra class of the `<article>` ("appendix-doc") */
  className?: string;
}

/** State of one document while it is rendered. */
interface DocumentRun {
  item: DocumentToRender;
  layout: DocumentLayout;
  placements: Placements;
  ctx: RenderContext;
  letters: number;
}

function hasPrintedNote(a: Annotation, ctx: RenderContext): boolean {
  return (ctx.options.includeNotes && a.note.trim() !== '') || (ctx.options.includeThemes && a.tagIds.length > 0);
}

function printedThemes(a: Annotation, ctx: RenderContext): string[] {
  if (!ctx.options.includeThemes) return [];
  return a.tagIds.map((id) => ctx.tagsById.get(id)?.name).filter((n): n is string => n !== undefined);
}

/** Marks for one part; highlights with a printed note or themes get the next letter, their notes go to `notes`. */
function marksFor(key: string, text: string, run: DocumentRun, notes: MarkNote[]): Mark[] {
  return (run.placements.byPart.get(key) ?? []).map((p) => {
    if (!hasPrintedNote(p.annotation, run.ctx)) return { start: p.start, end: p.end, color: p.annotation.color, ref: null };
    const label = noteLetter(run.letters++);
    const ref = { label, target: `${run.layout.anchor}-note-${label}` };
    notes.push({ ref, quote: text.slice(p.start, p.end), note: run.ctx.options.includeNotes ? p.annotation.note : '', themes: printedThemes(p.annotation, run.ctx) });
    return { start: p.start, end: p.end, color: p.annotation.color, ref };
  });
}

/** Highlights of one part without note references (a footnote printed as a briefing endnote). */
function plainMarks(key: string, run: DocumentRun): Mark[] {
  return (run.placements.byPart.get(key) ?? []).map((p) => ({ start: p.start, end: p.end, color: p.annotation.color, ref: null }));
}

/** Footnote references of a part: endnote numbers, or the document's own numbers linked to its list. */
function footnoteRefs(refs: readonly number[], run: DocumentRun): string {
  const doc = run.item.document;
  const footnotes = refs.map((n) => doc.footnotes.findIndex((f) => f.number === n)).filter((fi) => fi >= 0);
  if (run.layout.footnotes === 'endnotes') {
    return endnoteRefs(
      footnotes.map((fi) => {
        const f = doc.footnotes[fi]!;
        return run.ctx.endnotes.register(doc.id, f, plainMarks(partKey({ type: 'footnote', index: fi }), run));
      }),
    );
  }
  if (run.layout.footnotes === 'list' && footnotes.length > 0) {
    const links = footnotes.map((fi) => {
      const n = String(doc.footnotes[fi]!.number);
      return `<a href="#${escapeHtml(run.layout.anchor)}-fn-${n}">${n}</a>`;
    });
    return `<sup class="fn-ref">${links.join(',')}</sup>`;
  }
  return '';
}

function renderPart(type: 'question' | 'answer', index: number, run: DocumentRun, notes: MarkNote[]): string {
  const doc = run.item.document;
  const part = type === 'question' ? doc.questions[index] : doc.answers[index];
  if (part === undefined) return '';
  const body = renderMarkedParagraphs(part.text, marksFor(partKey({ type, index }), part.text, run, notes));
  const label = escapeHtml(partLabel(doc, { type, index }, run.ctx.labels));
  return `<div class="${type}"><p class="part-label">${label}</p>\n${appendToLastParagraph(body, footnoteRefs(part.footnoteRefs, run))}</div>`;
}

function isAnnotated(type: 'question' | 'answer', indices: readonly number[], run: DocumentRun): boolean {
  return indices.some((i) => run.placements.byPart.has(partKey({ type, index: i })));
}

/** The question/answer blocks in reading order, each followed by the notes of its highlights. */
function blocksHtml(run: DocumentRun): string[] {
  const { blocks, trailingAnswers } = readingOrder(run.item.document);
  const out: string[] = [];
  const steps = [...blocks, ...trailingAnswers.map((ai) => ({ questions: [], answers: [ai] }))];
  for (const block of steps) {
    if (run.layout.onlyAnnotated && !isAnnotated('question', block.questions, run) && !isAnnotated('answer', block.answers, run)) continue;
    const notes: MarkNote[] = [];
    for (const qi of block.questions) out.push(renderPart('question', qi, run, notes));
    for (const ai of block.answers) out.push(renderPart('answer', ai, run, notes));
    out.push(renderMarkNotes(notes, run.ctx.labels));
  }
  return out;
}

/** The document's own footnote list (appendix). */
function footnoteListHtml(run: DocumentRun): string {
  const doc = run.item.document;
  if (run.layout.footnotes !== 'list' || doc.footnotes.length === 0) return '';
  const notes: MarkNote[] = [];
  const items = doc.footnotes.map((f, fi) => {
    const marks = marksFor(partKey({ type: 'footnote', index: fi }), f.text, run, notes);
    return `<li id="${escapeHtml(run.layout.anchor)}-fn-${String(f.number)}" value="${String(f.number)}">${footnoteHtml(f, marks)}</li>`;
  });
  return `<section class="footnotes"><p class="section-label">${escapeHtml(run.ctx.labels.footnotes)}</p><ol>\n${items.join('\n')}\n</ol></section>${renderMarkNotes(notes, run.ctx.labels)}`;
}

function unplacedHtml(run: DocumentRun): string {
  const { unplaced } = run.placements;
  if (unplaced.length === 0) return '';
  const { labels, options } = run.ctx;
  const items = unplaced.map((a) => {
    const note = options.includeNotes && a.note.trim() ? noteTextHtml(a.note) : '';
    const label = escapeHtml(partLabel(run.item.document, a.target.part, labels));
    return `<li><p class="quote">“${escapeHtml(a.target.quote.exact)}”</p>${note}${themesLine(printedThemes(a, run.ctx), labels)}<p class="part-label-small">${label}</p></li>`;
  });
  return `<aside class="analyst-note unplaced"><p class="analyst-note-label">${escapeHtml(labels.unplaced)}</p><p class="part-label-small">${escapeHtml(labels.unplacedHint)}</p><ul>\n${items.join('\n')}\n</ul></aside>`;
}

/**
 * The heading: the display title, with the marks on the subject drawn in. Capitalising keeps the
 * subject's offsets, so the marks stay in place; the rare first letter whose capital is longer
 * ("ß") is left as printed.
 */
function headingTitle(run: DocumentRun, notes: MarkNote[]): string {
  const doc = run.item.document;
  if (!doc.title?.trim()) return escapeHtml(oneLine(displayTitle(doc, run.ctx.locale)));
  const marks = marksFor(partKey({ type: 'title', index: 0 }), doc.title, run, notes);
  const capitalised = capitalize(doc.title);
  return renderMarkedInline(capitalised.length === doc.title.length ? capitalised : doc.title, marks);
}

/**
 * Renders one document as `<article class="document" id="<anchor>">` under an `<h2>`/`<h3>` title;
 * question and answer labels are styled paragraphs, so the PDF outline holds only the title.
 * Notes are lettered per document (a, b, …) and listed after each question/answer block.
 *
 * @param ctx - labels, options, themes and the briefing's endnotes (advanced by the footnotes printed here)
 * @returns escaped HTML
 */
export function renderDocument(item: DocumentToRender, layout: DocumentLayout, ctx: RenderContext): string {
  const run: DocumentRun = { item, layout, placements: placeAnnotations(item.document, item.annotations), ctx, letters: 0 };
  const h = `h${String(layout.headingLevel)}`;
  const titleNotes: MarkNote[] = [];
  const out = [
    `<article class="document${layout.className ? ` ${layout.className}` : ''}" id="${escapeHtml(layout.anchor)}">`,
    `<${h}>${headingTitle(run, titleNotes)}</${h}>`,
    metadataHtml(item.document, item.documentTagIds, ctx),
    citationHtml(item.source, ctx),
    renderMarkNotes(titleNotes, ctx.labels),
    ...blocksHtml(run),
    footnoteListHtml(run),
    unplacedHtml(run),
    '</article>',
  ];
  return out.filter((s) => s.length > 0).join('\n');
}
