/**
 * Plain-text renderings for the CLI's human output (without --json): one-line document summaries,
 * a document as question → answer pairs, search hits, part names.
 */
import type { SearchHit } from '../core/api/index.js';
import type { Annotation, DocumentSummary, Official, PartRef, QaDocument, Member } from '../core/model/index.js';
import { capitalize, displayTitle } from '../core/present/title.js';

function members(list: readonly Member[]): string {
  return list.map((m) => (m.party ? `${m.name} (${m.party})` : m.name)).join(', ');
}

function officials(list: readonly Official[]): string {
  return list.map((o) => `${o.role} ${o.name}${o.portfolio ? ` (${o.portfolio})` : ''}`).join(', ');
}

/**
 * "answer to question 3", "question 2", "footnote 1", "title", from the document's own numbers;
 * without the document, the position ("answer #2").
 */
export function describePartOf(document: QaDocument | null, part: PartRef): string {
  if (part.type === 'title') return 'title';
  if (document === null) return `${part.type} #${part.index + 1}`;
  if (part.type === 'question') return `question ${document.questions[part.index]?.number ?? `#${part.index + 1}`}`;
  if (part.type === 'footnote') return `footnote ${document.footnotes[part.index]?.number ?? `#${part.index + 1}`}`;
  const numbers = document.answers[part.index]?.questionNumbers ?? [];
  return numbers.length > 0 ? `answer to question${numbers.length > 1 ? 's' : ''} ${numbers.join(', ')}` : `answer #${part.index + 1}`;
}

/** The short per-file line of `vraagbaak parse`. */
export function parsedDocumentLine(fileName: string, d: QaDocument): string {
  const parts = [`${d.questions.length} questions`, `${d.answers.length} answers`, `${d.footnotes.length} footnotes`];
  const who = [d.askedBy.length ? `asked by ${members(d.askedBy)}` : '', d.answeredBy.length ? `answered by ${officials(d.answeredBy)}` : '']
    .filter(Boolean)
    .join('; ');
  const lines = [`${fileName}: ${d.kind} ${d.id}`, `  ${displayTitle(d, 'en')}`, `  ${parts.join(', ')}${who ? `; ${who}` : ''}`];
  if (d.submittedOn || d.receivedOn) lines.push(`  submitted ${d.submittedOn ?? '?'}, answered ${d.receivedOn ?? '?'}`);
  for (const w of d.warnings) lines.push(`  warning: ${w}`);
  return lines.join('\n');
}

/** One line per document of `vraagbaak list`. */
export function summaryLine(s: DocumentSummary): string {
  const date = s.receivedOn ?? s.submittedOn ?? '----------';
  const notes = s.annotationCount > 0 ? `  [${s.annotationCount} annotation${s.annotationCount === 1 ? '' : 's'}]` : '';
  const damaged = s.damaged ? '  [damaged: vraagbaak repair ' + s.id + ']' : '';
  return `${s.id}  ${date}  ${s.kind.padEnd(9)}  ${displayTitle(s, 'en')}${notes}${damaged}`;
}

/** `vraagbaak show`: the header, then questions with their answers, footnotes and annotations. */
export function documentText(d: QaDocument, annotations: readonly Annotation[]): string {
  const out: string[] = [displayTitle(d, 'en'), `${d.kind} · ${d.id}`];
  if (d.askedBy.length) out.push(`Asked by: ${members(d.askedBy)}`);
  if (d.addressedTo.length) out.push(`Addressed to: ${d.addressedTo.join(', ')}`);
  if (d.answeredBy.length) out.push(`Answered by: ${officials(d.answeredBy)}`);
  if (d.submittedOn) out.push(`Submitted: ${d.submittedOn}`);
  if (d.receivedOn) out.push(`Answered: ${d.receivedOn}`);
  for (const [scheme, value] of Object.entries(d.identifiers)) out.push(`${scheme}: ${value}`);
  // an answer covering several questions comes once, after the last of them
  const after = new Map<number, number[]>();
  const unplaced: number[] = [];
  d.answers.forEach((a, ai) => {
    const last = d.questions.findLastIndex((q) => a.questionNumbers.includes(q.number));
    if (last < 0) unplaced.push(ai);
    else after.set(last, [...(after.get(last) ?? []), ai]);
  });
  const pushAnswer = (ai: number): void => {
    const a = d.answers[ai];
    if (a) out.push('', `Antwoord ${a.questionNumbers.join(', ')}`, a.text);
  };
  d.questions.forEach((q, qi) => {
    out.push('', `Vraag ${q.number}`, q.text);
    for (const ai of after.get(qi) ?? []) pushAnswer(ai);
  });
  unplaced.forEach(pushAnswer);
  if (d.footnotes.length) {
    out.push('', 'Footnotes');
    for (const f of d.footnotes) out.push(`  ${f.number}. ${f.text}${f.url && !f.text.includes(f.url) ? ` ${f.url}` : ''}`);
  }
  if (annotations.length) {
    out.push('', 'Annotations');
    for (const a of annotations) {
      out.push(`  ${a.id} · ${describePartOf(d, a.target.part)} · ${a.color}: "${a.target.quote.exact}"${a.note ? ` — ${a.note}` : ''}`);
    }
  }
  for (const w of d.warnings) out.push(`warning: ${w}`);
  return out.join('\n');
}

/** Two lines per hit of `vraagbaak search`. */
export function hitLines(hit: SearchHit, document: QaDocument | null): string {
  const where = describePartOf(document, hit.part);
  const title = hit.documentTitle ? ` — ${capitalize(hit.documentTitle)}` : '';
  return `${hit.documentId} · ${where}${hit.annotationId ? ' (annotation)' : ''} · score ${hit.score.toFixed(2)}${title}\n  ${hit.snippet.replace(/\s+/g, ' ')}`;
}
