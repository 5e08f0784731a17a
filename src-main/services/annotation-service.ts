/**
 * Annotations: highlights with a note, a colour and tags, anchored by quote + position selectors
 * to one part of a document (DESIGN §2, §4). Every change is checked against the document text
 * before it is saved, and the search index is brought up to date afterwards.
 */
import { randomUUID } from 'node:crypto';
import { describeRange } from '../core/anchoring/index.js';
import {
  applyTagChanges,
  hasSameTarget,
  VraagbaakError,
  type Annotation,
  type AnnotationTarget,
  type HighlightColor,
  type PartRef,
  type QaDocument,
} from '../core/model/index.js';
import type { Archive } from '../archive/index.js';
import { partsInOrder, partText } from '../core/model/parts.js';
import { describePart } from './describe-part.js';
import type { SearchService } from './search-service.js';
import type { TagService } from './tag-service.js';

export interface AnnotationServiceDeps {
  archive: Archive;
  search: SearchService;
  tags: TagService;
  clock?: () => Date;
  newId?: () => string;
}

export interface CreateAnnotationInput {
  documentId: string;
  target: AnnotationTarget;
  note: string;
  color: HighlightColor;
  tagIds: string[];
}

/**
 * A change to one annotation. Themes are changed by `addTagIds`/`removeTagIds` (removed first),
 * never replaced whole, so a theme another window added meanwhile stays.
 */
export interface UpdateAnnotationInput {
  documentId: string;
  id: string;
  /** the `revision` of the caller's copy, which the change was based on */
  baseRevision: number;
  note?: string;
  color?: HighlightColor;
  addTagIds?: readonly string[];
  removeTagIds?: readonly string[];
}

export interface CreateByQuoteOptions {
  /** the part to look in; by default the first part (title, questions, answers, footnotes) that contains the quote */
  part?: PartRef;
  note?: string;
  /** tag names; missing tags are created */
  tagNames?: readonly string[];
  color?: HighlightColor;
}

export interface AnnotationService {
  /** The annotations on one document. */
  list(documentId: string): readonly Annotation[];
  /**
   * Creates an annotation after checking that `target.quote.exact` is exactly the part's text at
   * `target.position`.
   * @throws VraagbaakError('not-found') for an unknown document; 'invalid-input' for a missing
   *   part, a quote that does not match, or unknown tag ids; 'archive-read-only'
   */
  create(input: CreateAnnotationInput): Promise<Annotation>;
  /**
   * Creates an annotation from a quote (the CLI's `annotate --quote`): finds the first occurrence of
   * `exact` in `options.part`, or in the first part that contains it, and keeps up to 32 characters
   * of context on each side. Tags are looked up by name and created when missing.
   * @throws VraagbaakError('not-found') when the document or the quote is not found; 'invalid-input'
   *   (reason 'annotation-duplicate', { documentId, annotationId }) when the document already has an
   *   annotation on that very passage (`hasSameTarget`, the W3C import's duplicate rule)
   */
  createByQuote(documentId: string, exact: string, options?: CreateByQuoteOptions): Promise<Annotation>;
  /**
   * Changes the note, colour or themes of an annotation and raises its revision by one. Theme
   * changes apply to the stored list even when `baseRevision` is old (they merge); a note or colour
   * set on an old revision would overwrite a change the caller has not seen, so it is refused.
   * @throws VraagbaakError('not-found'); 'invalid-input' for unknown tag ids to add; 'conflict'
   *   ({ reason: 'annotation-changed', documentId, annotationId, baseRevision, revision, annotation
   *   (as stored now) }) when `note` or `color` is given and `baseRevision` is not the stored revision
   */
  update(input: UpdateAnnotationInput): Promise<Annotation>;
  /**
   * Deletes an annotation.
   * @returns the deleted annotation, so the caller can offer undo (create it again)
   * @throws VraagbaakError('not-found')
   */
  delete(documentId: string, id: string): Promise<Annotation>;
}

/** Creates the annotation service. */
export function createAnnotationService({
  archive,
  search,
  tags,
  clock = () => new Date(),
  newId = randomUUID,
}: AnnotationServiceDeps): AnnotationService {
  const uniqueTagIds = (ids: readonly string[]): string[] => {
    tags.assertTagIds(ids);
    return [...new Set(ids)];
  };
  const notFound = (documentId: string, id: string) =>
    new VraagbaakError('not-found', `Document "${documentId}" has no annotation "${id}".`, { documentId, annotationId: id });

  const conflict = (current: Annotation, baseRevision: number) =>
    new VraagbaakError(
      'conflict',
      `Annotation "${current.id}" was changed elsewhere (revision ${current.revision}, the change was based on ${baseRevision}); read it again and redo the change.`,
      { reason: 'annotation-changed', documentId: current.documentId, annotationId: current.id, baseRevision, revision: current.revision, annotation: current },
    );

  const save = async (document: QaDocument, input: CreateAnnotationInput): Promise<Annotation> => {
    const { part, quote, position } = input.target;
    const text = partText(document, part);
    if (text === null) {
      throw new VraagbaakError('invalid-input', `Document "${document.id}" has no ${describePart(part)}.`, { documentId: document.id, part });
    }
    if (position.end > text.length || text.slice(position.start, position.end) !== quote.exact) {
      throw new VraagbaakError(
        'invalid-input',
        `The quote does not match the text of ${describePart(part)} at ${position.start}–${position.end}.`,
        { documentId: document.id, part, position },
      );
    }
    const now = clock().toISOString();
    const annotation: Annotation = {
      id: newId(),
      documentId: document.id,
      target: { part, quote, position },
      note: input.note,
      color: input.color,
      tagIds: uniqueTagIds(input.tagIds),
      createdAt: now,
      updatedAt: now,
      revision: 1,
    };
    await archive.updateAnnotations(document.id, (list) => [...list, annotation]);
    search.indexDocument(document);
    return annotation;
  };

  return {
    list: (documentId) => archive.listAnnotations(documentId),

    async create(input) {
      return save(await archive.readDocument(input.documentId), input);
    },

    async createByQuote(documentId, exact, options = {}) {
      const document = await archive.readDocument(documentId);
      const quote = exact.normalize('NFC');
      if (quote === '') throw new VraagbaakError('invalid-input', 'The quote to annotate may not be empty.');
      const candidates = options.part ? [{ part: options.part, text: partText(document, options.part) }] : partsInOrder(document);
      if (options.part && candidates[0]?.text === null) {
        throw new VraagbaakError('invalid-input', `Document "${documentId}" has no ${describePart(options.part)}.`, { documentId, part: options.part });
      }
      const hit = candidates.find((c) => c.text !== null && c.text.includes(quote));
      if (!hit || hit.text === null) {
        const where = options.part ? describePart(options.part) : 'any question, answer, footnote or the title';
        throw new VraagbaakError('not-found', `The quote "${quote}" does not occur in ${where} of document "${documentId}".`, {
          documentId,
          quote,
        });
      }
      const start = hit.text.indexOf(quote);
      const selectors = describeRange(hit.text, start, start + quote.length);
      const target = { part: hit.part, ...selectors };
      const same = archive.listAnnotations(documentId).find((a) => hasSameTarget(a.target, target));
      if (same) {
        throw new VraagbaakError(
          'invalid-input',
          `Document "${documentId}" already has this highlight ("${quote}" in ${describePart(hit.part)}, annotation ${same.id}); change that one instead, or choose another passage with --part.`,
          { reason: 'annotation-duplicate', documentId, annotationId: same.id },
        );
      }
      const tagIds = (await tags.ensure(options.tagNames ?? [])).map((t) => t.id);
      return save(document, {
        documentId,
        target,
        note: options.note ?? '',
        color: options.color ?? 'yellow',
        tagIds,
      });
    },

    async update(input) {
      tags.assertTagIds(input.addTagIds ?? []);
      const out: { annotation?: Annotation } = {};
      await archive.updateAnnotations(input.documentId, (list) => {
        const current = list.find((a) => a.id === input.id);
        if (!current) throw notFound(input.documentId, input.id);
        const setsValue = input.note !== undefined || input.color !== undefined;
        if (setsValue && input.baseRevision !== current.revision) throw conflict(current, input.baseRevision);
        const next: Annotation = {
          ...current,
          note: input.note ?? current.note,
          color: input.color ?? current.color,
          tagIds: [...applyTagChanges(current.tagIds, input)],
          updatedAt: clock().toISOString(),
          revision: current.revision + 1,
        };
        out.annotation = next;
        return list.map((a) => (a.id === input.id ? next : a));
      });
      if (!out.annotation) throw notFound(input.documentId, input.id);
      await search.refreshDocuments([input.documentId]);
      return out.annotation;
    },

    async delete(documentId, id) {
      const out: { annotation?: Annotation } = {};
      await archive.updateAnnotations(documentId, (list) => {
        out.annotation = list.find((a) => a.id === id);
        if (!out.annotation) throw notFound(documentId, id);
        return list.filter((a) => a.id !== id);
      });
      if (!out.annotation) throw notFound(documentId, id);
      await search.refreshDocuments([documentId]);
      return out.annotation;
    },
  };
}
