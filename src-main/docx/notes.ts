/**
 * The analyst's words beside the government's: notes in their own shaded "Note" style (never in
 * the quotation style), and themes as a small line. Highlights with a note or themes inside a
 * passage get a letter (a, b, …) printed after them and before their note, per item.
 */
import { Paragraph, TextRun } from 'docx';
import type { PassageMark } from '../core/briefing/content.js';
import { noteLetter } from '../core/briefing/notes-html.js';
import type { DocxContext } from './context.js';
import { FONTS, STYLE } from './styles.js';
import { cleanText, oneLine, textRuns } from './text.js';

/** One note to print: its letter and the text it is on (null for an excerpt's own note), text and themes. */
export interface NoteEntry {
  label: string | null;
  quote: string | null;
  note: string;
  themes: readonly string[];
}

/** Collects the notes of the highlights in one item's passages, lettering them in reading order. */
export class NoteList {
  readonly entries: NoteEntry[] = [];

  /**
   * The letter of `mark`'s note, taking the next one; null when the mark has no note and no themes
   * (a plain highlight), or when `skip` says it is printed elsewhere.
   *
   * @param quote - the highlighted text, repeated above the note
   */
  add(mark: PassageMark, quote: string, skip = false): string | null {
    if (skip || (mark.note.trim() === '' && mark.themes.length === 0)) return null;
    const label = noteLetter(this.entries.length);
    this.entries.push({ label, quote, note: mark.note, themes: mark.themes });
    return label;
  }

  /** Lists a highlight that is not drawn (its quote could not be placed), note or not, with the next letter. */
  addUnplaced(quote: string, note: string, themes: readonly string[]): void {
    this.entries.push({ label: noteLetter(this.entries.length), quote, note, themes });
  }
}

/** The superscript letter after a highlight that has a note. */
export function noteRefRun(label: string): TextRun {
  return new TextRun({ text: label, superScript: true, bold: true, font: FONTS.sans });
}

/**
 * A small line naming themes ("Thema's: Oekraïne, sancties").
 *
 * @returns null when there are no themes
 */
function themesParagraph(themes: readonly string[], ctx: DocxContext, style: string = STYLE.themes): Paragraph | null {
  const names = themes.map(oneLine).filter((t) => t.length > 0);
  if (names.length === 0) return null;
  return new Paragraph({ style, children: [new TextRun({ text: `${ctx.labels.tags}: `, bold: true }), new TextRun(names.join(', '))] });
}

/** Note text as Note paragraphs: blank lines start a new paragraph, line breaks kept; `head` runs first. */
function noteTextParagraphs(note: string, head: readonly TextRun[]): Paragraph[] {
  const paragraphs = cleanText(note)
    .trim()
    .split(/\n[ \t]*\n\s*/)
    .filter((p) => p.trim().length > 0);
  if (paragraphs.length === 0) return head.length > 0 ? [new Paragraph({ style: STYLE.note, children: [...head] })] : [];
  return paragraphs.map((text, i) => new Paragraph({ style: STYLE.note, children: [...(i === 0 ? head : []), ...textRuns(text)] }));
}

/**
 * The analyst's own note on an excerpt, boxed in the Note style: "Aantekening: …", its themes in
 * the box too; only themes → the themes line alone.
 *
 * @returns [] when there is neither
 */
export function analystNoteParagraphs(note: string, themes: readonly string[], ctx: DocxContext): Paragraph[] {
  if (note.trim() === '') {
    const line = themesParagraph(themes, ctx);
    return line === null ? [] : [line];
  }
  const out = noteTextParagraphs(note, [new TextRun({ text: `${ctx.labels.note}: `, bold: true })]);
  const line = themesParagraph(themes, ctx, STYLE.note);
  return line === null ? out : [...out, line];
}

/**
 * The lettered notes of an item's highlights, boxed in the Note style under the title
 * `title` ("Aantekeningen"; null for none): per note its letter and the highlighted text, the note, its themes.
 *
 * @returns [] when there are no entries
 */
export function noteParagraphs(entries: readonly NoteEntry[], ctx: DocxContext, title: string | null = ctx.labels.notes): Paragraph[] {
  if (entries.length === 0) return [];
  const out = title === null ? [] : [new Paragraph({ style: STYLE.note, children: [new TextRun({ text: title, bold: true })] })];
  for (const e of entries) {
    const head = [new TextRun({ text: `${e.label ?? ''} `, bold: true }), ...(e.quote === null ? [] : [new TextRun({ text: `“${oneLine(e.quote)}”`, italics: true })])];
    out.push(new Paragraph({ style: STYLE.note, children: head }));
    out.push(...noteTextParagraphs(e.note, []));
    const line = themesParagraph(e.themes, ctx, STYLE.note);
    if (line !== null) out.push(line);
  }
  return out;
}
