import { describe, expect, it } from 'vitest';
import { aanhangselCitation, formatCitation } from './citation.js';
import { boswijk, founding } from './test-documents.js';

describe('aanhangselCitation', () => {
  it('reads chamber, session and number from an ah- identifier', () => {
    expect(aanhangselCitation({ aanhangsel: 'ah-tk-20202021-1682' }, 'nl')).toBe('Aanhangsel Handelingen II 2020/21, nr. 1682');
    expect(aanhangselCitation({ other: 'AH-TK-20242025-575 ' }, 'en')).toBe('Aanhangsel Handelingen II 2024/25, no. 575');
    expect(aanhangselCitation({ zaak: '2021Z00843' }, 'nl')).toBeNull();
  });

  it('cites the Eerste Kamer as chamber I', () => {
    expect(aanhangselCitation({ aanhangsel: 'ah-ek-20232024-12' }, 'nl')).toBe('Aanhangsel Handelingen I 2023/24, nr. 12');
    expect(formatCitation({ ...founding, identifiers: { aanhangsel: 'ah-ek-20232024-12' } }, 'nl').startsWith('Aanhangsel Handelingen I 2023/24, nr. 12.')).toBe(true);
  });
});

describe('formatCitation', () => {
  it('cites the Aanhangsel number, the askers and subject, and who answered when', () => {
    expect(formatCitation(boswijk, 'nl')).toBe(
      'Aanhangsel Handelingen II 2024/25, nr. 575. Vragen van het lid Boswijk (CDA) over “het bezoek van de Secretaris-Generaal ' +
        'van de Verenigde Naties aan de top van de BRICS-landen”; antwoord van minister Veldkamp (Buitenlandse Zaken), ' +
        'ontvangen 18 november 2024.',
    );
  });

  it('cites the founding document with both dates and every asker', () => {
    expect(formatCitation(founding, 'nl')).toBe(
      'Aanhangsel Handelingen II 2020/21, nr. 1682. Vragen van de leden Sjoerdsma (D66) en Van Helvert (CDA), ingezonden 20 januari 2021; ' +
        'antwoord van minister Blok (Buitenlandse Zaken), ontvangen 15 februari 2021.',
    );
    expect(formatCitation(founding, 'en')).toBe(
      'Aanhangsel Handelingen II 2020/21, no. 1682. Questions by members Sjoerdsma (D66) and Van Helvert (CDA), submitted 20 January 2021; ' +
        'answer by Minister Blok (Buitenlandse Zaken), received 15 February 2021.',
    );
  });

  it('adds the best identifier when there is no Aanhangsel number', () => {
    const doc = { ...boswijk, title: null, identifiers: { document: 'kv-tk-2021Z00843', zaak: '2021Z00843' } };
    expect(formatCitation(doc, 'en')).toBe(
      'Questions by member Boswijk (CDA); answer by Minister Veldkamp (Buitenlandse Zaken), received 18 November 2024. Reference 2021Z00843.',
    );
  });

  it('falls back to who asked and an identifier for questions not yet answered', () => {
    const doc = { ...founding, kind: 'questions' as const, answeredBy: [], receivedOn: null, identifiers: { zaak: '2021Z00843' } };
    expect(formatCitation(doc, 'nl')).toBe('Vragen van de leden Sjoerdsma (D66) en Van Helvert (CDA), ingezonden 20 januari 2021. Kenmerk 2021Z00843.');
    expect(formatCitation(doc, 'en')).toBe('Questions by members Sjoerdsma (D66) and Van Helvert (CDA), submitted 20 January 2021. Reference 2021Z00843.');
  });

  it('says who sent a delay notice', () => {
    const doc = { ...boswijk, kind: 'delay-notice' as const, title: null, identifiers: {} };
    expect(formatCitation(doc, 'nl')).toBe('Vragen van het lid Boswijk (CDA); mededeling van minister Veldkamp (Buitenlandse Zaken), ontvangen 18 november 2024.');
  });

  it('is empty without usable metadata', () => {
    expect(formatCitation({ ...boswijk, title: null, askedBy: [], answeredBy: [], identifiers: {} }, 'nl')).toBe('');
  });
});
