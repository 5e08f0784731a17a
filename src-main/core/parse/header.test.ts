import { describe, expect, it } from 'vitest';
import { findBodyStart, parseHeader } from './header.js';
import type { Line } from './page-furniture.js';
import type { Layout } from './text-layout.js';

const glued: Layout = { kind: 'glued', width: 0 };
const docx: Layout = { kind: 'paragraph-lines', width: 0 };
const lines = (...texts: string[]): Line[] => texts.map((text) => (text === '' ? { kind: 'blank', text } : { kind: 'text', text }));

describe('parseHeader', () => {
  it('reads the typeset answer header', () => {
    const h = parseHeader(
      lines(
        'Tweede Kamer der Staten-Generaal2',
        'Vergaderjaar 2024–2025 Aanhangsel van de Handelingen',
        'Vragen gesteld door de leden der Kamer, met de daarop door de',
        'regering gegeven antwoorden',
        '583',
        'Vragen van de leden Koekkoek (Volt), Van Nispen (SP) en Ceder',
        '(ChristenUnie) aan de Ministers van Asiel en Migratie, voor BuitenlandseHandel en Ontwikkelingshulp en van Buitenlandse Zaken over het artikel «The',
        'brutal truth» (ingezonden 20 september 2024).',
        'Antwoord van Minister Faber – Van de Klashorst (Asiel en Migratie), mede',
        'namens de Minister van Buitenlandse Zaken (ontvangen 18 november 2024). Zie ook AanhangselHandelingen, vergaderjaar 2024–2025, nr. 244.',
      ),
      [],
      glued,
    );
    expect(h.identifiers).toEqual({ aanhangsel: 'ah-tk-20242025-583' });
    expect(h.title).toBe('het artikel «The brutal truth»');
    expect(h.askedBy.map((m) => m.name)).toEqual(['Koekkoek', 'Van Nispen', 'Ceder']);
    expect(h.addressedTo).toEqual(['minister van Asiel en Migratie', 'minister voor Buitenlandse Handel en Ontwikkelingshulp', 'minister van Buitenlandse Zaken']);
    expect(h.answeredBy.map((o) => o.name)).toEqual(['Faber – Van de Klashorst', 'minister van Buitenlandse Zaken']);
    expect([h.submittedOn, h.receivedOn]).toEqual(['2024-09-20', '2024-11-18']);
    expect(h.seeAlso).toEqual(['ah-tk-20242025-244']);
    expect(h.hasAnswerSentence).toBe(true);
  });

  it('reads the Word question header, with the date before the sentence', () => {
    const h = parseHeader(lines('2024Z18888', '', '(ingezonden 20 november 2024)', '', 'Vragen van de leden Paternotte (D66), Van der Burg (VVD) en Boswijk (CDA) aan de minister van Buitenlandse Zaken over de situatie van Oeigoeren in Thailand'), [], docx);
    expect(h.identifiers).toEqual({ zaak: '2024Z18888', kamervragen: 'kv-tk-2024Z18888' });
    expect(h.title).toBe('de situatie van Oeigoeren in Thailand');
    expect(h.submittedOn).toBe('2024-11-20');
    expect(h.askedBy).toHaveLength(3);
  });

  it('warns when the date cannot be read', () => {
    const h = parseHeader(lines('Vragen van de leden Rooderkerk en Paulusma (beiden D66) aan de Staatssecretaris van Volksgezondheid, Welzijn en Sport over het artikel (ingezonden 14', '2024).'), [], glued);
    expect(h.submittedOn).toBeNull();
    expect(h.warnings).toEqual(['the date submitted could not be read ("14 2024")']);
  });
});

describe('findBodyStart', () => {
  it('starts the body at the first heading, or after the header sentences', () => {
    expect(findBodyStart(lines('AH 604', '2024Z18294', 'Antwoord van minister Van Weel (Justitie en Veiligheid) (ontvangen 20 november 2024)', '', 'Vraag 1', 'Hoe?'), docx)).toBe(4);
    expect(findBodyStart(lines('AH 615', 'Mededeling van staatssecretaris Rummenie (LVVN) (ontvangen 20 november 2024)', '', 'Op 6 november jl. hebben de leden vragen gesteld.'), docx)).toBe(3);
    expect(findBodyStart(lines('AH 610', 'Antwoord van minister Hermans (KGG) (ontvangen 19 november 2024)', '', '1', '', 'Welke mogelijkheden bestaan er?'), docx)).toBe(3);
  });
});
