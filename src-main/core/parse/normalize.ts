/**
 * Character-level normalisation of extracted Kamervragen text (DESIGN §2 "Text normalisation"):
 * NFC, soft hyphens and zero-width characters removed, non-breaking spaces to spaces, and the
 * diacritics that PDF extraction splits off a letter (`Kostic ´`, `Yes¸ilgöz`) put back on it.
 */

/** Spacing diacritics as PDF extraction leaves them, mapped to the combining mark they stand for. */
const SPACING_DIACRITICS: Record<string, string> = {
  '\u00B4': '\u0301', // ´ acute
  '\u00B8': '\u0327', // ¸ cedilla
  '\u00A8': '\u0308', // ¨ diaeresis
  '\u02C7': '\u030C', // ˇ caron
  '\u02DB': '\u0328', // ˛ ogonek
};

/**
 * Normalises raw extracted text: line endings to `\n`, NFC, soft hyphen / zero-width / BOM removed,
 * no-break and other fixed-width spaces and tabs to a plain space, split-off diacritics re-attached,
 * trailing spaces per line removed. Line structure is kept (layout is handled in text-layout.ts).
 * @param raw text as extracted from a PDF, DOCX or plain-text file
 * @returns the normalised text (UTF-16 string, NFC)
 */
export function normalizeText(raw: string): string {
  let text = raw.replace(/\r\n?/g, '\n');
  // each pass only when its characters occur (the tests are cheap; most texts need few passes)
  if (/[\u00AD\u200B-\u200D\u2060\uFEFF]/.test(text)) text = text.replace(/[\u00AD\u200B-\u200D\u2060\uFEFF]/g, '');
  if (/[\u00A0\u2007\u202F\u2000-\u200A\t\v]/.test(text)) text = text.replace(/[\u00A0\u2007\u202F\u2000-\u200A\t\v]/g, ' ');
  if (/[\u00B4\u00B8\u00A8\u02C7\u02DB]/.test(text)) {
    text = text.replace(/([A-Za-z]) ?([\u00B4\u00B8\u00A8\u02C7\u02DB])/g, (_m, letter: string, mark: string) => {
      return letter + (SPACING_DIACRITICS[mark] ?? '');
    });
  }
  text = text.normalize('NFC');
  // trimEnd, not a regex: /\s+$/ is quadratic on a long run of spaces followed by text
  return text
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n');
}

/**
 * True when the text looks like binary data rather than extracted prose: many control characters,
 * replacement characters, or hardly any letters.
 * @param text normalised text
 */
export function isBinaryLooking(text: string): boolean {
  const sample = text.slice(0, 20000);
  if (sample.length === 0) return false;
  let control = 0;
  let letters = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90)) letters++;
    else if ((code < 32 && code !== 10 && code !== 12 && code !== 13) || code === 0xfffd || (code >= 0x7f && code < 0xa0)) control++;
    else if (code >= 0xc0 && LETTER.test(sample[i] ?? '')) letters++;
  }
  return control / sample.length > 0.02 || letters / sample.length < 0.3;
}

const LETTER = /\p{L}/u;
