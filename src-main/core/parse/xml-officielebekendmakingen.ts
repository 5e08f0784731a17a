/**
 * Official XML of Kamervragen from officielebekendmakingen.nl (`kv-tk-….xml`, `ah-tk-….xml`;
 * SOURCES §D): `kamervragen`/`vragen` with `kamervraagkop`, `vraag`/`antwoord` (`nr`/`nummer`,
 * `al`), `toelicht`, `noot`/`nootref` and `meta` elements → QaDocument via the text parser.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { VraagbaakError, type QaDocument } from '../model/index.js';
import { parseText, type ParseSource } from './index.js';
import { applyStructuredMetadata, structuredToText, type StructuredBlock, type StructuredKamervragen } from './structured-text.js';

/** A node of fast-xml-parser's `preserveOrder` tree: `{ tag: children, ':@': attributes }` or `{ '#text': … }`. */
type XmlNode = Record<string, unknown>;

const ATTRS = ':@';

function nameOf(node: XmlNode): string {
  return Object.keys(node).find((k) => k !== ATTRS) ?? '';
}

function childrenOf(node: XmlNode): XmlNode[] {
  const value = node[nameOf(node)];
  return Array.isArray(value) ? (value as XmlNode[]) : [];
}

function attr(node: XmlNode, name: string): string | null {
  const attributes = node[ATTRS] as Record<string, unknown> | undefined;
  const value = attributes?.[name];
  if (typeof value === 'string') return value;
  return typeof value === 'number' || typeof value === 'boolean' ? String(value) : null;
}

function* descendants(nodes: readonly XmlNode[]): Generator<XmlNode> {
  for (const node of nodes) {
    yield node;
    yield* descendants(childrenOf(node));
  }
}

interface Notes {
  byId: Map<string, number>;
  byNode: Map<XmlNode, number>;
  list: { number: number; text: string }[];
  /** notes whose marker is already in the text */
  written: Set<number>;
  /** repeated references met in the current block */
  repeats: number[];
}

/** " N)" for the first reference to note `n`; later ones are collected in `notes.repeats`. */
function marker(n: number, notes: Notes): string {
  if (!notes.written.has(n)) {
    notes.written.add(n);
    return ` ${n})`;
  }
  if (!notes.repeats.includes(n)) notes.repeats.push(n);
  return '';
}

const tidy = (text: string): string => text.replace(/\s+/gu, ' ').trim();

/** All text inside `node`, nothing replaced. */
function plainOf(node: XmlNode): string {
  return nameOf(node) === '#text' ? String(node['#text']) : childrenOf(node).map(plainOf).join('');
}

/** Text of a node; inline `noot` → " N)" (the note is recorded), `nootref` → " N)". */
function textOf(node: XmlNode, notes: Notes): string {
  const name = nameOf(node);
  if (name === '#text') return String(node['#text']);
  if (name === 'noot') return marker(recordNote(node, notes), notes);
  if (name === 'nootref') {
    const n = notes.byId.get(attr(node, 'refid') ?? '');
    return n === undefined ? '' : marker(n, notes);
  }
  if (name === 'nr' || name === 'nummer') return '';
  const parts = childrenOf(node).map((c) => textOf(c, notes));
  return ['al', 'li', 'lijst', 'tussenkop'].includes(name) ? ` ${parts.join('')} ` : parts.join('');
}

function recordNote(node: XmlNode, notes: Notes): number {
  const id = attr(node, 'id');
  const known = notes.byNode.get(node);
  if (known !== undefined) return known;
  const children = childrenOf(node);
  const nrNode = children.find((c) => ['noot.nr', 'nr', 'nootnr'].includes(nameOf(c)));
  const printed = Number.parseInt(tidy(nrNode ? plainOf(nrNode) : (attr(node, 'nr') ?? '')), 10);
  const number = Number.isFinite(printed) ? printed : notes.list.length + 1;
  const text = tidy(children.filter((c) => c !== nrNode).map((c) => textOf(c, notes)).join(' '));
  notes.list.push({ number, text });
  notes.byNode.set(node, number);
  if (id !== null) notes.byId.set(id, number);
  return number;
}

/** The printed number label of a vraag/antwoord: its `nr` or `nummer` child. */
function labelOf(node: XmlNode): string {
  const nr = childrenOf(node).find((c) => nameOf(c) === 'nr' || nameOf(c) === 'nummer');
  return nr ? tidy(plainOf(nr)) : '';
}

/** Paragraphs of a block: one per `al` (or list item); loose text becomes a paragraph too. */
function paragraphsOf(node: XmlNode, notes: Notes): string[] {
  const paragraphs: string[] = [];
  for (const child of childrenOf(node)) {
    const name = nameOf(child);
    if (name === 'nr' || name === 'nummer') continue;
    if (name === 'lijst') {
      for (const li of childrenOf(child)) paragraphs.push(tidy(textOf(li, notes)));
      continue;
    }
    paragraphs.push(tidy(textOf(child, notes)));
  }
  return paragraphs.filter((p) => p !== '');
}

const BLOCK_KINDS: Record<string, StructuredBlock['kind']> = {
  vraag: 'question',
  antwoord: 'answer',
  toelicht: 'toelichting',
  toelichting: 'toelichting',
  kamervraagopmerking: 'notice',
  mededeling: 'notice',
};

/**
 * Reads the structure of an officielebekendmakingen Kamervragen XML document.
 * @throws VraagbaakError('parse-failed') naming the file for XML that is not well-formed
 *   (`details` { reason: 'not-xml', line, column }) or holds no `kamervragen`/`vragen` element
 *   ('not-kamervragen-xml')
 */
export function readOfficieleBekendmakingenXml(xml: string, fileName: string): StructuredKamervragen {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    throw new VraagbaakError('parse-failed', `${fileName} is not well-formed XML (line ${valid.err.line}, column ${valid.err.col}: ${valid.err.msg}).`, {
      fileName,
      reason: 'not-xml',
      line: valid.err.line,
      column: valid.err.col,
    });
  }
  const tree = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '', trimValues: false, parseTagValue: false, parseAttributeValue: false }).parse(xml) as XmlNode[];
  const all = [...descendants(tree)];
  const root = all.find((n) => nameOf(n) === 'kamervragen' || nameOf(n) === 'vragen');
  if (!root) {
    throw new VraagbaakError('parse-failed', `${fileName}: this XML is not a Kamervragen document from officielebekendmakingen.nl (it has no <kamervragen> or <vragen> element).`, { fileName, reason: 'not-kamervragen-xml' });
  }
  const meta = new Map<string, string>();
  for (const n of all) {
    if (nameOf(n) !== 'meta') continue;
    const name = attr(n, 'name');
    const content = attr(n, 'content');
    if (name && content && !meta.has(name)) meta.set(name, content.trim());
  }
  const notes: Notes = { byId: new Map(), byNode: new Map(), list: [], written: new Set(), repeats: [] };
  // read every note first, so a nootref before its note (or notes printed apart) still resolve
  for (const n of all) if (nameOf(n) === 'noot') recordNote(n, notes);

  const headerLines: string[] = [];
  const blocks: StructuredBlock[] = [];
  const walk = (nodes: readonly XmlNode[]): void => {
    for (const node of nodes) {
      const name = nameOf(node);
      if (name === 'kamervraagnummer' || name === 'kamervraagomschrijving' || name === 'omschr') {
        headerLines.push(tidy(textOf(node, notes)));
        continue;
      }
      const kind = BLOCK_KINDS[name];
      if (kind) {
        notes.repeats = [];
        blocks.push({ kind, label: labelOf(node), paragraphs: paragraphsOf(node, notes), repeatedRefs: notes.repeats });
        continue;
      }
      if (name === 'noot' || name === 'ondertekening' || name === 'meta' || name === 'metadata') continue;
      walk(childrenOf(node));
    }
  };
  walk(childrenOf(root));
  return {
    officialId: meta.get('DC.identifier') ?? null,
    headerLines,
    blocks,
    footnotes: notes.list.sort((a, b) => a.number - b.number),
    meta: { indiener: meta.get('OVERHEIDop.indiener') ?? null, datumIndiening: meta.get('OVERHEIDop.datumIndiening') ?? null, type: meta.get('DC.type') ?? null },
  };
}

/**
 * Parses officielebekendmakingen Kamervragen XML (SOURCES §D) into a QaDocument (format 'xml').
 * @param xml the XML text
 * @param source file name, sha256 of the original bytes; `format` should be 'xml'
 * @throws VraagbaakError('parse-failed') naming the file (not well-formed, not Kamervragen, no text)
 */
export function parseOfficieleBekendmakingenXml(xml: string, source: ParseSource): QaDocument {
  const structured = readOfficieleBekendmakingenXml(xml, source.fileName);
  return applyStructuredMetadata(parseText(structuredToText(structured), source), structured);
}
