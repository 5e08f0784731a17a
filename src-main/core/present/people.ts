/**
 * Members and officials as a Dutch answer prints them: "Sjoerdsma (D66)", "minister Blok
 * (Buitenlandse Zaken)", several joined as "A (VVD), B (CDA) en C (SP)".
 */
import type { Member, Official } from '../model/document.js';
import { joinList, presentLabels, type PresentLocale } from './labels.js';

/** "Sjoerdsma (D66)"; the party is left out when unknown. */
export function formatMember(member: Member): string {
  return member.party ? `${member.name} (${member.party})` : member.name;
}

/**
 * "minister Blok (Buitenlandse Zaken)" (nl: the role as printed, lower case in running text) /
 * "Minister Blok (Buitenlandse Zaken)" (en: the role translated; the portfolio stays Dutch, it is a name).
 */
export function formatOfficial(official: Official, locale: PresentLocale): string {
  // an official known only by office ("mede namens de minister van Justitie en Veiligheid") is
  // recorded with that office as the name: print it once, not "minister minister van …"
  const isOfficeOnly = official.name.toLowerCase().startsWith(`${official.role.toLowerCase()} `);
  if (isOfficeOnly) return official.name;
  const role = presentLabels(locale).roles[official.role.toLowerCase()] ?? official.role;
  const person = [role, official.name].filter((s) => s.length > 0).join(' ');
  return official.portfolio ? `${person} (${official.portfolio})` : person;
}

/** Members as one phrase: "A (VVD), B (CDA) en C (SP)"; "" for none. */
export function formatMembers(members: readonly Member[], locale: PresentLocale): string {
  return joinList(members.map(formatMember), presentLabels(locale).and);
}

/** Officials as one phrase: "minister Blok (Buitenlandse Zaken) en staatssecretaris X (Financiën)"; "" for none. */
export function formatOfficials(officials: readonly Official[], locale: PresentLocale): string {
  return joinList(
    officials.map((o) => formatOfficial(o, locale)),
    presentLabels(locale).and,
  );
}
