import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { AlignmentType, Document, FootnoteReferenceRun, LevelFormat, Packer, Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { isVraagbaakError } from '../../core/model/index.js';
import { parseText } from '../../core/parse/index.js';
import { importFile, importerFor } from './index.js';

/**
 * Fixtures are built here with the `docx` package: no ministry .docx is in the corpus. Their text
 * follows the Word layouts of SOURCES §B (taken from the real `kvl-*.docx.txt` files).
 */
const NUMBERING = { config: [{ reference: 'vragen', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START }] }] };

async function docxOf(paragraphs: Paragraph[], footnotes: Record<number, string> = {}): Promise<Uint8Array> {
  const notes = Object.fromEntries(Object.entries(footnotes).map(([n, text]) => [n, { children: [new Paragraph(text)] }]));
  const doc = new Document({ numbering: NUMBERING, footnotes: notes, sections: [{ children: paragraphs }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}

const p = (text: string): Paragraph => new Paragraph(text);
const numbered = (...runs: (TextRun | FootnoteReferenceRun)[]): Paragraph => new Paragraph({ children: runs, numbering: { reference: 'vragen', level: 0 } });

async function parseDocx(fileName: string, bytes: Uint8Array) {
  const made = await importFile(fileName, bytes, parseText);
  expect(made).toHaveLength(1);
  const document = made[0]?.document;
  if (!document) throw new Error('no document');
  return { document, original: made[0]?.original };
}

const NL_TEXT = resolve(import.meta.dirname, '../../../../shared/corpus/nl-text');

/** One real file per Word marker layout of SOURCES §B, plus a question document and a Mededeling. */
const LAYOUTS = ['r02', 'r05', 'r11', 'r15', 'r22', 'r25', 'r46', 'r55', 'r67', 'r81'];

describe('docx importer on the real Word texts of the corpus (kvl-*.docx.txt rebuilt as .docx, one paragraph per line)', () => {
  const files = readdirSync(NL_TEXT).filter((f) => f.endsWith('.docx.txt') && LAYOUTS.some((r) => f.startsWith(`kvl-${r}-`)));
  it('gives the same document structure as the text route for each Word layout', async () => {
    expect(files).toHaveLength(LAYOUTS.length);
    const shape = (d: Awaited<ReturnType<typeof parseDocx>>['document']) => ({
      id: d.id,
      kind: d.kind,
      title: d.title,
      askedBy: d.askedBy,
      answeredBy: d.answeredBy,
      dates: [d.submittedOn, d.receivedOn],
      questions: d.questions.map((q) => [q.number, q.footnoteRefs]),
      answers: d.answers.map((a) => [a.questionNumbers, a.footnoteRefs]),
      footnotes: d.footnotes,
    });
    for (const file of files) {
      const text = readFileSync(resolve(NL_TEXT, file), 'utf8');
      const bytes = await docxOf(text.split('\n').filter((line) => line.trim() !== '').map((line) => p(line)));
      const { document } = await parseDocx(file.replace(/\.txt$/, ''), bytes);
      const viaText = parseText(text, { fileName: file, sha256: '0'.repeat(64), format: 'text' });
      expect({ file, ...shape(document) }).toEqual({ file, ...shape(viaText) });
    }
  }, 60_000);
});

describe('docx importer (fixtures built with the docx package in the ministry Word layout)', () => {
  it('is chosen for .docx, case-insensitively', () => {
    expect(importerFor('Antwoord.DOCX').format).toBe('docx');
  });

  it('reads an answer document: AH number, zaak, "Antwoord van minister …", Vraag N / Antwoord op vraag N, a footnote', async () => {
    const bytes = await docxOf(
      [
        p('AH 604'),
        p('2024Z18294'),
        p('Antwoord van minister Van Weel (Justitie en Veiligheid) (ontvangen 20 november 2024)'),
        p('Vraag 1'),
        new Paragraph({ children: [new TextRun('Kent u het bericht over het kwaliteitskader jeugdinterventies?'), new FootnoteReferenceRun(1)] }),
        p('Antwoord op vraag 1'),
        p('Ja, dat bericht ken ik.'),
        p('Vraag 2'),
        p('Zijn gemeenten daarin meegenomen?'),
        p('Antwoord op vraag 2'),
        p('Zie het antwoord op vraag 1.'),
      ],
      { 1: 'NOS, 1 oktober 2024, https://nos.nl/artikel/123' },
    );
    const { document, original } = await parseDocx('antwoord-604.docx', bytes);
    expect(original).toBe(bytes);
    expect(document.source.format).toBe('docx');
    expect(document.kind).toBe('answer');
    expect(document.id).toBe('ah-tk-20242025-604');
    expect(document.identifiers).toMatchObject({ zaak: '2024Z18294', aanhangsel: 'ah-tk-20242025-604' });
    expect(document.answeredBy).toEqual([{ name: 'Van Weel', role: 'minister', portfolio: 'Justitie en Veiligheid' }]);
    expect(document.receivedOn).toBe('2024-11-20');
    expect(document.questions.map((q) => q.number)).toEqual([1, 2]);
    expect(document.questions[0]).toEqual({ number: 1, text: 'Kent u het bericht over het kwaliteitskader jeugdinterventies?', footnoteRefs: [1] });
    expect(document.answers.map((a) => [a.questionNumbers, a.text])).toEqual([
      [[1], 'Ja, dat bericht ken ik.'],
      [[2], 'Zie het antwoord op vraag 1.'],
    ]);
    expect(document.footnotes).toEqual([{ number: 1, text: 'NOS, 1 oktober 2024, https://nos.nl/artikel/123', url: 'https://nos.nl/artikel/123' }]);
  });

  it('a question document keeps its Word auto-numbering (a real list, which raw text loses) and its footnote', async () => {
    const bytes = await docxOf(
      [
        p('2024Z18891'),
        p('(ingezonden 20 november 2024)'),
        p('Vragen van het lid Tseggai (GroenLinks-PvdA) aan de minister van Justitie en Veiligheid over vergunningverlening aan escortbureaus'),
        numbered(new TextRun("Kent u het bericht 'Berucht escortbureau kreeg vergunning'?"), new FootnoteReferenceRun(1)),
        numbered(new TextRun('Deelt u de mening dat veroordelingen moeten meewegen? Zo ja, hoe?')),
        numbered(new TextRun('Op welke wijze worden buitenlandse veroordelingen meegewogen?')),
      ],
      { 1: 'Pointer, 17 november 2024 (https://pointer.kro-ncrv.nl/berucht-escortbureau)' },
    );
    const { document } = await parseDocx('vragen-tseggai.docx', bytes);
    expect(document.kind).toBe('questions');
    expect(document.id).toBe('kv-tk-2024Z18891');
    expect(document.askedBy).toEqual([{ name: 'Tseggai', party: 'GroenLinks-PvdA' }]);
    expect(document.submittedOn).toBe('2024-11-20');
    expect(document.title).toBe('vergunningverlening aan escortbureaus');
    expect(document.questions.map((q) => q.number)).toEqual([1, 2, 3]);
    expect(document.questions[0]?.text).toBe("Kent u het bericht 'Berucht escortbureau kreeg vergunning'?");
    expect(document.questions[0]?.footnoteRefs).toEqual([1]);
    expect(document.footnotes[0]?.url).toBe('https://pointer.kro-ncrv.nl/berucht-escortbureau');
    expect(document.warnings.join(' ')).not.toMatch(/not numbered/);
  });

  it('numbers questions on across a Word list interrupted by a paragraph, as Word shows them', async () => {
    const bytes = await docxOf([
      p('2024Z18892'),
      p('Vragen van het lid Tseggai (GroenLinks-PvdA) aan de minister van Justitie en Veiligheid over escortbureaus (ingezonden 20 november 2024)'),
      numbered(new TextRun('Kent u het bericht?')),
      numbered(new TextRun('Deelt u de mening?')),
      p('Een tussenzin zonder nummer.'),
      numbered(new TextRun('Wat gaat u doen?')),
    ]);
    const { document } = await parseDocx('onderbroken.docx', bytes);
    expect(document.questions.map((q) => [q.number, q.text])).toEqual([
      [1, 'Kent u het bericht?'],
      [2, 'Deelt u de mening?\n\nEen tussenzin zonder nummer.'],
      [3, 'Wat gaat u doen?'],
    ]);
  });

  it('reads "Antwoord vragen 1,2,3,4 en 5" after all questions as one answer to five questions', async () => {
    const bytes = await docxOf([
      p('AH 650'),
      p('2024Z18500'),
      p('Antwoord van staatssecretaris Nobel (Sociale Zaken en Werkgelegenheid) (ontvangen 25 november 2024)'),
      ...[1, 2, 3, 4, 5].flatMap((n) => [p(`Vraag ${n}`), p(`Is dit vraag nummer ${n}?`)]),
      p('Antwoord vragen 1,2,3,4 en 5'),
      p('Deze vragen beantwoord ik in samenhang.'),
    ]);
    const { document } = await parseDocx('samen.docx', bytes);
    expect(document.questions).toHaveLength(5);
    expect(document.answers).toEqual([{ questionNumbers: [1, 2, 3, 4, 5], text: 'Deze vragen beantwoord ik in samenhang.', footnoteRefs: [] }]);
    expect(document.answeredBy[0]).toMatchObject({ name: 'Nobel', role: 'staatssecretaris' });
  });

  it('refuses a truncated .docx, a file that is no .docx at all, and an empty Word document, naming the file', async () => {
    const whole = await docxOf([p('Vraag 1'), p('Waarom?')]);
    const reasonOf = async (name: string, bytes: Uint8Array): Promise<string> => {
      const error = await importFile(name, bytes, parseText).then(
        () => null,
        (e: unknown) => e,
      );
      expect(isVraagbaakError(error)).toBe(true);
      return (error as Error).message;
    };
    expect(await reasonOf('half.docx', whole.subarray(0, Math.floor(whole.length / 2)))).toMatch(/^half\.docx could not be read as a Word document; it may be damaged or incomplete/);
    expect(await reasonOf('oud.docx', new TextEncoder().encode('\u00d0\u00cf\u0011\u00e0 Word 97'))).toMatch(/^oud\.docx is not a Word \.docx file/);
    expect(await reasonOf('leeg.docx', await docxOf([]))).toMatch(/^leeg\.docx: the Word document holds no text/);
  });
});
