/**
 * Kamervragen text parser: the public entry point. Turns the extracted text of a Dutch written-
 * questions document — PDF text (SOURCES §A), Word text (SOURCES §B) or plain text — into a
 * QaDocument (DESIGN §2). The steps live in small modules; this file wires them together.
 * Representation choices (grouped questions, notices, Toelichting) are documented in grouping.ts,
 * officials named only by office ("mede namens …") in people.ts.
 */
import type { ImportFailureCode } from '../api/types.js';
import { VraagbaakError } from '../model/index.js';
import type { DocumentKind, Footnote, QaDocument, Reference, SourceFormat } from '../model/index.js';
import { segmentBlocks, type Block } from './blocks.js';
import { chooseDocumentId } from './document-id.js';
import { extractMarkers } from './footnote-markers.js';
import { extractFootnoteZones } from './footnotes.js';
import { groupBlocks, type TextBlock } from './grouping.js';
import { findBodyStart, isChamberLine, parseHeader } from './header.js';
import { isBinaryLooking, normalizeText } from './normalize.js';
import { splitLines } from './page-furniture.js';
import { findReferences, footnoteUrl } from './references.js';
import { dropRepeatedChunks } from './repeated-chunks.js';
import { stripSentinels, takeSentinels } from './sentinels.js';
import { detectLayout, joinLines } from './text-layout.js';

/** Where the text came from; copied into `QaDocument.source`. */
export interface ParseSource {
  fileName: string;
  /** sha256 of the original file bytes, lower-case hex */
  sha256: string;
  format: SourceFormat;
}

export { normalizeText } from './normalize.js';
export { parseDutchDate } from './dates.js';
export { contentId } from './document-id.js';

/**
 * The most text one document may have, in UTF-16 code units. The longest real document seen has
 * about 64,000 characters; a text 75 times that is not one Kamervragen document, and cutting it
 * keeps every step of the parser within a time budget of a few seconds.
 */
export const MAX_TEXT_CHARS = 5_000_000;

/** Cuts an oversized text at the last line break before MAX_TEXT_CHARS, with a warning. */
function applyBudget(text: string): { text: string; warnings: string[] } {
  if (text.length <= MAX_TEXT_CHARS) return { text, warnings: [] };
  const cut = text.lastIndexOf('\n', MAX_TEXT_CHARS);
  const kept = text.slice(0, cut > MAX_TEXT_CHARS / 2 ? cut : MAX_TEXT_CHARS);
  return {
    text: kept,
    warnings: [`the text has ${text.length} characters, more than the ${MAX_TEXT_CHARS} one document may have; only the first ${kept.length} were read`],
  };
}

/** The parse-failed error "<file>: <reason>"; `code` goes into `details.reason` for the renderer's own text. */
function fail(source: ParseSource, reason: string, code: ImportFailureCode): VraagbaakError {
  return new VraagbaakError('parse-failed', `${source.fileName}: ${reason}`, { fileName: source.fileName, reason: code });
}

/**
 * Parses the text of a Kamervragen document into a QaDocument: an answer document (Aanhangsel),
 * a question document (kv-tk / Word), a delay notice (Mededeling) or a Mondelinge-vragen notice.
 * Accepts PDF-extracted text (SOURCES.md §A: chamber header, page furniture, glued footnotes),
 * Word-extracted text (§B: `AH 604` / zaak header, varied markers) and wrapped plain text.
 * Never throws for a recognisable document; what it is unsure of goes into `warnings`. A text over
 * MAX_TEXT_CHARS (5,000,000 UTF-16 code units) is cut there, with a warning.
 * @param text the extracted text (any line endings; normalised here)
 * @param source file name, sha256 of the original bytes, and source format
 * @returns the parsed document; `id` is the official id (ah-tk-…, kv-tk-…) or "sha256:<16 hex>"
 *   of the normalised text
 * @throws VraagbaakError 'parse-failed' (message "<file name>: <reason>") when the text is empty,
 *   looks binary, or has neither a Kamervragen header nor Vraag/Antwoord blocks; `details.reason`
 *   is 'empty-text', 'binary-text' or 'not-kamervragen'
 */
export function parseText(text: string, source: ParseSource): QaDocument {
  const budget = applyBudget(text);
  const normalised = normalizeText(budget.text);
  if (normalised.trim() === '') throw fail(source, 'the file is empty', 'empty-text');
  if (isBinaryLooking(normalised)) throw fail(source, 'the file looks like binary data, not text', 'binary-text');

  const split = splitLines(normalised);
  const repeats = dropRepeatedChunks(split.lines);
  const furniture = { officialIds: split.officialIds, lines: repeats.lines };
  const isTypeset = furniture.officialIds.length > 0 || furniture.lines.some((l) => l.kind === 'text' && isChamberLine(l.text));
  const layout = detectLayout(furniture.lines, isTypeset);
  const zones = extractFootnoteZones(furniture.lines, layout);
  const bodyStart = findBodyStart(zones.lines, layout);
  const headerLines = zones.lines.slice(0, bodyStart).map((l) => ({ ...l }));
  const blocks = segmentBlocks(zones.lines.slice(bodyStart));
  const markerWarnings = extractMarkers([{ lines: headerLines }, ...blocks], zones.footnotes.map((f) => f.number), layout);
  const header = parseHeader(
    headerLines.map((l) => ({ ...l, text: stripSentinels(l.text) })),
    furniture.officialIds,
    layout,
  );

  const hasHeader = header.isTypeset || header.hasQuestionsSentence || header.hasAnswerSentence || header.hasNoticeSentence || Object.keys(header.identifiers).length > 0;
  const hasBlocks = blocks.some((b) => b.kind === 'question' || b.kind === 'answer' || b.kind === 'notice');
  if (!hasHeader && !hasBlocks) {
    throw fail(source, 'this is not a Kamervragen document: it has no header ("Vragen van …", "Antwoord van …", Aanhangsel or zaak number) and no Vraag/Antwoord blocks', 'not-kamervragen');
  }

  const isNotice = header.hasNoticeSentence || blocks.some((b) => b.kind === 'notice');
  const unnumbered = !hasBlocks && header.hasQuestionsSentence && !header.isMondeling && !isNotice;
  const textBlocks: TextBlock[] = blocks.map((b: Block) => ({
    kind: b.kind === 'preamble' && !hasBlocks && isNotice ? 'notice' : b.kind,
    numbers: b.numbers,
    label: b.label,
    text: joinLines(b.lines, layout),
  }));
  const grouped = groupBlocks(textBlocks, unnumbered);

  const footnotes: Footnote[] = zones.footnotes.map((f) => {
    const noteText = takeSentinels(joinLines(f.lines, layout)).text;
    return { number: f.number, text: noteText, url: footnoteUrl(noteText) };
  });

  const references: Reference[] = [
    ...header.seeAlso.map((target): Reference => ({ inPart: { type: 'title', index: 0 }, kind: 'aanhangsel', target })),
    ...grouped.questions.flatMap((q, index) => findReferences(q.text, { type: 'question', index })),
    ...grouped.answers.flatMap((a, index) => findReferences(a.text, { type: 'answer', index })),
    ...footnotes.flatMap((f, index) => findReferences(f.text, { type: 'footnote', index })),
  ];

  let kind: DocumentKind = 'other';
  if (header.isMondeling) kind = 'other';
  else if (isNotice) kind = 'delay-notice';
  else if (header.hasAnswerSentence || grouped.answers.length > 0) kind = 'answer';
  else if (header.hasQuestionsSentence || grouped.questions.length > 0) kind = 'questions';

  const warnings = [...budget.warnings, ...(repeats.dropped > 0 ? [`${repeats.dropped} repeated lines of text were dropped`] : []), ...header.warnings, ...zones.warnings, ...markerWarnings, ...grouped.warnings];
  if (kind === 'answer') {
    const answered = new Set(grouped.answers.flatMap((a) => a.questionNumbers));
    const unanswered = grouped.questions.filter((q) => !answered.has(q.number)).map((q) => q.number);
    if (unanswered.length > 0) warnings.push(`no answer was found for question ${unanswered.join(', ')}`);
  }
  if (grouped.questions.length === 0 && kind !== 'other' && kind !== 'delay-notice') warnings.push('no questions were found in the text');
  const title = header.title === null ? null : capTitle(header.title, warnings);

  return {
    id: chooseDocumentId(header.identifiers, normalised),
    kind,
    title,
    askedBy: header.askedBy,
    addressedTo: header.addressedTo,
    answeredBy: header.answeredBy,
    submittedOn: header.submittedOn,
    receivedOn: header.receivedOn,
    identifiers: header.identifiers,
    questions: grouped.questions,
    answers: grouped.answers,
    footnotes,
    references,
    source: { fileName: source.fileName, sha256: source.sha256, format: source.format },
    warnings,
    explanations: grouped.explanations,
  };
}

/** Longest title kept: real subjects run to about 250 characters; longer means a header gone wrong. */
export const MAX_TITLE_LENGTH = 400;

/** Cuts an over-long subject at a word boundary with "…", saying so in `warnings`. */
function capTitle(title: string, warnings: string[]): string {
  if (title.length <= MAX_TITLE_LENGTH) return title;
  const cut = title.slice(0, MAX_TITLE_LENGTH);
  const space = cut.lastIndexOf(' ');
  warnings.push(`the subject is ${title.length} characters long; the title keeps its first ${MAX_TITLE_LENGTH}`);
  return (space > MAX_TITLE_LENGTH / 2 ? cut.slice(0, space) : cut) + '…';
}
