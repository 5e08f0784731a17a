/**
 * The document header of Kamervragen (SOURCES §A/§B): chamber lines and aanhangsel number, the
 * zaak number, "Vragen van … aan … over … (ingezonden …)", "Antwoord|Mededeling van … (ontvangen …)"
 * and "Zie ook Aanhangsel Handelingen, vergaderjaar …, nr. …". Also where the header ends.
 */
import type { Member, Official } from '../model/index.js';
import { findDutchDate, vergaderjaarOf } from './dates.js';
import { parseHeading, parseNumberedQuestionStart } from './headings.js';
import type { Line } from './page-furniture.js';
import { parseAddressees, parseAnsweredBy, parseAskers, repairPortfolioNames } from './people.js';
import { healGlue, joinSeparator, type Layout } from './text-layout.js';

export interface Header {
  /** "Tweede Kamer der Staten-Generaal" / "Vergaderjaar …" lines were present (typeset PDF) */
  isTypeset: boolean;
  isMondeling: boolean;
  hasQuestionsSentence: boolean;
  hasAnswerSentence: boolean;
  hasNoticeSentence: boolean;
  title: string | null;
  askedBy: Member[];
  addressedTo: string[];
  answeredBy: Official[];
  submittedOn: string | null;
  receivedOn: string | null;
  identifiers: Record<string, string>;
  /** "Zie ook Aanhangsel Handelingen …" targets, as ah-tk ids where the year is known */
  seeAlso: string[];
  warnings: string[];
}

const CHAMBER_LINE = /^(?:Tweede Kamer der Staten-Generaal\d?|Vergaderjaar\s+\d{4}\s*[–-]\s*\d{4}.*|Aanhangsel van de Handelingen|Vragen gesteld door de leden der Kamer.*|regering gegeven antwoorden|\d{1,4})$/u;
const AH_LINE = /^AH\s*(\d{1,4})$/u;
const ZAAK_LINE = /^(\d{4})Z\s?(\d{4,6})$/u;
const DOCUMENT_LINE = /^(\d{4})D\s?(\d{4,6})$/u;
const SENTENCE_START = /^(?:(?:Mondelinge\s+)?[Vv]ragen\s+van\s|Antwoord\s+van\s|Mededeling\s+van\s|\(ingezonden\b|Zie ook\b)/u;
const SENTENCE_END = /\((?:ingezonden|ontvangen)\b[^)]*\d{4}\s*\)\.?|\bnr\.\s*\d+\.?\s*$/u;

/** True when the line is a chamber header line (typeset PDF). */
export function isChamberLine(text: string): boolean {
  return /^(?:Tweede Kamer der Staten-Generaal|Vergaderjaar\s+\d{4})/u.test(text);
}

/**
 * Finds where the body starts: the first question/answer heading (or Word-style question number
 * 1). Without any heading, the header is the run of header lines and header sentences at the top.
 * @param lines document lines
 * @param layout the document layout (Word text has one sentence per line)
 * @returns index of the first body line
 */
export function findBodyStart(lines: readonly Line[], layout: Layout): number {
  let seenChamber = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line?.kind !== 'text') continue;
    seenChamber ||= isChamberLine(line.text);
    const heading = parseHeading(line.text);
    if (heading && heading.kind !== 'toelichting') return i;
    // "1" alone is the aanhangsel number in a typeset header, question 1 in Word text
    if (parseNumberedQuestionStart(line.text)?.number === 1 && !(seenChamber && /^\d+$/u.test(line.text))) return i;
  }
  let i = 0;
  let inSentence = false;
  for (; i < lines.length; i++) {
    const line = lines[i];
    if (line === undefined) break;
    if (line.kind !== 'text') {
      if (inSentence && layout.kind === 'paragraph-lines') inSentence = false;
      continue;
    }
    const text = line.text;
    if (inSentence) {
      if (SENTENCE_END.test(text)) inSentence = /Zie ook\b/u.test(text) && !/nr\.\s*\d+/u.test(text.slice(text.lastIndexOf('Zie ook')));
      if (layout.kind === 'paragraph-lines') inSentence = false;
      continue;
    }
    if (CHAMBER_LINE.test(text) || AH_LINE.test(text) || ZAAK_LINE.test(text) || DOCUMENT_LINE.test(text)) continue;
    if (SENTENCE_START.test(text)) {
      inSentence = layout.kind !== 'paragraph-lines' && !SENTENCE_END.test(text);
      if (/Zie ook\b/u.test(text) && !/nr\.\s*\d+/u.test(text.slice(text.lastIndexOf('Zie ook')))) inSentence = true;
      continue;
    }
    break;
  }
  return i;
}

/** Repairs words that PDF extraction ran together in header sentences. */
function tidyHeaderText(text: string): string {
  return repairPortfolioNames(text)
    .replace(/(januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)(\d{4})\b/gu, '$1 $2')
    .replace(/\b(de|en|van|voor|aan|het)(?=\p{Lu})/gu, '$1 ')
    .replace(/(Zaken|Sport|Veiligheid|Migratie|Waterstaat|Werkgelegenheid|Wetenschap|Koninkrijksrelaties|Ontwikkelingshulp|Financiën|Defensie|Natuur|Voedselkwaliteit|Ordening|Groei|Energie|Klimaat)(over)\b/gu, '$1 $2')
    .replace(/\bover(het|de|een)\b/gu, 'over $1')
    .replace(/Aanhangsel(?=Handelingen)/gu, 'Aanhangsel ')
    .replace(/,(?=\p{L})/gu, ', ')
    .replace(/\s+/g, ' ')
    .trim();
}

function joinHeader(lines: readonly Line[], layout: Layout): string {
  let out = '';
  let prev: string | null = null;
  for (const line of lines) {
    if (line.kind !== 'text') continue;
    if (prev === null) out = line.text;
    else {
      const sep = joinSeparator(prev, line.text, { kind: 'wrapped', width: 1000 }, false);
      if (sep === '' && /\p{Ll}-$/u.test(prev) && /^\p{Ll}/u.test(line.text)) out = out.slice(0, -1) + line.text;
      else out += (sep === '\n\n' ? ' ' : sep) + line.text;
    }
    prev = line.text;
  }
  return layout.kind === 'glued' ? healGlue(out).replace(/\n\n/g, ' ') : out;
}

/**
 * Parses the header lines.
 * @param lines the lines before the body (footnote markers already removed)
 * @param officialIds ids printed as page furniture (ah-tk-…, kv-tk-…)
 * @param layout the document layout
 */
export function parseHeader(lines: readonly Line[], officialIds: readonly string[], layout: Layout): Header {
  const warnings: string[] = [];
  const identifiers: Record<string, string> = {};
  const textLines = lines.filter((l) => l.kind === 'text').map((l) => l.text);
  const isTypeset = textLines.some(isChamberLine);
  let vergaderjaar: string | null = null;
  let aanhangselNr: string | null = null;
  let ahNr: string | null = null;
  let sawQuestionsSentence = false;
  for (const text of textLines) {
    const vj = /^Vergaderjaar\s+(\d{4})\s*[–-]\s*(\d{4})/u.exec(text);
    if (vj) vergaderjaar = `${vj[1]}${vj[2]}`;
    if (/^(?:(?:Mondelinge\s+)?[Vv]ragen\s+van|Antwoord\s+van|Mededeling\s+van)\s/u.test(text)) sawQuestionsSentence = true;
    if (!sawQuestionsSentence && /^\d{1,4}$/u.test(text)) aanhangselNr = text;
    const ah = AH_LINE.exec(text);
    if (ah?.[1]) ahNr = ah[1];
    const zaak = ZAAK_LINE.exec(text);
    if (zaak) identifiers['zaak'] = `${zaak[1]}Z${zaak[2]}`;
    const documentNr = DOCUMENT_LINE.exec(text);
    if (documentNr) identifiers['document'] = `${documentNr[1]}D${documentNr[2]}`;
  }
  const isAnswerHeader = textLines.some((t) => /Aanhangsel van de Handelingen/u.test(t));
  const text = tidyHeaderText(joinHeader(lines, layout));

  const qMatch = /(Mondelinge\s+vragen|Vragen)\s+van\s+(?=het\b|de\b|lid\b|leden\b)/u.exec(text);
  const aMatch = /\b(Antwoord|Mededeling)\s+van\s+/u.exec(text);
  let title: string | null = null;
  let askedBy: Member[] = [];
  let addressedTo: string[] = [];
  let submittedOn: string | null = null;
  if (qMatch) {
    const start = qMatch.index + qMatch[0].length;
    const stop = aMatch && aMatch.index > qMatch.index ? aMatch.index : text.length;
    let sentence = text.slice(start, stop).trim();
    const ingezonden = /\((?:ingezonden|ingediend)\b([^)]*)\)?/u.exec(sentence);
    if (ingezonden) sentence = sentence.slice(0, ingezonden.index).trim();
    const aan = /\s+aan\s+(?=(?:de|het)\s)/u.exec(sentence);
    const askers = aan ? sentence.slice(0, aan.index) : sentence;
    askedBy = parseAskers(askers);
    if (aan) {
      const rest = sentence.slice(aan.index + aan[0].length);
      const over = /\s+over\s+/u.exec(rest);
      addressedTo = parseAddressees(over ? rest.slice(0, over.index) : rest);
      if (over) title = rest.slice(over.index + over[0].length).replace(/[\s.]+$/u, '').trim() || null;
    }
  }
  const ingezondenAnywhere = /\((?:ingezonden|ingediend)\s+([^)]*)\)?/u.exec(text);
  if (ingezondenAnywhere) {
    const printed = (ingezondenAnywhere[1] ?? '').trim();
    submittedOn = findDutchDate(printed);
    if (submittedOn === null) {
      const partial = /(\d{1,2})\s+(januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)\b/u.exec(printed);
      const zaakYear = identifiers['zaak']?.slice(0, 4);
      if (partial && zaakYear) {
        submittedOn = findDutchDate(`${partial[1]} ${partial[2]} ${zaakYear}`);
        warnings.push(`the date submitted is printed without a year ("${printed}"); the year ${zaakYear} was taken from the zaak number`);
      } else {
        warnings.push(`the date submitted could not be read ("${printed}")`);
      }
    }
  }

  let answeredBy: Official[] = [];
  let receivedOn: string | null = null;
  if (aMatch) {
    const after = text.slice(aMatch.index + aMatch[0].length);
    const ontvangen = /\(ontvangen\s+([^)]*)\)?/u.exec(after);
    const phrase = ontvangen ? after.slice(0, ontvangen.index) : after.replace(/\s*Zie ook\b.*$/u, '');
    answeredBy = parseAnsweredBy(phrase.trim());
    if (answeredBy.length === 0) warnings.push(`the answering minister could not be read from "${phrase.trim().slice(0, 80)}"`);
    if (ontvangen) {
      receivedOn = findDutchDate(ontvangen[1] ?? '');
      if (receivedOn === null) warnings.push(`the date received could not be read ("${(ontvangen[1] ?? '').trim()}")`);
    }
  }

  const seeAlso: string[] = [];
  for (const m of text.matchAll(/Zie ook\s+Aanhangsel\s+Handelingen,?\s+vergaderjaar\s+(\d{4})\s*[–-]\s*(\d{4}),?\s*nr\.\s*(\d+)/gu)) {
    seeAlso.push(`ah-tk-${m[1]}${m[2]}-${m[3]}`);
  }

  for (const id of officialIds) {
    if (id.startsWith('ah-tk-')) identifiers['aanhangsel'] ??= id;
    if (id.startsWith('kv-tk-')) identifiers['kamervragen'] ??= id;
  }
  if (identifiers['aanhangsel'] === undefined && isAnswerHeader && vergaderjaar && aanhangselNr) {
    identifiers['aanhangsel'] = `ah-tk-${vergaderjaar}-${aanhangselNr}`;
  }
  if (identifiers['aanhangsel'] === undefined && ahNr) {
    if (receivedOn) identifiers['aanhangsel'] = `ah-tk-${vergaderjaarOf(receivedOn)}-${ahNr}`;
    else {
      identifiers['aanhangselnummer'] = ahNr;
      warnings.push(`the aanhangsel number AH ${ahNr} has no date received, so its vergaderjaar is unknown`);
    }
  }
  const hasAnswerSentence = aMatch?.[1] === 'Antwoord';
  const hasNoticeSentence = aMatch?.[1] === 'Mededeling';
  if (identifiers['kamervragen'] === undefined && identifiers['zaak'] && !hasAnswerSentence && !hasNoticeSentence && !ahNr && !isAnswerHeader) {
    identifiers['kamervragen'] = `kv-tk-${identifiers['zaak']}`;
  }
  if (askedBy.length === 0 && (hasAnswerSentence || hasNoticeSentence)) {
    warnings.push('the text does not say who asked the questions (no "Vragen van …" sentence)');
  }

  return {
    isTypeset,
    isMondeling: qMatch?.[1]?.startsWith('Mondelinge') ?? false,
    hasQuestionsSentence: qMatch !== null,
    hasAnswerSentence,
    hasNoticeSentence,
    title: title === null ? null : title.replace(/\s+\)/gu, ')'),
    askedBy,
    addressedTo,
    answeredBy,
    submittedOn,
    receivedOn,
    identifiers,
    seeAlso,
    warnings,
  };
}
