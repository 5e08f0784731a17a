/**
 * The app's state objects, created once in App.svelte and handed to components through Svelte
 * context (one typed getter instead of threading them through every prop list).
 */
import { getContext, setContext } from 'svelte';
import type { ApiClient } from '../../src-main/core/api/contract.js';
import type { ShellKind } from './api.js';
import type { AppState } from '../state/app.svelte.js';
import type { BriefingsState } from '../state/briefings.svelte.js';
import type { ImportState } from '../state/import.svelte.js';
import type { LibraryState } from '../state/library.svelte.js';
import type { ReaderState } from '../state/reader.svelte.js';
import type { TagsState } from '../state/tags.svelte.js';
import type { ToastsState } from '../state/toasts.svelte.js';
import type { UndoState } from '../state/undo.svelte.js';

export interface AppContext {
  api: ApiClient;
  shell: ShellKind;
  app: AppState;
  library: LibraryState;
  reader: ReaderState;
  tags: TagsState;
  briefings: BriefingsState;
  toasts: ToastsState;
  imports: ImportState;
  /** the window's undo history (the composer keeps its own) */
  undo: UndoState;
}

const KEY = Symbol('vraagbaak');

/** Makes `context` available to the calling component's children. */
export function provideAppContext(context: AppContext): void {
  setContext(KEY, context);
}

/**
 * The app's state objects.
 * @throws Error when called outside a component tree under App.svelte
 */
export function useAppContext(): AppContext {
  const context = getContext<AppContext | undefined>(KEY);
  if (!context) throw new Error('useAppContext() called outside the Vraagbaak app');
  return context;
}
