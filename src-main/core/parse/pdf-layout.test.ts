/**
 * The PDF layout step on small pages built the way pdf.js reports the Aanhangsel PDFs (A4-ish page
 * of 558 × 771 pt, body 8.5 pt, notes 6.9 pt with a 4.5 pt number, furniture 5.9 pt and 9.1 pt).
 */
import { describe, expect, it } from 'vitest';
import { parsePdfPages, pdfPagesToText, type PdfPage, type PdfTextItem } from './pdf-layout.js';
import { pageLines } from './pdf-lines.js';

const BODY = 8.5;
const NOTE = 6.9;

/** A run of text; its width is estimated at half the font size per character. */
function item(str: string, x: number, y: number, fontSize = BODY): PdfTextItem {
  return { str, x, y, width: str.length * fontSize * 0.5, height: fontSize, fontSize, fontName: 'f', hasEOL: false };
}

/** Body lines from the top of the text block down, 9.6 pt apart (an empty string skips a line). */
function body(lines: readonly string[], top = 420): PdfTextItem[] {
  return lines.flatMap((text, i) => (text === '' ? [] : [item(text, 221, top - i * 9.6)]));
}

function furniture(pageNumber: number, first: boolean): PdfTextItem[] {
  const footer = [item('Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel', 221, 69.4, 9.1), item(String(pageNumber), 535, 69.4, 9.1)];
  if (!first) return footer;
  return [item('ah-tk-20232024-1481', 55, 82.3, 5.9), item('ISSN 0921 - 7398', 55, 75.9, 5.9), item('’s-Gravenhage 2024', 55, 69.4, 5.9), ...footer];
}

function page(items: PdfTextItem[]): PdfPage {
  return { width: 558.4, height: 771, items };
}

const header = [
  item('Tweede Kamer der Staten-Generaal', 55, 762.5, 18.1),
  item('2', 505.9, 740.3, 51.2), // the chamber logo, in the top band
  item('Vergaderjaar 2023–2024', 55, 705.7, 9.6),
  item('Aanhangsel van de Handelingen', 221, 705.5, 10),
  item('1481', 221, 538, 12.8),
];

describe('pageLines', () => {
  it('glues a raised small marker to the word before it and spaces words by their gaps', () => {
    const lines = pageLines(page([item('betreffende motie?', 221, 302.3), item('1', 297.9, 305.8, 5.5), item('Zoals', 310, 302.3)]));
    expect(lines.map((l) => l.text)).toEqual(['betreffende motie?1 Zoals']);
  });

  it('keeps a lowered subscript in its word: "CO" + "2" + "-opslag"', () => {
    const co = item('kosten van CO', 221, 272.8);
    const sub = item('2', co.x + co.width, 270.8, 5.5);
    const lines = pageLines(page([co, sub, item('-opslag', sub.x + sub.width, 272.8)]));
    expect(lines.map((l) => l.text)).toEqual(['kosten van CO2-opslag']);
  });

  it('drops the space pdf.js puts after a split-off cedilla ("Yes" + "¸ ilgöz")', () => {
    const yes = item('Yes', 316.3, 474.7);
    const lines = pageLines(page([yes, item('¸ ilgöz-Zegerius', yes.x + yes.width - 0.5, 474.7)]));
    expect(lines.map((l) => l.text)).toEqual(['Yes¸ilgöz-Zegerius']);
  });

  it('marks a note line that starts with its own smaller number', () => {
    const [line] = pageLines(page([item('1', 221.1, 151, 4.5), item('Kamerstuk 36 200 IV, nr. 25.', 227.3, 148.3, NOTE)]));
    expect(line).toMatchObject({ text: '1 Kamerstuk 36 200 IV, nr. 25.', fontSize: NOTE, startsWithSmallNumber: true });
  });
});

describe('pdfPagesToText', () => {
  const pages = [
    page([
      ...header,
      ...body(['Vraag 1', 'Klopt het bericht dat de zorg voor ongedocumenteerden tekortschiet?', '', 'Antwoord 1', 'Ja, zie de brief.']),
      item('1', 221 + 17 * 4.25, 420 - 4 * 9.6 + 3.5, 5.5),
      item('1', 221, 151, 4.5),
      item('Kamerstuk 36 200 IV, nr. 25.', 227, 148.3, NOTE),
      ...furniture(1, true),
    ]),
    page([...body(['Vraag 2', 'Waarom niet?', '', 'Antwoord 2', 'Daarom.'], 771), ...furniture(2, false)]),
  ];

  it('drops ids, ISSN, place, running footers and page numbers, and keeps the id for the parser', () => {
    const result = pdfPagesToText(pages);
    expect(result.officialIds).toEqual(['ah-tk-20232024-1481']);
    // the place line and the running footer share a baseline: one line
    expect(result.droppedLines).toBe(4);
    expect(result.text).not.toMatch(/ISSN|vergaderjaar 2023–2024, Aanhangsel|Gravenhage/);
    expect(result.text.split('\n')[0]).toBe('ah-tk-20232024-1481');
  });

  it('keeps the chamber header and logo of the first page and a body line at the very top of a later page', () => {
    const { text } = pdfPagesToText(pages);
    expect(text).toContain('Tweede Kamer der Staten-Generaal\n2\n');
    expect(text).toContain('\n\fVraag 2\n');
  });

  it('sets the foot notes of a page as a block after its body, number glued to the text', () => {
    const { text, footnoteCount } = pdfPagesToText(pages);
    expect(footnoteCount).toBe(1);
    expect(text).toContain('Ja, zie de brief.1\n\n1Kamerstuk 36 200 IV, nr. 25.\n\fVraag 2');
  });

  it('puts a note that starts with a digit under its number', () => {
    const { text } = pdfPagesToText([page([...body(['Antwoord 1', 'Zie de nota over de toegang tot zorg.']), item('1', 221, 151, 4.5), item('36 200 IV, nr. 25.', 227, 148.3, NOTE)])]);
    expect(text).toContain('\n1\n36 200 IV, nr. 25.');
  });

  it('completes a note that runs on at the foot of the next page', () => {
    const { text } = pdfPagesToText([
      page([...body(['Antwoord 1', 'Zie de nota over de toegang tot zorg voor ongedocumenteerden.']), item('1', 221, 151, 4.5), item('Kamerstuk 36 200 IV, nr. 25, een lange', 227, 148.3, NOTE)]),
      page([...body(['Antwoord 2', 'Ja, dat is op alle eilanden van het Koninkrijk zo.'], 771), item('noot die doorloopt.', 227, 148.3, NOTE)]),
    ]);
    expect(text).toContain('1Kamerstuk 36 200 IV, nr. 25, een lange\nnoot die doorloopt.\n\fAntwoord 2\nJa, dat is op alle eilanden van het Koninkrijk zo.\n');
  });

  it('leaves a table in small type in the body, not in the note of the page before', () => {
    const { text, footnoteCount } = pdfPagesToText([
      page([...body(['Antwoord 5', 'Zie de nota over de toegang tot zorg voor ongedocumenteerden.']), item('1', 221, 151, 4.5), item('Kamerstuk 36 200 IV, nr. 25.', 227, 148.3, NOTE)]),
      page([...body(['Antwoord 6', 'Bijgaande cijfers over meldingen van discriminatie in Fryslân:']), item('Grond', 221, 390, NOTE), item('2021', 320, 390, NOTE), item('Geslacht', 221, 374, NOTE), item('2', 320, 374, NOTE)]),
    ]);
    expect(footnoteCount).toBe(1);
    expect(text).toContain('1Kamerstuk 36 200 IV, nr. 25.\n\fAntwoord 6');
    expect(text).toContain('Fryslân:\n\nGrond 2021\n\nGeslacht 2');
  });

  it('continues a note only from the page just before', () => {
    const long = 'Zie de nota over de toegang tot zorg voor ongedocumenteerden.';
    const { text } = pdfPagesToText([
      page([...body(['Antwoord 1', long]), item('1', 221, 151, 4.5), item('Kamerstuk 36 200 IV, nr. 25.', 227, 148.3, NOTE)]),
      page(body(['Antwoord 2', 'Dat is het kabinet met de vragensteller eens, zoals eerder gemeld.'], 771)),
      page([...body(['Antwoord 3', 'De cijfers over de afgelopen drie jaren staan hieronder.'], 771), item('Bron: CBS', 227, 148.3, NOTE)]),
    ]);
    expect(text).toContain('1Kamerstuk 36 200 IV, nr. 25.\n\f');
    expect(text).toMatch(/\fAntwoord 3\n.*\n\nBron: CBS\n$/);
    // pages that open with an answer heading keep it, however many do
    expect(text).toContain('\fAntwoord 2\n');
  });

  it('drops a running header that repeats in the top band of every page', () => {
    const running = (n: number): PdfTextItem => item(`Antwoord op vragen, pagina ${n}`, 221, 760, 7);
    const { text } = pdfPagesToText([page([running(1), ...body(['Vraag 1', 'Een.'])]), page([running(2), ...body(['Vraag 2', 'Twee.'])])]);
    expect(text).not.toContain('pagina');
  });
});

describe('parsePdfPages', () => {
  it('parses the laid-out text with the text parser', () => {
    const doc = parsePdfPages(
      [
        page([
          ...header,
          item('Vragen van het lid Koekkoek (Volt) aan de Staatssecretaris van Binnenlandse Zaken over zorg (ingezonden 12 februari 2024).', 221, 509, BODY),
          item('Antwoord van Staatssecretaris Van Huffelen (Binnenlandse Zaken) (ontvangen 11 april 2024).', 221, 490, BODY),
          ...body(['Vraag 1', 'Klopt het bericht?', '', 'Antwoord 1', 'Ja.'], 460),
          item('1', 221 + 3 * 4.25, 460 - 38.4 + 3.5, 5.5),
          item('1', 221, 151, 4.5),
          item('Kamerstuk 36 200 IV, nr. 25.', 227, 148.3, NOTE),
          ...furniture(1, true),
        ]),
      ],
      { fileName: 'a.pdf', sha256: 'a'.repeat(64) },
    );
    expect(doc).toMatchObject({ id: 'ah-tk-20232024-1481', kind: 'answer', receivedOn: '2024-04-11', source: { format: 'pdf', fileName: 'a.pdf' } });
    expect(doc.questions.map((q) => q.text)).toEqual(['Klopt het bericht?']);
    expect(doc.answers.map((a) => a.text)).toEqual(['Ja.']);
    expect(doc.footnotes.map((f) => f.text)).toEqual(['Kamerstuk 36 200 IV, nr. 25.']);
    expect(doc.answers[0]?.footnoteRefs).toEqual([1]);
  });

  it('says a PDF without text has no text layer', () => {
    expect(() => parsePdfPages([page([]), page([item('   ', 10, 10)])], { fileName: 'scan.pdf', sha256: '0'.repeat(64) })).toThrow('scan.pdf: the PDF has no text layer (scanned?)');
  });
});
