/**
 * Dutch stopwords: function words too frequent to be worth indexing. Deliberately small (it is the
 * core of the Snowball Dutch stop list); domain words such as "vraag" or "minister" stay searchable.
 */

/** Folded (lower-case, no diacritics) Dutch stopwords. */
export const DUTCH_STOPWORDS: ReadonlySet<string> = new Set([
  'aan', 'al', 'als', 'bij', 'dan', 'dat', 'de', 'der', 'deze', 'die', 'dit', 'door', 'een', 'en',
  'er', 'had', 'heb', 'hebben', 'heeft', 'hem', 'het', 'hier', 'hij', 'hoe', 'hun', 'ik', 'in', 'is',
  'je', 'kan', 'maar', 'me', 'met', 'mij', 'na', 'naar', 'niet', 'nog', 'nu', 'of', 'om', 'onder',
  'ons', 'ook', 'op', 'over', 'te', 'ten', 'ter', 'tot', 'u', 'uit', 'uw', 'van', 'voor', 'was',
  'waren', 'wat', 'we', 'wel', 'werd', 'wie', 'wij', 'wordt', 'worden', 'ze', 'zich', 'zij', 'zijn',
  'zo', 'zou', 'zullen', 'zal',
]);

/** True when the folded word is a Dutch stopword. */
export function isStopword(folded: string): boolean {
  return DUTCH_STOPWORDS.has(folded);
}
