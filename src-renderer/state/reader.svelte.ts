/**
 * The open document with its annotations, and the commands that change them. The open document's
 * id is kept in sessionStorage so a reload shows the same document. After every change the
 * library is told (its summaries carry annotation counts and tag ids). Also which highlight has
 * the keyboard's attention (j/k, 1–9, Enter) and which one's note is being edited.
 *
 * Other screens that change what the open document shows (themes renamed or merged, annotations
 * changed in the annotations view, the document deleted or replaced) call `reload()` afterwards.
 */
import type { ApiClient } from '../../src-main/core/api/contract.js';
import type { ApiError } from '../../src-main/core/api/result.js';
import type { DocumentWithAnnotations } from '../../src-main/core/api/types.js';
import type { Annotation, AnnotationTarget, HighlightColor } from '../../src-main/core/model/annotation.js';
import type { DocumentSummary, PartRef } from '../../src-main/core/model/document.js';

/** sessionStorage key of the open document's id. */
export const OPEN_DOCUMENT_KEY = 'vraagbaak.openDocument';

/** A request to scroll something into view: a part key ("answer:3") or an annotation id. */
export interface FocusRequest {
  documentId: string;
  kind: 'part' | 'annotation';
  key: string;
  /** increases with every request, so asking twice for the same place scrolls twice */
  seq: number;
}

export interface NewAnnotation {
  target: AnnotationTarget;
  note: string;
  color: HighlightColor;
  tagIds: string[];
}

/** A change to an annotation: note and colour replace, themes are added and removed (never replaced whole). */
export interface AnnotationChanges {
  note?: string;
  color?: HighlightColor;
  addTagIds?: string[];
  removeTagIds?: string[];
}

export interface ReaderCallbacks {
  onError: (error: ApiError) => void;
  /** a summary changed (annotation count, tags); `summary` is given when the API returned it */
  onDocumentChanged: (summary?: DocumentSummary) => void;
}

/** Document order: by part (title, questions, answers, footnotes), then by start offset. */
const PART_ORDER: Record<PartRef['type'], number> = { title: 0, question: 1, answer: 2, footnote: 3 };

function inDocumentOrder(a: Annotation, b: Annotation): number {
  const pa = a.target.part;
  const pb = b.target.part;
  return (
    PART_ORDER[pa.type] - PART_ORDER[pb.type] ||
    pa.index - pb.index ||
    a.target.position.start - b.target.position.start
  );
}

export class ReaderState {
  #api: ApiClient;
  #callbacks: ReaderCallbacks;
  #current = $state.raw<DocumentWithAnnotations | null>(null);
  #loadingId = $state<string | null>(null);
  #focus = $state.raw<FocusRequest | null>(null);
  #focusedAnnotationId = $state<string | null>(null);
  #editing = $state.raw<{ id: string; from: 'text' | 'sidebar' } | null>(null);
  #reattaching = $state.raw<Annotation | null>(null);
  #annotations = $derived(this.#current ? [...this.#current.annotations].sort(inDocumentOrder) : []);
  #focusSeq = 0;

  constructor(api: ApiClient, callbacks: ReaderCallbacks) {
    this.#api = api;
    this.#callbacks = callbacks;
  }

  /** The open document, its summary and annotations; null when none is open. */
  get current(): DocumentWithAnnotations | null {
    return this.#current;
  }

  /** The open document's annotations in reading order. */
  get annotations(): readonly Annotation[] {
    return this.#annotations;
  }

  /** The id being loaded, or null. */
  get loadingId(): string | null {
    return this.#loadingId;
  }

  get focus(): FocusRequest | null {
    return this.#focus;
  }

  /** The highlight that has the keyboard's attention (j/k move it, 1–9 and Enter act on it), or null. */
  get focusedAnnotationId(): string | null {
    return this.#focusedAnnotationId;
  }

  /** The highlight whose note editor is open and where it was opened from, or null. */
  get editing(): { id: string; from: 'text' | 'sidebar' } | null {
    return this.#editing;
  }

  /**
   * The annotation being re-attached to a new selection (review queue → "Opnieuw koppelen"): while
   * set, the reader's selection action attaches it instead of making a highlight. Null otherwise.
   */
  get reattaching(): Annotation | null {
    return this.#reattaching;
  }

  /** Enters re-attach mode for `annotation` (of the open document), or leaves it (null). */
  reattach(annotation: Annotation | null): void {
    this.#reattaching = annotation !== null && annotation.documentId === this.#current?.document.id ? annotation : null;
  }

  /** Gives highlight `id` (of the open document) the keyboard's attention; null clears it. */
  focusAnnotation(id: string | null): void {
    this.#focusedAnnotationId = id;
  }

  /** Opens the note editor of highlight `id` (one at a time); null closes it. */
  editAnnotation(id: string | null, from: 'text' | 'sidebar' = 'sidebar'): void {
    this.#editing = id === null ? null : { id, from };
    if (id !== null) this.#focusedAnnotationId = id;
  }

  /** The id of the document open before the last reload, if any. */
  static rememberedId(): string | null {
    try {
      return sessionStorage.getItem(OPEN_DOCUMENT_KEY);
    } catch {
      return null;
    }
  }

  /**
   * Opens document `id` (`documents.get`) and optionally scrolls to a part.
   * @returns false when the document could not be loaded (the error is reported)
   */
  async open(id: string, focusPart?: PartRef): Promise<boolean> {
    this.#loadingId = id;
    const result = await this.#api['documents.get']({ id });
    if (this.#loadingId !== id) return false; // a later open() won
    this.#loadingId = null;
    if (!result.ok) {
      this.#callbacks.onError(result.error);
      if (result.error.code === 'not-found') this.close();
      return false;
    }
    if (this.#current?.document.id !== id) {
      this.#focusedAnnotationId = null;
      this.#editing = null;
      this.#reattaching = null;
    }
    this.#current = result.value;
    this.#remember(id);
    if (focusPart) this.focusOn('part', `${focusPart.type}:${focusPart.index}`);
    return true;
  }

  /**
   * Fetches the open document again (its text, summary and annotations), keeping the scroll
   * position and the focused highlight when it still exists. For other screens after changes that
   * touch it: themes renamed, merged or deleted, annotations changed elsewhere, the document
   * replaced or deleted (then the reader closes, without an error message).
   * @returns false when nothing is open or it could not be fetched
   */
  async reload(): Promise<boolean> {
    const id = this.#current?.document.id;
    if (!id || this.#loadingId !== null) return false;
    const result = await this.#api['documents.get']({ id });
    if (this.#current?.document.id !== id) return false; // another document was opened meanwhile
    if (!result.ok) {
      if (result.error.code === 'not-found') this.close();
      else this.#callbacks.onError(result.error);
      return false;
    }
    this.#current = result.value;
    const ids = result.value.annotations.map((a) => a.id);
    if (this.#focusedAnnotationId !== null && !ids.includes(this.#focusedAnnotationId)) this.#focusedAnnotationId = null;
    if (this.#editing && !ids.includes(this.#editing.id)) this.#editing = null;
    if (this.#reattaching && !ids.includes(this.#reattaching.id)) this.#reattaching = null;
    return true;
  }

  /** Closes the open document. */
  close(): void {
    this.#current = null;
    this.#focusedAnnotationId = null;
    this.#editing = null;
    this.#reattaching = null;
    this.#remember(null);
  }

  /** Asks the reader view to scroll to a part key or an annotation id of the open document. */
  focusOn(kind: FocusRequest['kind'], key: string): void {
    const documentId = this.#current?.document.id;
    if (documentId) this.#focus = { documentId, kind, key, seq: ++this.#focusSeq };
  }

  /** Creates an annotation on the open document. @returns it, or null on failure */
  async createAnnotation(input: NewAnnotation): Promise<Annotation | null> {
    const doc = this.#current;
    if (!doc) return null;
    const result = await this.#api['annotations.create']({ documentId: doc.document.id, ...input });
    if (!result.ok) {
      this.#callbacks.onError(result.error);
      return null;
    }
    this.#replaceAnnotations(doc.document.id, (list) => [...list, result.value]);
    this.#callbacks.onDocumentChanged();
    return result.value;
  }

  /**
   * Changes note, colour or themes (as changes: added and removed ids) of annotation `base`, based
   * on the revision the reader holds. When it was changed elsewhere meanwhile (a `conflict`), the
   * document is fetched again so the newest version shows, and the error says so.
   * @returns the updated annotation, or null on failure (reported)
   */
  async updateAnnotation(base: Annotation, changes: AnnotationChanges): Promise<Annotation | null> {
    const doc = this.#current;
    if (!doc) return null;
    const id = base.id;
    const result = await this.#api['annotations.update']({ documentId: doc.document.id, id, baseRevision: base.revision, ...changes });
    if (!result.ok) {
      if (result.error.code === 'conflict') await this.reload();
      this.#callbacks.onError(result.error);
      return null;
    }
    this.#replaceAnnotations(doc.document.id, (list) => list.map((a) => (a.id === id ? result.value : a)));
    this.#callbacks.onDocumentChanged();
    return result.value;
  }

  /**
   * Deletes annotation `id` of document `documentId` (default: the open one; another document's
   * annotation can be deleted too, as redo of a create does after the reader moved on).
   * @returns the deleted annotation (what `restoreAnnotations` takes to undo it), or null on failure
   */
  async deleteAnnotation(id: string, documentId = this.#current?.document.id): Promise<Annotation | null> {
    if (!documentId) return null;
    const result = await this.#api['annotations.delete']({ documentId, id });
    if (!result.ok) {
      this.#callbacks.onError(result.error);
      return null;
    }
    this.#replaceAnnotations(documentId, (list) => list.filter((a) => a.id !== id));
    if (this.#focusedAnnotationId === id) this.#focusedAnnotationId = null;
    if (this.#editing?.id === id) this.#editing = null;
    this.#callbacks.onDocumentChanged();
    return result.value;
  }

  /**
   * Puts annotations back exactly as given — same id, timestamps, target, note, colour and themes
   * (`annotations.restore`): the undo of a delete or an edit and the redo of a create. Works for
   * any document; the open document's list is updated.
   * @returns false on failure (the error is reported)
   */
  async restoreAnnotations(annotations: readonly Annotation[]): Promise<boolean> {
    if (annotations.length === 0) return true;
    const result = await this.#api['annotations.restore']({ annotations: [...annotations] });
    if (!result.ok) {
      this.#callbacks.onError(result.error);
      return false;
    }
    // only the open document's list is kept here; other documents are fetched when opened
    const documentId = this.#current?.document.id;
    const restored = result.value.filter((a) => a.documentId === documentId);
    if (documentId && restored.length > 0) {
      this.#replaceAnnotations(documentId, (list) => [...list.filter((a) => !restored.some((r) => r.id === a.id)), ...restored]);
    }
    this.#callbacks.onDocumentChanged();
    return true;
  }

  /**
   * Sets the tags of a document itself: the open one, or `documentId` (an undo after another
   * document was opened). @returns false on failure (reported) or without a document
   */
  async setDocumentTags(tagIds: string[], documentId = this.#current?.document.id): Promise<boolean> {
    if (documentId === undefined) return false;
    const result = await this.#api['documents.setTags']({ documentId, tagIds });
    if (!result.ok) {
      this.#callbacks.onError(result.error);
      return false;
    }
    if (this.#current?.document.id === documentId) this.#current = { ...this.#current, summary: result.value };
    this.#callbacks.onDocumentChanged(result.value);
    return true;
  }

  #replaceAnnotations(documentId: string, change: (list: Annotation[]) => Annotation[]): void {
    const current = this.#current;
    if (current?.document.id !== documentId) return;
    this.#current = { ...current, annotations: change(current.annotations) };
  }

  #remember(id: string | null): void {
    try {
      if (id) sessionStorage.setItem(OPEN_DOCUMENT_KEY, id);
      else sessionStorage.removeItem(OPEN_DOCUMENT_KEY);
    } catch {
      // without storage a reload simply shows no document
    }
  }
}
