/**
 * UK Parliament Written Questions API JSON (SOURCES §F) → QaDocuments: one per question, with its
 * answer when it has one. List responses name members only by id and cut long texts; both are said
 * in the document's warnings rather than guessed.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { z } from 'zod';
import { VraagbaakError, type Member, type Official, type QaDocument, type Reference } from '../model/index.js';

const ApiMember = z.object({ name: z.string().nullish(), party: z.string().nullish() }).nullish();

/** The `value` of one item, as far as Vraagbaak reads it (other fields are kept in the original). */
const UkQuestion = z
  .object({
    id: z.number().int(),
    uin: z.string().min(1),
    house: z.string().nullish(),
    dateTabled: z.string(),
    askingMemberId: z.number().int().nullish(),
    askingMember: ApiMember,
    questionText: z.string(),
    heading: z.string().nullish(),
    answeringBodyName: z.string().nullish(),
    isWithdrawn: z.boolean().nullish(),
    groupedQuestions: z.array(z.string()).nullish(),
    groupedQuestionsDates: z.array(z.object({ questionUin: z.string(), dateTabled: z.string().nullish() })).nullish(),
    dateAnswered: z.string().nullish(),
    answerText: z.string().nullish(),
    answeringMemberId: z.number().int().nullish(),
    answeringMember: ApiMember,
    answerIsHolding: z.boolean().nullish(),
    dateHoldingAnswer: z.string().nullish(),
    answerIsCorrection: z.boolean().nullish(),
    dateAnswerCorrected: z.string().nullish(),
    attachmentCount: z.number().int().nullish(),
  });
type UkQuestion = z.infer<typeof UkQuestion>;

const Item = z.object({ value: UkQuestion });

/** One parsed question and the JSON text of its own record (kept as the document's original). */
export interface UkParsed {
  document: QaDocument;
  /** `JSON.stringify` of the item ({ value, links }); `document.source.sha256` is over its UTF-8 bytes */
  original: string;
}

/** The items of a response: an array of items, a paged `{ results: [...] }`, or one item. */
function itemsOf(data: unknown): unknown[] | null {
  if (Array.isArray(data)) return data as unknown[];
  if (data !== null && typeof data === 'object') {
    const results = (data as Record<string, unknown>)['results'];
    if (Array.isArray(results)) return results as unknown[];
    if ('value' in data) return [data];
  }
  return null;
}

/**
 * True when `data` looks like a Written Questions API response: items `{ value: { uin, questionText, … } }`.
 * @param data the parsed JSON
 */
export function isUkWrittenQuestions(data: unknown): boolean {
  const items = itemsOf(data);
  const first: unknown = items?.[0];
  if (first === null || typeof first !== 'object' || !('value' in first)) return false;
  const value: unknown = first.value;
  return value !== null && typeof value === 'object' && 'uin' in value && 'questionText' in value;
}

function isoDay(timestamp: string | null | undefined): string | null {
  const m = /^(\d{4}-\d{2}-\d{2})/.exec(timestamp ?? '');
  return m?.[1] ?? null;
}

/** Answer texts are HTML in full responses; the reader shows plain paragraphs. */
function plainText(html: string): string {
  return html
    .replace(/<\/(?:p|div|li|h\d|tr)>|<br\s*\/?>/giu, '\n\n')
    .replace(/<[^>]+>/gu, '')
    .replace(/&nbsp;/gu, ' ')
    .replace(/&amp;/gu, '&')
    .replace(/&lt;/gu, '<')
    .replace(/&gt;/gu, '>')
    .replace(/&quot;/gu, '"')
    .replace(/&#39;/gu, "'")
    .replace(/[ \t]+/gu, ' ')
    .split(/\n{2,}/u)
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .join('\n\n')
    .normalize('NFC');
}

/** The public page of a question: questions-statements.parliament.uk/written-questions/detail/<date>/<uin>. */
export function ukQuestionUrl(dateTabled: string, uin: string): string {
  return `https://questions-statements.parliament.uk/written-questions/detail/${dateTabled}/${uin}`;
}

function toDocument(q: UkQuestion, fileName: string, original: string): QaDocument {
  const warnings: string[] = [];
  const tabled = isoDay(q.dateTabled);
  if (tabled === null) throw new Error(`question ${q.uin} has no valid dateTabled ("${q.dateTabled}")`);
  const body = q.answeringBodyName?.trim() || null;
  const answered = q.dateAnswered != null && q.answerText != null;

  const askerName = q.askingMember?.name?.trim();
  const askedBy: Member[] = [];
  if (askerName) askedBy.push({ name: askerName, party: q.askingMember?.party?.trim() || null });
  else if (q.askingMemberId != null) {
    askedBy.push({ name: `member ${q.askingMemberId}`, party: null });
    warnings.push(`the asking member is known only by id ${q.askingMemberId} (the list response has no names)`);
  }

  const answeredBy: Official[] = [];
  if (answered) {
    const answererName = q.answeringMember?.name?.trim();
    if (answererName) answeredBy.push({ name: answererName, role: 'minister', portfolio: body });
    else if (body) {
      answeredBy.push({ name: body, role: 'minister', portfolio: body });
      warnings.push(`the answering minister is known only by id ${q.answeringMemberId ?? 'unknown'}; the department (${body}) is shown instead`);
    }
  }

  const identifiers: Record<string, string> = { uin: q.uin, 'uk-question-id': String(q.id) };
  if (q.house) identifiers['house'] = q.house;
  if (q.askingMemberId != null) identifiers['asking-member-id'] = String(q.askingMemberId);
  if (answered && q.answeringMemberId != null) identifiers['answering-member-id'] = String(q.answeringMemberId);
  const grouped = q.groupedQuestions ?? [];
  const references: Reference[] = [];
  if (grouped.length > 0) {
    identifiers['grouped-with'] = grouped.join(', ');
    for (const uin of grouped) {
      const date = isoDay(q.groupedQuestionsDates?.find((g) => g.questionUin === uin)?.dateTabled) ?? tabled;
      references.push({ inPart: { type: answered ? 'answer' : 'question', index: 0 }, kind: 'url', target: ukQuestionUrl(date, uin) });
    }
    if (answered) warnings.push(`answered together with question${grouped.length > 1 ? 's' : ''} ${grouped.join(', ')}`);
  }

  if (q.questionText.length >= 255) warnings.push('the question text may be cut off at 255 characters (list response); the full text is on the question page');
  if (answered && q.answerText?.trimEnd().endsWith('...')) warnings.push('the answer text is cut off (list response); the full text is on the question page');
  if (q.isWithdrawn) warnings.push('the question was withdrawn');
  if (q.answerIsHolding) warnings.push(`this is a holding answer${q.dateHoldingAnswer ? ` (${isoDay(q.dateHoldingAnswer)})` : ''}; a full answer follows later`);
  if (q.answerIsCorrection) warnings.push(`the answer was corrected${q.dateAnswerCorrected ? ` on ${isoDay(q.dateAnswerCorrected)}` : ''}; this is the corrected text`);
  if ((q.attachmentCount ?? 0) > 0) warnings.push(`the answer has ${q.attachmentCount} attachment(s), which are not imported`);

  return {
    id: `uk-wq-${tabled}-${q.uin.toLowerCase()}`,
    kind: answered ? 'answer' : 'questions',
    title: q.heading?.trim() || `Written question ${q.uin}${body ? ` to ${body}` : ''}`,
    askedBy,
    addressedTo: body ? [body] : [],
    answeredBy,
    submittedOn: tabled,
    receivedOn: answered ? isoDay(q.dateAnswered) : null,
    identifiers,
    questions: [{ number: 1, text: plainText(q.questionText), footnoteRefs: [] }],
    answers: answered ? [{ questionNumbers: [1], text: plainText(q.answerText ?? ''), footnoteRefs: [] }] : [],
    footnotes: [],
    references,
    source: { fileName, format: 'uk-json', sha256: bytesToHex(sha256(utf8ToBytes(original))) },
    warnings,
    explanations: [],
  };
}

/**
 * Parses a UK Parliament Written Questions API response (SOURCES §F; `GET /api/writtenquestions/questions`):
 * an array of `{ value, links }`, a paged `{ results: [...] }`, or one `{ value, links }`.
 * Each question becomes one document with id `uk-wq-<dateTabled>-<uin>` (the date and UIN of its
 * page on questions-statements.parliament.uk), kind 'answer' when answered, else 'questions'.
 * @param data the parsed JSON
 * @param fileName named in every error and copied into `source.fileName`
 * @returns one entry per item, in file order
 * @throws VraagbaakError('parse-failed') naming the file when the shape is not this API's, an item
 *   is malformed (its position and the field are named), or there are no items; `details.reason`
 *   'not-uk-api', 'uk-api-empty', or 'uk-item-invalid'/'uk-item-unreadable' with `item` (1-based)
 */
export function parseUkWrittenQuestions(data: unknown, fileName: string): UkParsed[] {
  const items = itemsOf(data);
  if (items === null) throw new VraagbaakError('parse-failed', `${fileName}: this JSON is not a UK Written Questions API response (expected a list of { value: { uin, questionText, … } }).`, { fileName, reason: 'not-uk-api' });
  if (items.length === 0) throw new VraagbaakError('parse-failed', `${fileName}: the UK Written Questions response holds no questions.`, { fileName, reason: 'uk-api-empty' });
  return items.map((item, index) => {
    const checked = Item.safeParse(item);
    if (!checked.success) {
      const issue = checked.error.issues[0];
      const where = issue?.path.join('.') ?? '';
      throw new VraagbaakError('parse-failed', `${fileName}: item ${index + 1} is not a written question (${where ? `${where}: ` : ''}${issue?.message ?? 'unexpected shape'}).`, { fileName, index, reason: 'uk-item-invalid', item: index + 1 });
    }
    const original = JSON.stringify(item);
    try {
      return { document: toDocument(checked.data.value, fileName, original), original };
    } catch (e) {
      throw new VraagbaakError('parse-failed', `${fileName}: item ${index + 1}: ${e instanceof Error ? e.message : String(e)}.`, { fileName, index, reason: 'uk-item-unreadable', item: index + 1 });
    }
  });
}
