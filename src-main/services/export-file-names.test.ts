/**
 * The file names the exports suggest (a briefing's title, a theme in an annotation export's name)
 * come from core/files/safe-file-name.ts: never a Windows device name, never a forbidden character.
 */
import { describe, expect, it } from 'vitest';
import { isSafeFileName } from '../core/files/safe-file-name.js';
import { fileNameSlug } from './annotation-export.js';
import { slugify } from './briefing-export.js';

describe('the names of exported files', () => {
  it.each([
    ['Oeigoeren: één overzicht', 'oeigoeren-een-overzicht'],
    ['CON', 'con-1'],
    ['Lpt1', 'lpt1-1'],
    ['nul.', 'nul-1'],
    ['<>:"/\\|?*', 'briefing'],
  ])('a briefing titled %j is saved as %j', (title, stem) => {
    expect(slugify(title)).toBe(stem);
    expect(isSafeFileName(`${slugify(title)}.pdf`)).toBe(true);
  });

  it('a theme that is a device name makes a safe part of an annotation export name', () => {
    expect(fileNameSlug('Aux')).toBe('aux-1');
    expect(fileNameSlug('???')).toBe('thema');
    expect(fileNameSlug('Financiën & Begroting')).toBe('financien-begroting');
  });
});
