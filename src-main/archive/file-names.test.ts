import { describe, expect, it } from 'vitest';
import { fileStemForId, idFromFileStem, resolveInside, safeExtension } from './file-names.js';

describe('fileStemForId', () => {
  it.each(['sha256:0123456789abcdef', 'ah-tk-20202021-1682', 'a/b\\c', '..', '.', 'CON', "x*y?z<>|\"'()!~", 'één'])(
    'maps %j to a safe, reversible stem',
    (id) => {
      const stem = fileStemForId(id);
      expect(stem).toMatch(/^[A-Za-z0-9%_-]+$/);
      expect(idFromFileStem(stem)).toBe(id);
    },
  );

  it('keeps "sha256:" ids readable', () => {
    expect(fileStemForId('sha256:abcd')).toBe('sha256%3Aabcd');
  });

  it('hashes very long ids into a bounded, distinct stem', () => {
    const a = fileStemForId('x'.repeat(300) + 'a');
    const b = fileStemForId('x'.repeat(300) + 'b');
    expect(a.length).toBeLessThanOrEqual(180);
    expect(a).not.toBe(b);
    expect(idFromFileStem(a)).toBeNull();
  });
});

describe('resolveInside', () => {
  it('resolves paths below the root', () => {
    expect(resolveInside('/tmp/archive', 'documents', 'a.json')).toBe('/tmp/archive/documents/a.json');
  });
  it.each([['..', 'x'], ['documents', '..', '..', 'x'], ['/etc/passwd'], ['.']])('refuses %j', (...segments) => {
    expect(() => resolveInside('/tmp/archive', ...segments)).toThrow(/outside the archive/);
  });
});

describe('safeExtension', () => {
  it('lower-cases and falls back to bin', () => {
    expect(safeExtension('Vragen.TXT')).toBe('txt');
    expect(safeExtension('noext')).toBe('bin');
    expect(safeExtension('weird.ex$t')).toBe('bin');
  });
});
