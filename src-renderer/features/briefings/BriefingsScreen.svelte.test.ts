// @vitest-environment jsdom
/**
 * The composer and "Aan briefing toevoegen" by keyboard, against an in-memory stand-in for the
 * briefings part of main: Alt+↑ moves the focused item and focus stays on it, Delete removes it,
 * Ctrl+Z puts it back; a deleted source says "bron verwijderd"; an empty briefing cannot be
 * exported and says why; the add menu focuses the briefing chosen last, "Nieuwe briefing…" asks a
 * title, and adding the same excerpt twice is refused with a short message.
 */
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { tick } from 'svelte';
import { beforeEach, describe, expect, it } from 'vitest';
import { createAppContext } from '../../state/create.js';
import BriefingsTestHost from './BriefingsTestHost.svelte';
import { excerpt, fakeBriefings, heading, testBriefing } from './test-briefings.js';

async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await tick();
  await new Promise((resolve) => setTimeout(resolve, 0));
  await tick();
}

async function setup() {
  const fake = fakeBriefings([
    testBriefing('b1', 'Stikstof', [heading('h1', 'Inleiding'), excerpt('e1', 'het kabinet erkent'), excerpt('e2', 'de minister ontkent')], '2025-03-01T10:00:00.000Z'),
    testBriefing('b2', 'Leeg', [], '2025-02-01T10:00:00.000Z'),
  ]);
  const context = createAppContext(fake.api, 'web');
  render(BriefingsTestHost, { props: { context } });
  await context.briefings.load();
  return { fake, context };
}

const cards = () => within(screen.getByRole('list', { name: 'Onderdelen van de briefing' })).getAllByRole('listitem');

describe('BriefingsScreen', () => {
  beforeEach(() => {
    localStorage.clear();
    sessionStorage.clear();
  });

  it('moves the focused item with Alt+↑, removes it with Delete and undoes with Ctrl+Z', async () => {
    const { fake, context } = await setup();
    await context.briefings.editor.open('b1');
    await settle();
    expect(cards().map((c) => c.getAttribute('aria-label'))).toEqual(['Kop 1 van 3: Inleiding', 'Fragment 2 van 3: het kabinet erkent', 'Fragment 3 van 3: de minister ontkent']);

    const last = cards()[2]!;
    last.focus();
    await fireEvent.keyDown(last, { key: 'ArrowUp', altKey: true });
    await settle();
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Fragment 2 van 3: de minister ontkent');

    await fireEvent.keyDown(document.activeElement!, { key: 'Delete' });
    await settle();
    expect(cards()).toHaveLength(2);
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Fragment 2 van 2: het kabinet erkent');

    await fireEvent.keyDown(document.activeElement!, { key: 'z', ctrlKey: true });
    await settle();
    expect(cards().map((c) => c.getAttribute('aria-label'))).toEqual(['Kop 1 van 3: Inleiding', 'Fragment 2 van 3: de minister ontkent', 'Fragment 3 van 3: het kabinet erkent']);
    expect(screen.getByText('Ongedaan gemaakt: onderdeel verwijderen.')).toBeTruthy();
    await context.briefings.editor.settle();
    expect(fake.store.get('b1')!.items.map((i) => i.id)).toEqual(['h1', 'e2', 'e1']);
  });

  it('adds a heading after the focused item with the caret in it', async () => {
    const { context } = await setup();
    await context.briefings.editor.open('b1');
    await settle();
    cards()[1]!.focus();
    await fireEvent.focusIn(cards()[1]!);
    await fireEvent.click(screen.getByRole('button', { name: 'Kop toevoegen' }));
    await settle();
    expect(cards()[2]!.getAttribute('aria-label')).toBe('Kop 3 van 4: Nieuwe kop');
    expect(document.activeElement).toBe(within(cards()[2]!).getByLabelText('Tekst van de kop'));
  });

  it('shows a deleted source with its quote, and says why an empty briefing cannot be exported', async () => {
    const { fake, context } = await setup();
    fake.gone.add('a-e1');
    await context.briefings.editor.open('b1');
    await settle();
    const gone = cards()[1]!;
    expect(gone.textContent).toContain('bron verwijderd');
    expect(gone.textContent).toContain('de markering is verwijderd');
    expect(gone.textContent).toContain('het kabinet erkent');
    expect((screen.getByRole('button', { name: 'PDF' }) as HTMLButtonElement).disabled).toBe(false);

    await fireEvent.click(screen.getByRole('button', { name: 'Leeg' }));
    await settle();
    const pdf = screen.getByRole('button', { name: 'PDF' }) as HTMLButtonElement;
    expect(pdf.disabled).toBe(true);
    expect(document.getElementById(pdf.getAttribute('aria-describedby')!)?.textContent).toBe(
      'De briefing is leeg: voeg eerst fragmenten, vragen, documenten of eigen tekst toe.',
    );
    expect((screen.getByRole('button', { name: 'Word (.docx)' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('adds by keyboard to the briefing chosen last, asks a title for a new one, and refuses a repeat', async () => {
    const { fake, context } = await setup();
    const button = screen.getByRole('button', { name: 'Aan briefing toevoegen' });
    await fireEvent.click(button);
    await settle();
    const menu = screen.getByRole('menu', { name: 'Kies een briefing' });
    // most recently changed first; nothing chosen yet, so the most recent one has focus
    expect(within(menu).getAllByRole('menuitem').map((m) => m.textContent?.trim())).toEqual(['Stikstof', 'Leeg', 'Nieuwe briefing…']);
    expect(document.activeElement?.textContent?.trim()).toBe('Stikstof');
    await fireEvent.keyDown(menu, { key: 'End' });
    expect(document.activeElement?.textContent?.trim()).toBe('Nieuwe briefing…');
    await fireEvent.keyDown(menu, { key: 'Escape' });
    await settle();
    expect(screen.queryByRole('menu')).toBeNull();
    expect(document.activeElement).toBe(button);

    await fireEvent.click(button);
    await settle();
    await fireEvent.click(screen.getByRole('menuitem', { name: 'Nieuwe briefing…' }));
    await settle();
    const title = screen.getByLabelText('Titel van de nieuwe briefing');
    expect(document.activeElement).toBe(title);
    await fireEvent.input(title, { target: { value: 'Dossier PFAS' } });
    await fireEvent.submit(title.closest('form')!);
    await settle();
    expect(context.toasts.all.at(-1)!.text()).toBe('Toegevoegd aan „Dossier PFAS”.');
    const created = [...fake.store.values()].find((b) => b.title === 'Dossier PFAS')!;
    expect(created.items).toHaveLength(1);

    await fireEvent.click(button);
    await settle();
    expect(document.activeElement?.textContent).toContain('Dossier PFAS');
    expect(document.activeElement?.textContent).toContain('laatst gekozen');
    await fireEvent.click(document.activeElement!);
    await settle();
    expect(context.toasts.all.at(-1)!.text()).toBe('Dit fragment staat al in de briefing.');
    expect(fake.store.get(created.id)!.items).toHaveLength(1);
  });
});
