/**
 * The HTML pages of Kamervragen on zoek.officielebekendmakingen.nl (SOURCES §D):
 * `h1.kamervraagomschrijving_kop`, `div.vraag`, `div.antwoord` (number in `<h2>Vraag 2, 3</h2>` or
 * `p.nummer`), `div.kamervraagopmerking`, `div.voet.noot` with `span.nootnum`, `meta` tags →
 * QaDocument via the text parser.
 */
import { parse, type HTMLElement } from 'node-html-parser';
import { VraagbaakError, type QaDocument } from '../model/index.js';
import { hasClass, inlineText, tagOf } from './html-text.js';
import { parseText, type ParseSource } from './index.js';
import { applyStructuredMetadata, structuredToText, type StructuredBlock, type StructuredKamervragen } from './structured-text.js';

const BLOCK_CLASSES: [string, StructuredBlock['kind']][] = [
  ['vraag', 'question'],
  ['antwoord', 'answer'],
  ['kamervraagopmerking', 'notice'],
  ['toelichting', 'toelichting'],
  ['toelicht', 'toelichting'],
];

function blockKind(element: HTMLElement): StructuredBlock['kind'] | null {
  if (tagOf(element) !== 'div') return null;
  return BLOCK_CLASSES.find(([cls]) => hasClass(element, cls))?.[1] ?? null;
}

/** True when an ancestor of `element` (not the element itself) matches `selector`. */
function isInside(element: HTMLElement, selector: string): boolean {
  const parent: HTMLElement | null = element.parentNode;
  return parent !== null && typeof parent.closest === 'function' && parent.closest(selector) !== null;
}

const isNote = (element: HTMLElement): boolean => hasClass(element, 'noot') && (hasClass(element, 'voet') || tagOf(element) === 'div');
const isLabel = (element: HTMLElement): boolean => /^h[1-6]$/u.test(tagOf(element)) || hasClass(element, 'nummer');

/**
 * Reads the structure of an officielebekendmakingen Kamervragen HTML page.
 * @throws VraagbaakError('parse-failed') naming the file when the page has no question, answer or
 *   mededeling blocks
 */
export function readOfficieleBekendmakingenHtml(html: string, fileName: string): StructuredKamervragen {
  const root = parse(html, { comment: false, blockTextElements: { script: false, style: false, noscript: false, pre: true } });
  const meta = new Map<string, string>();
  for (const m of root.querySelectorAll('meta')) {
    const name = m.getAttribute('name') ?? m.getAttribute('property');
    const content = m.getAttribute('content');
    if (name && content && !meta.has(name)) meta.set(name, content.trim());
  }

  // footnotes: the number from span.nootnum, the text from the rest of the note
  const footnotes: { number: number; text: string }[] = [];
  const noteNumbers = new Set<number>();
  for (const note of root.querySelectorAll('div').filter(isNote)) {
    const num = note.querySelector('.nootnum');
    const number = Number.parseInt(num ? inlineText(num) : '', 10);
    if (!Number.isFinite(number)) continue;
    noteNumbers.add(number);
    footnotes.push({ number, text: inlineText(note, { skip: (e) => e === num }).replace(/\s*\n\s*/gu, ' ') });
  }

  const written = new Set<number>();
  let repeats: number[] = [];
  /** A footnote reference in the body: sup / a.nootnum / a.nootref with a note's number. */
  const replace = (element: HTMLElement): string | null => {
    const tag = tagOf(element);
    const isRef = tag === 'sup' || ((tag === 'a' || tag === 'span') && (hasClass(element, 'nootnum') || hasClass(element, 'nootref') || hasClass(element, 'supernote-anchor')));
    if (!isRef) return null;
    const n = Number.parseInt(inlineText(element).replace(/[^\d]/gu, ''), 10);
    if (!noteNumbers.has(n)) return null;
    if (!written.has(n)) {
      written.add(n);
      return ` ${n})`;
    }
    if (!repeats.includes(n)) repeats.push(n);
    return '';
  };
  const textOf = (element: HTMLElement): string => inlineText(element, { replace }).replace(/\s*\n\s*/gu, ' ');

  const headerLines: string[] = [];
  for (const element of root.querySelectorAll('.kamervraagnummer, .kamervraagomschrijving_kop, .kamervraagomschrijving')) {
    if (isInside(element, '.kamervraagomschrijving_kop, .kamervraagomschrijving, .kamervraagnummer')) continue;
    const text = textOf(element);
    if (text !== '' && !headerLines.includes(text)) headerLines.push(text);
  }
  if (headerLines.length === 0) {
    const title = root.querySelector('h1');
    if (title) headerLines.push(textOf(title));
  }

  const blocks: StructuredBlock[] = [];
  for (const element of root.querySelectorAll('div')) {
    const kind = blockKind(element);
    if (kind === null || isInside(element, 'div.vraag, div.antwoord, div.kamervraagopmerking')) continue;
    const labelElement = element.childNodes.find((c): c is HTMLElement => tagOf(c) !== '' && isLabel(c as HTMLElement)) ?? null;
    const label = labelElement ? inlineText(labelElement) : '';
    repeats = [];
    const paragraphs: string[] = [];
    const children = element.childNodes.filter((c): c is HTMLElement => tagOf(c) !== '' && c !== labelElement);
    for (const child of children) {
      if (tagOf(child) === 'ul' || tagOf(child) === 'ol') paragraphs.push(...child.querySelectorAll('li').map(textOf));
      else paragraphs.push(textOf(child));
    }
    if (children.length === 0) paragraphs.push(textOf(element));
    blocks.push({ kind, label, paragraphs: paragraphs.filter((p) => p !== ''), repeatedRefs: repeats });
  }
  if (blocks.length === 0) {
    throw new VraagbaakError('parse-failed', `${fileName}: this HTML is not a Kamervragen page from officielebekendmakingen.nl (no div.vraag, div.antwoord or div.kamervraagopmerking).`, { fileName, reason: 'not-kamervragen-html' });
  }
  return {
    officialId: meta.get('DC.identifier') ?? null,
    headerLines,
    blocks,
    footnotes: footnotes.sort((a, b) => a.number - b.number),
    meta: { indiener: meta.get('OVERHEIDop.indiener') ?? null, datumIndiening: meta.get('OVERHEIDop.datumIndiening') ?? null, type: meta.get('DC.type') ?? null },
  };
}

/**
 * Parses an officielebekendmakingen Kamervragen HTML page (SOURCES §D) into a QaDocument (format 'html').
 * @param html the page's HTML
 * @param source file name, sha256 of the original bytes; `format` should be 'html'
 * @throws VraagbaakError('parse-failed') naming the file when the page holds no Kamervragen blocks
 */
export function parseOfficieleBekendmakingenHtml(html: string, source: ParseSource): QaDocument {
  const structured = readOfficieleBekendmakingenHtml(html, source.fileName);
  return applyStructuredMetadata(parseText(structuredToText(structured), source), structured);
}
