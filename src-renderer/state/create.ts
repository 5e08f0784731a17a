/**
 * Creates the app's state objects and wires them together: errors become toasts, imports and
 * annotation changes refresh the library summaries. The only place that knows all of them.
 */
import type { ApiClient } from '../../src-main/core/api/contract.js';
import type { ShellKind } from '../lib/api.js';
import type { AppContext } from '../lib/context.js';
import { AppState } from './app.svelte.js';
import { BriefingEditorState } from './briefing-editor.svelte.js';
import { BriefingsState } from './briefings.svelte.js';
import { ImportState } from './import.svelte.js';
import { LibraryState } from './library.svelte.js';
import { ReaderState } from './reader.svelte.js';
import { TagsState } from './tags.svelte.js';
import { ToastsState } from './toasts.svelte.js';
import { UndoState } from './undo.svelte.js';

/** All state objects for one window, talking to `api`. */
export function createAppContext(api: ApiClient, shell: ShellKind): AppContext {
  const toasts = new ToastsState();
  const onError = toasts.error.bind(toasts);
  const app = new AppState(api, onError);
  // a theme change (manager) shows at once in the library's facets and `tag:` results, its saved
  // searches (renamed on the server) and the open document's highlights
  const tags = new TagsState(api, onError, async () => {
    const open = reader.current?.document.id;
    await Promise.all([library.load(), open ? reader.open(open) : null]);
  });
  const briefings = new BriefingsState(api, onError);
  const library = new LibraryState(api, onError);
  const reader = new ReaderState(api, {
    onError,
    onDocumentChanged: (summary) => {
      if (summary) library.updateSummary(summary);
      else void library.load();
    },
  });
  const imports = new ImportState(api, onError, async () => {
    library.forgetLabelDocuments();
    await Promise.all([library.load(), app.load(), reader.reload()]); // the reader: a replaced document
  });
  return { api, shell, app, library, reader, tags, briefings, toasts, imports, undo: new UndoState() };
}

/**
 * Loads what every screen needs — the library once the search index is ready (the library shows
 * its progress meanwhile), the themes and the briefings — then reopens the document and the
 * briefing that were open before a reload.
 */
export async function startApp(context: AppContext): Promise<void> {
  const library = async (): Promise<void> => {
    await context.app.load();
    await context.app.waitForIndex();
    await context.library.load();
  };
  const briefings = async (): Promise<void> => {
    await context.briefings.load();
    const id = BriefingEditorState.rememberedId();
    if (id && context.briefings.summaries.some((s) => s.id === id)) await context.briefings.editor.open(id);
  };
  await Promise.all([library(), context.tags.load(), briefings()]);
  const remembered = ReaderState.rememberedId();
  if (remembered && context.library.summary(remembered)) await context.reader.open(remembered);
}
