/**
 * The odd layouts listed in SOURCES.md ("Odd layouts seen in these real documents"), each as the
 * smallest real-shaped input that shows it.
 */
import { describe, expect, it } from 'vitest';
import { parseText } from './index.js';

const parse = (text: string, fileName = 'quirk.txt') => parseText(text, { fileName, sha256: '0'.repeat(64), format: 'text' });

/** A typeset (PDF-text) answer document around the given body lines. */
function answerDoc(body: string[], footer: string[] = []): string {
  return [
    'Tweede Kamer der Staten-Generaal2',
    'Vergaderjaar 2024–2025 Aanhangsel van de Handelingen',
    'Vragen gesteld door de leden der Kamer, met de daarop door de',
    'regering gegeven antwoorden',
    '575',
    'Vragen van het lid Boswijk (CDA) aan de Minister van Buitenlandse Zaken',
    'over het bezoek van de Secretaris-Generaal (ingezonden 24 oktober 2024).',
    'Antwoord van Minister Veldkamp (Buitenlandse Zaken) (ontvangen',
    '18 november 2024).',
    ...body,
    ...footer,
    'Tweede Kamer, vergaderjaar 2024–2025, Aanhangsel 1',
  ].join('\n');
}

describe('grouped questions and answers', () => {
  it('splits "Vraag 4 en 5" into questions 4 and 5 by paragraph; the answer covers both', () => {
    const doc = parse(answerDoc(['Vraag 4 en 5', 'Klopt het dat hij Poetin ontmoet? Zo ja, wat vindt u hiervan?Deelt u de mening dat dit een verkeerd signaal is?', 'Antwoord 4 en 5', 'Dat is zo.']));
    expect(doc.questions).toEqual([
      { number: 4, text: 'Klopt het dat hij Poetin ontmoet? Zo ja, wat vindt u hiervan?', footnoteRefs: [] },
      { number: 5, text: 'Deelt u de mening dat dit een verkeerd signaal is?', footnoteRefs: [] },
    ]);
    expect(doc.answers).toEqual([{ questionNumbers: [4, 5], text: 'Dat is zo.', footnoteRefs: [] }]);
    expect(doc.warnings.join(' ')).toContain('"Vraag 4 en 5" is printed as one block');
  });

  it('keeps a group text once, under the lowest number, when paragraphs do not match numbers', () => {
    const doc = parse(answerDoc(['Vraag 9 en 10', 'Hoe staat het met de uitvoering van beide moties over dit onderwerp?', 'Antwoord 9 en 10', 'Goed.']));
    expect(doc.questions.map((q) => q.number)).toEqual([9]);
    expect(doc.answers[0]?.questionNumbers).toEqual([9, 10]);
    expect(doc.warnings.join(' ')).toContain('kept once, as question 9');
    expect(doc.warnings.join(' ')).not.toContain('not printed');
  });

  it('reads a non-consecutive group "Vraag 4, 5, 7 en 8"', () => {
    const doc = parse(answerDoc(['Vraag 4, 5, 7 en 8', 'Eén?Twee?Drie?Vier?', 'Antwoord 4, 5, 7 en 8', 'Alles.', 'Vraag 6', 'Zes?', 'Antwoord 6', 'Nee.']));
    expect(doc.questions.map((q) => `${q.number}:${q.text}`)).toEqual(['4:Eén?', '5:Twee?', '7:Drie?', '8:Vier?', '6:Zes?']);
    expect(doc.answers.map((a) => a.questionNumbers)).toEqual([[4, 5, 7, 8], [6]]);
  });

  it('reads the plural "Antwoorden 5 en 6" after separate questions 5 and 6', () => {
    const doc = parse(answerDoc(['Vraag 5', 'Vijf?', 'Vraag 6', 'Zes?', 'Antwoorden 5 en 6', 'Samen beantwoord.']));
    expect(doc.questions.map((q) => q.number)).toEqual([5, 6]);
    expect(doc.answers).toEqual([{ questionNumbers: [5, 6], text: 'Samen beantwoord.', footnoteRefs: [] }]);
  });

  it('lets an unnumbered "Antwoord" cover the questions printed since the previous answer', () => {
    const doc = parse(['Antwoord van minister Blok (Buitenlandse Zaken) (ontvangen 15 februari 2021)', '', 'Vraag 3', 'Drie?', '', 'Vraag 4', 'Vier?', '', 'Antwoord', 'Beide.', '', 'Vraag 5', 'Vijf?', '', 'Antwoord', 'Ja.'].join('\n'));
    expect(doc.answers.map((a) => a.questionNumbers)).toEqual([[3, 4], [5]]);
    expect(doc.warnings.join(' ')).toContain('unnumbered "Antwoord" was taken to answer questions 3 and 4');
  });

  it('keeps duplicate and skipped question numbers as printed, with warnings', () => {
    const doc = parse(answerDoc(['Vraag 1', 'Een?', 'Antwoord 1', 'Ja.', 'Vraag 1', 'Nog een?', 'Antwoord 1', 'Nee.', 'Vraag 3', 'Drie?', 'Antwoord 3', 'Ja.']));
    expect(doc.questions.map((q) => q.number)).toEqual([1, 1, 3]);
    expect(doc.warnings).toContain('question 1 is printed more than once');
    expect(doc.warnings).toContain('question numbering skips 2');
  });
});

describe('Word (DOCX) layouts', () => {
  const wordHeader = ['AH 604', '2024Z18294', 'Antwoord van minister Van Weel (Justitie en Veiligheid) (ontvangen 20 november 2024)', ''];

  it('reads "Antwoord op vraag 3 en 4" and derives the aanhangsel id from the date received', () => {
    const doc = parse([...wordHeader, 'Vraag 3 ', 'Is het waar?', '', 'Vraag 4', ' Ook dit?', '', 'Antwoord op vraag 3 en 4 ', 'Ja.', ''].join('\n'));
    expect(doc.id).toBe('ah-tk-20242025-604');
    expect(doc.identifiers).toEqual({ zaak: '2024Z18294', aanhangsel: 'ah-tk-20242025-604' });
    expect(doc.answers).toEqual([{ questionNumbers: [3, 4], text: 'Ja.', footnoteRefs: [] }]);
  });

  it('reads one "Antwoord vragen 1,2,3,4 en 5" after all questions', () => {
    const doc = parse([...wordHeader, 'Vraag 1', 'Een?', '', 'Vraag 2', 'Twee?', '', 'Vraag 3', 'Drie?', '', 'Vraag 4', 'Vier?', '', 'Vraag 5 ', 'Vijf?', '', 'Antwoord vragen 1,2,3,4 en 5', 'Het kabinet heeft gekozen.', 'Daarover is gedebatteerd.'].join('\n'));
    expect(doc.answers).toEqual([{ questionNumbers: [1, 2, 3, 4, 5], text: 'Het kabinet heeft gekozen.\n\nDaarover is gedebatteerd.', footnoteRefs: [] }]);
  });

  it('reads "N." questions with "Antwoord:" and "Antwoord vraag N:"', () => {
    const doc = parse([...wordHeader, '', '1. Kunt u bevestigen dat IAI aanwezig is? ', '', 'Antwoord: ', 'Ja.', '', '2. Bent u bekend met de berichtgeving over APG en het Schuberg', 'Phyllis-onderzoek?', '', 'Antwoord vraag 2:', 'Ja, hier ben ik mee bekend.', '', '1. Dit is een genummerde lijst in het antwoord.'].join('\n'));
    expect(doc.questions).toEqual([
      { number: 1, text: 'Kunt u bevestigen dat IAI aanwezig is?', footnoteRefs: [] },
      { number: 2, text: 'Bent u bekend met de berichtgeving over APG en het Schuberg Phyllis-onderzoek?', footnoteRefs: [] },
    ]);
    expect(doc.answers.map((a) => a.questionNumbers)).toEqual([[1], [2]]);
    expect(doc.answers[1]?.text).toBe('Ja, hier ben ik mee bekend.\n\n1. Dit is een genummerde lijst in het antwoord.');
  });

  it('reads a bare number line as the question number and "Antwoord" without number', () => {
    const doc = parse([...wordHeader, '1', '', 'Welke mogelijkheden bestaan er?  ', '', 'Antwoord', 'Die zijn er.', '', '2', '', 'Welke maatregelen neemt u?', '', 'Antwoord ', 'Meerdere.'].join('\n'));
    expect(doc.questions.map((q) => `${q.number}:${q.text}`)).toEqual(['1:Welke mogelijkheden bestaan er?', '2:Welke maatregelen neemt u?']);
    expect(doc.answers.map((a) => `${a.questionNumbers.join('+')}:${a.text}`)).toEqual(['1:Die zijn er.', '2:Meerdere.']);
  });

  it('numbers the unnumbered paragraphs of a Word question document, with a warning', () => {
    const doc = parse(['2024Z18891', '', '(ingezonden 20 november 2024)', '', 'Vragen van het lid Tseggai (GroenLinks-PvdA) aan de minister van Justitie en Veiligheid over vergunningverlening aan escortbureaus', '', ' ', '', "Kent u het bericht 'Berucht escortbureau'? 1)", '', 'Deelt u de mening dat dit moet meewegen?', '', ' ', '', '1) Pointer, 17 november 2024, Berucht escortbureau (https://pointer.kro-ncrv.nl/berucht-escortbureau)', ''].join('\n'));
    expect(doc.kind).toBe('questions');
    expect(doc.id).toBe('kv-tk-2024Z18891');
    expect(doc.submittedOn).toBe('2024-11-20');
    expect(doc.questions).toEqual([
      { number: 1, text: "Kent u het bericht 'Berucht escortbureau'?", footnoteRefs: [1] },
      { number: 2, text: 'Deelt u de mening dat dit moet meewegen?', footnoteRefs: [] },
    ]);
    expect(doc.footnotes).toEqual([{ number: 1, text: 'Pointer, 17 november 2024, Berucht escortbureau (https://pointer.kro-ncrv.nl/berucht-escortbureau)', url: 'https://pointer.kro-ncrv.nl/berucht-escortbureau' }]);
    expect(doc.warnings).toContain('the questions are not numbered in the text; they were numbered 1 to 2 in printed order');
  });

  it('reads "[1]" footnotes of Word text', () => {
    const doc = parse(['2024Z18887', '(ingezonden 20 november 2024)', 'Vragen van de leden Bikker en Ceder (beiden ChristenUnie) aan de ministers van Volksgezondheid, Welzijn en Sport en van Asiel en Migratie over het bericht', "Heeft u kennisgenomen van het bericht?[1] Zo ja, vindt u dit reden tot zorg?", '', ' ', '', '[1] NOS Nieuws, 17 november 2024, Geboortezorg voor asielzoekers'].join('\n'));
    expect(doc.questions[0]).toEqual({ number: 1, text: 'Heeft u kennisgenomen van het bericht? Zo ja, vindt u dit reden tot zorg?', footnoteRefs: [1] });
    expect(doc.addressedTo).toEqual(['minister van Volksgezondheid, Welzijn en Sport', 'minister van Asiel en Migratie']);
    expect(doc.footnotes[0]?.text).toBe('NOS Nieuws, 17 november 2024, Geboortezorg voor asielzoekers');
  });
});

describe('notices and other kinds', () => {
  it('reads a Word Mededeling (uitstel) as a delay notice whose text is an answer to no question', () => {
    const doc = parse(['AH 615', '2024Z17538', 'Mededeling van staatssecretaris Rummenie (Landbouw, Visserij, Voedselzekerheid en Natuur) (ontvangen 20 november 2024)', '', 'Op 6 november jl. hebben de leden vragen gesteld.', '', 'Vanwege de nodige afstemming kunnen de vragen niet binnen drie weken worden beantwoord.', '', ''].join('\n'));
    expect(doc.kind).toBe('delay-notice');
    expect(doc.id).toBe('ah-tk-20242025-615');
    expect(doc.answeredBy).toEqual([{ name: 'Rummenie', role: 'staatssecretaris', portfolio: 'Landbouw, Visserij, Voedselzekerheid en Natuur' }]);
    expect(doc.questions).toEqual([]);
    expect(doc.answers).toEqual([
      { questionNumbers: [], text: 'Op 6 november jl. hebben de leden vragen gesteld.\n\nVanwege de nodige afstemming kunnen de vragen niet binnen drie weken worden beantwoord.', footnoteRefs: [] },
    ]);
  });

  it('reads a PDF Mededeling that repeats the questions', () => {
    const doc = parse(answerDoc(['Vraag 1', 'Heeft u het bericht gelezen?', 'Mededeling', 'Hierbij deel ik u mede dat de vragen niet binnen de termijn kunnen worden beantwoord.']).replace('Antwoord van Minister Veldkamp', 'Mededeling van Minister Veldkamp'));
    expect(doc.kind).toBe('delay-notice');
    expect(doc.questions.map((q) => q.number)).toEqual([1]);
    expect(doc.answers).toEqual([{ questionNumbers: [], text: 'Hierbij deel ik u mede dat de vragen niet binnen de termijn kunnen worden beantwoord.', footnoteRefs: [] }]);
  });

  it('reads an announcement of Mondelinge vragen (header only) as kind "other"', () => {
    const doc = parse(['Tweede Kamer der Staten-Generaal2', 'Vergaderjaar 2024–2025 Vragen gesteld door de leden der Kamer', ' ', '2024Z18775', 'Mondelinge vragen van het lid Krul (CDA) aan de Minister voor Economische', 'Zaken over het bericht «TEMU schendt privacy» (Hartvannederland.nl, 16 november 2024 )', '(ingezonden 19 november 2024)', '    ', 'kv-tk-2024Z18775', '’s-Gravenhage 2024 Tweede Kamer, vergaderjaar 2024–2025, Vragen'].join('\n'));
    expect(doc.kind).toBe('other');
    expect(doc.id).toBe('kv-tk-2024Z18775');
    expect(doc.title).toBe('het bericht «TEMU schendt privacy» (Hartvannederland.nl, 16 november 2024)');
    expect(doc.addressedTo).toEqual(['minister voor Economische Zaken']);
    expect(doc.questions).toEqual([]);
  });

  it('keeps a Toelichting out of the last answer, in explanations', () => {
    const doc = parse(answerDoc(['Vraag 1', 'Een?', 'Antwoord 1', 'Ja.', 'Toelichting:', 'Deze vragen dienen ter aanvulling op eerdere vragen.']));
    expect(doc.answers[0]?.text).toBe('Ja.');
    expect(doc.explanations).toEqual([{ afterQuestion: null, text: 'Deze vragen dienen ter aanvulling op eerdere vragen.' }]);
  });

  it('takes the year of a truncated date submitted from the zaak number', () => {
    const doc = parse(['Tweede Kamer der Staten-Generaal2', 'Vergaderjaar 2024–2025 Vragen gesteld door de leden der Kamer', '2024Z18558', 'Vragen van het lid Hertzberger (Nieuw Sociaal Contract) aan de Minister van', 'Financiën over de subsidietaakstelling(ingezonden 15 november', 'Vraag 1', 'Kan u de berekening sturen?'].join('\n'));
    expect(doc.submittedOn).toBe('2024-11-15');
    expect(doc.warnings[0]).toContain('the year 2024 was taken from the zaak number');
  });
});

describe('footnotes and page breaks in PDF text', () => {
  it('finds glued, line-start, lone and list-like markers and moves the notes out', () => {
    const doc = parse(
      answerDoc(
        [
          'Vraag 1',
          'Bent u bekend met het BDO-onderzoek?1',
          'Antwoord 1',
          'Ja, en de richtlijnen zijn er al.',
          '2 Deze richtlijnen voorzien niet in een verbod:1. Bekostiging op basis van een budget.',
          '2. Meerjarige afspraken. Ik wil afspraken maken.',
          'Vraag 2',
          'Hoe ziet u de gevolgen?',
          '3 4',
          'Antwoord 2',
          'Het budget wordt verhoogd,zodat het groeit met € 2 miljard',
          '5. De Commissie werkt dit uit.',
        ],
        ['1NOS, 29 oktober 2024, Meer ziekenhuizen in financiële problemen, bedreigt uitvoering Zorgak-', 'koord, https://nos.nl/artikel/2542490-meer-ziekenhuizen-in-', 'financiele-problemen', '2Zie A/67/828–S/2013/210.', '3Kamerstuk 29 279, nr. 339', '4Kamerstukken II 2023/24, 36 410 IV, nr. 15', '5Kamerstuk 21 501-20, nr. 2018.'],
      ),
    );
    expect(doc.questions).toEqual([
      { number: 1, text: 'Bent u bekend met het BDO-onderzoek?', footnoteRefs: [1] },
      { number: 2, text: 'Hoe ziet u de gevolgen?', footnoteRefs: [3, 4] },
    ]);
    expect(doc.answers[0]).toEqual({
      questionNumbers: [1],
      text: 'Ja, en de richtlijnen zijn er al. Deze richtlijnen voorzien niet in een verbod:\n\n1. Bekostiging op basis van een budget.\n\n2. Meerjarige afspraken. Ik wil afspraken maken.',
      footnoteRefs: [2],
    });
    expect(doc.answers[1]).toEqual({ questionNumbers: [2], text: 'Het budget wordt verhoogd, zodat het groeit met € 2 miljard. De Commissie werkt dit uit.', footnoteRefs: [5] });
    expect(doc.footnotes.map((f) => f.number)).toEqual([1, 2, 3, 4, 5]);
    expect(doc.footnotes[0]).toEqual({
      number: 1,
      text: 'NOS, 29 oktober 2024, Meer ziekenhuizen in financiële problemen, bedreigt uitvoering Zorgakkoord, https://nos.nl/artikel/2542490-meer-ziekenhuizen-in-financiele-problemen',
      url: 'https://nos.nl/artikel/2542490-meer-ziekenhuizen-in-financiele-problemen',
    });
    expect(doc.references.filter((r) => r.kind === 'kamerstuk').map((r) => r.target)).toEqual(['29 279, nr. 339', '36 410 IV, nr. 15', '21 501-20, nr. 2018']);
  });

  it('heals a sentence broken by a page break and drops the furniture', () => {
    const doc = parse(
      answerDoc([
        'Vraag 1',
        'Deelt u de mening dat de Secretaris-Generaal onnodig bijdraagt aan het aanzien van deze',
        ' ',
        '  ',
        'ah-tk-20242025-575',
        'ISSN 0921 - 7398’s-Gravenhage 2024Tweede Kamer, vergaderjaar 2024–2025, Aanhangsel 1',
        'top van BRICS-landen? Zo nee,waarom niet?',
        'Antwoord 1',
        'Nee.',
      ]),
    );
    expect(doc.id).toBe('ah-tk-20242025-575');
    expect(doc.questions[0]?.text).toBe('Deelt u de mening dat de Secretaris-Generaal onnodig bijdraagt aan het aanzien van deze top van BRICS-landen? Zo nee, waarom niet?');
  });

  it('records "Zie ook Aanhangsel Handelingen" of the header as a reference of the title', () => {
    const doc = parse(answerDoc(['Vraag 1', 'Een?', 'Antwoord 1', 'Ja.']).replace('18 november 2024).', '18 november 2024). Zie ook Aanhangsel Handelingen, vergaderjaar 2024–2025,nr. 318.'));
    expect(doc.references).toContainEqual({ inPart: { type: 'title', index: 0 }, kind: 'aanhangsel', target: 'ah-tk-20242025-318' });
    expect(doc.questions).toHaveLength(1);
  });
});
