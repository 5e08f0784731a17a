import { describe, expect, it } from 'vitest';
import { FILE_STEM_MAX, fileNameStem, isSafeFileName, isWindowsReservedName } from './safe-file-name.js';

const DEVICES = ['con', 'prn', 'aux', 'nul', ...Array.from({ length: 10 }, (_, i) => `com${String(i)}`), ...Array.from({ length: 10 }, (_, i) => `lpt${String(i)}`), 'com¹', 'lpt³'];

describe('isWindowsReservedName', () => {
  it.each(DEVICES.flatMap((d) => [d, d.toUpperCase(), `${d}.pdf`, `${d[0]?.toUpperCase() ?? ''}${d.slice(1)}.Docx`, `${d}.tar.gz`, `${d} .txt`]))('%s is reserved', (name) => {
    expect(isWindowsReservedName(name)).toBe(true);
    expect(isSafeFileName(name)).toBe(false);
  });

  it.each(['console.pdf', 'auxiliary', 'nul-1.pdf', 'com10', 'lpt', 'com', 'con-1.docx', 'a.con', 'prnt.pdf'])('%s is not reserved', (name) => {
    expect(isWindowsReservedName(name)).toBe(false);
  });
});

describe('isSafeFileName', () => {
  it.each([
    ['b.pdf', true],
    ['b.', false],
    ['b ', false],
    ['', false],
    ['a<b.pdf', false],
    ['a>b', false],
    ['a:b', false],
    ['a"b', false],
    ['a/b', false],
    ['a\\b', false],
    ['a|b', false],
    ['a?b', false],
    ['a*b', false],
    ['a\u0001b', false],
    ['a\tb', false],
    ['x'.repeat(FILE_STEM_MAX + 11), false],
  ])('%j → %s', (name, safe) => {
    expect(isSafeFileName(name)).toBe(safe);
  });
});

describe('fileNameStem', () => {
  it.each([
    ['Oeigoeren: één overzicht', 'oeigoeren-een-overzicht'],
    ['CON', 'con-1'],
    ['nul', 'nul-1'],
    ['Com1', 'com1-1'],
    ['LPT9.', 'lpt9-1'],
    ['aux: extra', 'aux-extra'],
    ['  ...  ', 'briefing'],
    ['<>:"/\\|?*\u0000\u001f', 'briefing'],
    ['Titel. ', 'titel'],
    ['a'.repeat(200), 'a'.repeat(80)],
    [`${'a'.repeat(79)} b`, 'a'.repeat(79)],
  ])('fileNameStem(%j) = %j', (title, expected) => {
    const stem = fileNameStem(title, 'briefing', 80);
    expect(stem).toBe(expected);
    for (const extension of ['pdf', 'docx']) expect(isSafeFileName(`${stem}.${extension}`), stem).toBe(true);
  });

  it('caps a stem at FILE_STEM_MAX whatever is asked', () => {
    expect(fileNameStem('b'.repeat(500), 'x', 1000)).toHaveLength(FILE_STEM_MAX);
  });
});
