import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { QaDocument, isVraagbaakError } from '../model/index.js';
import { isUkWrittenQuestions, parseUkWrittenQuestions } from './uk-written-questions.js';

const UK_FILE = resolve(import.meta.dirname, '../../../../shared/corpus/uk-json/commons-2024-11.4c508b0.json');
const FILE_NAME = 'commons-2024-11.4c508b0.json';
const data = JSON.parse(readFileSync(UK_FILE, 'utf8')) as { value: Record<string, unknown>; links: unknown[] }[];
const parsed = parseUkWrittenQuestions(data, FILE_NAME);
const byId = (id: string) => {
  const found = parsed.find((p) => p.document.id === id)?.document;
  if (!found) throw new Error(`${id} not parsed`);
  return found;
};

describe('UK Written Questions API JSON (real file, SOURCES §F)', () => {
  it('makes one valid document per item, with unique ids, in file order', () => {
    expect(isUkWrittenQuestions(data)).toBe(true);
    expect(parsed).toHaveLength(data.length);
    expect(parsed).toHaveLength(916);
    expect(new Set(parsed.map((p) => p.document.id)).size).toBe(916);
    for (const p of parsed) expect(QaDocument.safeParse(p.document).success).toBe(true);
    expect(parsed[0]?.document.identifiers['uin']).toBe(data[0]?.value['uin']);
    expect(parsed.filter((p) => p.document.kind === 'answer')).toHaveLength(44);
    expect(parsed.filter((p) => p.document.kind === 'questions')).toHaveLength(872);
  });

  it('an answered question (12320): question, answer, dates, department; members known only by id are said so', () => {
    const d = byId('uk-wq-2024-11-01-12320');
    expect(d).toMatchObject({
      kind: 'answer',
      title: 'Personal Independence Payment',
      askedBy: [{ name: 'member 5158', party: null }],
      addressedTo: ['Department for Work and Pensions'],
      answeredBy: [{ name: 'Department for Work and Pensions', role: 'minister', portfolio: 'Department for Work and Pensions' }],
      submittedOn: '2024-11-01',
      receivedOn: '2024-11-07',
      identifiers: { uin: '12320', 'uk-question-id': '1738680', house: 'Commons', 'asking-member-id': '5158', 'answering-member-id': '163' },
      source: { fileName: FILE_NAME, format: 'uk-json' },
    });
    expect(d.questions).toEqual([{ number: 1, text: expect.stringMatching(/^To ask the Secretary of State for Work and Pensions, what the total number of staff/) as unknown, footnoteRefs: [] }]);
    expect(d.answers).toEqual([{ questionNumbers: [1], text: expect.stringMatching(/^DWP currently has 2,700 FTE/) as unknown, footnoteRefs: [] }]);
    expect(d.warnings).toEqual([
      'the asking member is known only by id 5158 (the list response has no names)',
      'the answering minister is known only by id 163; the department (Department for Work and Pensions) is shown instead',
      'the answer text is cut off (list response); the full text is on the question page',
    ]);
  });

  it('an unanswered question (901149): kind questions, no answer, no answering minister, a title from UIN and department', () => {
    const d = byId('uk-wq-2024-11-06-901149');
    expect(d).toMatchObject({ kind: 'questions', title: 'Written question 901149 to Treasury', answers: [], answeredBy: [], receivedOn: null, submittedOn: '2024-11-06' });
    expect(d.questions[0]?.text).toMatch(/^To ask the Chancellor of the Exchequer, what estimate her Department has made/);
    expect(d.identifiers['answering-member-id']).toBeUndefined();
  });

  it('a grouped question (12287 with 12285): the group in identifiers, a link to the other question, a warning', () => {
    const d = byId('uk-wq-2024-11-01-12287');
    expect(d.identifiers['grouped-with']).toBe('12285');
    expect(d.references).toEqual([{ inPart: { type: 'answer', index: 0 }, kind: 'url', target: 'https://questions-statements.parliament.uk/written-questions/detail/2024-11-01/12285' }]);
    expect(d.warnings).toContain('answered together with question 12285');
    expect(d.warnings).toContain('the question text may be cut off at 255 characters (list response); the full text is on the question page');
    expect(byId('uk-wq-2024-11-01-12285').identifiers['grouped-with']).toBe('12287');
  });

  it('keeps each item as its own original, and the sha256 is of that record', () => {
    const first = parsed[0];
    expect(first && JSON.parse(first.original)).toEqual(data[0]);
    expect(first?.document.source.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(new Set(parsed.map((p) => p.document.source.sha256)).size).toBe(916);
  });

  it('notes holding answers, corrections, withdrawn questions and attachments (real item with those flags set; the file has none)', () => {
    const item = structuredClone(data.find((i) => i.value['uin'] === '12320'));
    if (!item) throw new Error('no item');
    Object.assign(item.value, {
      answerIsHolding: true,
      dateHoldingAnswer: '2024-11-05T00:00:00',
      answerIsCorrection: true,
      dateAnswerCorrected: '2024-11-20T00:00:00',
      isWithdrawn: true,
      attachmentCount: 2,
      answerText: '<p>First paragraph &amp; more.</p><p>Second.</p>',
      askingMember: { name: 'Jane Doe', party: 'Labour' },
      answeringMember: { name: 'Sir Stephen Timms' },
    });
    const [one] = parseUkWrittenQuestions({ results: [item], totalResults: 1 }, 'one.json');
    expect(one?.document.askedBy).toEqual([{ name: 'Jane Doe', party: 'Labour' }]);
    expect(one?.document.answeredBy).toEqual([{ name: 'Sir Stephen Timms', role: 'minister', portfolio: 'Department for Work and Pensions' }]);
    expect(one?.document.answers[0]?.text).toBe('First paragraph & more.\n\nSecond.');
    expect(one?.document.warnings).toEqual([
      'the question was withdrawn',
      'this is a holding answer (2024-11-05); a full answer follows later',
      'the answer was corrected on 2024-11-20; this is the corrected text',
      'the answer has 2 attachment(s), which are not imported',
    ]);
  });

  it('refuses other shapes and malformed items with a reason naming the file and the item', () => {
    const reason = (value: unknown): string => {
      try {
        parseUkWrittenQuestions(value, 'x.json');
      } catch (e) {
        expect(isVraagbaakError(e, 'parse-failed')).toBe(true);
        return (e as Error).message;
      }
      throw new Error('did not throw');
    };
    expect(isUkWrittenQuestions({ foo: 1 })).toBe(false);
    expect(isUkWrittenQuestions([{ value: { Id: 'x' } }])).toBe(false);
    expect(reason('just a string')).toMatch(/^x\.json: this JSON is not a UK Written Questions API response/);
    expect(reason([])).toBe('x.json: the UK Written Questions response holds no questions.');
    expect(reason([data[0], { value: { uin: '1', questionText: 'Why?' } }])).toMatch(/^x\.json: item 2 is not a written question \(value\.id: /);
  });

  it('gives each refusal a reason code in details, with the 1-based item', () => {
    const details = (value: unknown): Record<string, unknown> => {
      try {
        parseUkWrittenQuestions(value, 'x.json');
      } catch (e) {
        if (isVraagbaakError(e, 'parse-failed')) return e.details;
        throw e;
      }
      throw new Error('did not throw');
    };
    expect(details('just a string')).toEqual({ fileName: 'x.json', reason: 'not-uk-api' });
    expect(details([])).toEqual({ fileName: 'x.json', reason: 'uk-api-empty' });
    expect(details([data[0], { value: { uin: '1', questionText: 'Why?' } }])).toEqual({ fileName: 'x.json', reason: 'uk-item-invalid', index: 1, item: 2 });
  });
});
