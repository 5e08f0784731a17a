/**
 * Where a printed passage comes from (`SourceInfo`): title, citation, who asked and answered, the
 * date, the reference a reader looks it up by, and a link to the official publication — only for
 * the identifier forms our importers write and whose publication address is certain.
 */
import type { QaDocument } from '../model/index.js';
import { ukQuestionUrl } from '../parse/uk-written-questions.js';
import { aanhangselCitation, formatCitation } from '../present/citation.js';
import { identifierLabel } from '../present/labels.js';
import { formatMembers, formatOfficials } from '../present/people.js';
import { displayTitle } from '../present/title.js';
import type { SourceInfo } from './content.js';
import type { BriefingLocale } from './labels.js';

/** Identifier schemes to cite, best first, when there is no Aanhangsel number. */
const REFERENCE_PREFERENCE = ['zaak', 'kamervragen', 'document', 'aanhangsel', 'aanhangselnummer', 'officielebekendmakingen', 'uin'];

/** Identifier schemes that are not references a reader can look a document up by. */
const NOT_REFERENCES = new Set(['type', 'grouped-with', 'house', 'asking-member-id', 'answering-member-id', 'uk-question-id']);

const OFFICIAL_PUBLICATIONS = 'https://zoek.officielebekendmakingen.nl/';

/**
 * "Zaaknummer 2021Z00843" (nl) / "Case number 2021Z00843" (en): the best identifier, named.
 * @returns null when the document has no identifier to cite
 */
function identifierReference(identifiers: Readonly<Record<string, string>>, locale: BriefingLocale): string | null {
  const schemes = [...REFERENCE_PREFERENCE, ...Object.keys(identifiers).filter((k) => !NOT_REFERENCES.has(k))];
  for (const scheme of schemes) {
    const value = identifiers[scheme]?.trim();
    if (value) return `${identifierLabel(scheme, locale)} ${value}`;
  }
  return null;
}

/**
 * The official publication of `doc`, when one of its identifiers gives it:
 * - `ah-tk-<vergaderjaar>-<nr>` (Aanhangsel Handelingen II) and `kv-tk-<zaak>` (Kamervragen) →
 *   `https://zoek.officielebekendmakingen.nl/<id>.html`;
 * - an `officielebekendmakingen` identifier (the DC.identifier of an imported official XML/HTML
 *   page, e.g. `kst-35207-32`) → the same address;
 * - a UK written question (source format uk-json, with its UIN and date tabled) → its page on
 *   questions-statements.parliament.uk, as the importer writes it.
 *
 * @returns an https URL, or null when no identifier has one of these forms
 */
export function officialUrl(doc: Pick<QaDocument, 'identifiers' | 'source' | 'submittedOn'>): string | null {
  const ids = doc.identifiers;
  const aanhangsel = ids['aanhangsel']?.trim();
  if (aanhangsel && /^ah-tk-\d{8}-\d{1,6}$/.test(aanhangsel)) return `${OFFICIAL_PUBLICATIONS}${aanhangsel}.html`;
  const kamervragen = ids['kamervragen']?.trim();
  if (kamervragen && /^kv-tk-\d{4}Z\d{4,6}$/.test(kamervragen)) return `${OFFICIAL_PUBLICATIONS}${kamervragen}.html`;
  const official = ids['officielebekendmakingen']?.trim();
  if (official && /^[a-z]{1,8}(-[a-z0-9]{1,20}){1,6}$/.test(official)) return `${OFFICIAL_PUBLICATIONS}${official}.html`;
  const uin = ids['uin']?.trim();
  if (doc.source.format === 'uk-json' && uin && /^[A-Za-z0-9]{1,20}$/.test(uin) && doc.submittedOn) {
    return ukQuestionUrl(doc.submittedOn, uin);
  }
  return null;
}

/**
 * Everything needed to cite `doc` in a briefing: display title, citation, askers and answerers
 * formatted, date (received, else submitted), reference (the Aanhangsel citation, else the best
 * identifier with its scheme name) and the official publication URL.
 */
export function sourceInfo(doc: QaDocument, locale: BriefingLocale): SourceInfo {
  return {
    documentId: doc.id,
    title: displayTitle(doc, locale),
    citation: formatCitation(doc, locale),
    askedBy: formatMembers(doc.askedBy, locale),
    answeredBy: formatOfficials(doc.answeredBy, locale),
    date: doc.receivedOn ?? doc.submittedOn,
    reference: aanhangselCitation(doc.identifiers, locale) ?? identifierReference(doc.identifiers, locale),
    url: officialUrl(doc),
  };
}
