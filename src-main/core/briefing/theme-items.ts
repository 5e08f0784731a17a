/**
 * "All excerpts of a theme" as briefing items: a heading with the theme's name, then one level-2
 * heading per sub-theme, per document or per date, each followed by its excerpts in date order.
 * Pure, so the saved briefing (services) and the CLI's one-shot `--theme` export build the same list.
 */
import { tagAndDescendants, type Annotation, type BriefingItem, type PartRef, type QaDocument, type Tag } from '../model/index.js';
import { partKey } from '../model/parts.js';
import { formatDate } from '../present/dates.js';
import type { PresentLocale } from '../present/labels.js';
import { displayTitle } from '../present/title.js';
import { sourceKey, sourceKeys, type UnsavedItem } from './add-items.js';
import { briefingError } from './errors.js';
import { readingOrder } from './reading-order.js';

/** How the excerpts of a theme are put under level-2 headings. */
export type ThemeGrouping = 'subtheme' | 'document' | 'date';

/** A document with its annotations, as the theme's excerpts are drawn from. */
export interface ThemeSource {
  document: QaDocument;
  annotations: readonly Annotation[];
}

/** What building the items of a theme needs: the theme, the tags, the documents and what the briefing holds. */
export interface ThemeItemsInput {
  /** the theme (a tag) */
  theme: Tag;
  /** every tag of the workspace (for the sub-themes) */
  tags: readonly Tag[];
  /** the documents whose annotations may carry the theme, in archive order; others are ignored */
  sources: readonly ThemeSource[];
  groupBy: ThemeGrouping;
  /** the language of the date and document headings */
  locale: PresentLocale;
  /** the items the briefing already holds: excerpts among them are not added again */
  existing: readonly BriefingItem[];
}

/** The items to append for a theme, and how many of its excerpts the briefing already had. */
export interface ThemeItems {
  /** headings and excerpts to append, in order (empty when every excerpt is already in the briefing) */
  items: UnsavedItem[];
  /** excerpts of the theme the briefing already held (left out) */
  duplicates: number;
}

const UNDATED: Record<PresentLocale, string> = { nl: 'Zonder datum', en: 'Undated' };

/**
 * The position of each part in reading order: the title, then the questions and answers as the
 * reader shows them (reading-order.ts), then the footnotes.
 */
function readingRank(document: QaDocument): (part: PartRef) => number {
  const rank = new Map<string, number>();
  const add = (part: PartRef): void => void rank.set(partKey(part), rank.size);
  add({ type: 'title', index: 0 });
  const { blocks, trailingAnswers } = readingOrder(document);
  for (const block of blocks) {
    for (const qi of block.questions) add({ type: 'question', index: qi });
    for (const ai of block.answers) add({ type: 'answer', index: ai });
  }
  for (const ai of trailingAnswers) add({ type: 'answer', index: ai });
  document.footnotes.forEach((_f, fi) => add({ type: 'footnote', index: fi }));
  return (part) => rank.get(partKey(part)) ?? rank.size;
}

interface Excerpt {
  annotation: Annotation;
  document: QaDocument;
  /** ISO date of the document: received, else submitted */
  date: string | null;
  /** archive order of the document, then reading order of the part, then offset */
  order: [number, number, number];
}

/** Date order: dated before undated, then archive order, reading order and offset in the part. */
function compareExcerpts(a: Excerpt, b: Excerpt): number {
  if (a.date !== b.date) {
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return a.date < b.date ? -1 : 1;
  }
  for (let i = 0; i < 3; i++) {
    const d = (a.order[i] ?? 0) - (b.order[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** The excerpts tagged with one of `tagIds`, in date order. */
function collectExcerpts(sources: readonly ThemeSource[], tagIds: ReadonlySet<string>): Excerpt[] {
  const excerpts: Excerpt[] = [];
  sources.forEach(({ document, annotations }, di) => {
    const rank = readingRank(document);
    for (const annotation of annotations) {
      if (!annotation.tagIds.some((id) => tagIds.has(id))) continue;
      const date = document.receivedOn ?? document.submittedOn ?? null;
      excerpts.push({ annotation, document, date, order: [di, rank(annotation.target.part), annotation.target.position.start] });
    }
  });
  return excerpts.sort(compareExcerpts);
}

interface Group {
  /** the level-2 heading; null for excerpts tagged with the theme itself (under the level-1 heading) */
  heading: string | null;
  excerpts: Excerpt[];
}

/** Splits date-ordered excerpts into groups, each keeping date order; groups in order of first excerpt unless `order` says otherwise. */
function groupExcerpts(excerpts: readonly Excerpt[], input: ThemeItemsInput): Group[] {
  const groups = new Map<string, Group>();
  const put = (key: string, heading: string | null, excerpt: Excerpt): void => {
    const group = groups.get(key) ?? { heading, excerpts: [] };
    group.excerpts.push(excerpt);
    groups.set(key, group);
  };
  if (input.groupBy === 'subtheme') {
    const children = input.tags
      .filter((t) => t.parentId === input.theme.id)
      .sort((a, b) => a.name.localeCompare(b.name, 'nl'))
      .map((t) => ({ tag: t, ids: tagAndDescendants(input.tags, t.id) }));
    groups.set('', { heading: null, excerpts: [] }); // the theme's own excerpts come first
    for (const excerpt of excerpts) {
      const child = children.find((c) => excerpt.annotation.tagIds.some((id) => c.ids.has(id)));
      put(child ? `tag:${child.tag.id}` : '', child ? child.tag.name : null, excerpt);
    }
    const ordered = [groups.get('')!, ...children.map((c) => groups.get(`tag:${c.tag.id}`)).filter((g) => g !== undefined)];
    return ordered.filter((g) => g.excerpts.length > 0);
  }
  for (const excerpt of excerpts) {
    if (input.groupBy === 'document') put(`doc:${excerpt.document.id}`, displayTitle(excerpt.document, input.locale), excerpt);
    else put(`date:${excerpt.date ?? ''}`, excerpt.date === null ? UNDATED[input.locale] : formatDate(excerpt.date, input.locale), excerpt);
  }
  return [...groups.values()];
}

/**
 * The items that add every excerpt of `input.theme` (and its sub-themes) to a briefing: a level-1
 * heading with the theme's name, then per group (sub-theme, document or date) a level-2 heading
 * and its excerpts in date order (document date, then position in the document). Excerpts the
 * briefing already holds are left out and counted; a group left empty gets no heading, and when
 * nothing is left no item is returned at all.
 * @throws VraagbaakError('invalid-input', reason 'theme-empty') when no annotation carries the theme
 */
export function themeItems(input: ThemeItemsInput): ThemeItems {
  const excerpts = collectExcerpts(input.sources, tagAndDescendants(input.tags, input.theme.id));
  if (excerpts.length === 0) {
    throw briefingError('invalid-input', `No excerpt is tagged with the theme "${input.theme.name}" or one of its sub-themes.`, 'theme-empty', {
      theme: input.theme.name,
      tagId: input.theme.id,
    });
  }
  const held = sourceKeys(input.existing);
  let duplicates = 0;
  const items: UnsavedItem[] = [];
  for (const group of groupExcerpts(excerpts, input)) {
    const fresh: UnsavedItem[] = [];
    for (const { annotation } of group.excerpts) {
      const item: UnsavedItem = {
        type: 'annotation',
        annotationId: annotation.id,
        documentId: annotation.documentId,
        part: annotation.target.part,
        quote: annotation.target.quote.exact,
      };
      const key = sourceKey(item);
      if (key !== null && held.has(key)) duplicates++;
      else fresh.push(item);
    }
    if (fresh.length === 0) continue;
    if (group.heading !== null) items.push({ type: 'heading', text: group.heading, level: 2 });
    items.push(...fresh);
  }
  return { items: items.length === 0 ? [] : [{ type: 'heading', text: input.theme.name, level: 1 }, ...items], duplicates };
}
