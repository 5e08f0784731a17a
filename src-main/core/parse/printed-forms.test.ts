/**
 * Every printed form of grouping, header, people, dates and footnotes that the parser must read,
 * each as the smallest real-shaped input (Word-text answers as in SOURCES §B, typeset answers as §A).
 */
import { describe, expect, it } from 'vitest';
import type { QaDocument } from '../model/index.js';
import { parseText } from './index.js';

const parse = (text: string) => parseText(text, { fileName: 'form.txt', sha256: '0'.repeat(64), format: 'text' });

/** A Word-text answer document (SOURCES §B) around the given body lines. */
function wordAnswer(body: string[], answerLine = 'Antwoord van minister Van Weel (Justitie en Veiligheid) (ontvangen 20 november 2024)'): string {
  return ['AH 604', '2024Z18294', answerLine, '', ...body].join('\n');
}

/** A typeset (PDF-text) answer document (SOURCES §A) with the given header sentences and body. */
function typesetAnswer(sentences: string[], body: string[], footer: string[] = []): string {
  return [
    'Tweede Kamer der Staten-Generaal2',
    'Vergaderjaar 2024–2025 Aanhangsel van de Handelingen',
    'Vragen gesteld door de leden der Kamer, met de daarop door de',
    'regering gegeven antwoorden',
    '575',
    ...sentences,
    ...body,
    ...footer,
    'Tweede Kamer, vergaderjaar 2024–2025, Aanhangsel 1',
  ].join('\n');
}

const QUESTIONS_SENTENCE = 'Vragen van het lid Boswijk (CDA) aan de Minister van Buitenlandse Zaken over het bezoek (ingezonden 24 oktober 2024).';
const ANSWER_SENTENCE = 'Antwoord van Minister Veldkamp (Buitenlandse Zaken) (ontvangen 18 november 2024).';

/** questions as "n: text" and answers as "n+m: text". */
function pairs(doc: QaDocument): { q: string[]; a: string[] } {
  return { q: doc.questions.map((q) => `${q.number}: ${q.text}`), a: doc.answers.map((a) => `${a.questionNumbers.join('+')}: ${a.text}`) };
}

function questions(numbers: number[]): string[] {
  return numbers.flatMap((n) => [`Vraag ${n}`, `Vraag nummer ${n}?`, '']);
}

describe('answer grouping as printed', () => {
  const cases: [string, number[]][] = [
    ['Antwoord op vragen 3 en 4', [3, 4]],
    ['Antwoord op vraag 3 en 4', [3, 4]],
    ['Antwoord 3 en 4', [3, 4]],
    ['Antwoorden 3 en 4', [3, 4]],
    ['Antwoord vragen 3 en 4', [3, 4]],
    ['Antwoord op de vragen 3 en 4', [3, 4]],
  ];
  for (const [label, numbers] of cases) {
    it(`"${label}" covers ${numbers.join(' and ')}`, () => {
      const doc = parse(wordAnswer([...questions([1, 2, 3, 4]), 'Antwoord op vraag 1', 'Een.', '', 'Antwoord op vraag 2', 'Twee.', '', label, 'Samen.']));
      expect(pairs(doc).a).toEqual(['1: Een.', '2: Twee.', '3+4: Samen.']);
      expect(doc.warnings.join(' ')).not.toMatch(/no answer|skips/u);
    });
  }

  it('"Vraag 4 en 5" as one question block with one answer', () => {
    const doc = parse(typesetAnswer([QUESTIONS_SENTENCE, ANSWER_SENTENCE], ['Vraag 4 en 5', 'Is het waar?Wat gaat u doen?', 'Antwoord 4 en 5', 'Ja, en niets.']));
    expect(pairs(doc)).toEqual({ q: ['4: Is het waar?', '5: Wat gaat u doen?'], a: ['4+5: Ja, en niets.'] });
  });

  it('"4, 5, 7 en 8" keeps the gap', () => {
    const doc = parse(wordAnswer([...questions([4, 5, 7, 8]), 'Antwoord op vragen 4, 5, 7 en 8', 'Samen.']));
    expect(pairs(doc).a).toEqual(['4+5+7+8: Samen.']);
  });

  for (const label of ['Antwoord op vragen 2 t/m 6', 'Antwoord op vragen 2 tot en met 6', 'Antwoord 2-6', 'Antwoord 2 – 6', 'Antwoord 2–6']) {
    it(`a range "${label}" covers 2 to 6`, () => {
      const doc = parse(wordAnswer([...questions([1, 2, 3, 4, 5, 6]), 'Antwoord op vraag 1', 'Een.', '', label, 'Samen.']));
      expect(pairs(doc).a).toEqual(['1: Een.', '2+3+4+5+6: Samen.']);
    });
  }

  it('"Antwoord vragen 1,2,3,4 en 5" after all questions', () => {
    const doc = parse(wordAnswer([...questions([1, 2, 3, 4, 5]), 'Antwoord vragen 1,2,3,4 en 5', 'Alles tegelijk.']));
    expect(pairs(doc).a).toEqual(['1+2+3+4+5: Alles tegelijk.']);
    expect(doc.questions.map((q) => q.number)).toEqual([1, 2, 3, 4, 5]);
    expect(doc.warnings.join(' ')).not.toMatch(/no answer/u);
  });

  it('a missing comma "7, 8, 9 10 en 11" still lists every number', () => {
    const doc = parse(wordAnswer([...questions([7, 8, 9, 10, 11]), 'Antwoord op vragen 7, 8, 9 10 en 11', 'Samen.']));
    expect(pairs(doc).a).toEqual(['7+8+9+10+11: Samen.']);
  });

  it('all questions first and one unnumbered answer after: the answer covers them all, with a warning', () => {
    const doc = parse(wordAnswer([...questions([1, 2, 3]), 'Antwoord', 'Alles.']));
    expect(pairs(doc).a).toEqual(['1+2+3: Alles.']);
    expect(doc.warnings.join(' ')).toContain('unnumbered "Antwoord" was taken to answer questions 1, 2 and 3');
  });

  it('a numbered list inside an answer is not taken for questions', () => {
    const doc = parse(
      ['AH 604', '2024Z18294', 'Antwoord van minister Van Weel (Justitie en Veiligheid) (ontvangen 20 november 2024)', '', '1.', 'Kunt u dit toelichten?', '', 'Antwoord:', 'Dat doe ik in drie stappen:', '1. Bekostiging op basis van een budget.', '2. Meerjarige afspraken?', '3. Een evaluatie.', '', '2.', 'Wat is de planning?', '', 'Antwoord:', 'Voor de zomer.'].join('\n'),
    );
    expect(doc.questions.map((q) => q.number)).toEqual([1, 2]);
    expect(doc.answers.map((a) => a.questionNumbers)).toEqual([[1], [2]]);
    expect(doc.answers[0]?.text).toContain('3. Een evaluatie.');
  });

  it('a numbered list inside an answer with "Vraag N" headings stays in the answer', () => {
    const doc = parse(wordAnswer(['Vraag 1', 'Hoe?', '', 'Antwoord 1', 'Zo:', '1. eerst dit;', '2. dan dat.', '', 'Vraag 2', 'Wanneer?', '', 'Antwoord 2', 'Nu.']));
    expect(doc.questions.map((q) => q.number)).toEqual([1, 2]);
    expect(doc.answers[0]?.text).toContain('2. dan dat.');
  });

  it('a duplicated number is kept as printed, with a warning', () => {
    const doc = parse(wordAnswer(['Vraag 1', 'Een?', '', 'Antwoord 1', 'Ja.', '', 'Vraag 1', 'Nog een?', '', 'Antwoord 1', 'Nee.']));
    expect(doc.questions.map((q) => q.number)).toEqual([1, 1]);
    expect(doc.answers.map((a) => a.questionNumbers)).toEqual([[1], [1]]);
    expect(doc.warnings.join(' ')).toContain('question 1 is printed more than once');
  });

  it('a skipped number is kept as printed, with a warning', () => {
    const doc = parse(wordAnswer(['Vraag 1', 'Een?', '', 'Antwoord 1', 'Ja.', '', 'Vraag 3', 'Drie?', '', 'Antwoord 3', 'Nee.']));
    expect(doc.questions.map((q) => q.number)).toEqual([1, 3]);
    expect(doc.warnings.join(' ')).toContain('question numbering skips 2');
  });

  it('a question without an answer is named in the warnings', () => {
    const doc = parse(wordAnswer(['Vraag 1', 'Een?', '', 'Vraag 2', 'Twee?', '', 'Antwoord 2', 'Nee.']));
    expect(doc.warnings.join(' ')).toContain('no answer was found for question 1');
  });
});

describe('Toelichting', () => {
  it('keeps a Toelichting at the end apart, with afterQuestion null', () => {
    const doc = parse(wordAnswer(['Vraag 1', 'Een?', '', 'Antwoord 1', 'Ja.', '', 'Toelichting:', 'Deze vragen dienen ter aanvulling op eerdere vragen.']));
    expect(doc.answers[0]?.text).toBe('Ja.');
    expect(doc.explanations).toEqual([{ afterQuestion: null, text: 'Deze vragen dienen ter aanvulling op eerdere vragen.' }]);
  });

  it('records the question a Toelichting follows when more follows it', () => {
    const doc = parse(wordAnswer(['Vraag 1', 'Een?', '', 'Toelichting: Dit is de achtergrond.', '', 'Vraag 2', 'Twee?', '', 'Antwoord 1', 'Ja.', '', 'Antwoord 2', 'Nee.']));
    expect(doc.questions.map((q) => q.text)).toEqual(['Een?', 'Twee?']);
    expect(doc.explanations).toEqual([{ afterQuestion: 1, text: 'Dit is de achtergrond.' }]);
  });
});

describe('header and people', () => {
  const questionDoc = (sentence: string): string => ['Tweede Kamer der Staten-Generaal2', 'Vergaderjaar 2024–2025 Vragen gesteld door de leden der Kamer', '2024Z18796', sentence, 'Vraag 1', 'Een?'].join('\n');

  it('reads two askers with their parties', () => {
    const doc = parse(questionDoc('Vragen van de leden Piri (GroenLinks-PvdA) en Paternotte (D66) aan de Minister van Buitenlandse Zaken over iets (ingezonden 1 november 2024).'));
    expect(doc.askedBy).toEqual([
      { name: 'Piri', party: 'GroenLinks-PvdA' },
      { name: 'Paternotte', party: 'D66' },
    ]);
  });

  it('reads "(beiden …)"', () => {
    const doc = parse(questionDoc('Vragen van de leden Kröger en Thijssen (beiden GroenLinks-PvdA) aan de Minister van Infrastructuur en Waterstaat over iets (ingezonden 1 november 2024).'));
    expect(doc.askedBy).toEqual([
      { name: 'Kröger', party: 'GroenLinks-PvdA' },
      { name: 'Thijssen', party: 'GroenLinks-PvdA' },
    ]);
  });

  it('reads three askers "(allen D66)" and a fourth with another party', () => {
    const doc = parse(questionDoc('Vragen van de leden Sneller , Bamenga , Rooderkerk (allen D66) en Gabriëls (GroenLinks-PvdA) aan de Minister van Economische Zaken over koplopers (ingezonden 21 november 2024).'));
    expect(doc.askedBy).toEqual([
      { name: 'Sneller', party: 'D66' },
      { name: 'Bamenga', party: 'D66' },
      { name: 'Rooderkerk', party: 'D66' },
      { name: 'Gabriëls', party: 'GroenLinks-PvdA' },
    ]);
    expect(doc.submittedOn).toBe('2024-11-21');
  });

  it('reads the typo "Vragen van het leden"', () => {
    const doc = parse(questionDoc('Vragen van het leden Van Kent (SP) en Patijn (GroenLinks-PvdA) aan de Minister van Sociale Zaken en Werkgelegenheid over de agenda (ingezonden 21 november 2024).'));
    expect(doc.askedBy.map((m) => m.name)).toEqual(['Van Kent', 'Patijn']);
    expect(doc.addressedTo).toEqual(['minister van Sociale Zaken en Werkgelegenheid']);
  });

  it('reads a minister, a staatssecretaris and the minister-president', () => {
    for (const [line, role, name] of [
      ['Antwoord van Minister Veldkamp (Buitenlandse Zaken) (ontvangen 18 november 2024).', 'minister', 'Veldkamp'],
      ['Antwoord van Staatssecretaris Tielen (Justitie en Veiligheid) (ontvangen 18 november 2024).', 'staatssecretaris', 'Tielen'],
      ['Antwoord van Minister-President Schoof (Algemene Zaken) (ontvangen 18 november 2024).', 'minister-president', 'Schoof'],
    ] as const) {
      const doc = parse(typesetAnswer([QUESTIONS_SENTENCE, line], ['Vraag 1', 'Een?', 'Antwoord 1', 'Ja.']));
      expect(doc.answeredBy[0]).toMatchObject({ role, name });
      expect(doc.receivedOn).toBe('2024-11-18');
    }
  });

  it('records every official of "mede namens …"', () => {
    const doc = parse(
      typesetAnswer(
        [QUESTIONS_SENTENCE, 'Antwoord van Minister Klever (Buitenlandse Handel en Ontwikkelingshulp), mede namens de Minister van Financiën en de Staatssecretaris van Justitie en Veiligheid (ontvangen 20 november 2024).'],
        ['Vraag 1', 'Een?', 'Antwoord 1', 'Ja.'],
      ),
    );
    expect(doc.answeredBy).toEqual([
      { name: 'Klever', role: 'minister', portfolio: 'Buitenlandse Handel en Ontwikkelingshulp' },
      { name: 'minister van Financiën', role: 'minister', portfolio: 'Financiën' },
      { name: 'staatssecretaris van Justitie en Veiligheid', role: 'staatssecretaris', portfolio: 'Justitie en Veiligheid' },
    ]);
  });

  it('records "Zie ook Aanhangsel Handelingen" as a reference', () => {
    const doc = parse(typesetAnswer([QUESTIONS_SENTENCE, ANSWER_SENTENCE, 'Zie ook Aanhangsel Handelingen, vergaderjaar 2024–2025, nr. 318.'], ['Vraag 1', 'Een?', 'Antwoord 1', 'Ja.']));
    expect(doc.references).toContainEqual({ inPart: { type: 'title', index: 0 }, kind: 'aanhangsel', target: 'ah-tk-20242025-318' });
    expect(doc.questions.map((q) => q.text)).toEqual(['Een?']);
  });

  it('reads the identifiers ah-tk, zaak, document and "AH 609"', () => {
    const typeset = parse(typesetAnswer([QUESTIONS_SENTENCE, ANSWER_SENTENCE], ['Vraag 1', 'Een?', 'Antwoord 1', 'Ja.', 'ah-tk-20232024-2129']));
    expect(typeset.id).toBe('ah-tk-20232024-2129');
    const word = parse(['AH 609', '2024Z12345', '2024D12345', 'Antwoord van minister Van Weel (Justitie en Veiligheid) (ontvangen 20 november 2024)', '', 'Vraag 1', 'Een?', '', 'Antwoord 1', 'Ja.'].join('\n'));
    expect(word.identifiers).toEqual({ zaak: '2024Z12345', document: '2024D12345', aanhangsel: 'ah-tk-20242025-609' });
    expect(word.id).toBe('ah-tk-20242025-609');
  });

  const dates: [string, string][] = [
    ['15 februari 2021', '2021-02-15'],
    ['15-2-2021', '2021-02-15'],
    ['15-02-2021', '2021-02-15'],
    ['15 febr. 2021', '2021-02-15'],
    ['15 feb 2021', '2021-02-15'],
    ['1 maart 2024', '2024-03-01'],
    ['1e maart 2024', '2024-03-01'],
    ['1 Maart 2024', '2024-03-01'],
    ['18 november2024', '2024-11-18'],
  ];
  for (const [printed, iso] of dates) {
    it(`reads the date "${printed}"`, () => {
      const doc = parse(wordAnswer(['Vraag 1', 'Een?', '', 'Antwoord 1', 'Ja.'], `Antwoord van minister Van Weel (Justitie en Veiligheid) (ontvangen ${printed})`));
      expect(doc.receivedOn).toBe(iso);
    });
  }

  it('reads the typo "(ontvangen (ontvangen …)"', () => {
    const doc = parse(wordAnswer(['Vraag 1', 'Een?', '', 'Antwoord 1', 'Ja.'], 'Antwoord van minister Van Weel (Justitie en Veiligheid) (ontvangen (ontvangen 20 november 2024)'));
    expect(doc.receivedOn).toBe('2024-11-20');
    expect(doc.answeredBy).toEqual([{ name: 'Van Weel', role: 'minister', portfolio: 'Justitie en Veiligheid' }]);
  });
});

describe('footnote markers', () => {
  const withNotes = (body: string[], notes: string[]) => parse(typesetAnswer([QUESTIONS_SENTENCE, ANSWER_SENTENCE], body, notes));

  it('reads a marker glued to a quote and question mark ("genocide’1?")', () => {
    const doc = withNotes(['Vraag 1', 'Spreekt u van ‘genocide’1?', 'Antwoord 1', 'Nee.'], ['1NOS, 1 november 2024']);
    expect(doc.questions[0]).toEqual({ number: 1, text: 'Spreekt u van ‘genocide’?', footnoteRefs: [1] });
    expect(doc.footnotes).toEqual([{ number: 1, text: 'NOS, 1 november 2024', url: null }]);
  });

  it('reads two markers after a guillemet ("»?1 2")', () => {
    const doc = withNotes(['Vraag 1', 'Kent u het bericht «Zorg onder druk»?1 2', 'Antwoord 1', 'Ja.'], ['1NOS, 1 november 2024', '2NRC, 2 november 2024']);
    expect(doc.questions[0]).toEqual({ number: 1, text: 'Kent u het bericht «Zorg onder druk»?', footnoteRefs: [1, 2] });
  });

  it('reads a merged "12" as markers 1 and 2 when footnote 12 does not exist', () => {
    const doc = withNotes(['Vraag 1', 'Kent u de berichten?12', 'Antwoord 1', 'Ja.'], ['1NOS, 1 november 2024', '2NRC, 2 november 2024']);
    expect(doc.questions[0]).toEqual({ number: 1, text: 'Kent u de berichten?', footnoteRefs: [1, 2] });
  });

  it('does not take ordinals ("11e") or units ("m3") for markers', () => {
    const doc = withNotes(['Vraag 1', 'Is de 11e tranche van 300 m3 gas geleverd?1', 'Antwoord 1', 'Ja.'], ['1NOS, 1 november 2024']);
    expect(doc.questions[0]).toEqual({ number: 1, text: 'Is de 11e tranche van 300 m3 gas geleverd?', footnoteRefs: [1] });
  });

  it('keeps a sentence whole when the footnote block lands between its halves, and joins a broken URL', () => {
    const doc = parse(
      typesetAnswer(
        [QUESTIONS_SENTENCE, ANSWER_SENTENCE],
        [
          'Vraag 1',
          'Kent u het bericht?1',
          'Antwoord 1',
          'Ja, en het kabinet heeft daarover eerder met de sector en de betrokken',
          '1NOS, 29 oktober 2024, Meer ziekenhuizen in problemen, https://nos.nl/artikel/2542490-meer-',
          'ziekenhuizen-in-problemen',
          'Tweede Kamer, vergaderjaar 2024–2025, Aanhangsel 1',
          'gemeenten gesproken.',
        ],
      ),
    );
    expect(doc.answers[0]?.text).toBe('Ja, en het kabinet heeft daarover eerder met de sector en de betrokken gemeenten gesproken.');
    expect(doc.footnotes[0]?.url).toBe('https://nos.nl/artikel/2542490-meer-ziekenhuizen-in-problemen');
  });

  it('reads Word markers " 1)" and the notes below', () => {
    const doc = parse(['2024Z18891', 'Vragen van het lid Tseggai (GroenLinks-PvdA) aan de minister van Justitie en Veiligheid over iets (ingezonden 20 november 2024)', '', '1.', 'Kent u het bericht 1)?', '', '2.', 'Wat vindt u ervan?', '', '1) https://nos.nl/artikel/1'].join('\n'));
    expect(doc.questions[0]).toEqual({ number: 1, text: 'Kent u het bericht?', footnoteRefs: [1] });
    expect(doc.footnotes).toEqual([{ number: 1, text: 'https://nos.nl/artikel/1', url: 'https://nos.nl/artikel/1' }]);
  });
});
