/**
 * Who asked and who answered, from the header sentences of Kamervragen (SOURCES §A/§B):
 * "de leden Kröger , Thijssen (beiden GroenLinks-PvdA), Teunissen (PvdD) en Rooderkerk (D66)",
 * "aan de Ministers van Buitenlandse Zaken en van Justitie en Veiligheid",
 * "Minister Veldkamp (Buitenlandse Zaken), mede namens de Minister van Asiel en Migratie".
 */
import type { Member, Official } from '../model/index.js';

/**
 * Portfolios of Dutch ministers and state secretaries, used to split "van A en B" where the second
 * "van" is missing ("Staatssecretarissen van Onderwijs, Cultuur en Wetenschap en Volksgezondheid, …").
 */
const KNOWN_PORTFOLIOS: readonly string[] = [
  'Algemene Zaken',
  'Asiel en Migratie',
  'Binnenlandse Zaken en Koninkrijksrelaties',
  'Buitenlandse Handel en Ontwikkelingshulp',
  'Buitenlandse Handel en Ontwikkelingssamenwerking',
  'Buitenlandse Zaken',
  'Defensie',
  'Economische Zaken',
  'Economische Zaken en Klimaat',
  'Financiën',
  'Infrastructuur en Waterstaat',
  'Justitie en Veiligheid',
  'Klimaat en Energie',
  'Klimaat en Groene Groei',
  'Landbouw, Natuur en Voedselkwaliteit',
  'Landbouw, Visserij, Voedselzekerheid en Natuur',
  'Onderwijs, Cultuur en Wetenschap',
  'Sociale Zaken en Werkgelegenheid',
  'Volksgezondheid, Welzijn en Sport',
  'Volkshuisvesting en Ruimtelijke Ordening',
  'Rechtsbescherming',
  'Medische Zorg',
  'Langdurige Zorg en Sport',
  'Primair en Voortgezet Onderwijs',
  'Armoedebeleid, Participatie en Pensioenen',
  'Digitalisering en Koninkrijksrelaties',
  'Herstel en Groningen',
];
const KNOWN_LOWER = new Set(KNOWN_PORTFOLIOS.map((p) => p.toLowerCase()));
/** Known portfolios with optional spaces, to repair "BuitenlandseHandel en Ontwikkelingshulp", "Klimaaten Groene Groei". */
const GLUED_PORTFOLIOS = KNOWN_PORTFOLIOS.filter((p) => p.includes(' ')).map((p) => ({
  re: new RegExp(p.replace(/([,])/g, '$1?').split(' ').join(' ?'), 'gu'),
  canonical: p,
}));

/**
 * Restores the spaces that PDF extraction dropped inside known portfolio names.
 * @param text header text
 */
export function repairPortfolioNames(text: string): string {
  return GLUED_PORTFOLIOS.reduce((acc, { re, canonical }) => acc.replace(re, () => canonical), text);
}

/** Repairs words run together by PDF extraction inside a name: "DaniëlleJansen" → "Daniëlle Jansen". */
function tidyName(name: string): string {
  return name
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Parses the askers: "het lid X (P)", "de leden X (P) en Y (P)", "X en Y (beiden P)",
 * "Sneller , Bamenga , Rooderkerk (allen D66) en Gabriëls (GroenLinks-PvdA)".
 * A party in brackets after several names ("beiden"/"allen", or none) applies to all of them.
 * @param text the part of the sentence between "Vragen van" and "aan"
 * @returns members in printed order; party null when none was printed
 */
export function parseAskers(text: string): Member[] {
  const body = text.replace(/^\s*(?:het\s+lid|de\s+leden|het\s+leden|lid|leden)\s+/iu, '').trim();
  const members: Member[] = [];
  const flushNames = (segment: string): string[] =>
    segment
      .split(/\s*,\s*|\s+en\s+/u)
      .map((s) => tidyName(s.replace(/^en\s+/u, '')))
      .filter((s) => s !== '');
  const re = /([^()]*)\(([^()]*)\)/gu;
  let last = 0;
  for (const m of body.matchAll(re)) {
    const names = flushNames(m[1] ?? '');
    const party = (m[2] ?? '').replace(/^\s*(?:beiden|allen|beide)\s+/iu, '').trim();
    for (const name of names) members.push({ name, party: party === '' ? null : party });
    last = (m.index ?? 0) + m[0].length;
  }
  for (const name of flushNames(body.slice(last))) members.push({ name, party: null });
  return members;
}

/** Splits "A en B" / "A, B en C" into known portfolios when every piece is one; else [text]. */
function splitPortfolios(text: string): string[] {
  const t = text.trim();
  if (KNOWN_LOWER.has(t.toLowerCase())) return [t];
  const cuts = [...t.matchAll(/\s+en\s+|,\s+/gu)];
  for (const cut of cuts) {
    const left = t.slice(0, cut.index);
    const right = t.slice((cut.index ?? 0) + cut[0].length);
    if (KNOWN_LOWER.has(left.toLowerCase())) {
      const rest = splitPortfolios(right);
      if (rest.every((p) => KNOWN_LOWER.has(p.toLowerCase()))) return [left, ...rest];
    }
  }
  return [t];
}

interface RoleGroup {
  role: string;
  prep: string;
  portfolio: string;
}

/**
 * Parses the officials a question is addressed to, or on whose behalf an answer is given:
 * "de Minister van X", "de Ministers van A, van B en voor C", "de Minister en de Staatssecretaris
 * van X", "de Staatssecretarissen van A en B" (known portfolios).
 * @param text the phrase after "aan" / "mede namens"
 * @returns one entry per official: role lower-case, "van"/"voor", portfolio as printed
 */
function parseRoleGroups(text: string): RoleGroup[] {
  const cleaned = text
    .replace(/,\s*bij afwezigheid van\b.*$/su, '')
    .replace(/\s+/g, ' ')
    .trim();
  const groups: RoleGroup[] = [];
  // split at each new role word: "… en de Staatssecretaris van …", "…, de Minister voor …"
  const segments = cleaned.split(/\s*(?:,|\ben)?\s*\bde\s+(?=(?:Minister|Staats?secretaris|minister|staats?secretaris))/u);
  const pendingRoles: string[] = [];
  for (const raw of segments) {
    const seg = raw.replace(/^de\s+/u, '').trim();
    if (seg === '') continue;
    const m = /^(Minister-President|Ministers?|Staats?secretariss?(?:en)?)\b\s*(.*)$/iu.exec(seg);
    if (!m?.[1]) continue;
    const roleWord = m[1].toLowerCase();
    const role = roleWord.startsWith('minister-president') ? 'minister-president' : roleWord.startsWith('minister') ? 'minister' : 'staatssecretaris';
    const rest = (m[2] ?? '').trim();
    if (rest === '') {
      pendingRoles.push(role); // "de Minister en de Staatssecretaris van X": the portfolio follows later
      continue;
    }
    const pieces = rest.split(/\s*(?:,\s*|\s+en\s+)(?=(?:van|voor)\s)/u);
    for (const piece of pieces) {
      const pm = /^(van|voor)\s+(.*)$/u.exec(piece.trim());
      const prep = pm?.[1] ?? 'van';
      const portfolioText = (pm?.[2] ?? piece).trim();
      for (const portfolio of splitPortfolios(portfolioText)) {
        for (const pr of pendingRoles) groups.push({ role: pr, prep, portfolio });
        pendingRoles.length = 0;
        groups.push({ role, prep, portfolio });
      }
    }
  }
  return groups;
}

/**
 * The addressees as strings "minister van Buitenlandse Zaken", in printed order.
 * @param text the phrase after "aan" in the "Vragen van … aan … over …" sentence
 */
export function parseAddressees(text: string): string[] {
  return parseRoleGroups(text).map((g) => `${g.role} ${g.prep} ${g.portfolio}`);
}

/**
 * Parses the answering officials from the phrase between "Antwoord van" (or "Mededeling van")
 * and "(ontvangen …)": "Minister Blok (Buitenlandse Zaken)", "Staatssecretaris Van Rij (Financiën –
 * Fiscaliteit en Belastingdienst), mede namens de Minister van …", "Minister Van Weel (…) en
 * antwoord van Staatssecretaris Coenradie (…)".
 * Officials named only by office ("mede namens de Minister van Asiel en Migratie") get that office
 * as their name ("minister van Asiel en Migratie"), because the document does not print the name.
 * @returns officials in printed order; role lower-case; portfolio as printed (null when absent)
 */
export function parseAnsweredBy(text: string): Official[] {
  const officials: Official[] = [];
  const [named = '', ...onBehalf] = text.split(/,?\s*mede\s+namens\s+/iu);
  const parts = named.split(/\s+en\s+(?:antwoord\s+van\s+)?(?=(?:Minister|Staats?secretaris|minister|staats?secretaris)\b)/u);
  for (const part of parts) {
    // "Minister van …" (lower-case van/voor) is an office; "Minister Van Weel" is a name
    const m = /^(?:de\s+)?([Mm]inister-[Pp]resident|[Mm]inister|[Ss]taats?secretaris)\s+(?:(van|voor)\s+(.+)|([^()]+?)\s*(?:\(([^()]*)\)?\s*)?)$/u.exec(part.trim());
    if (!m?.[1]) continue;
    const roleWord = m[1].toLowerCase();
    const role = roleWord === 'minister-president' ? 'minister-president' : roleWord.startsWith('staat') ? 'staatssecretaris' : roleWord;
    if (m[2] && m[3]) {
      officials.push({ name: `${role} ${m[2]} ${m[3].trim()}`, role, portfolio: m[3].trim() });
      continue;
    }
    const name = tidyName(m[4] ?? '');
    const portfolio = m[5]?.trim() ?? '';
    if (name !== '') officials.push({ name, role, portfolio: portfolio === '' ? null : portfolio });
  }
  for (const phrase of onBehalf) {
    for (const g of parseRoleGroups(phrase)) {
      officials.push({ name: `${g.role} ${g.prep} ${g.portfolio}`, role: g.role, portfolio: g.portfolio });
    }
  }
  return officials;
}
