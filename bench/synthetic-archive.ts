/**
 * A deterministic synthetic Dutch archive for the search bench: documents of about 6 KB built from
 * the real corpus's sentences (../shared/corpus/nl-text), with words swapped for Zipf-ranked corpus
 * words and made-up compounds, so the vocabulary grows with the archive as real text does.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { QaDocument } from '../src-main/core/model/index.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const corpusDir = path.resolve(here, '../../shared/corpus/nl-text');

/** xorshift32: small, fast and the same on every machine. */
export function prng(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13; x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5; x >>>= 0;
    return x / 0x1_0000_0000;
  };
}

export const MINISTRIES = ['Buitenlandse Zaken', 'Justitie en Veiligheid', 'Financiën', 'Volksgezondheid, Welzijn en Sport', 'Infrastructuur en Waterstaat', 'Economische Zaken en Klimaat', 'Sociale Zaken en Werkgelegenheid', 'Onderwijs, Cultuur en Wetenschap', 'Defensie', 'Landbouw, Natuur en Voedselkwaliteit', 'Binnenlandse Zaken en Koninkrijksrelaties', 'Asiel en Migratie'];
export const PARTIES = ['VVD', 'D66', 'PVV', 'CDA', 'SP', 'GroenLinks-PvdA', 'ChristenUnie', 'SGP', 'PvdD', 'JA21', 'BBB', 'NSC', 'Volt', 'DENK'];
const FIRST = ['Jan', 'Anne', 'Pieter', 'Sophie', 'Mark', 'Fleur', 'Rob', 'Lisa', 'Kees', 'Marieke', 'Hugo', 'Esther', 'Sjoerd', 'Laura', 'Tjeerd', 'Ingrid'];
const LAST = ['de Vries', 'Jansen', 'Bakker', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder', 'de Groot', 'Bos', 'Vos', 'Peters', 'Hendriks', 'van Dijk', 'Dekker', 'Brouwer', 'Sjoerdsma', 'Bromet', 'Omtzigt', 'Klaver'];

/** Linking letters between the parts of a made-up compound. */
const LINKS = ['', 's', 'en'];

export interface SyntheticCorpus {
  sentences: string[];
  /** corpus words (≥ 5 letters), most frequent first */
  words: string[];
}

/** Reads the real corpus once: its sentences and its word list by frequency. */
export function loadCorpus(): SyntheticCorpus {
  const text = readdirSync(corpusDir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(path.join(corpusDir, f), 'utf8')).join('\n');
  const sentences = text.replace(/\s+/g, ' ').split(/(?<=[.?!])\s+(?=[A-Z])/u).map((s) => s.trim()).filter((s) => s.length >= 40 && s.length <= 400);
  const counts = new Map<string, number>();
  for (const w of text.match(/\p{L}{5,}/gu) ?? []) {
    const lower = w.toLowerCase();
    counts.set(lower, (counts.get(lower) ?? 0) + 1);
  }
  const words = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([w]) => w);
  return { sentences, words };
}

/**
 * Generates `count` documents (deterministic for a seed).
 * @returns documents with the original "file" bytes each would be imported from
 */
export function* generateDocuments(corpus: SyntheticCorpus, count: number, seed = 12345): Generator<{ document: QaDocument; bytes: Uint8Array }> {
  const rand = prng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  // Zipf over the word list, plus made-up two-part compounds as rarer words
  const zipf = (): string => {
    const rank = Math.floor(Math.pow(corpus.words.length, rand()));
    if (rand() < 0.3) return corpus.words[Math.min(rank, corpus.words.length - 1)]! + pick(LINKS) + corpus.words[Math.floor(rand() * Math.min(3000, corpus.words.length))]!;
    return corpus.words[Math.min(rank - 1, corpus.words.length - 1)]!;
  };
  const sentence = (): string => {
    const words = pick(corpus.sentences).split(' ');
    for (let k = 0; k < 2; k++) {
      const at = Math.floor(rand() * words.length);
      if (/^\p{Ll}{5,}$/u.test(words[at]!)) words[at] = zipf();
    }
    return words.join(' ');
  };
  const paragraph = (chars: number): string => {
    let out = sentence();
    while (out.length < chars) out += ' ' + sentence();
    return out;
  };
  for (let i = 0; i < count; i++) {
    const n = 3 + Math.floor(rand() * 5);
    const year = 2015 + Math.floor(rand() * 11);
    const submitted = new Date(Date.UTC(year, Math.floor(rand() * 12), 1 + Math.floor(rand() * 28)));
    const received = new Date(submitted.getTime() + (5 + Math.floor(rand() * 55)) * 86_400_000);
    const iso = (d: Date): string => d.toISOString().slice(0, 10);
    const zaak = `${year}Z${String(10000 + i).padStart(5, '0')}`;
    const ministry = pick(MINISTRIES);
    const kind: QaDocument['kind'] = rand() < 0.85 ? 'answer' : rand() < 0.6 ? 'questions' : 'delay-notice';
    const per = Math.floor(5900 / (kind === 'answer' ? 2 * n : n));
    const title = sentence().split(' ').slice(0, 10).join(' ');
    const body = {
      title,
      questions: Array.from({ length: n }, (_, q) => ({ number: q + 1, text: paragraph(per), footnoteRefs: [] })),
      answers: kind === 'answer' ? Array.from({ length: n }, (_, q) => ({ questionNumbers: [q + 1], text: paragraph(per), footnoteRefs: [] })) : [],
    };
    const bytes = new TextEncoder().encode(JSON.stringify(body) + i);
    const document: QaDocument = {
      id: `bench-${i}`, kind, title,
      askedBy: [{ name: `${pick(FIRST)} ${pick(LAST)}`, party: pick(PARTIES) }],
      addressedTo: [`minister van ${ministry}`],
      answeredBy: kind === 'answer' ? [{ name: pick(LAST), role: 'minister', portfolio: ministry }] : [],
      submittedOn: iso(submitted), receivedOn: kind === 'questions' ? null : iso(received),
      identifiers: { zaak }, questions: body.questions, answers: body.answers, footnotes: [], references: [],
      source: { fileName: `bench-${i}.json`, format: 'text', sha256: createHash('sha256').update(bytes).digest('hex') },
      warnings: [],
    };
    yield { document, bytes };
  }
}
