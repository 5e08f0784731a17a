/**
 * The composer's state against an in-memory stand-in for main: every change is one undo step sent
 * as `briefings.update` with the earlier or later snapshot; typing is one step per session; the
 * preview is asked for after the writes and an answer overtaken by a newer one is dropped; a
 * refused write shows the saved briefing again.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { excerpt, fakeBriefings, heading, testBriefing } from '../features/briefings/test-briefings.js';
import { BriefingEditorState } from './briefing-editor.svelte.js';

const ids = (editor: BriefingEditorState): string[] => editor.items.map((i) => i.id);

async function setup() {
  const fake = fakeBriefings([testBriefing('b1', 'Stikstof', [heading('h1', 'Inleiding'), excerpt('e1', 'het kabinet'), excerpt('e2', 'de minister')])]);
  const errors: string[] = [];
  const saved: string[] = [];
  const editor = new BriefingEditorState(fake.api, { onError: (e) => errors.push(e.message), onSaved: (b) => saved.push(b.id) });
  await editor.open('b1');
  fake.calls.length = 0;
  return { fake, editor, errors, saved };
}

/** Runs the timers and lets the queued writes answer. */
async function settle(editor: BriefingEditorState): Promise<void> {
  await vi.runAllTimersAsync();
  await editor.settle();
  await vi.runAllTimersAsync();
}

const updates = (fake: ReturnType<typeof fakeBriefings>) => fake.calls.filter((c) => c.name === 'briefings.update').map((c) => c.input);

describe('BriefingEditorState', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('undoes and redoes a move by sending the earlier and the later item list', async () => {
    const { fake, editor } = await setup();
    expect(editor.moveItem('e2', -1)).toBe(true);
    expect(ids(editor)).toEqual(['h1', 'e2', 'e1']);
    expect(editor.undo()).toBe(true);
    expect(ids(editor)).toEqual(['h1', 'e1', 'e2']);
    expect(editor.announcement).toEqual({ kind: 'undone', label: 'move' });
    expect(editor.redo()).toBe(true);
    await settle(editor);
    const sent = updates(fake).map((u) => (u['items'] as { id: string }[]).map((i) => i.id));
    expect(sent).toEqual([
      ['h1', 'e2', 'e1'],
      ['h1', 'e1', 'e2'],
      ['h1', 'e2', 'e1'],
    ]);
    expect(fake.store.get('b1')!.items.map((i) => i.id)).toEqual(['h1', 'e2', 'e1']);
    expect(editor.canRedo).toBe(false);
  });

  it('records typing as one step per edit session, saved as it goes', async () => {
    const { fake, editor } = await setup();
    for (const text of ['I', 'In', 'Inl', 'Inleiding en kern']) editor.draftItemText('h1', text);
    await vi.runAllTimersAsync();
    expect(updates(fake).length).toBeGreaterThanOrEqual(1);
    expect(editor.undoLabel).toBe('edit');
    editor.commit();
    editor.setOptions({ showContext: false });
    expect(editor.undoLabel).toBe('options');
    editor.undo();
    expect(editor.briefing?.options.showContext).toBe(true);
    editor.undo();
    expect(editor.items[0]).toMatchObject({ type: 'heading', text: 'Inleiding' });
    expect(editor.canUndo).toBe(false);
    await settle(editor);
    expect(fake.store.get('b1')!.items[0]).toMatchObject({ text: 'Inleiding' });
    expect(fake.store.get('b1')!.options.showContext).toBe(true);
  });

  it('never saves an empty title and puts the old one back when the field is left', async () => {
    const { fake, editor } = await setup();
    editor.draft('field:title', { title: '' }, 'titlePage');
    await vi.runAllTimersAsync();
    editor.commit();
    expect(editor.briefing?.title).toBe('Stikstof');
    expect(editor.canUndo).toBe(false);
    await settle(editor);
    expect(updates(fake).some((u) => 'title' in u)).toBe(false);
  });

  it('inserts after an item, removes with the next item to focus, and undoes both', async () => {
    const { editor } = await setup();
    const id = editor.insertItem('h1', 'text', '');
    expect(ids(editor)).toEqual(['h1', id, 'e1', 'e2']);
    expect(editor.removeItem('e1')).toBe('e2');
    editor.undo();
    editor.undo();
    expect(ids(editor)).toEqual(['h1', 'e1', 'e2']);
  });

  it('asks for one preview after quick changes, once their writes are answered', async () => {
    const { fake, editor } = await setup();
    await settle(editor);
    fake.calls.length = 0;
    editor.moveItem('e2', -1);
    editor.moveItem('e2', -1);
    await settle(editor);
    expect(fake.calls.map((c) => c.name)).toEqual(['briefings.update', 'briefings.update', 'briefings.preview']);
    expect(editor.previewHtml).toBe('<h1>Stikstof</h1><p>e2</p><p>h1</p><p>e1</p>');
    expect(editor.preview.isPending).toBe(false);
  });

  it('drops a preview answer that a newer request overtook', async () => {
    const { fake, editor } = await setup();
    await settle(editor);
    fake.holdPreviews = true;
    editor.moveItem('e2', -1);
    await settle(editor);
    editor.moveItem('e2', -1);
    await settle(editor);
    expect(fake.heldPreviews).toHaveLength(2);
    fake.heldPreviews[1]!();
    await settle(editor);
    fake.heldPreviews[0]!();
    await settle(editor);
    expect(editor.previewHtml).toBe('<h1>Stikstof</h1><p>e2</p><p>h1</p><p>e1</p>');
  });

  it('shows the saved briefing again and forgets the history when a write is refused', async () => {
    const { fake, editor, errors } = await setup();
    fake.failUpdates = true;
    editor.moveItem('e1', 1);
    await settle(editor);
    expect(errors).toEqual(['refused']);
    expect(ids(editor)).toEqual(['h1', 'e1', 'e2']);
    expect(editor.canUndo).toBe(false);
  });

  it('takes in items added from elsewhere as one step that undo takes out', async () => {
    const { fake, editor } = await setup();
    const added = await fake.api['briefings.addItems']({ briefingId: 'b1', items: [{ type: 'heading', text: 'Conclusie' }] });
    if (!added.ok) throw new Error('add failed');
    await editor.collected(added.value.briefing);
    expect(editor.items.map((i) => i.type)).toEqual(['heading', 'annotation', 'annotation', 'heading']);
    expect(editor.undoLabel).toBe('collect');
    editor.undo();
    await settle(editor);
    expect(fake.store.get('b1')!.items).toHaveLength(3);
  });

  it('counts the items whose source is gone', async () => {
    const { fake, editor } = await setup();
    fake.gone.add('a-e2');
    await editor.refresh();
    expect(editor.missingCount).toBe(1);
    expect(editor.viewOf('e2')?.missingReason).toBe('annotation-deleted');
  });
});
