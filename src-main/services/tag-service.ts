/**
 * Tags (themes): create, rename, recolour, re-parent and delete. A tag's id never changes, so
 * annotations and documents keep pointing at it through a rename.
 */
import { randomUUID } from 'node:crypto';
import { TAG_COLORS, VraagbaakError, tagAndDescendants, type Tag } from '../core/model/index.js';
import type { Archive, WorkspaceFile } from '../archive/index.js';
import type { SearchService } from './search-service.js';

export interface TagServiceDeps {
  archive: Archive;
  search: SearchService;
  newId?: () => string;
}

export interface CreateTagInput {
  name: string;
  /** `#rrggbb`; defaults to the next colour of TAG_COLORS */
  color?: string;
  parentId?: string | null;
  description?: string;
}

export interface UpdateTagInput {
  id: string;
  name?: string;
  color?: string;
  parentId?: string | null;
  description?: string;
}

export interface TagService {
  /** All tags, in creation order. */
  list(): readonly Tag[];
  /**
   * Creates a tag; when one with the same name exists (ignoring case and surrounding space) that
   * one is returned unchanged.
   * @throws VraagbaakError('invalid-input') for an empty name, a bad colour or an unknown parent
   */
  create(input: CreateTagInput): Promise<Tag>;
  /** The tags named `names` (case-insensitive), creating the missing ones; in the order given. */
  ensure(names: readonly string[]): Promise<Tag[]>;
  /**
   * Renames, recolours, re-parents or re-describes a tag; its id stays.
   * @throws VraagbaakError('not-found'); 'invalid-input' for a name another tag has, a bad
   *   colour, an unknown parent or a parent that would make a cycle
   */
  update(input: UpdateTagInput): Promise<Tag>;
  /**
   * Deletes a tag and removes its id from every annotation and document; its child tags move up
   * to its parent.
   * @returns the deleted tag
   * @throws VraagbaakError('not-found')
   */
  delete(id: string): Promise<Tag>;
  /**
   * Checks that every id names a tag.
   * @throws VraagbaakError('invalid-input') naming the unknown ids
   */
  assertTagIds(ids: readonly string[]): void;
}

const COLOR = /^#[0-9a-fA-F]{6}$/;

/** Case- and space-insensitive key of a tag name. */
export function tagNameKey(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('nl');
}

/** Creates the tag service. */
export function createTagService({ archive, search, newId = randomUUID }: TagServiceDeps): TagService {
  const findById = (tags: readonly Tag[], id: string): Tag => {
    const tag = tags.find((t) => t.id === id);
    if (!tag) throw new VraagbaakError('not-found', `There is no tag with id "${id}".`, { tagId: id });
    return tag;
  };
  const checkColor = (color: string): string => {
    if (!COLOR.test(color)) throw new VraagbaakError('invalid-input', `A tag colour must look like #1d4ed8, not "${color}".`, { color });
    return color.toLowerCase();
  };
  const checkName = (name: string): string => {
    const clean = name.normalize('NFC').trim().replace(/\s+/g, ' ');
    if (clean === '') throw new VraagbaakError('invalid-input', 'A tag name may not be empty.');
    return clean;
  };
  const checkParent = (tags: readonly Tag[], parentId: string | null, selfId: string | null): string | null => {
    if (parentId === null) return null;
    if (!tags.some((t) => t.id === parentId)) {
      throw new VraagbaakError('invalid-input', `The parent tag "${parentId}" does not exist.`, { parentId });
    }
    for (let at: string | null = parentId; at !== null; at = tags.find((t) => t.id === at)?.parentId ?? null) {
      if (at === selfId) throw new VraagbaakError('invalid-input', 'A tag cannot be placed under itself or one of its children.', { parentId });
    }
    return parentId;
  };
  /**
   * Documents whose own tags or whose annotations carry `tagId` or a tag below it: the search
   * index holds a tag's name and its ancestors' names with each of them.
   */
  const documentsUsing = (tagId: string): Set<string> => {
    const tagIds = tagAndDescendants(archive.workspace.tags, tagId);
    const uses = (ids: readonly string[]) => ids.some((id) => tagIds.has(id));
    const documentIds = new Set<string>();
    for (const [documentId, ids] of Object.entries(archive.workspace.documentTags)) if (uses(ids)) documentIds.add(documentId);
    for (const s of archive.listSummaries()) {
      if (archive.listAnnotations(s.id).some((a) => uses(a.tagIds))) documentIds.add(s.id);
    }
    return documentIds;
  };

  const create = async (input: CreateTagInput): Promise<Tag> => {
    const name = checkName(input.name);
    const color = input.color === undefined ? undefined : checkColor(input.color);
    const out: { tag?: Tag } = {};
    await archive.updateWorkspace((w) => {
      const existing = w.tags.find((t) => tagNameKey(t.name) === tagNameKey(name));
      if (existing) {
        out.tag = existing;
        return w;
      }
      const tag: Tag = {
        id: newId(),
        name,
        color: color ?? TAG_COLORS[w.tags.length % TAG_COLORS.length] ?? TAG_COLORS[0],
        parentId: checkParent(w.tags, input.parentId ?? null, null),
        description: input.description ?? '',
      };
      out.tag = tag;
      return { ...w, tags: [...w.tags, tag] };
    });
    if (!out.tag) throw new VraagbaakError('internal', 'The tag was not created.');
    return out.tag;
  };

  return {
    list: () => archive.workspace.tags,
    create,
    async ensure(names) {
      const tags: Tag[] = [];
      for (const name of names) tags.push(await create({ name }));
      return tags;
    },
    async update(input) {
      const out: { tag?: Tag; renamed?: boolean } = {};
      await archive.updateWorkspace((w) => {
        const tag = findById(w.tags, input.id);
        const name = input.name === undefined ? tag.name : checkName(input.name);
        if (w.tags.some((t) => t.id !== tag.id && tagNameKey(t.name) === tagNameKey(name))) {
          throw new VraagbaakError('invalid-input', `Another tag is already called "${name}".`, { name });
        }
        const next: Tag = {
          ...tag,
          name,
          color: input.color === undefined ? tag.color : checkColor(input.color),
          parentId: input.parentId === undefined ? tag.parentId : checkParent(w.tags, input.parentId, tag.id),
          description: input.description ?? tag.description,
        };
        out.renamed = next.name !== tag.name || next.parentId !== tag.parentId;
        out.tag = next;
        return { ...w, tags: w.tags.map((t) => (t.id === tag.id ? next : t)) };
      });
      if (!out.tag) throw new VraagbaakError('internal', 'The tag was not updated.');
      if (out.renamed) await search.refreshDocuments(documentsUsing(input.id));
      return out.tag;
    },
    async delete(id) {
      const tag = findById(archive.workspace.tags, id);
      const affected = documentsUsing(id);
      for (const documentId of affected) {
        if (!archive.listAnnotations(documentId).some((a) => a.tagIds.includes(id))) continue;
        await archive.updateAnnotations(documentId, (list) =>
          list.map((a) => (a.tagIds.includes(id) ? { ...a, tagIds: a.tagIds.filter((t) => t !== id) } : a)),
        );
      }
      await archive.updateWorkspace((w): WorkspaceFile => {
        const documentTags: Record<string, string[]> = {};
        for (const [documentId, tagIds] of Object.entries(w.documentTags)) {
          const kept = tagIds.filter((t) => t !== id);
          if (kept.length > 0) documentTags[documentId] = kept.length === tagIds.length ? tagIds : kept;
        }
        const tags = w.tags.filter((t) => t.id !== id).map((t) => (t.parentId === id ? { ...t, parentId: tag.parentId } : t));
        return { ...w, tags, documentTags };
      });
      await search.refreshDocuments(affected);
      return tag;
    },
    assertTagIds(ids) {
      const known = new Set(archive.workspace.tags.map((t) => t.id));
      const unknown = ids.filter((id) => !known.has(id));
      if (unknown.length > 0) {
        throw new VraagbaakError('invalid-input', `Unknown tag id(s): ${unknown.join(', ')}.`, { tagIds: unknown });
      }
    },
  };
}
