/**
 * Tags (themes), briefings and saved searches: the analyst's workspace (DESIGN §2, workspace.json).
 */
import { z } from 'zod';
import { IsoDate, PartRef } from './document.js';

export const TAG_COLORS = ['#b45309', '#047857', '#1d4ed8', '#be185d', '#6d28d9', '#0f766e', '#b91c1c', '#4b5563'] as const;

export const Tag = z.object({
  id: z.string(),
  name: z.string().min(1),
  color: z.string(),
  parentId: z.string().nullable(),
  description: z.string(),
});
export type Tag = z.infer<typeof Tag>;

/** Stable id of a briefing item (drag-and-drop, undo and "move under heading" address items by it). */
export const BriefingItemId = z.string().min(1).max(100);

/**
 * One entry of a briefing (DESIGN §2, extended by issue 9). Every item that comes from the archive
 * keeps the document id (and for an excerpt the part and quote as they were when added), so it
 * still points at its source after a re-import and says what it was when the source is gone.
 * - `document`: a whole document with its highlights and notes
 * - `annotation`: an excerpt — the highlighted quote (with the sentence around it as context)
 * - `qa`: one question (by its printed number) with the answer that covers it
 * - `heading`: a section heading (level 1, or 2 under a level-1 heading)
 * - `text`: the analyst's own paragraphs (a Markdown subset: paragraphs, bullet lists, bold, italic)
 */
export const BriefingItem = z.discriminatedUnion('type', [
  z.object({ type: z.literal('document'), id: BriefingItemId, documentId: z.string() }),
  z.object({
    type: z.literal('annotation'),
    id: BriefingItemId,
    annotationId: z.string(),
    /** null only in briefings saved before issue 9 (the annotation is then looked up everywhere) */
    documentId: z.string().nullable().default(null),
    part: PartRef.nullable().default(null),
    /** the quote when the excerpt was added: shown when the annotation is gone */
    quote: z.string().default(''),
  }),
  z.object({ type: z.literal('qa'), id: BriefingItemId, documentId: z.string(), questionNumber: z.number().int() }),
  z.object({ type: z.literal('heading'), id: BriefingItemId, text: z.string(), level: z.union([z.literal(1), z.literal(2)]).default(1) }),
  z.object({ type: z.literal('text'), id: BriefingItemId, text: z.string() }),
]);
export type BriefingItem = z.infer<typeof BriefingItem>;
export type BriefingItemType = BriefingItem['type'];

/** What the printed/exported briefing includes; every field has a default, so older files load. */
export const BriefingOptions = z.object({
  /** print language of the fixed labels */
  locale: z.enum(['nl', 'en']).default('nl'),
  /** document items: print answers without highlights too (false: only the annotated parts) */
  includeUnannotatedAnswers: z.boolean().default(true),
  /** excerpts: print the sentence around the quote, with the quote marked */
  showContext: z.boolean().default(true),
  /** excerpts: print the whole answer (or question) the quote is in, with the quote marked */
  includeFullAnswer: z.boolean().default(false),
  /** print the analyst's notes on annotations */
  includeNotes: z.boolean().default(true),
  /** print the themes (tags) of annotations and documents */
  includeThemes: z.boolean().default(true),
  /** print the source's footnotes as numbered endnotes */
  includeFootnotes: z.boolean().default(true),
  /** add every source document in full as an appendix */
  appendixDocuments: z.boolean().default(false),
});
export type BriefingOptions = z.infer<typeof BriefingOptions>;

/** Items of briefings saved before issue 9 had no ids: give them stable ones from their position. */
function withItemIds(raw: unknown): unknown {
  if (typeof raw !== 'object' || raw === null || !Array.isArray((raw as { items?: unknown }).items)) return raw;
  const b = raw as { id?: unknown; items: unknown[] };
  const items = b.items.map((item, i) =>
    typeof item === 'object' && item !== null && typeof (item as { id?: unknown }).id !== 'string'
      ? { ...item, id: `${typeof b.id === 'string' ? b.id : 'item'}-${String(i + 1)}` }
      : item,
  );
  return { ...b, items };
}

export const Briefing = z.preprocess(
  withItemIds,
  z.object({
    id: z.string(),
    title: z.string(),
    subtitle: z.string(),
    author: z.string(),
    /** an opening paragraph under the title (same Markdown subset as text items) */
    intro: z.string(),
    /** the classification line of the title page, e.g. "Intern", "Vertrouwelijk"; '' for none */
    classification: z.string().default(''),
    /** the date printed on the title page; null: the day of export */
    date: IsoDate.nullable().default(null),
    items: z.array(BriefingItem),
    options: BriefingOptions.prefault({}),
    createdAt: z.string(),
    updatedAt: z.string(),
  }),
);
export type Briefing = z.infer<typeof Briefing>;

export const SavedSearch = z.object({ id: z.string(), name: z.string(), query: z.string() });
export type SavedSearch = z.infer<typeof SavedSearch>;
