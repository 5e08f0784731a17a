import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { QaDocument } from '../model/index.js';
import { parseText } from '../parse/index.js';
import { officialUrl, sourceInfo } from './source-info.js';
import { foundingDocument } from './test-briefings.js';

const OB = 'https://zoek.officielebekendmakingen.nl/';

function withIds(identifiers: Record<string, string>, extra: Partial<QaDocument> = {}): QaDocument {
  return { ...foundingDocument(), identifiers, ...extra };
}

describe('sourceInfo', () => {
  it('cites the founding document with title, people, date, Aanhangsel reference and publication link', () => {
    expect(sourceInfo(foundingDocument(), 'nl')).toEqual({
      documentId: 'ah-tk-20202021-1682',
      title: 'Vragen over de Amerikaanse stellingname dat China genocide pleegt op Oeigoeren',
      citation: expect.stringMatching(/^Aanhangsel Handelingen II 2020\/21, nr\. 1682\. Vragen van de leden Sjoerdsma \(D66\) en Van Helvert \(CDA\)/) as string,
      askedBy: 'Sjoerdsma (D66) en Van Helvert (CDA)',
      answeredBy: 'minister Blok (Buitenlandse Zaken)',
      date: '2021-02-15',
      reference: 'Aanhangsel Handelingen II 2020/21, nr. 1682',
      url: `${OB}ah-tk-20202021-1682.html`,
    });
    const en = sourceInfo(foundingDocument(), 'en');
    expect(en.reference).toBe('Aanhangsel Handelingen II 2020/21, no. 1682');
    expect(en.answeredBy).toBe('Minister Blok (Buitenlandse Zaken)');
    expect(en.askedBy).toBe('Sjoerdsma (D66) and Van Helvert (CDA)');
  });

  it('dates by the date received, else the date submitted, else none', () => {
    expect(sourceInfo(withIds({}, { receivedOn: null }), 'nl').date).toBe('2021-01-20');
    expect(sourceInfo(withIds({}, { receivedOn: null, submittedOn: null }), 'nl').date).toBeNull();
  });

  it('without an Aanhangsel number, names the best identifier with its scheme', () => {
    expect(sourceInfo(withIds({ zaak: '2024Z18796', kamervragen: 'kv-tk-2024Z18796' }), 'nl').reference).toBe('Zaaknummer 2024Z18796');
    expect(sourceInfo(withIds({ zaak: '2024Z18796' }), 'en').reference).toBe('Case number 2024Z18796');
    expect(sourceInfo(withIds({ aanhangselnummer: '604' }), 'nl').reference).toBe('Aanhangselnummer 604');
    expect(sourceInfo(withIds({ type: 'Aanhangsel', house: 'Commons', uin: '12285' }), 'nl').reference).toBe('UIN (Brits parlement) 12285');
    expect(sourceInfo(withIds({ type: 'Aanhangsel' }), 'nl').reference).toBeNull();
    expect(sourceInfo(withIds({}), 'nl').reference).toBeNull();
  });
});

describe('officialUrl', () => {
  it.each([
    [{ aanhangsel: 'ah-tk-20242025-594' }, `${OB}ah-tk-20242025-594.html`],
    [{ zaak: '2024Z18796', kamervragen: 'kv-tk-2024Z18796' }, `${OB}kv-tk-2024Z18796.html`],
    [{ zaak: '2021Z00843', aanhangsel: 'ah-tk-20202021-1682', kamervragen: 'kv-tk-2021Z00843' }, `${OB}ah-tk-20202021-1682.html`],
    [{ officielebekendmakingen: 'kst-35207-32' }, `${OB}kst-35207-32.html`],
    [{ zaak: '2024Z18796' }, null],
    [{ aanhangselnummer: '604' }, null],
    [{ aanhangsel: 'ah-tk-2024-594' }, null],
    [{ aanhangsel: 'ah-tk-20242025-594/../../x' }, null],
    [{ kamervragen: 'kv-tk-2024Z18796"><script>' }, null],
    [{ officielebekendmakingen: 'javascript:alert(1)' }, null],
    [{ officielebekendmakingen: 'KST 1' }, null],
    [{}, null],
  ])('%j → %s', (identifiers, url) => {
    expect(officialUrl(withIds(identifiers))).toBe(url);
  });

  it('links a UK written question to its page, as the importer names it, and only for uk-json sources', () => {
    const uk = withIds({ uin: '12285', house: 'Commons' }, { submittedOn: '2024-11-01', source: { fileName: 'wq.json', format: 'uk-json', sha256: 'b'.repeat(64) } });
    expect(officialUrl(uk)).toBe('https://questions-statements.parliament.uk/written-questions/detail/2024-11-01/12285');
    expect(officialUrl({ ...uk, identifiers: { uin: '12 285<' } })).toBeNull();
    expect(officialUrl({ ...uk, source: { ...uk.source, format: 'text' } })).toBeNull();
  });

  it('gives https links for the identifiers the text importer writes for real documents (corpus)', () => {
    const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
    const dir = path.resolve(repoRoot, '../shared/corpus/nl-text');
    const urls = new Map<string, string | null>();
    for (const file of readdirSync(dir).filter((f) => /^kvl-r(01|06|25|55)-/.test(f))) {
      const doc = parseText(readFileSync(path.join(dir, file), 'utf8'), { fileName: file, format: 'text', sha256: '0'.repeat(64) });
      urls.set(file.slice(0, 7), officialUrl(doc));
    }
    expect(Object.fromEntries(urls)).toEqual({
      'kvl-r01': `${OB}ah-tk-20242025-594.html`, // Aanhangsel PDF text
      'kvl-r06': `${OB}kv-tk-2024Z18796.html`, // question document
      'kvl-r25': `${OB}ah-tk-20242025-615.html`, // delay notice (Word text: AH 615 + date received)
      'kvl-r55': expect.stringMatching(/^https:\/\/zoek\.officielebekendmakingen\.nl\/ah-tk-20242025-\d+\.html$/) as string,
    });
  });
});
