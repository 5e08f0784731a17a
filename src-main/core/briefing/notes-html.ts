/**
 * The analyst's words beside the government's: the note box under an excerpt ("Aantekening"),
 * the lettered notes under a question, answer or document, and themes as small labels. Set in the
 * sans-serif face and boxed, so a reader never mistakes a note for quoted text.
 */
import type { Tag } from '../model/index.js';
import { escapeHtml } from './escape-html.js';
import type { BriefingLabels } from './labels.js';
import type { NoteRef } from './marks.js';

/** A highlight's note as listed under its passage, linked from the mark by `ref`. */
export interface MarkNote {
  ref: NoteRef;
  quote: string;
  note: string;
  themes: readonly string[];
}

/** "a", "b", … "z", "aa", "ab", …: the reference of the i-th (0-based) note of a passage. */
export function noteLetter(i: number): string {
  const letter = String.fromCharCode(97 + (i % 26));
  return i < 26 ? letter : `${noteLetter(Math.floor(i / 26) - 1)}${letter}`;
}

/** Note text: paragraphs at blank lines, single line breaks kept. */
export function noteTextHtml(note: string): string {
  return note
    .trim()
    .split(/\n\s*\n/)
    .map((p) => `<p class="note-text">${escapeHtml(p).replace(/\n/g, '<br>')}</p>`)
    .join('');
}

/** Theme names as small labels; a tag's own colour (a hex value only) as the label's border. */
export function themeChips(themes: readonly (string | Tag)[]): string {
  return themes
    .map((t) => {
      if (typeof t === 'string') return `<span class="tag">${escapeHtml(t)}</span>`;
      const border = /^#[0-9a-f]{3,8}$/i.test(t.color) ? ` style="border-color: ${t.color}"` : '';
      return `<span class="tag"${border}>${escapeHtml(t.name)}</span>`;
    })
    .join(' ');
}

/** "Thema's: [a] [b]" as a line; '' without themes. */
export function themesLine(themes: readonly (string | Tag)[], labels: BriefingLabels): string {
  if (themes.length === 0) return '';
  return `<p class="themes"><span class="themes-label">${escapeHtml(labels.tags)}:</span> ${themeChips(themes)}</p>`;
}

/** The boxed note under an excerpt ("Aantekening") with its themes; only themes → the themes line; '' for neither. */
export function renderAnalystNote(note: string, themes: readonly string[], labels: BriefingLabels): string {
  if (note.trim() === '') return themesLine(themes, labels);
  return `<aside class="analyst-note"><p class="analyst-note-label">${escapeHtml(labels.note)}</p>${noteTextHtml(note)}${themesLine(themes, labels)}</aside>`;
}

/** The lettered notes of a passage's highlights ("Aantekeningen"); '' when there are none. */
export function renderMarkNotes(notes: readonly MarkNote[], labels: BriefingLabels): string {
  if (notes.length === 0) return '';
  const items = notes.map(
    (n) =>
      `<li id="${escapeHtml(n.ref.target)}"><span class="note-letter">${escapeHtml(n.ref.label)}</span>` +
      `<p class="quote">“${escapeHtml(n.quote)}”</p>${n.note.trim() ? noteTextHtml(n.note) : ''}${themesLine(n.themes, labels)}</li>`,
  );
  return `<aside class="analyst-note mark-notes"><p class="analyst-note-label">${escapeHtml(labels.notes)}</p><ol>\n${items.join('\n')}\n</ol></aside>`;
}
