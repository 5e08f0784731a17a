import { describe, expect, it } from 'vitest';
import { parseHeading, parseNumberList, parseNumberedQuestionStart } from './headings.js';

describe('parseHeading', () => {
  it('reads question headings, also grouped ones', () => {
    expect(parseHeading('Vraag 1')).toMatchObject({ kind: 'question', numbers: [1], rest: '' });
    expect(parseHeading('Vraag 4 en 5')).toMatchObject({ kind: 'question', numbers: [4, 5] });
    expect(parseHeading('Vraag 4, 5, 7 en 8')).toMatchObject({ numbers: [4, 5, 7, 8] });
    expect(parseHeading('Vraag 1: Heeft u het bericht gelezen?')).toMatchObject({ numbers: [1], rest: 'Heeft u het bericht gelezen?' });
  });
  it('reads every answer heading variant from the corpus', () => {
    expect(parseHeading('Antwoord')).toMatchObject({ kind: 'answer', numbers: null });
    expect(parseHeading('Antwoord:')).toMatchObject({ kind: 'answer', numbers: null });
    expect(parseHeading('Antwoord 4')).toMatchObject({ numbers: [4] });
    expect(parseHeading('Antwoord 5:')).toMatchObject({ numbers: [5] });
    expect(parseHeading('Antwoord op vraag 1')).toMatchObject({ numbers: [1] });
    expect(parseHeading('Antwoord op vragen 3 en 4')).toMatchObject({ numbers: [3, 4], label: 'Antwoord op vragen 3 en 4' });
    expect(parseHeading('Antwoord op vraag 3 en 4')).toMatchObject({ numbers: [3, 4] });
    expect(parseHeading('Antwoord 4 en 5')).toMatchObject({ numbers: [4, 5] });
    expect(parseHeading('Antwoorden 5 en 6')).toMatchObject({ numbers: [5, 6] });
    expect(parseHeading('Antwoord vragen 1,2,3,4 en 5')).toMatchObject({ numbers: [1, 2, 3, 4, 5] });
    expect(parseHeading('Antwoord vraag 1:')).toMatchObject({ numbers: [1] });
    expect(parseHeading('Antwoord 1 Ja.')).toMatchObject({ numbers: [1], rest: 'Ja.' });
  });
  it('does not take the answer sentence of the header or running text for a heading', () => {
    expect(parseHeading('Antwoord van minister Blok (Buitenlandse Zaken) (ontvangen 15')).toBeNull();
    expect(parseHeading('Vragen van het lid Boswijk (CDA) aan de Minister')).toBeNull();
    expect(parseHeading('Antwoord is ja')).toBeNull();
  });
  it('reads Mededeling and Toelichting', () => {
    expect(parseHeading('Mededeling')).toMatchObject({ kind: 'notice' });
    expect(parseHeading('Toelichting:')).toMatchObject({ kind: 'toelichting', rest: '' });
    expect(parseHeading('Toelichting: Deze vragen dienen ter aanvulling')).toMatchObject({ kind: 'toelichting', rest: 'Deze vragen dienen ter aanvulling' });
  });
});

describe('parseNumberList', () => {
  it('expands ranges', () => {
    expect(parseNumberList('3 t/m 6')).toEqual([3, 4, 5, 6]);
    expect(parseNumberList('1,2,3,4 en 5')).toEqual([1, 2, 3, 4, 5]);
  });
});

describe('parseNumberedQuestionStart', () => {
  it('reads Word-style numbers', () => {
    expect(parseNumberedQuestionStart('1.')).toEqual({ number: 1, rest: '' });
    expect(parseNumberedQuestionStart('7')).toEqual({ number: 7, rest: '' });
    expect(parseNumberedQuestionStart('2. Zijn ook andere bedrijven aanwezig?')).toEqual({ number: 2, rest: 'Zijn ook andere bedrijven aanwezig?' });
    expect(parseNumberedQuestionStart('2024 was een jaar')).toBeNull();
  });
});
