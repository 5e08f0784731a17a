import { describe, expect, it } from 'vitest';
import type { ApiError } from '../../src-main/core/api/result.js';
import { ANNOTATION_TRANSFER_REASONS, BRIEFING_REASONS, CONFLICT_REASONS, IMPORT_FAILURE_CODES, LIFECYCLE_REASONS, READ_ONLY_REASONS, REVIEW_REASONS, SEARCH_SYNTAX_REASONS, TAG_REASONS, TRANSPORT_REASONS } from '../../src-main/core/api/types.js';
import { errorText } from './i18n.js';
import { REASON_TEXTS, hasReasonText, reasonText } from './reasons.js';

const placeholders = (text: string): string[] => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? ''))].sort();

/** A search-syntax error as the renderer receives it (details as core/search/query-lexer.ts makes them). */
const syntaxError = (message: string, details: Record<string, unknown>): ApiError => ({ code: 'search-syntax', message, details });

describe('REASON_TEXTS', () => {
  const groups = { search: SEARCH_SYNTAX_REASONS, import: IMPORT_FAILURE_CODES, briefing: BRIEFING_REASONS, tag: TAG_REASONS, annotationTransfer: ANNOTATION_TRANSFER_REASONS, lifecycle: LIFECYCLE_REASONS, review: REVIEW_REASONS, transport: TRANSPORT_REASONS, conflict: CONFLICT_REASONS, readOnly: READ_ONLY_REASONS };

  // the types of reasons.ts (Record<SearchSyntaxReason, string>, …) already refuse a missing code;
  // this also catches a code shared by two groups, whose texts would overwrite each other
  it.each(Object.entries(groups))('has a Dutch and an English text for every %s code, and no other', (_, codes) => {
    for (const code of codes) {
      expect(hasReasonText(code), code).toBe(true);
      expect(REASON_TEXTS.nl[code]?.trim(), code).toBeTruthy();
      expect(REASON_TEXTS.en[code]?.trim(), code).toBeTruthy();
      expect(REASON_TEXTS.nl[code], code).not.toBe(REASON_TEXTS.en[code]);
    }
  });

  it('has exactly the codes of the lists, none in two of them', () => {
    const all = Object.values(groups).flat();
    expect(new Set(all).size).toBe(all.length);
    expect(Object.keys(REASON_TEXTS.nl).sort()).toEqual([...all].sort());
  });

  it('has the same codes and the same {params} in both languages', () => {
    expect(Object.keys(REASON_TEXTS.nl).sort()).toEqual(Object.keys(REASON_TEXTS.en).sort());
    for (const [code, nl] of Object.entries(REASON_TEXTS.nl)) {
      expect(placeholders(nl), code).toEqual(placeholders(REASON_TEXTS.en[code] ?? ''));
      expect(nl.trim(), code).not.toBe('');
      expect(nl, code).toMatch(/[.)]$/);
    }
  });

  it('has the Dutch texts the UI promises', () => {
    expect(REASON_TEXTS.nl['unclosed-quote']).toBe('Het aanhalingsteken wordt niet gesloten.');
    expect(REASON_TEXTS.nl['pdf-no-text-layer']).toBe('De PDF heeft geen tekstlaag (gescand?).');
    expect(REASON_TEXTS.nl['unknown-field']).toBe('Onbekend zoekveld "{field}:". Bekende velden: {known}.');
  });
});

describe('reasonText', () => {
  it('fills {params} from strings and numbers', () => {
    expect(reasonText('not-xml', { line: 3, column: 14, fileName: 'a.xml' }, 'nl', 'a.xml is not well-formed XML')).toBe(
      'Het bestand is geen geldige XML (regel 3, kolom 14).',
    );
    expect(reasonText('unknown-field', { field: 'auteur', known: 'minister: lid:', position: 9 }, 'en', '')).toBe(
      'Unknown search field "auteur:". Known fields: minister: lid:.',
    );
    expect(reasonText('pdf-no-text-layer', {}, 'nl', 'scan.pdf: the PDF has no text layer (scanned?)')).toBe('De PDF heeft geen tekstlaag (gescand?).');
  });

  it('leaves a placeholder without a usable param as written', () => {
    expect(reasonText('not-xml', { line: 3, column: { x: 1 } }, 'en', '')).toBe('The file is not well-formed XML (line 3, column {column}).');
    expect(reasonText('uk-item-invalid', undefined, 'nl', '')).toBe('Onderdeel {item} is geen schriftelijke vraag.');
  });

  it('falls back to the English message for an absent or unknown code', () => {
    expect(reasonText(undefined, {}, 'nl', 'x.bin: something odd')).toBe('x.bin: something odd');
    expect(reasonText('no-such-reason', {}, 'nl', 'x.bin: something odd')).toBe('x.bin: something odd');
    expect(reasonText('toString', {}, 'nl', 'fallback')).toBe('fallback');
    expect(reasonText(42, {}, 'en', 'fallback')).toBe('fallback');
    expect(hasReasonText('constructor')).toBe(false);
  });
});

describe('errorText with a reason code', () => {
  it('shows a search-syntax error in Dutch, with its params filled', () => {
    const quote = syntaxError('The quotation mark is never closed.', { position: 9, reason: 'unclosed-quote' });
    expect(errorText('nl', quote)).toBe('De zoekopdracht klopt niet. Het aanhalingsteken wordt niet gesloten.');
    expect(errorText('en', quote)).toBe('The search query is not valid. The quotation mark is never closed.');
    const field = syntaxError('Unknown search field "auteur:". …', { position: 0, reason: 'unknown-field', field: 'auteur', known: 'minister: lid: vertraagd:' });
    expect(errorText('nl', field)).toBe('De zoekopdracht klopt niet. Onbekend zoekveld "auteur:". Bekende velden: minister: lid: vertraagd:.');
    const empty = syntaxError('The field "van:" needs a value, …', { position: 4, reason: 'field-needs-value', field: 'van', example: '2021-02-15' });
    expect(errorText('nl', empty)).toBe('De zoekopdracht klopt niet. Het veld "van:" heeft een waarde nodig, bijvoorbeeld van:2021-02-15.');
    const yesNo = syntaxError('"misschien" is not ja or nee; …', { position: 11, reason: 'not-yes-no', field: 'beantwoord', value: 'misschien' });
    expect(errorText('nl', yesNo)).toBe('De zoekopdracht klopt niet. "misschien" is geen ja of nee; schrijf beantwoord:ja of beantwoord:nee.');
  });

  it('puts the file name before the text of an import error', () => {
    const error: ApiError = { code: 'parse-failed', message: 'scan.pdf: the PDF has no text layer (scanned?)', details: { fileName: 'scan.pdf', reason: 'pdf-no-text-layer' } };
    expect(errorText('nl', error)).toBe('Het bestand kon niet als Kamervragen worden gelezen. scan.pdf: De PDF heeft geen tekstlaag (gescand?).');
  });

  it('explains the briefing errors after their code’s meaning', () => {
    const empty: ApiError = { code: 'invalid-input', message: 'The briefing has nothing to export.', details: { reason: 'briefing-empty' } };
    expect(errorText('nl', empty)).toMatch(/^De briefing is leeg/);
    const theme: ApiError = { code: 'invalid-input', message: 'No excerpt…', details: { reason: 'theme-empty', theme: 'Stikstof', tagId: 't1' } };
    expect(errorText('nl', theme)).toBe("Er zijn geen markeringen met het thema „Stikstof” of een van zijn subthema's.");
    const question: ApiError = { code: 'not-found', message: 'Document "d" has no question 4.', details: { reason: 'question-missing', documentId: 'd', questionNumber: 4 } };
    expect(errorText('en', question)).toBe('The document has no question 4 (any more).');
  });

  it('explains a rename onto an existing theme, naming it, and a move-to-parent without parent', () => {
    const taken: ApiError = {
      code: 'invalid-input',
      message: 'Another theme is already called "Stikstof"; merge the two instead.',
      details: { reason: 'tag-name-taken', name: 'stikstof', existingId: 't1', existingName: 'Stikstof' },
    };
    expect(errorText('nl', taken)).toMatch(/^Er is al een thema „Stikstof”; .* Voeg de twee thema's samen\.$/);
    const noParent: ApiError = { code: 'invalid-input', message: '…', details: { reason: 'tag-no-parent', tagId: 't1', name: 'Klimaat' } };
    expect(errorText('en', noParent)).toMatch(/^The theme “Klimaat” has no parent theme/);
  });

  it('keeps the English message in brackets for an unknown code', () => {
    expect(errorText('nl', syntaxError('Something new.', { position: 0, reason: 'brand-new' }))).toBe('De zoekopdracht klopt niet. (Something new.)');
  });
});
