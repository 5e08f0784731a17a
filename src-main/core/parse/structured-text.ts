/**
 * Structured Kamervragen (officielebekendmakingen XML/HTML) → the Word-text layout of SOURCES §B,
 * so one parser (`parseText`) reads every format: header sentences, `Vraag N` / `Antwoord op
 * vragen N en M` headings, footnote markers " N)" and the notes as "N) …" at the end. The official
 * metadata the layout cannot carry is applied to the parsed document afterwards.
 */
import type { Member, QaDocument } from '../model/index.js';
import { parseHeading, parseNumberList } from './headings.js';

/** One question, answer, notice (Mededeling) or Toelichting as the source structures it. */
export interface StructuredBlock {
  kind: 'question' | 'answer' | 'notice' | 'toelichting';
  /** the printed number label ("Vraag 2, 3", "Antwoord 1", "2"); '' when none */
  label: string;
  /** paragraphs, the first reference to each footnote written as " N)" */
  paragraphs: string[];
  /**
   * footnotes referred to again in this block (a second `nootref` to the same note): the text
   * parser reads one marker per note, so these are left out of the text and added afterwards
   */
  repeatedRefs: number[];
}

export interface StructuredKamervragen {
  /** official id from the metadata (DC.identifier), e.g. "ah-tk-20242025-604"; null when absent */
  officialId: string | null;
  /** kamervraagnummer, then the "Vragen van …" / "Antwoord van …" sentences, as printed */
  headerLines: string[];
  blocks: StructuredBlock[];
  footnotes: { number: number; text: string }[];
  /** OVERHEIDop.indiener, OVERHEIDop.datumIndiening, DC.type (as given; null when absent) */
  meta: { indiener: string | null; datumIndiening: string | null; type: string | null };
}

function numberList(numbers: readonly number[]): string {
  return numbers.length <= 1 ? numbers.join('') : `${numbers.slice(0, -1).join(', ')} en ${numbers[numbers.length - 1]}`;
}

/** The heading line the text parser reads for `block` (the label when it already is one). */
function headingFor(block: StructuredBlock, questionIndex: number): string {
  const heading = parseHeading(block.label);
  const numbers = parseNumberList(block.label);
  switch (block.kind) {
    case 'question':
      if (heading?.kind === 'question' && heading.rest === '') return block.label;
      return `Vraag ${numbers.length > 0 ? numberList(numbers) : questionIndex}`;
    case 'answer':
      if (heading?.kind === 'answer' && heading.rest === '' && heading.numbers !== null) return block.label;
      if (numbers.length === 0) return 'Antwoord';
      return numbers.length === 1 ? `Antwoord op vraag ${numbers[0]}` : `Antwoord op vragen ${numberList(numbers)}`;
    case 'notice':
      return 'Mededeling';
    case 'toelichting':
      return 'Toelichting:';
  }
}

/**
 * Writes the structure as Word-layout text for `parseText`. The official id is not written: as a
 * page-furniture line it would make the text look typeset (PDF) and change how lines are joined.
 * @returns paragraphs separated by blank lines
 */
export function structuredToText(doc: StructuredKamervragen): string {
  const out: string[] = [];
  out.push(...doc.headerLines.filter((l) => l.trim() !== ''));
  let questionIndex = 0;
  for (const block of doc.blocks) {
    if (block.kind === 'question') questionIndex++;
    const paragraphs = block.paragraphs.filter((p) => p.trim() !== '');
    if (paragraphs.length === 0 && block.kind !== 'answer') continue;
    out.push(`${headingFor(block, questionIndex)}\n${paragraphs.join('\n\n')}`);
  }
  for (const note of doc.footnotes) out.push(`${note.number}) ${note.text}`);
  return out.join('\n\n');
}

/**
 * Applies what the text cannot carry: repeated footnote references, the official id
 * (DC.identifier: ah-tk-… → aanhangsel and document id, kv-tk-… → kamervragen, else kept as
 * `officielebekendmakingen`), the asker (OVERHEIDop.indiener) when no "Vragen van …" sentence named one, and
 * the date submitted (OVERHEIDop.datumIndiening, ISO) when the text printed none.
 * @returns a new document
 */
export function applyStructuredMetadata(document: QaDocument, doc: StructuredKamervragen): QaDocument {
  const identifiers = { ...document.identifiers };
  let id = document.id;
  let warnings = document.warnings;
  const official = doc.officialId;
  if (official !== null && /^ah-tk-\d{8}-\d+$/u.test(official)) {
    identifiers['aanhangsel'] = official;
    id = official;
  } else if (official !== null && /^kv-tk-\d{4}Z\d{4,6}$/u.test(official)) {
    identifiers['kamervragen'] = official;
    if (identifiers['aanhangsel'] === undefined) id = official;
  } else if (official !== null) {
    identifiers['officielebekendmakingen'] = official;
    if (id.startsWith('sha256:')) id = official;
  }
  if (doc.meta.type) identifiers['type'] = doc.meta.type;
  const questions = document.questions.map((q) => ({ ...q, footnoteRefs: [...q.footnoteRefs] }));
  const answers = document.answers.map((a) => ({ ...a, footnoteRefs: [...a.footnoteRefs] }));
  const ordinal = { question: 0, answer: 0 };
  for (const block of doc.blocks) {
    if (block.kind !== 'question' && block.kind !== 'answer') continue;
    const part = block.kind === 'question' ? questions[ordinal.question++] : answers[ordinal.answer++];
    for (const n of block.repeatedRefs) if (part && !part.footnoteRefs.includes(n)) part.footnoteRefs.push(n);
  }
  let askedBy: Member[] = document.askedBy;
  if (askedBy.length === 0 && doc.meta.indiener) {
    askedBy = doc.meta.indiener
      .split(/\s*;\s*/u)
      .filter((name) => name !== '')
      .map((name) => ({ name, party: null }));
    warnings = warnings.filter((w) => !w.startsWith('the text does not say who asked'));
  }
  const iso = /^\d{4}-\d{2}-\d{2}/u.exec(doc.meta.datumIndiening ?? '')?.[0] ?? null;
  const submittedOn = document.submittedOn ?? iso;
  return { ...document, id, identifiers, askedBy, submittedOn, warnings, questions, answers };
}
