/**
 * Dutch compound splitting at index time: "mensenrechtenschendingen" also gets the terms of its
 * parts ("schending", "recht"), so a search for the second half of a compound finds it. No search
 * library does this for Dutch; we split against a list of frequent compound parts (perf-anchors §5.2).
 */
import { stemDutch } from './stemmer.js';

/**
 * Frequent last parts of Dutch compounds in parliamentary text, folded (lower case, no diacritics),
 * with their common plural forms. Kept to words of 4+ letters (plus a few 3-letter heads that are
 * safe as endings), so endings like "-en" or "-heid" are never mistaken for words.
 */
const PARTS = `
schending schendingen recht rechten beleid wet wetten wetgeving regeling regelingen maatregel maatregelen
onderzoek onderzoeken zorg kosten plan plannen fonds fondsen zaken staat steun hulp middelen akkoord
akkoorden verdrag verdragen dienst diensten instantie instanties autoriteit commissie commissies rapport
rapporten brief brieven vragen vraag antwoord antwoorden overleg debat begroting belasting belastingen
uitkering uitkeringen toeslag toeslagen woning woningen huur bouw energie stikstof klimaat uitstoot
vergunning vergunningen controle controles toezicht handhaving beveiliging veiligheid politie defensie
onderwijs school scholen leraren studenten ziekenhuis ziekenhuizen vaccin vaccins vaccinatie gezondheid
verzekering verzekeringen asiel migratie opvang grens grenzen oorlog conflict conflicten geweld misdrijf
misdrijven misdaad straf straffen gevangenis rechter rechters rechtbank proces processen procedure
procedures termijn termijnen systeem systemen gegevens informatie privacy netwerk netwerken verkeer
vervoer spoor wegen water landbouw boeren dieren natuur milieu afval markt markten bedrijf bedrijven
banen werk arbeid pensioen pensioenen inkomen inkomens armoede schuld schulden lening leningen subsidie
subsidies bijdrage bijdragen programma programmas project projecten strategie aanpak inzet doel doelen
doelstelling doelstellingen lijst overzicht verslag evaluatie behandeling vrouwen kinderen mensen burgers
slachtoffers gemeente gemeenten provincie provincies ministerie ministeries minister kabinet regering
overheid sector sectoren organisatie organisaties vereniging stichting bank banken geld budget
financiering investering investeringen export import handel productie industrie fabriek centrale
centrales installatie installaties gebied gebieden regio stad steden dorp land landen wereld europa
verkiezing verkiezingen partij partijen fractie fracties kamer kamerlid kamerleden motie moties
amendement amendementen besluit besluiten uitspraak uitspraken oordeel advies adviezen raad raden
inspectie inspecties melding meldingen klacht klachten signaal signalen risico risicos gevaar schade
ramp rampen crisis noodzaak tekort tekorten capaciteit personeel medewerkers werknemers werkgevers
ouders jongeren ouderen patienten artsen zorgverleners verpleging medicijn medicijnen geneesmiddel
geneesmiddelen behandelingen ziekte ziekten virus pandemie isolatie discriminatie racisme vervolging
genocide sancties sanctie embargo missie missies militairen wapens wapen munitie bescherming preventie
opsporing vervolging detentie uitzetting terugkeer verblijf vergunning naturalisatie integratie
inburgering taal cultuur sport media omroep internet platform platforms algoritme algoritmes software
verbod verboden plicht plichten norm normen eisen eis regels regel grondwet verordening richtlijn
richtlijnen vrijheid vrijheden gelijkheid rechtsstaat democratie verantwoording transparantie
`;

/** Shortest first part: "ex" + "partner" is no compound worth splitting, "zorg" + "verzekering" is. */
const MIN_HEAD = 3;
/** Stop after this many parts: real compounds rarely have more, and it bounds the work per word. */
const MAX_PARTS = 4;

const LEXICON: ReadonlySet<string> = new Set(PARTS.split(/\s+/u).filter((w) => w.length >= 4));
const LONGEST = Math.max(...[...LEXICON].map((w) => w.length));
const SHORTEST = Math.min(...[...LEXICON].map((w) => w.length));

/**
 * Splits a folded Dutch word into the stems of its known compound parts, from the end:
 * "mensenrechtenschendingen" → ["schending", "recht"] (the first part is left out: prefix search
 * already finds it). Linking letters ("s", "e", "en") stay with the first part and do no harm.
 * @param folded a word through `foldForm` (lower case, no diacritics)
 * @returns the stems of the parts found after the first, last part first; [] for a simple word
 */
export function compoundParts(folded: string): string[] {
  const parts: string[] = [];
  let rest = folded;
  while (parts.length < MAX_PARTS - 1 && rest.length >= MIN_HEAD + SHORTEST) {
    let found: string | null = null;
    // the longest known ending wins ("rechtenschendingen" is tried before "schendingen")
    for (let len = Math.min(LONGEST, rest.length - MIN_HEAD); len >= SHORTEST; len--) {
      const tail = rest.slice(rest.length - len);
      if (LEXICON.has(tail)) { found = tail; break; }
    }
    if (found === null) break;
    parts.push(stemDutch(found));
    rest = rest.slice(0, rest.length - found.length);
  }
  return parts;
}
