/**
 * relatedDocuments on the real corpus: the two delay notices (r25: Word text with only a case
 * number; r65: typeset, askers + date + subject), a real questions/answer pair (r34/r55, same
 * zaak), and the other corpus documents as the negatives they really are (same date other askers,
 * same asker other date). Where the corpus lacks the other half of a set, a summary is built here
 * and the test name says so.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { DocumentSummary, QaDocument } from '../model/index.js';
import { parseText } from '../parse/index.js';
import { relatedDocuments } from './related-documents.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const corpusDir = path.resolve(repoRoot, '../shared/corpus/nl-text');

function summaryOf(doc: QaDocument): DocumentSummary {
  return {
    id: doc.id,
    kind: doc.kind,
    title: doc.title,
    askedBy: doc.askedBy,
    answeredBy: doc.answeredBy,
    submittedOn: doc.submittedOn,
    receivedOn: doc.receivedOn,
    identifiers: doc.identifiers,
    tagIds: [],
    annotationTagIds: [],
    annotationCount: 0,
    questionCount: doc.questions.length,
    importedAt: '2026-01-01T00:00:00.000Z',
    source: doc.source,
  };
}

const corpus: DocumentSummary[] = readdirSync(corpusDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => summaryOf(parseText(readFileSync(path.join(corpusDir, f), 'utf8'), { fileName: f, sha256: '0'.repeat(64), format: 'text' })));

function corpusDoc(prefix: string): DocumentSummary {
  const found = corpus.find((s) => s.source.fileName.startsWith(prefix));
  if (!found) throw new Error(`no corpus file ${prefix}`);
  return found;
}

/** A summary shaped like an imported one; `over` sets what matters for the test. */
function built(over: Partial<DocumentSummary> & Pick<DocumentSummary, 'id' | 'kind'>): DocumentSummary {
  return {
    title: null,
    askedBy: [],
    answeredBy: [],
    submittedOn: null,
    receivedOn: null,
    identifiers: {},
    tagIds: [],
    annotationTagIds: [],
    annotationCount: 0,
    questionCount: 0,
    importedAt: '2026-01-01T00:00:00.000Z',
    source: { fileName: `${over.id}.txt`, format: 'text', sha256: '1'.repeat(64) },
    ...over,
  };
}

const ids = (related: ReturnType<typeof relatedDocuments>): string[] => related.map((r) => `${r.documentId} ${r.via}`);

describe('relatedDocuments', () => {
  const r25 = corpusDoc('kvl-r25-');
  const r65 = corpusDoc('kvl-r65-');

  it('the corpus itself links nothing to the delay notices (their question sets are not in it)', () => {
    expect(r25.kind).toBe('delay-notice');
    expect(r65.kind).toBe('delay-notice');
    expect(relatedDocuments(r25, corpus)).toEqual([]);
    // r31 (Beckerman), r03 (Boswijk) and r04 (Van Nispen, Lahlah) were submitted on 24 October 2024 too;
    // r53 is Podt's, submitted on 20 November 2024
    expect(['kvl-r31-', 'kvl-r03-', 'kvl-r04-'].map((p) => corpusDoc(p).submittedOn)).toEqual(['2024-10-24', '2024-10-24', '2024-10-24']);
    expect(corpusDoc('kvl-r53-').askedBy.map((m) => m.name)).toEqual(['Podt']);
    expect(relatedDocuments(r65, corpus)).toEqual([]);
  });

  it('links the real questions r34 and their answer r55 by case number 2024Z18792, both ways', () => {
    const questions = corpusDoc('kvl-r34-');
    const answer = corpusDoc('kvl-r55-');
    expect(relatedDocuments(questions, corpus)).toEqual([
      { documentId: answer.id, kind: 'answer', title: answer.title, receivedOn: '2024-11-20', via: 'case' },
    ]);
    expect(ids(relatedDocuments(answer, corpus))).toEqual([`${questions.id} case`]);
  });

  it('links delay notice r25 (zaak 2024Z17538) to a questions document built here with that case id (the corpus has none)', () => {
    const questions = built({
      id: 'kv-tk-2024Z17538',
      kind: 'questions',
      title: 'de berichten dat Zeeuwse buffels te veel PFAS binnenkrijgen',
      askedBy: [{ name: 'Gabriëls', party: 'GroenLinks-PvdA' }, { name: 'Bromet', party: 'GroenLinks-PvdA' }],
      submittedOn: '2024-11-06',
      identifiers: { kamervragen: 'kv-tk-2024Z17538' },
    });
    const all = [...corpus, questions];
    expect(relatedDocuments(r25, all)).toEqual([
      { documentId: 'kv-tk-2024Z17538', kind: 'questions', title: questions.title, receivedOn: null, via: 'case' },
    ]);
    expect(relatedDocuments(questions, all)).toEqual([
      { documentId: r25.id, kind: 'delay-notice', title: null, receivedOn: '2024-11-20', via: 'case' },
    ]);
  });

  it('links delay notice r65 to an answer built here with the same asker, date and subject (the corpus has none), and orders the set oldest first', () => {
    const answer = built({
      id: 'ah-tk-20242025-800',
      kind: 'answer',
      // printed with the words the PDF text of r65 glues together ("isonacceptabel") apart
      title: 'het bericht «Kinderrechtencollectief: 65% meer kinderen in noodopvang is onacceptabel»',
      askedBy: [{ name: 'podt', party: 'D66' }],
      submittedOn: '2024-10-24',
      receivedOn: '2024-12-05',
      identifiers: { aanhangsel: 'ah-tk-20242025-800' },
    });
    const questions = built({ ...answer, id: 'kv-tk-2024Z17000', kind: 'questions', receivedOn: null, title: null, identifiers: {} });
    const all = [answer, ...corpus, questions];
    expect(ids(relatedDocuments(r65, all))).toEqual(['kv-tk-2024Z17000 askers-and-date', 'ah-tk-20242025-800 askers-and-date']);
    expect(relatedDocuments(answer, all)).toEqual([
      { documentId: 'kv-tk-2024Z17000', kind: 'questions', title: null, receivedOn: null, via: 'askers-and-date' },
      { documentId: r65.id, kind: 'delay-notice', title: r65.title, receivedOn: '2024-11-14', via: 'askers-and-date' },
    ]);
  });

  it('reads a case number printed with a space ("2024Z 17538") or inside a kv-tk id as the same case', () => {
    const spaced = built({ id: 'spaced', kind: 'answer', identifiers: { zaak: '2024Z 17538' } });
    const viaKv = built({ id: 'kv', kind: 'questions', identifiers: { kamervragen: 'kv-tk-2024Z17538' } });
    expect(ids(relatedDocuments(r25, [spaced, viaKv, r25]))).toEqual(['kv case', 'spaced case']);
  });

  it('compares askers as a set, ignoring case, accents and order', () => {
    const a = built({ id: 'a', kind: 'delay-notice', askedBy: [{ name: 'Gabriëls', party: null }, { name: 'Bromet', party: null }], submittedOn: '2024-11-06' });
    const b = built({ id: 'b', kind: 'answer', askedBy: [{ name: 'BROMET', party: 'GroenLinks-PvdA' }, { name: 'gabriels', party: null }], submittedOn: '2024-11-06' });
    expect(ids(relatedDocuments(a, [a, b]))).toEqual(['b askers-and-date']);
  });

  it('does not link the same askers and date when both subjects are printed and differ', () => {
    const notice = built({ ...r65, id: 'n', identifiers: {} });
    const other = built({ id: 'o', kind: 'answer', askedBy: r65.askedBy, submittedOn: r65.submittedOn, title: 'de Ontbossingswet' });
    expect(relatedDocuments(notice, [notice, other])).toEqual([]);
  });

  it('does not link the same date with other askers, nor the same askers on another date, nor documents without askers', () => {
    const sameDate = built({ id: 'd', kind: 'answer', askedBy: [{ name: 'Beckerman', party: 'SP' }], submittedOn: '2024-10-24', title: r65.title });
    const otherDate = built({ id: 'e', kind: 'answer', askedBy: [{ name: 'Podt', party: 'D66' }], submittedOn: '2024-10-25', title: r65.title });
    const moreAskers = built({ id: 'f', kind: 'answer', askedBy: [{ name: 'Podt', party: 'D66' }, { name: 'Paternotte', party: 'D66' }], submittedOn: '2024-10-24' });
    expect(relatedDocuments(r65, [sameDate, otherDate, moreAskers])).toEqual([]);
    const anonymous = built({ id: 'g', kind: 'questions', submittedOn: '2024-11-20' });
    const alsoAnonymous = built({ id: 'h', kind: 'answer', submittedOn: '2024-11-20' });
    expect(relatedDocuments(anonymous, [alsoAnonymous])).toEqual([]);
  });

  it('never returns the document itself, and does not tie documents by their own aanhangsel or document number', () => {
    const twin = built({ id: 'twin', kind: 'answer', identifiers: { aanhangsel: r25.identifiers['aanhangsel'] ?? '', document: '2024D1' } });
    const self = built({ ...twin, id: 'self' });
    expect(relatedDocuments(r25, [r25, twin])).toEqual([]);
    expect(relatedDocuments(self, [self, twin])).toEqual([]);
  });

  it('scans 30,000 summaries (the time is logged, not asserted: tests must not depend on the machine)', () => {
    const many = Array.from({ length: 30_000 }, (_, i) => {
      const s = corpus[i % corpus.length] ?? r65;
      return { ...s, id: `${s.id}#${i}` };
    });
    const r34 = corpusDoc('kvl-r34-');
    relatedDocuments(r65, many); // warm-up
    relatedDocuments(r34, many);
    let started = performance.now();
    const related = relatedDocuments(r65, many);
    const ms = performance.now() - started;
    started = performance.now();
    expect(relatedDocuments(r34, many).length).toBeGreaterThan(400); // the copies of r34 and r55
    const caseMs = performance.now() - started;
    // the corpus copies of r65 itself (other ids) are its set; nothing else
    expect(related).toHaveLength(Math.ceil((30_000 - corpus.indexOf(r65)) / corpus.length));
    console.log(`relatedDocuments over 30,000 summaries: ${ms.toFixed(1)} ms (askers + date), ${caseMs.toFixed(1)} ms (case number)`);
  });
});
