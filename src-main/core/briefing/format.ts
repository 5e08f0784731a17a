/**
 * Plain-text formatting of briefing metadata: long dates in Dutch or English, members with their
 * party, and ministers/staatssecretarissen with their portfolio.
 */
import type { Member, Official } from '../model/index.js';
import { joinList, labelsFor, type BriefingLocale } from './labels.js';

const DATE_FORMATS: Record<BriefingLocale, Intl.DateTimeFormat> = {
  nl: new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
};

/** English names of the Dutch roles as printed in answers; other roles are shown as given. */
const ROLES_EN: Record<string, string> = {
  minister: 'Minister',
  staatssecretaris: 'State Secretary',
  'minister-president': 'Prime Minister',
  'minister zonder portefeuille': 'Minister without Portfolio',
};

/**
 * Formats an ISO date `YYYY-MM-DD` (or a timestamp starting with one) as "15 februari 2021" /
 * "15 February 2021". Anything else is returned unchanged.
 */
export function formatDate(iso: string, locale: BriefingLocale): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  const time = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isNaN(time) ? iso : DATE_FORMATS[locale].format(time);
}

/** "Sjoerdsma (D66)"; the party is left out when unknown. */
export function formatMember(member: Member): string {
  return member.party ? `${member.name} (${member.party})` : member.name;
}

/** "minister Blok (Buitenlandse Zaken)" / "Minister Blok (Buitenlandse Zaken)". */
export function formatOfficial(official: Official, locale: BriefingLocale): string {
  const role = locale === 'en' ? (ROLES_EN[official.role.toLowerCase()] ?? official.role) : official.role;
  const person = [role, official.name].filter((s) => s.length > 0).join(' ');
  return official.portfolio ? `${person} (${official.portfolio})` : person;
}

/** Members as one phrase: "A (VVD), B (CDA) en C (SP)". */
export function formatMembers(members: readonly Member[], locale: BriefingLocale): string {
  return joinList(members.map(formatMember), labelsFor(locale).and);
}

/** Officials as one phrase: "minister Blok (Buitenlandse Zaken) en staatssecretaris X (Financiën)". */
export function formatOfficials(officials: readonly Official[], locale: BriefingLocale): string {
  return joinList(
    officials.map((o) => formatOfficial(o, locale)),
    labelsFor(locale).and,
  );
}
