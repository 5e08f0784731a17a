/**
 * One document's section of a briefing: heading, metadata, citation, the question → answer blocks
 * in reading order (an answer covering several questions follows the last of them, once), marks
 * with numbered notes after each block, footnotes, and the notes that could not be placed.
 */
import type { Annotation, QaDocument, Tag } from '../model/index.js';
import type { BriefingDocument } from './types.js';
import { formatCitation } from '../present/citation.js';
import { formatDate } from '../present/dates.js';
import { formatMembers, formatOfficials } from '../present/people.js';
import { identifierLabel } from '../present/labels.js';
import { capitalize, displayTitle } from '../present/title.js';
import { escapeHtml, isSafeHref } from './escape-html.js';
import type { BriefingLabels, BriefingLocale } from './labels.js';
import { renderMarkedInline, renderMarkedParagraphs, type Mark } from './marks.js';
import { partKey } from '../model/parts.js';
import { placeAnnotations, type Placements } from './placement.js';

/** Shared across the documents of one briefing: note numbers run on through the whole briefing. */
export interface RenderContext {
  locale: BriefingLocale;
  labels: BriefingLabels;
  tagsById: ReadonlyMap<string, Tag>;
  nextNoteNumber: number;
}

interface NoteEntry {
  number: number;
  annotation: Annotation;
}

/** One step of the reading order: some questions, then the answers that follow the last of them. */
interface Block {
  questions: number[];
  answers: number[];
}

/** True when an annotation is worth a numbered note (a note text or tags), not just a highlight. */
function hasNote(a: Annotation): boolean {
  return a.note.trim().length > 0 || a.tagIds.length > 0;
}

function tagChips(tagIds: readonly string[], ctx: RenderContext): string {
  return tagIds
    .map((id) => ctx.tagsById.get(id))
    .filter((t): t is Tag => t !== undefined)
    .map((t) => {
      const border = /^#[0-9a-f]{3,8}$/i.test(t.color) ? ` style="border-color: ${t.color}"` : '';
      return `<span class="tag"${border}>${escapeHtml(t.name)}</span>`;
    })
    .join(' ');
}

function tagNames(tagIds: readonly string[], ctx: RenderContext): string[] {
  return tagIds.map((id) => ctx.tagsById.get(id)?.name).filter((n): n is string => n !== undefined);
}

/** Note text: paragraphs at blank lines, line breaks kept. */
function noteTextHtml(note: string): string {
  return note
    .trim()
    .split(/\n\s*\n/)
    .map((p) => `<p class="note-text">${escapeHtml(p).replace(/\n/g, '<br>')}</p>`)
    .join('');
}

function noteBody(annotation: Annotation, ctx: RenderContext): string {
  const names = tagNames(annotation.tagIds, ctx);
  return [
    `<p class="quote">“${escapeHtml(annotation.target.quote.exact)}”</p>`,
    annotation.note.trim() ? noteTextHtml(annotation.note) : '',
    names.length > 0 ? `<p class="note-tags">${escapeHtml(ctx.labels.tags)}: ${escapeHtml(names.join(', '))}</p>` : '',
  ].join('');
}

function notesList(entries: readonly NoteEntry[], ctx: RenderContext): string {
  if (entries.length === 0) return '';
  const items = entries
    .map((e) => `<li id="note-${String(e.number)}" value="${String(e.number)}">${noteBody(e.annotation, ctx)}</li>`)
    .join('\n');
  return `<aside class="notes"><h4>${escapeHtml(ctx.labels.notes)}</h4><ol>\n${items}\n</ol></aside>`;
}

/** Marks for one part, numbering the annotations that carry a note and collecting them in `notes`. */
function marksFor(key: string, placements: Placements, ctx: RenderContext, notes: NoteEntry[]): Mark[] {
  return (placements.byPart.get(key) ?? []).map((p) => {
    let noteNumber: number | null = null;
    if (hasNote(p.annotation)) {
      noteNumber = ctx.nextNoteNumber++;
      notes.push({ number: noteNumber, annotation: p.annotation });
    }
    return { start: p.start, end: p.end, color: p.annotation.color, noteNumber };
  });
}

function withFootnoteRefs(html: string, refs: readonly number[], ctx: RenderContext): string {
  if (refs.length === 0) return html;
  const ref = ` <span class="fn-ref">(${escapeHtml(ctx.labels.footnoteRef(refs))})</span>`;
  return html.endsWith('</p>') ? `${html.slice(0, -4)}${ref}</p>` : `${html}<p>${ref}</p>`;
}

/** Reading order: each answer follows the last question it covers; uncovered answers come last. */
export function readingOrder(doc: QaDocument): { blocks: Block[]; trailingAnswers: number[] } {
  const answersAfter = new Map<number, number[]>();
  const trailingAnswers: number[] = [];
  doc.answers.forEach((answer, ai) => {
    let last = -1;
    doc.questions.forEach((q, qi) => {
      if (answer.questionNumbers.includes(q.number)) last = qi;
    });
    if (last < 0) trailingAnswers.push(ai);
    else answersAfter.set(last, [...(answersAfter.get(last) ?? []), ai]);
  });
  const coveredLater = (qi: number): boolean => {
    const n = doc.questions[qi]?.number;
    return [...answersAfter.entries()].some(([after, ais]) => after > qi && ais.some((ai) => n !== undefined && doc.answers[ai]?.questionNumbers.includes(n)));
  };
  const blocks: Block[] = [];
  let current: number[] = [];
  doc.questions.forEach((_q, qi) => {
    current.push(qi);
    const answers = answersAfter.get(qi) ?? [];
    if (answers.length > 0 || !coveredLater(qi)) {
      blocks.push({ questions: current, answers });
      current = [];
    }
  });
  if (current.length > 0) blocks.push({ questions: current, answers: [] });
  return { blocks, trailingAnswers };
}

function renderQuestion(doc: QaDocument, qi: number, placements: Placements, ctx: RenderContext, notes: NoteEntry[]): string {
  const q = doc.questions[qi];
  if (q === undefined) return '';
  const body = renderMarkedParagraphs(q.text, marksFor(partKey({ type: 'question', index: qi }), placements, ctx, notes));
  return `<div class="question"><h3>${escapeHtml(ctx.labels.question(q.number))}</h3>\n${withFootnoteRefs(body, q.footnoteRefs, ctx)}</div>`;
}

function renderAnswer(doc: QaDocument, ai: number, placements: Placements, ctx: RenderContext, notes: NoteEntry[]): string {
  const a = doc.answers[ai];
  if (a === undefined) return '';
  const body = renderMarkedParagraphs(a.text, marksFor(partKey({ type: 'answer', index: ai }), placements, ctx, notes));
  return `<div class="answer"><h3>${escapeHtml(ctx.labels.answer(a.questionNumbers))}</h3>\n${withFootnoteRefs(body, a.footnoteRefs, ctx)}</div>`;
}

function metadata(doc: QaDocument, documentTagIds: readonly string[], ctx: RenderContext): string {
  const { labels, locale } = ctx;
  const rows: [string, string][] = [[labels.kind, escapeHtml(labels.kinds[doc.kind])]];
  if (doc.askedBy.length > 0) rows.push([labels.askedBy, escapeHtml(formatMembers(doc.askedBy, locale))]);
  if (doc.addressedTo.length > 0) rows.push([labels.addressedTo, escapeHtml(doc.addressedTo.join('; '))]);
  if (doc.answeredBy.length > 0) rows.push([labels.answeredBy, escapeHtml(formatOfficials(doc.answeredBy, locale))]);
  if (doc.submittedOn) rows.push([labels.submittedOn, escapeHtml(formatDate(doc.submittedOn, locale))]);
  if (doc.receivedOn) rows.push([labels.receivedOn, escapeHtml(formatDate(doc.receivedOn, locale))]);
  const ids = Object.entries(doc.identifiers).filter(([, v]) => v.length > 0);
  if (ids.length > 0) rows.push([labels.identifiers, ids.map(([k, v]) => `${escapeHtml(identifierLabel(k, locale))} ${escapeHtml(v)}`).join(', ')]);
  const tags = tagChips(documentTagIds, ctx);
  if (tags) rows.push([labels.tags, tags]);
  return `<dl class="meta">\n${rows.map(([dt, dd]) => `<dt>${escapeHtml(dt)}</dt><dd>${dd}</dd>`).join('\n')}\n</dl>`;
}

function footnoteItem(doc: QaDocument, fi: number, docNumber: number, placements: Placements, ctx: RenderContext, notes: NoteEntry[]): string {
  const f = doc.footnotes[fi];
  if (f === undefined) return '';
  const marks = marksFor(partKey({ type: 'footnote', index: fi }), placements, ctx, notes);
  let html = renderMarkedInline(f.text, marks);
  if (f.url && isSafeHref(f.url)) {
    const link = `<a class="url" href="${escapeHtml(f.url.trim())}">${escapeHtml(f.url)}</a>`;
    if (!f.text.includes(f.url)) html += ` ${link}`;
    else if (marks.length === 0) html = html.replace(escapeHtml(f.url), link);
  } else if (f.url && !f.text.includes(f.url)) {
    html += ` <span class="url">${escapeHtml(f.url)}</span>`;
  }
  return `<li id="d${String(docNumber)}-fn-${String(f.number)}" value="${String(f.number)}">${html}</li>`;
}

function partLabel(doc: QaDocument, a: Annotation, ctx: RenderContext): string {
  const { type, index } = a.target.part;
  switch (type) {
    case 'question':
      return ctx.labels.question(doc.questions[index]?.number ?? index + 1);
    case 'answer':
      return ctx.labels.answer(doc.answers[index]?.questionNumbers ?? []);
    case 'footnote':
      return `${capitalize(ctx.labels.part.footnote)} ${String(doc.footnotes[index]?.number ?? index + 1)}`;
    case 'title':
      return capitalize(ctx.labels.part.title);
  }
}

function unplacedList(doc: QaDocument, unplaced: readonly Annotation[], ctx: RenderContext): string {
  if (unplaced.length === 0) return '';
  const items = unplaced.map((a) => `<li>${noteBody(a, ctx)}<p class="part-label">${escapeHtml(partLabel(doc, a, ctx))}</p></li>`).join('\n');
  return `<aside class="unplaced"><h4>${escapeHtml(ctx.labels.unplaced)}</h4><p class="part-label">${escapeHtml(ctx.labels.unplacedHint)}</p><ul>\n${items}\n</ul></aside>`;
}

/**
 * The document heading: the same display title as the contents and the renderer, with the marks
 * on the subject drawn in. Capitalising keeps the subject's offsets, so the marks stay in place;
 * the rare first letter whose capital is longer ("ß") is left as printed.
 */
function headingTitle(doc: QaDocument, marks: Mark[], ctx: RenderContext): string {
  if (!doc.title?.trim()) return escapeHtml(displayTitle(doc, ctx.locale));
  const capitalised = capitalize(doc.title);
  return renderMarkedInline(capitalised.length === doc.title.length ? capitalised : doc.title, marks);
}

/**
 * Renders one document of a briefing as an `<article class="document" id="doc-N">`.
 *
 * @param docNumber - 1-based position in the briefing (for ids and the heading number)
 * @param ctx - labels, tags, and the running note number (advanced by the notes printed here)
 * @returns escaped HTML
 */
export function renderDocument(item: BriefingDocument, docNumber: number, ctx: RenderContext): string {
  const doc = item.document;
  const placements = placeAnnotations(doc, item.annotations);
  const out: string[] = [];

  const titleNotes: NoteEntry[] = [];
  const titleMarks = marksFor(partKey({ type: 'title', index: 0 }), placements, ctx, titleNotes);
  out.push(`<article class="document" id="doc-${String(docNumber)}">`);
  out.push(`<h2>${String(docNumber)}. ${headingTitle(doc, titleMarks, ctx)}</h2>`);
  out.push(metadata(doc, item.documentTagIds, ctx));
  const citation = formatCitation(doc, ctx.locale);
  if (citation) out.push(`<p class="citation"><span class="label">${escapeHtml(ctx.labels.citeAs)}:</span> ${escapeHtml(citation)}</p>`);
  out.push(notesList(titleNotes, ctx));

  const { blocks, trailingAnswers } = readingOrder(doc);
  for (const block of blocks) {
    const notes: NoteEntry[] = [];
    for (const qi of block.questions) out.push(renderQuestion(doc, qi, placements, ctx, notes));
    for (const ai of block.answers) out.push(renderAnswer(doc, ai, placements, ctx, notes));
    out.push(notesList(notes, ctx));
  }
  for (const ai of trailingAnswers) {
    const notes: NoteEntry[] = [];
    out.push(renderAnswer(doc, ai, placements, ctx, notes));
    out.push(notesList(notes, ctx));
  }

  if (doc.footnotes.length > 0) {
    const notes: NoteEntry[] = [];
    const items = doc.footnotes.map((_f, fi) => footnoteItem(doc, fi, docNumber, placements, ctx, notes)).join('\n');
    out.push(`<section class="footnotes"><h3>${escapeHtml(ctx.labels.footnotes)}</h3><ol>\n${items}\n</ol></section>`);
    out.push(notesList(notes, ctx));
  }
  out.push(unplacedList(doc, placements.unplaced, ctx));
  out.push('</article>');
  return out.filter((s) => s.length > 0).join('\n');
}
