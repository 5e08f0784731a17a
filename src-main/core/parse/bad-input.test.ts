/** Inputs that are not Kamervragen documents fail with a typed error that names the file and why. */
import { describe, expect, it } from 'vitest';
import { isVraagbaakError } from '../model/index.js';
import { parseText } from './index.js';

const source = (fileName: string) => ({ fileName, sha256: '0'.repeat(64), format: 'text' as const });

function failure(text: string, fileName: string): { code: string; message: string; details: Record<string, unknown> } {
  try {
    parseText(text, source(fileName));
  } catch (e) {
    if (isVraagbaakError(e)) return { code: e.code, message: e.message, details: e.details };
    throw e;
  }
  throw new Error('parseText did not throw');
}

describe('parseText on bad input', () => {
  it('rejects an empty file', () => {
    const f = failure('', 'leeg.txt');
    expect(f.code).toBe('parse-failed');
    expect(f.message).toBe('leeg.txt: the file is empty');
    expect(f.details).toEqual({ fileName: 'leeg.txt', reason: 'empty-text' });
    expect(failure(' \n\n \t\n', 'spaties.txt').message).toBe('spaties.txt: the file is empty');
  });

  it('rejects binary-looking text', () => {
    let bytes = '';
    let seed = 7;
    for (let i = 0; i < 4000; i++) {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      bytes += String.fromCharCode(seed % 256);
    }
    const f = failure(bytes, 'foto.jpg.txt');
    expect(f.code).toBe('parse-failed');
    expect(f.message).toMatch(/^foto\.jpg\.txt: .*binary/);
    expect(f.details['reason']).toBe('binary-text');
    expect(failure('\u0000\u0001PK\u0003\u0004\u0014\u0000\u0006\u0000\b\u0000\u0000\u0000!\u0000', 'archief.docx').message).toMatch(/^archief\.docx: .*binary/);
  });

  it('rejects an English essay', () => {
    const essay = [
      'The Role of Parliament in Modern Democracies',
      '',
      'Parliaments hold governments to account. Members ask written questions, and ministers are expected',
      'to answer them within three weeks. This essay looks at how that practice developed in Europe and',
      'what it means for transparency. Question time is a recent invention in many countries.',
      '',
      'In conclusion, written questions are a cheap and effective instrument of scrutiny.',
    ].join('\n');
    const f = failure(essay, 'essay.txt');
    expect(f.code).toBe('parse-failed');
    expect(f.message).toMatch(/^essay\.txt: this is not a Kamervragen document/);
    expect(f.details['reason']).toBe('not-kamervragen');
  });

  it('rejects Dutch prose without questions or header', () => {
    expect(failure('Het weer wordt morgen zonnig.\nIn het oosten valt later op de dag een bui.', 'weer.txt').message).toMatch(/^weer\.txt: /);
  });
});
