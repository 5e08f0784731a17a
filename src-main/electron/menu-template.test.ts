import { describe, expect, it } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { buildMenuTemplate, type MenuCallbacks } from './menu-template.js';
import { mainLocale, mainTexts } from './texts.js';

function submenu(item: MenuItemConstructorOptions | undefined): MenuItemConstructorOptions[] {
  return Array.isArray(item?.submenu) ? item.submenu : [];
}

describe('buildMenuTemplate', () => {
  const calls: string[] = [];
  const callbacks: MenuCallbacks = {
    importFiles: () => calls.push('import'),
    exportBriefing: () => calls.push('export'),
    focusSearch: () => calls.push('search'),
    undo: () => calls.push('undo'),
    redo: () => calls.push('redo'),
    showAbout: () => calls.push('about'),
  };

  it('has Bestand, Bewerken, Beeld, Help in Dutch and wires the file actions', () => {
    const template = buildMenuTemplate({ texts: mainTexts('nl'), isDev: false, platform: 'linux', callbacks });
    expect(template.map((m) => m.label)).toEqual(['Bestand', 'Bewerken', 'Beeld', 'Help']);
    const file = submenu(template[0]);
    expect(file.map((i) => i.label ?? i.type)).toEqual(['Importeren…', 'Briefing samenstellen…', 'separator', 'Afsluiten']);
    for (const item of file) item.click?.(undefined as never, undefined, undefined as never);
    expect(calls).toEqual(['import', 'export']);
    const edit = submenu(template[1]);
    expect(edit.slice(0, 2).map((i) => [i.label, i.accelerator, i.registerAccelerator])).toEqual([
      ['Ongedaan maken', 'CmdOrCtrl+Z', false],
      ['Opnieuw', 'CmdOrCtrl+Shift+Z', false],
    ]);
    for (const item of edit.slice(0, 2)) item.click?.(undefined as never, undefined, undefined as never);
    expect(calls).toEqual(['import', 'export', 'undo', 'redo']);
    // reload and devtools only in development
    expect(submenu(template[2]).some((i) => i.role === 'reload')).toBe(false);
  });

  it('uses English for non-Dutch locales, adds dev items and the macOS app menu', () => {
    expect(mainLocale('nl-BE')).toBe('nl');
    expect(mainLocale('en-GB')).toBe('en');
    const template = buildMenuTemplate({ texts: mainTexts('en'), isDev: true, platform: 'darwin', callbacks });
    expect(template.map((m) => m.label ?? m.role)).toEqual(['appMenu', 'File', 'Edit', 'View', 'Help']);
    expect(submenu(template[3]).some((i) => i.role === 'reload')).toBe(true);
  });
});
