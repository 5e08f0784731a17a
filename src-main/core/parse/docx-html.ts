/**
 * Word documents as converted to HTML by mammoth → the text layout the Kamervragen text parser
 * reads (SOURCES §B). The HTML route keeps what mammoth's raw text loses: Word auto-numbering
 * (`<ol><li>` → "1. …") and footnotes (`[1]` references → " 1)", the notes → "1) …" at the end,
 * as in the `.docx.txt` files).
 */
import { parse, type HTMLElement, type Node } from 'node-html-parser';
import { parseHeading } from './headings.js';
import { inlineText, tagOf } from './html-text.js';

const NOTE_ID = /^(?:footnote|endnote)-(\d+)$/u;
const NOTE_LINK = /^#(?:footnote|endnote)-(\d+)$/u;
const BACK_LINK = /^#(?:footnote|endnote)-ref-\d+$/u;

/** Footnote references → " N)"; the "↑" links back from a note → nothing. */
function replaceNoteLinks(element: HTMLElement): string | null {
  const tag = tagOf(element);
  const link = tag === 'a' ? element : tag === 'sup' ? element.querySelector('a') : null;
  const href = link?.getAttribute('href') ?? '';
  const note = NOTE_LINK.exec(href);
  if (note && (tag === 'sup' || tag === 'a')) return ` ${note[1]})`;
  if (BACK_LINK.test(href) && tag === 'a') return '';
  return null;
}

function isNoteList(element: HTMLElement): boolean {
  const items = element.childNodes.filter((c) => tagOf(c) === 'li') as HTMLElement[];
  return items.length > 0 && items.every((li) => NOTE_ID.test(li.getAttribute('id') ?? ''));
}

const lineOf = (node: Node): string => inlineText(node, { replace: replaceNoteLinks, skip: (e) => tagOf(e) === 'ol' || tagOf(e) === 'ul' });

/**
 * Converts mammoth's HTML of a Word document to paragraph text for `parseText`.
 * Ordered-list items are numbered as Word shows them. Mammoth starts a new `<ol>` when a list is
 * interrupted; in a document without `Vraag N` headings (a Word question document) the count runs
 * on across lists, as Word's does; elsewhere each list counts from its `start` (default 1).
 * @param html the `value` of `mammoth.convertToHtml`
 * @returns paragraphs separated by blank lines; footnotes last, one "N) text" paragraph each
 */
export function docxHtmlToText(html: string): string {
  const root = parse(html);
  const paragraphs: string[] = [];
  const notes: string[] = [];
  const topLevel = root.childNodes;
  const hasVraagHeadings = topLevel.some((n) => tagOf(n) !== 'ol' && tagOf(n) !== 'ul' && parseHeading(lineOf(n))?.kind === 'question');
  let runningNumber = 0;

  const addList = (list: HTMLElement, depth: number): void => {
    const ordered = tagOf(list) === 'ol';
    let n = depth === 0 && ordered && !hasVraagHeadings ? runningNumber : Number(list.getAttribute('start') ?? '1') - 1;
    for (const item of list.childNodes) {
      if (tagOf(item) !== 'li') continue;
      const text = lineOf(item);
      n++;
      if (text !== '') paragraphs.push(ordered && depth === 0 ? `${n}. ${text}` : `${ordered ? `${n}.` : '–'} ${text}`);
      for (const nested of (item as HTMLElement).childNodes) if (tagOf(nested) === 'ol' || tagOf(nested) === 'ul') addList(nested as HTMLElement, depth + 1);
    }
    if (depth === 0 && ordered && !hasVraagHeadings) runningNumber = n;
  };

  for (const node of topLevel) {
    const tag = tagOf(node);
    if (tag === 'ol' || tag === 'ul') {
      const list = node as HTMLElement;
      if (isNoteList(list)) {
        for (const li of list.childNodes) {
          const number = NOTE_ID.exec((li as HTMLElement).getAttribute?.('id') ?? '')?.[1];
          if (number !== undefined) notes.push(`${number}) ${inlineText(li, { replace: replaceNoteLinks })}`);
        }
      } else addList(list, 0);
      continue;
    }
    if (tag === 'table') {
      for (const row of (node as HTMLElement).querySelectorAll('tr')) {
        const cells = row.querySelectorAll('td, th').map((cell) => lineOf(cell)).filter((t) => t !== '');
        if (cells.length > 0) paragraphs.push(cells.join(' | '));
      }
      continue;
    }
    const text = lineOf(node);
    if (text !== '') paragraphs.push(text);
  }
  return [...paragraphs, ...notes].join('\n\n');
}
