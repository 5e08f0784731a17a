/**
 * Spawns the real CLI (`node bin/vraagbaak.js …`) on temp archives with the real seed document:
 * the whole parse → import → list → annotate → search → briefing sequence, usage errors, a failed
 * file among good ones, and `serve` shutting down cleanly on SIGTERM.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { mkdtemp, rm, writeFile, mkdir, copyFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Annotation, DocumentSummary, QaDocument } from '../core/model/index.js';
import { CLI_BIN, cliEnv, REPO_ROOT, runCli, type CliRun } from './test-cli.js';

const bin = CLI_BIN;
const seed = path.resolve(REPO_ROOT, '../shared/seed/000_c9bbddca1680c246.txt');
// each spawn compiles through tsx: the sequence of ~10 spawns took 88 s pinned to one busy core
// (issue 11); a hang limit only, far above that
const SLOW = 300_000;

let tmp: string;
const env = (): NodeJS.ProcessEnv => cliEnv(tmp);

function cli(args: string[], cwd = tmp): Promise<CliRun> {
  return runCli(args, tmp, cwd);
}

beforeAll(async () => {
  tmp = await mkdtemp(path.join(tmpdir(), 'vraagbaak-cli-'));
});

afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe('vraagbaak CLI, end to end on the seed document', () => {
  it(
    'parses, imports, lists, annotates, finds the annotation and exports it in a briefing PDF',
    async () => {
      const archive = path.join(tmp, 'archive-seq');

      const parsed = await cli(['parse', seed, '--json']);
      expect(parsed.code, parsed.stderr).toBe(0);
      const documents = QaDocument.array().parse(JSON.parse(parsed.stdout));
      expect(documents).toHaveLength(1);
      const id = documents[0]!.id;
      expect(documents[0]!.answeredBy.map((o) => o.name).join(' ')).toContain('Blok');

      const imported = await cli(['import', seed, '--archive', archive]);
      expect(imported.code, imported.stderr).toBe(0);
      expect(imported.stdout).toBe('1 imported, 0 duplicates, 0 failed\n');
      expect(imported.stderr).toContain(`[1/1] imported`);

      const listed = await cli(['list', '--json', '--archive', archive]);
      expect(listed.code, listed.stderr).toBe(0);
      const summaries = DocumentSummary.array().parse(JSON.parse(listed.stdout));
      expect(summaries.map((s) => s.id)).toEqual([id]);

      const note = 'Het kabinet spreekt van grootschalige schendingen, niet van genocide.';
      const annotated = await cli([
        'annotate', id, '--quote', 'grootschalige mensenrechtenschendingen', '--note', note,
        '--tag', 'Mensenrechten', '--color', 'green', '--json', '--archive', archive,
      ]);
      expect(annotated.code, annotated.stderr).toBe(0);
      const annotation = Annotation.parse(JSON.parse(annotated.stdout));
      expect(annotation.target.quote.exact).toBe('grootschalige mensenrechtenschendingen');
      expect(annotation.note).toBe(note);
      expect(annotation.color).toBe('green');
      expect(annotation.tagIds).toHaveLength(1);

      const found = await cli(['search', 'mensenrechtenschending', '--json', '--archive', archive]);
      expect(found.code, found.stderr).toBe(0);
      const hits = JSON.parse(found.stdout) as { documentId: string; part: unknown; annotationId: string | null }[];
      expect(hits.length).toBeGreaterThan(0);
      expect(hits.some((h) => h.documentId === id && (h.annotationId === annotation.id || JSON.stringify(h.part) === JSON.stringify(annotation.target.part)))).toBe(true);

      const pdf = path.join(tmp, 'b.pdf');
      const briefing = await cli(['briefing', id, '--title', 'Briefing Oeigoeren', '--out', pdf, '--archive', archive]);
      expect(briefing.code, briefing.stderr).toBe(0);
      const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
      for (const expected of ['Briefing Oeigoeren', note, 'Mensenrechten', 'grootschalige mensenrechtenschendingen', 'Xinjiang', 'Blok']) {
        expect(text).toContain(expected);
      }
      console.log(`CLI timings: parse ${parsed.ms} ms, import ${imported.ms} ms, briefing ${briefing.ms} ms`);

      const again = await cli(['import', seed, '--archive', archive]);
      expect(again.code).toBe(0);
      expect(again.stdout).toBe('0 imported, 1 duplicate, 0 failed\n');
      expect(existsSync(path.join(archive, '.lock'))).toBe(false);
    },
    SLOW * 4,
  );
});

describe('vraagbaak CLI errors', () => {
  it.each([
    [['frobnicate'], /Unknown command "frobnicate"/],
    [['list', '--bogus'], /Unknown option --bogus/],
    [['annotate', 'x'], /needs --quote/],
    [['briefing', 'x', '--title', 'T'], /needs --out/],
  ])('exits 2 with a usage line for %j', async (args, message) => {
    const run = await cli(args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
    expect(run.stderr).toMatch(/^Usage: vraagbaak/m);
  }, SLOW);

  it(
    'imports the good file of a folder, names the bad ones on stderr and exits 1',
    async () => {
      const folder = path.join(tmp, 'inbox');
      await mkdir(path.join(folder, 'nested'), { recursive: true });
      await copyFile(seed, path.join(folder, 'nested', 'seed.txt'));
      await writeFile(path.join(folder, 'boodschappen.txt'), 'melk, brood, kaas\n');
      const archive = path.join(tmp, 'archive-mixed');
      const run = await cli(['import', folder, path.join(tmp, 'missing.txt'), '--archive', archive]);
      expect(run.code).toBe(1);
      expect(run.stdout).toBe('1 imported, 0 duplicates, 2 failed\n');
      expect(run.stderr).toMatch(/boodschappen\.txt: .+/);
      expect(run.stderr).toMatch(/missing\.txt: no such file or folder/);
      const listed = await cli(['list', '--json', '--archive', archive]);
      expect((JSON.parse(listed.stdout) as unknown[]).length).toBe(1);
    },
    SLOW * 2,
  );

  it('stops quietly when the reader of its output goes away (`parse --json … | head`)', async () => {
    const corpus = path.resolve(REPO_ROOT, '../shared/corpus/nl-text');
    const files = readdirSync(corpus).filter((f) => f.endsWith('.txt')).map((f) => path.join(corpus, f));
    const child = spawn(process.execPath, [bin, 'parse', '--json', ...files], { env: env(), cwd: tmp, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    // read the first chunk, then hang up, as `head -c` does
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).not.toMatch(/EPIPE|Unhandled|at .*\.js/);
    expect(code).toBe(0);
  }, SLOW);

  it('exits 1 with one sentence for an unknown document, keeping stdout empty under --json', async () => {
    const run = await cli(['show', 'nope', '--json', '--archive', path.join(tmp, 'archive-empty')]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/nope/);
  }, SLOW);
});

describe('vraagbaak serve', () => {
  it(
    'prints the URL, answers the API with the token, and closes the archive on SIGTERM',
    async () => {
      const archive = path.join(tmp, 'archive-serve');
      const child = spawn(process.execPath, [bin, 'serve', '--port', '0', '--archive', archive], { cwd: tmp, env: env() });
      let stdout = '';
      let stderr = '';
      child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
      const url = await new Promise<string>((resolve, reject) => {
        child.stdout.on('data', (c: Buffer) => {
          stdout += c.toString();
          const m = /^Vraagbaak: (http:\/\/127\.0\.0\.1:\d+\/#token=[0-9a-f]{64})$/m.exec(stdout);
          if (m?.[1]) resolve(m[1]);
        });
        child.once('exit', (code) => reject(new Error(`serve exited ${String(code)}: ${stderr}`)));
      });
      const { origin, hash } = new URL(url);
      const token = hash.replace('#token=', '');
      const reply = await fetch(`${origin}/api/documents.list`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: '{}',
      });
      // an empty archive: --archive was given and --sample was not
      expect(await reply.json()).toEqual({ ok: true, value: [] });
      expect(existsSync(path.join(archive, '.lock'))).toBe(true);
      const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
      expect(existsSync(path.join(archive, '.lock'))).toBe(false);
    },
    SLOW,
  );
});
