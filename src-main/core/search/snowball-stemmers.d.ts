/**
 * Types for `snowball-stemmers` 0.6 (a JS port of the Snowball stemmers), which ships none.
 * Only the part we use is declared.
 */
declare module 'snowball-stemmers' {
  export interface SnowballStemmer {
    /** Stems one lower-case word. */
    stem(word: string): string;
  }
  /** @throws Error for an unknown algorithm name */
  export function newStemmer(algorithm: string): SnowballStemmer;
  export function algorithms(): string[];
}
