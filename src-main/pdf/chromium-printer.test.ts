// @vitest-environment node
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { describeRange } from '../core/anchoring/index.js';
import { renderBriefingHtml } from '../core/briefing/index.js';
import { isVraagbaakError, type QaDocument } from '../core/model/index.js';
import { createChromiumPrinter, DEFAULT_CHROMIUM_PATH } from './chromium-printer.js';
import { loadFontCss } from './font-css.js';

// The Chromium tests skip only when the browser is absent; they need poppler-utils (pdftotext) and fonts-dejavu-core.
const hasChromium = existsSync(DEFAULT_CHROMIUM_PATH);
const answerText =
  'Één ĳverige café-eigenaar in Zeeland leest ’s ochtends de coöperatieve krant en bezoekt een reünie met ideeën. ' +
  'Het kabinet deelt de zorgen over de mensenrechtensituatie en blijft de situatie nauwlettend volgen.';

function smallDocument(): QaDocument {
  return {
    id: 'ah-tk-20202021-1682',
    kind: 'answer',
    title: 'Vragen over een ĳverige café-eigenaar',
    askedBy: [{ name: 'Sjoerdsma', party: 'D66' }],
    addressedTo: ['minister van Buitenlandse Zaken'],
    answeredBy: [{ name: 'Blok', role: 'minister', portfolio: 'Buitenlandse Zaken' }],
    submittedOn: '2021-01-20',
    receivedOn: '2021-02-15',
    identifiers: { aanhangsel: 'ah-tk-20202021-1682' },
    questions: [{ number: 1, text: 'Wat weet u van de reünie?', footnoteRefs: [1] }],
    answers: [{ questionNumbers: [1], text: answerText, footnoteRefs: [] }],
    footnotes: [{ number: 1, text: 'Zie de website.', url: 'https://www.tweedekamer.nl/kamerstukken' }],
    references: [],
    source: { fileName: 'hand-built.txt', format: 'text', sha256: '0'.repeat(64) },
    warnings: [],
  };
}

function briefingHtml(fontCss: string): string {
  const doc = smallDocument();
  const start = answerText.indexOf('de mensenrechtensituatie');
  return renderBriefingHtml(
    {
      title: 'Briefing ĳsselmeer',
      subtitle: 'Proefafdruk',
      author: 'Analist',
      date: '2024-03-05',
      locale: 'nl',
      documents: [
        {
          document: doc,
          documentTagIds: ['t1'],
          annotations: [
            {
              id: 'a1',
              documentId: doc.id,
              target: { part: { type: 'answer', index: 0 }, ...describeRange(answerText, start, start + 'de mensenrechtensituatie'.length) },
              note: 'Navragen bij de ambassade.',
              color: 'yellow',
              tagIds: ['t2'],
              createdAt: '2024-01-01T00:00:00.000Z',
              updatedAt: '2024-01-01T00:00:00.000Z',
            },
          ],
        },
      ],
      tags: [
        { id: 't1', name: 'Buitenlandbeleid', color: '#1d4ed8', parentId: null, description: '' },
        { id: 't2', name: 'Mensenrechten', color: '#b45309', parentId: null, description: '' },
      ],
    },
    { fontCss },
  );
}

describe('createChromiumPrinter', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'vraagbaak-pdf-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.skipIf(!hasChromium)('prints a briefing whose text, marks and page numbers come back from pdftotext', { timeout: 180_000 }, async () => {
    const printer = createChromiumPrinter();
    try {
      const fontCss = await loadFontCss();
      const html = briefingHtml(fontCss);
      const t0 = performance.now();
      const first = await printer.print(html, { title: 'Briefing ĳsselmeer', locale: 'nl' }); // launches Chromium
      const t1 = performance.now();
      const warm = await printer.print(briefingHtml(''), { title: 'Briefing ĳsselmeer', locale: 'nl' });
      const t2 = performance.now();
      console.log(
        `Chromium PDF: first print incl. launch, embedded fonts (${String(html.length)} chars HTML) ${(t1 - t0).toFixed(0)} ms; ` +
          `warm print, system fonts ${(t2 - t1).toFixed(0)} ms (${String(warm.byteLength)} bytes)`,
      );
      expect(Buffer.from(first.subarray(0, 5)).toString('latin1')).toBe('%PDF-');

      const file = path.join(dir, 'briefing.pdf');
      writeFileSync(file, first);
      const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
      for (const expected of [
        'Briefing ĳsselmeer',
        'Vragen over een ĳverige café-eigenaar',
        'Één ĳverige café-eigenaar',
        'reünie met ideeën',
        '“de mensenrechtensituatie”',
        'Navragen bij de ambassade.',
        'Mensenrechten',
        'Buitenlandbeleid',
        'Aanhangsel Handelingen II 2020/21, nr. 1682',
        'pagina 1 van',
      ]) {
        expect(text).toContain(expected);
      }
      expect(text).toContain('ĳ'); // U+0133 survives as one code point
      const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);
      expect(pages).toBeGreaterThanOrEqual(2);
      expect(text).toContain(`pagina ${String(pages)} van ${String(pages)}`);
      const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' });
      expect(fonts).toMatch(/DejaVuSerif/);
    } finally {
      await printer.close();
    }
  });

  it.skipIf(!hasChromium)('prints English page numbers, runs no script and makes no network request', { timeout: 120_000 }, async () => {
    const requests: string[] = [];
    const server = createServer((req, res) => {
      requests.push(req.url ?? '');
      res.end('');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const origin = `http://127.0.0.1:${String((server.address() as AddressInfo).port)}`;
    const printer = createChromiumPrinter();
    try {
      // an embedded font under a made-up family name: it can only come from the data: URL
      const mono = readFileSync('/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf').toString('base64');
      const html =
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="stylesheet" href="${origin}/x.css">` +
        `<style>@font-face { font-family: X; src: url(${origin}/x.ttf); } p { font-family: X, serif; }\n` +
        `@font-face { font-family: Embedded; src: url(data:font/ttf;base64,${mono}) format('truetype'); } .e { font-family: Embedded; }</style></head>` +
        `<body><p>Hello</p><div class="e">Embedded ĳ</div><img src="${origin}/x.png"><script>document.body.textContent = "script ran"</script></body></html>`;
      const pdf = await printer.print(html, { title: 'Test', locale: 'en' });
      const file = path.join(dir, 'en.pdf');
      writeFileSync(file, pdf);
      const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
      expect(text).toContain('Hello');
      expect(text).not.toContain('script ran');
      expect(text).toContain('page 1 of 1');
      expect(requests).toEqual([]);
      expect(execFileSync('pdffonts', [file], { encoding: 'utf8' })).toContain('DejaVuSansMono');
    } finally {
      await printer.close();
      server.close();
    }
  });

  it('throws pdf-failed naming the browser path and how to install one', async () => {
    const printer = createChromiumPrinter({ executablePath: '/nonexistent/chromium' });
    let caught: unknown;
    try {
      await printer.print('<p>x</p>', { title: 'x', locale: 'nl' });
    } catch (e) {
      caught = e;
    }
    expect(isVraagbaakError(caught, 'pdf-failed')).toBe(true);
    expect((caught as Error).message).toContain('/nonexistent/chromium');
    expect((caught as Error).message).toContain('apt-get install chromium');
    expect((caught as Error).message).toContain('VRAAGBAAK_CHROMIUM');
    await printer.close();
  });
});
