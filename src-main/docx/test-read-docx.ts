/**
 * Reads a rendered .docx back for the tests, the two ways a reader would: unzipped (the XML parts,
 * split into paragraphs) and through mammoth (HTML, as a Word importer sees it).
 */
import JSZip from 'jszip';
import mammoth from 'mammoth';

/** The XML parts of a .docx the tests look at ('' when a part is missing). */
export interface DocxParts {
  document: string;
  footnotes: string;
  settings: string;
  styles: string;
  numbering: string;
  core: string;
  /** every word/footer*.xml and word/header*.xml, by file name */
  footers: Map<string, string>;
  headers: Map<string, string>;
  /** word/_rels/document.xml.rels and word/_rels/footnotes.xml.rels */
  documentRels: string;
  footnoteRels: string;
}

/** Unzips `bytes` and returns its parts as text. */
export async function readDocx(bytes: Uint8Array): Promise<DocxParts> {
  const zip = await JSZip.loadAsync(bytes);
  const read = async (name: string): Promise<string> => (await zip.file(name)?.async('string')) ?? '';
  const byPrefix = async (prefix: string): Promise<Map<string, string>> => {
    const names = Object.keys(zip.files).filter((n) => n.startsWith(prefix) && n.endsWith('.xml'));
    return new Map(await Promise.all(names.map(async (n) => [n, await read(n)] as [string, string])));
  };
  return {
    document: await read('word/document.xml'),
    footnotes: await read('word/footnotes.xml'),
    settings: await read('word/settings.xml'),
    styles: await read('word/styles.xml'),
    numbering: await read('word/numbering.xml'),
    core: await read('docProps/core.xml'),
    footers: await byPrefix('word/footer'),
    headers: await byPrefix('word/header'),
    documentRels: await read('word/_rels/document.xml.rels'),
    footnoteRels: await read('word/_rels/footnotes.xml.rels'),
  };
}

/** XML text with the five predefined entities decoded. */
export function decodeXml(text: string): string {
  return text.replace(/&(lt|gt|quot|apos|amp);/g, (_m, e: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[e] ?? '');
}

/** One `<w:p>` of a part: its style id ('' for none), its text (`<w:t>` contents decoded) and its XML. */
export interface XmlParagraph {
  style: string;
  text: string;
  xml: string;
}

/** The text of the `<w:t>` elements in `xml`, decoded and joined. */
function textOf(xml: string): string {
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => decodeXml(m[1] ?? '')).join('');
}

/** The paragraphs of an XML part in order (Word paragraphs do not nest). */
export function paragraphs(xml: string): XmlParagraph[] {
  return [...xml.matchAll(/<w:p(?:\s[^>]*)?>.*?<\/w:p>/gs)].map(([p]) => ({
    style: /<w:pStyle w:val="([^"]*)"/.exec(p)?.[1] ?? '',
    text: textOf(p),
    xml: p,
  }));
}

/** One entry of the table of contents as written: its level (TOC1 → 1), title, and page number ('' when blank). */
export interface TocEntry {
  level: number;
  title: string;
  page: string;
}

/** The entries of the TOC field in `documentXml`: the text before the entry's tab, and the PAGEREF result after it. */
export function tocEntries(documentXml: string): TocEntry[] {
  return paragraphs(documentXml)
    .filter((p) => /^TOC\d$/.test(p.style))
    .map((p) => {
      const [title = '', page = ''] = p.xml.split('<w:tab/></w:r>');
      return { level: Number(p.style.slice(3)), title: textOf(title), page: textOf(page) };
    });
}

/** The texts of the paragraphs in style `style`. */
export function textsInStyle(xml: string, style: string): string[] {
  return paragraphs(xml)
    .filter((p) => p.style === style)
    .map((p) => p.text);
}

/** The style map the tests read the file with: our paragraph styles become recognisable HTML. */
const STYLE_MAP = [
  "p[style-name='Quote'] => blockquote > p:fresh",
  'p.Note => aside.note > p:fresh',
  'p.Citation => p.citation:fresh',
  'p.Themes => p.themes:fresh',
  'p.PartLabel => p.part-label:fresh',
  'p.Question => p.question:fresh',
  'p.Answer => p.answer:fresh',
  'p.Metadata => p.meta:fresh',
  'p.Hint => p.hint:fresh',
  'p.Title => p.title:fresh',
  'p.Subtitle => p.subtitle:fresh',
  'p.Byline => p.byline:fresh',
  'p.Classification => p.classification:fresh',
  'p.TOCHeading => p.toc-title:fresh',
  'p.Legend => p.legend:fresh',
  'p.TOC1 => p.toc1:fresh',
  'p.TOC2 => p.toc2:fresh',
];

/** mammoth's HTML of `bytes` with `STYLE_MAP`, and its warnings (unmapped styles). */
export async function docxHtml(bytes: Uint8Array): Promise<{ html: string; warnings: string[] }> {
  const result = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }, { styleMap: STYLE_MAP });
  return { html: result.value, warnings: result.messages.map((m) => m.message) };
}
