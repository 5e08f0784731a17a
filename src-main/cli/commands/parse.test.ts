import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { QaDocument } from '../../core/model/index.js';
import type { CliContext } from '../context.js';
import { runParse } from './parse.js';

const UK_FILE = path.resolve(import.meta.dirname, '../../../../shared/corpus/uk-json/commons-2024-11.4c508b0.json');

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

function context(cwd: string): { ctx: CliContext; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  const ctx: CliContext = {
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    env: {},
    cwd,
    platform: process.platform,
    home: cwd,
    waitForShutdown: () => new Promise(() => undefined),
  };
  return { ctx, out, err };
}

describe('vraagbaak parse with files of several documents', () => {
  it('prints every document of a UK JSON file in one JSON array, and names a bad file on stderr with exit 1', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'vraagbaak-parse-'));
    dirs.push(dir);
    await writeFile(path.join(dir, 'ander.json'), '{"name": "vraagbaak"}');
    const { ctx, out, err } = context(dir);
    const code = await runParse(ctx, [UK_FILE, 'ander.json'], true);
    expect(code).toBe(1);
    const documents = JSON.parse(out.join('')) as QaDocument[];
    expect(documents).toHaveLength(916);
    expect(documents.filter((d) => d.kind === 'answer')).toHaveLength(44);
    expect(err.join('')).toMatch(/^ander\.json: this JSON is neither a UK Written Questions API response nor Tweede Kamer open data/m);
  });
});
