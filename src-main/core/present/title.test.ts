import { describe, expect, it } from 'vitest';
import { boswijk, founding } from './test-documents.js';
import { capitalize, displayTitle } from './title.js';

describe('capitalize', () => {
  it('puts the first letter in upper case', () => {
    expect(capitalize('het bezoek')).toBe('Het bezoek');
    expect(capitalize('')).toBe('');
  });
});

describe('displayTitle', () => {
  it('uses the subject with a capital', () => {
    expect(displayTitle({ ...boswijk }, 'nl')).toMatch(/^Het bezoek van de Secretaris-Generaal/);
  });

  it('describes an untitled answer by who answered when (the founding document)', () => {
    const seed = { ...founding, askedBy: [] };
    expect(displayTitle(seed, 'nl')).toBe('Antwoord van minister Blok (Buitenlandse Zaken), 15 februari 2021');
    expect(displayTitle(seed, 'en')).toBe('Answer by Minister Blok (Buitenlandse Zaken), 15 February 2021');
  });

  it('describes untitled questions by who asked when', () => {
    const questions = { ...boswijk, kind: 'questions' as const, title: '  ', answeredBy: [], receivedOn: null, submittedOn: '2021-01-20' };
    expect(displayTitle(questions, 'nl')).toBe('Vragen van Boswijk (CDA), 20 januari 2021');
  });

  it('falls back to the file name when nothing else is known', () => {
    expect(displayTitle({ ...boswijk, title: null, askedBy: [], answeredBy: [], receivedOn: null }, 'nl')).toBe('kvl-r03.txt');
  });
});
