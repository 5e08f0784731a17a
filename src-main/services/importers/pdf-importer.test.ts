/**
 * The PDF route on the 18 corpus Aanhangsel PDFs (SOURCES §A): pdf.js text, furniture dropped by
 * position, footnotes by type size, then the text parser. Each gives the structure read off the
 * document, and the same structure as `pdftotext -layout` text through the text parser. Each PDF
 * is read once (beforeAll); the tests share the results.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QaDocument } from '../../core/model/index.js';
import { parseText } from '../../core/parse/index.js';
import { parsePdfPages, pdfPagesToText } from '../../core/parse/pdf-layout.js';
import type { PdfPrinter } from '../../pdf/printer.js';
import { openVraagbaak } from '../index.js';
import { importFile, importerFor } from './index.js';
import { pdfImporter } from './pdf-importer.js';
import { readPdfPages } from './pdf-reader.js';

const repoRoot = path.resolve(import.meta.dirname, '../../..');
const pdfDir = path.resolve(repoRoot, '../shared/corpus/nl-pdf');
const hasPdftotext = ['/usr/bin/pdftotext', '/usr/local/bin/pdftotext'].some((p) => existsSync(p));
const run = promisify(execFile);

interface Expected {
  guid: string;
  id: string;
  questions: number[];
  answers: number[][];
  askedBy: string[];
  answeredBy: string[];
  receivedOn: string;
  footnotes: number;
}

/** Read off each document: header sentences, Vraag/Antwoord headings, notes at the page feet. */
const EXPECTED: Expected[] = [
  { guid: '00fe7edd-24c8-4857-98da-774ed3b06836', id: 'ah-tk-20232024-1314', questions: [1,2,3,4,5,6], answers: [[1],[2],[3,4,5],[6]], askedBy: ['Mutluer','Kostić'], answeredBy: ['Dijkgraaf'], receivedOn: '2024-03-25', footnotes: 2 },
  { guid: '1a2d8959-7ce1-411d-bffe-c78970ae8d6b', id: 'ah-tk-20232024-2210', questions: [1,2,3,4,5,6,7,8,9,10,11,12,13], answers: [[1],[2],[3],[4],[5],[6],[7],[8],[9],[10],[11],[12],[13]], askedBy: ['Erkens'], answeredBy: ['Hermans'], receivedOn: '2024-07-23', footnotes: 2 },
  { guid: '1a529d02-ba4d-418b-8d6a-5400a4ac07bc', id: 'ah-tk-20232024-2271', questions: [1,2,3,4,5,6,7,8,9,10,11,12], answers: [[1],[2],[3],[4],[5],[6],[7],[8],[9],[10],[11],[12]], askedBy: ['Westerveld'], answeredBy: ['Karremans'], receivedOn: '2024-08-12', footnotes: 17 },
  { guid: '1aa9bd01-68a1-4a4a-a808-5b0183bc217a', id: 'ah-tk-20232024-1076', questions: [1,2,3,4,5], answers: [[1],[2],[3],[4],[5]], askedBy: ['Van Haga'], answeredBy: ['De Jonge'], receivedOn: '2024-02-20', footnotes: 3 },
  { guid: '1b0f0b98-7c34-418c-98dc-43de7930e685', id: 'ah-tk-20232024-1786', questions: [1,2,3,4,5,6,7,8,9,10,11,12,13,14,15], answers: [[1],[2],[3],[4],[5],[6],[7],[8],[9],[10,11],[12],[13],[14],[15]], askedBy: ['Hirsch','Teunissen'], answeredBy: ['Van Rij','minister voor Buitenlandse Handel en Ontwikkelingssamenwerking'], receivedOn: '2024-05-21', footnotes: 16 },
  { guid: '1b26915f-b542-4707-8495-b5c21f0edfe1', id: 'ah-tk-20232024-1771', questions: [1,2,3,4,5,6], answers: [[1],[2],[3],[4],[5],[6]], askedBy: ['Van Nispen'], answeredBy: ['Heijnen','minister van Justitie en Veiligheid'], receivedOn: '2024-05-17', footnotes: 8 },
  { guid: '1b38043f-a835-4a63-a135-42c593d3ba77', id: 'ah-tk-20232024-1292', questions: [1,2,3,4,5,6,7,8,9,10], answers: [[1],[2],[3],[4],[5],[6],[7],[8],[9],[10]], askedBy: ['Keijzer'], answeredBy: ['De Jonge'], receivedOn: '2024-03-21', footnotes: 1 },
  { guid: '1b62ee8d-e406-4042-b7f5-7e235f7bd1c0', id: 'ah-tk-20232024-1432', questions: [1,2,3,4,5,6], answers: [[1],[2],[3],[4],[5],[6]], askedBy: ['Van Zanten'], answeredBy: ['Gräper-van Koolwijk'], receivedOn: '2024-04-05', footnotes: 3 },
  { guid: '1b650dd7-71d6-4b8f-8625-36c000046742', id: 'ah-tk-20232024-1481', questions: [1,2,3,4,5,6], answers: [[1],[2],[3],[4],[5,6]], askedBy: ['Koekkoek'], answeredBy: ['Van Huffelen','staatssecretaris van Volksgezondheid, Welzijn en Sport','staatssecretaris van Justitie en Veiligheid'], receivedOn: '2024-04-11', footnotes: 3 },
  { guid: '1b922783-f576-4df5-a031-ad0063d2afd4', id: 'ah-tk-20232024-2395', questions: [1,2,3,4,5], answers: [[1],[2],[3],[4],[5]], askedBy: ['Crijns'], answeredBy: ['Karremans'], receivedOn: '2024-08-30', footnotes: 2 },
  { guid: '1bb0809b-f36a-48b7-9ef9-a96ed52c5b6d', id: 'ah-tk-20232024-1949', questions: [1,2,3,4,5], answers: [[1],[2,3],[4],[5]], askedBy: ['Faber-van de Klashorst'], answeredBy: ['Yeşilgöz-Zegerius','minister voor Rechtsbescherming'], receivedOn: '2024-06-11', footnotes: 1 },
  { guid: '1bca1484-2edb-43d1-913f-de5022c9a02b', id: 'ah-tk-20232024-2313', questions: [1,2,3,4,5,6,7,8,9,10], answers: [[1],[2],[3],[4],[5],[6],[7],[8],[9],[10]], askedBy: ['Bushoff','Patijn'], answeredBy: ['Van Hijum','minister van Volksgezondheid, Welzijn en Sport'], receivedOn: '2024-08-22', footnotes: 4 },
  { guid: '1bd47dc8-229e-4a1a-a405-8e2672436e1f', id: 'ah-tk-20232024-1893', questions: [1,2,3,4,5,6,7], answers: [[1],[2],[3],[4],[5],[6],[7]], askedBy: ['Klaver'], answeredBy: ['Bruins Slot'], receivedOn: '2024-06-03', footnotes: 1 },
  { guid: '1c0f765c-d7b4-455e-a241-35a4e9a9dc36', id: 'ah-tk-20232024-1178', questions: [1,2,3,4,5,6,7,8,9], answers: [[1],[2],[3],[4],[5],[6],[7],[8],[9]], askedBy: ['Sneller'], answeredBy: ['Van Huffelen'], receivedOn: '2024-03-07', footnotes: 15 },
  { guid: '1c7587f8-1c7c-4912-9319-290e19c99d85', id: 'ah-tk-20232024-1980', questions: [1,2,3,4,5,6], answers: [[1],[2],[3],[4],[5],[6]], askedBy: ['Dobbe'], answeredBy: ['Helder'], receivedOn: '2024-06-13', footnotes: 7 },
  { guid: '1c83f4f5-0047-4b11-8051-e11def445937', id: 'ah-tk-20232024-1984', questions: [1,2,3,4,5,6,7,8,9,11], answers: [[1],[2],[3],[4],[5],[6],[7],[8],[9,10],[11]], askedBy: ['Van Eijk','Aartsen'], answeredBy: ['Van Rij','minister van Sociale Zaken en Werkgelegenheid'], receivedOn: '2024-06-14', footnotes: 3 },
  { guid: '1cf0c343-2da4-429d-8a6d-729da6008af1', id: 'ah-tk-20232024-2168', questions: [1,2,3,4,5,6,7,8,9,10], answers: [[1],[2],[3],[4],[5],[6],[7],[8],[9],[10]], askedBy: ['Erkens'], answeredBy: ['Hermans'], receivedOn: '2024-07-17', footnotes: 1 },
  { guid: '1dac45ca-7591-47a6-877d-9b549c18500a', id: 'ah-tk-20232024-878', questions: [1,2,3,4,5,6,7], answers: [[1],[2],[3],[4],[5],[6],[7]], askedBy: ['Inge van Dijk'], answeredBy: ['Van Huffelen'], receivedOn: '2024-01-26', footnotes: 2 },
];

interface Parsed {
  doc: QaDocument;
  ms: number;
  footnoteBlocks: number;
  text: QaDocument | null;
}

const parsed = new Map<string, Parsed>();

beforeAll(async () => {
  for (const { guid } of EXPECTED) {
    const file = path.join(pdfDir, `${guid}.pdf`);
    const bytes = new Uint8Array(await readFile(file));
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    // pdftotext runs in its own process while pdf.js works
    const extracted = hasPdftotext ? run('pdftotext', ['-layout', file, '-'], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 }) : null;
    const started = performance.now();
    const pages = await readPdfPages(bytes, `${guid}.pdf`);
    const doc = parsePdfPages(pages, { fileName: `${guid}.pdf`, sha256 }, parseText);
    const ms = performance.now() - started;
    const footnoteBlocks = pdfPagesToText(pages).footnoteCount;
    const text = extracted ? parseText((await extracted).stdout, { fileName: `${guid}.pdf`, sha256, format: 'pdf' }) : null;
    parsed.set(guid, { doc, ms, footnoteBlocks, text });
  }
}, 120_000);

afterAll(() => {
  const times = [...parsed.entries()].map(([guid, p]) => `${guid.slice(0, 8)} ${Math.round(p.ms)} ms`);
  console.info(`PDF parse times: ${times.join(', ')}`);
});

function get(guid: string): Parsed {
  const p = parsed.get(guid);
  if (!p) throw new Error(`${guid} was not parsed`);
  return p;
}

/**
 * Where the text route falls short of the document. 1a2d8959 prints "realiseren?Overweegt" (no
 * space after the question mark), so the text parser takes its pdftotext text for glued PDF text,
 * where a note printed as "1" + "Bijlage 1 van …" on two lines is not a note: both notes end up in
 * the answers. The PDF route knows the notes by their type size and finds both.
 */
const TEXT_ROUTE_MISSES_NOTES = new Set(['1a2d8959-7ce1-411d-bffe-c78970ae8d6b']);

/** Page furniture that must never reach a question, answer or footnote text. */
const FURNITURE = [/ah-tk-\d{8}-\d+/, /ISSN\s+0921/, /Tweede Kamer, vergaderjaar \d{4}\s*[–-]\s*\d{4}, (?:Aanhangsel|Vragen)\b/, /['’]s-Gravenhage \d{4}/, /Aanhangsel van de Handelingen/];

describe('the corpus PDFs through pdf.js', () => {
  it.each(EXPECTED)('$guid gives $id with its questions, grouping, people and notes', (expected) => {
    const { doc, footnoteBlocks } = get(expected.guid);
    expect(doc.kind).toBe('answer');
    expect(doc.id).toBe(expected.id);
    expect(doc.source.format).toBe('pdf');
    expect(doc.questions.map((q) => q.number)).toEqual(expected.questions);
    expect(doc.answers.map((a) => a.questionNumbers)).toEqual(expected.answers);
    expect(doc.askedBy.map((p) => p.name)).toEqual(expected.askedBy);
    expect(doc.answeredBy.map((p) => p.name)).toEqual(expected.answeredBy);
    expect(doc.receivedOn).toBe(expected.receivedOn);
    expect(doc.footnotes).toHaveLength(expected.footnotes);
    expect(doc.footnotes.map((f) => f.number)).toEqual(Array.from({ length: expected.footnotes }, (_, i) => i + 1));
    // the notes found by type size are the notes the text parser numbers
    expect(footnoteBlocks).toBe(expected.footnotes);
  });

  it.each(EXPECTED)('$guid: no page furniture in any question, answer or footnote', ({ guid }) => {
    const { doc } = get(guid);
    const texts = [...doc.questions.map((q) => q.text), ...doc.answers.map((a) => a.text), ...doc.footnotes.map((f) => f.text)];
    for (const text of texts) for (const re of FURNITURE) expect(text).not.toMatch(re);
  });

  it.skipIf(!hasPdftotext).each(EXPECTED)('$guid agrees with the pdftotext text route', ({ guid }) => {
    const { doc, text } = get(guid);
    if (!text) throw new Error('no text route');
    expect(doc.id).toBe(text.id);
    expect(doc.questions.map((q) => q.number)).toEqual(text.questions.map((q) => q.number));
    expect(doc.answers.map((a) => a.questionNumbers)).toEqual(text.answers.map((a) => a.questionNumbers));
    const textRouteNotes = TEXT_ROUTE_MISSES_NOTES.has(guid) ? [] : doc.footnotes.map((f) => f.number);
    expect(text.footnotes.map((f) => f.number)).toEqual(textRouteNotes);
    expect(doc.askedBy).toEqual(text.askedBy);
    expect(doc.answeredBy).toEqual(text.answeredBy);
    expect(doc.receivedOn).toBe(text.receivedOn);
  });

  it('keeps markers glued and notes whole: 1b650dd7 note texts and references', () => {
    const { doc } = get('1b650dd7-71d6-4b8f-8625-36c000046742');
    expect(doc.footnotes.map((f) => f.text)).toEqual(['Kamerstuk 36 200 IV, nr. 25.', 'Kamerstukken II 2023/24, 36 410 IV, nr. 15', 'Kamerstukken II 2023/24, 36 410 IV, nr. 49']);
    expect(doc.questions[0]?.footnoteRefs).toEqual([1]);
    expect(doc.answers[1]?.footnoteRefs).toEqual([2, 3]);
    // a sentence broken by the page break reads on
    expect(doc.answers[0]?.text).toContain('ongedocumenteerde personen op Curaçao aangehaald.\n\nDe Staatssecretaris van Justitie en Veiligheid heeft 14, 15 en 16 maart jl.');
  });

  it('sub- and superscripts: "CO2" stays one word (1a2d8959), a split cedilla is re-attached (1bb0809b)', () => {
    expect(get('1a2d8959-7ce1-411d-bffe-c78970ae8d6b').doc.answers.map((a) => a.text).join(' ')).toContain('CO2-opslag');
    expect(get('1bb0809b-f36a-48b7-9ef9-a96ed52c5b6d').doc.answeredBy[0]?.name).toBe('Yeşilgöz-Zegerius');
  });

  it('finds the notes the text route misses (1a2d8959) and keeps them out of the answers', () => {
    const { doc } = get('1a2d8959-7ce1-411d-bffe-c78970ae8d6b');
    expect(doc.footnotes.map((f) => f.text)).toEqual(['Bijlage 1 van kamerstuk 32 813, nr. 1395', 'Kamerstuk 32 813, nr. 1061']);
    expect(doc.answers.map((a) => a.text).join(' ')).not.toContain('Bijlage 1 van kamerstuk');
  });

  it('a table in small type stays in its answer, not in a footnote (00fe7edd)', () => {
    const { doc } = get('00fe7edd-24c8-4857-98da-774ed3b06836');
    expect(doc.answers[3]?.text).toContain('Meldingen Tumba, kenniscentrum discriminatie en diversiteit');
    expect(doc.footnotes.map((f) => f.text).join(' ')).not.toContain('Meldingen');
  });

  it('identical notes on different pages are all kept (1c0f765c)', () => {
    const { doc } = get('1c0f765c-d7b4-455e-a241-35a4e9a9dc36');
    expect(doc.warnings.join(' ')).not.toContain('repeated lines');
    expect(doc.footnotes.filter((f) => f.text.includes('Rijksoverheid.nl')).length).toBeGreaterThan(1);
  });
});

describe('PDF files that cannot be read', () => {
  const sample = path.join(pdfDir, '1b650dd7-71d6-4b8f-8625-36c000046742.pdf');

  async function reasonOf(fileName: string, bytes: Uint8Array): Promise<string> {
    try {
      await importFile(fileName, bytes, parseText);
    } catch (e) {
      expect(e).toMatchObject({ code: 'parse-failed' });
      return (e as Error).message;
    }
    throw new Error(`${fileName} was imported`);
  }

  it('a truncated PDF (its first half) names the truncation', async () => {
    const bytes = new Uint8Array(await readFile(sample));
    expect(await reasonOf('half.pdf', bytes.slice(0, Math.floor(bytes.length / 2)))).toBe('half.pdf: the PDF is incomplete (truncated?): it has no end-of-file marker');
  });

  it('random bytes with a .pdf name are not a PDF', async () => {
    const bytes = new Uint8Array(4096).map((_, i) => (i * 7919 + 13) % 251);
    expect(await reasonOf('random.pdf', bytes)).toBe('random.pdf: this is not a PDF file (no "%PDF-" header)');
  });

  it('a damaged PDF body gives pdf.js\'s reason', async () => {
    const bytes = new TextEncoder().encode('%PDF-1.4\ngarbage garbage\n%%EOF\n');
    expect(await reasonOf('damaged.pdf', bytes)).toMatch(/^damaged\.pdf: the PDF (?:is damaged and )?cannot be read/);
  });

  it('a PDF without a text layer (a scan) says so', async () => {
    expect(await reasonOf('scan.pdf', minimalPdf(null))).toBe('scan.pdf: the PDF has no text layer (scanned?)');
  });

  it('a password-protected PDF says so', async () => {
    expect(await reasonOf('locked.pdf', minimalPdf('00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff'))).toBe('locked.pdf: the PDF is password-protected');
  });

  it('a document over the time budget is given up with a reason', async () => {
    const bytes = new Uint8Array(await readFile(sample));
    await expect(readPdfPages(bytes, 'slow.pdf', 1)).rejects.toThrow('slow.pdf: reading the PDF took longer than 0.001 s; it was given up');
    await expect(readPdfPages(bytes, 'slow.pdf', 1)).rejects.toMatchObject({ details: { reason: 'pdf-timeout', seconds: 0.001, fileName: 'slow.pdf' } });
  });

  it('gives each failure a reason code in details.reason, for the renderer\'s own text', async () => {
    async function codeOf(fileName: string, bytes: Uint8Array): Promise<unknown> {
      try {
        await importFile(fileName, bytes, parseText);
      } catch (e) {
        return (e as { details: Record<string, unknown> }).details['reason'];
      }
      throw new Error(`${fileName} was imported`);
    }
    const whole = new Uint8Array(await readFile(sample));
    expect(await codeOf('half.pdf', whole.slice(0, Math.floor(whole.length / 2)))).toBe('pdf-truncated');
    expect(await codeOf('random.pdf', new Uint8Array(4096).map((_, i) => (i * 7919 + 13) % 251))).toBe('not-pdf');
    expect(await codeOf('damaged.pdf', new TextEncoder().encode('%PDF-1.4\ngarbage garbage\n%%EOF\n'))).toMatch(/^pdf-(damaged|unreadable)$/);
    expect(await codeOf('scan.pdf', minimalPdf(null))).toBe('pdf-no-text-layer');
    expect(await codeOf('locked.pdf', minimalPdf('00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff'))).toBe('pdf-password');
  });
});

describe('PDF import wiring', () => {
  it('.pdf picks the PDF importer, and importFile (the route of `vraagbaak parse`) reads a PDF', async () => {
    expect(importerFor('Antwoord.PDF')).toBe(pdfImporter);
    const bytes = new Uint8Array(await readFile(path.join(pdfDir, '1b650dd7-71d6-4b8f-8625-36c000046742.pdf')));
    const made = await importFile('1b650dd7.pdf', bytes, parseText);
    expect(made.map((m) => m.document.id)).toEqual(['ah-tk-20232024-1481']);
    expect(made[0]?.original).toBe(bytes);
  });

  it('the import service keeps the original bytes in originals/<sha256>.pdf', async () => {
    const archiveDir = await mkdtemp(path.join(tmpdir(), 'vraagbaak-pdf-'));
    const printer: PdfPrinter = { print: () => Promise.reject(new Error('not used here')), close: () => Promise.resolve() };
    const v = await openVraagbaak({ archiveDir, printer, shell: 'cli', version: 'test' });
    try {
      const bytes = new Uint8Array(await readFile(path.join(pdfDir, '1b922783-f576-4df5-a031-ad0063d2afd4.pdf')));
      const report = await v.importer.importFiles([{ name: '1b922783.pdf', bytes }]);
      expect(report.failed).toEqual([]);
      const summary = report.imported[0];
      expect(summary).toMatchObject({ id: 'ah-tk-20232024-2395', source: { format: 'pdf', fileName: '1b922783.pdf' } });
      const originals = await readdir(path.join(v.archive.dir, 'originals'));
      expect(originals).toEqual([`${summary?.source.sha256}.pdf`]);
      expect(Buffer.compare(await readFile(path.join(v.archive.dir, 'originals', originals[0] ?? '')), Buffer.from(bytes))).toBe(0);
    } finally {
      await v.close();
      await rm(archiveDir, { recursive: true, force: true });
    }
  });
});

/**
 * A one-page PDF with no text, or — with `encryptionU` (64 hex digits) — one whose standard
 * security handler does not open with the empty password. Offsets are computed, so pdf.js reads
 * the xref table as written.
 */
function minimalPdf(encryptionU: string | null): Uint8Array {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>',
    '<< /Length 0 >>\nstream\n\nendstream',
  ];
  if (encryptionU) objects.push(`<< /Filter /Standard /V 1 /R 2 /O <${encryptionU}> /U <${encryptionU}> /P -4 >>`);
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  const encrypt = encryptionU ? ` /Encrypt ${objects.length} 0 R /ID [<00112233445566778899aabbccddeeff> <00112233445566778899aabbccddeeff>]` : '';
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R${encrypt} >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(body);
}
