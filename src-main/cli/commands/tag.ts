/**
 * `vraagbaak tag rename|merge|delete`: change a theme by name (the identity rule of
 * core/model/tag-names.ts: case, spacing and NFC/NFD do not matter). A name no theme has is a
 * failed run (exit 1) with one sentence on stderr.
 */
import { VraagbaakError, type Tag } from '../../core/model/index.js';
import type { Vraagbaak } from '../../services/index.js';
import type { TagCommand } from '../tag-args.js';
import type { CliContext } from '../context.js';
import { withArchive } from '../open-archive.js';
import { EXIT_OK } from '../usage-error.js';

/**
 * The theme called `name`.
 * @throws VraagbaakError('not-found', { reason: 'tag-missing', name })
 */
function themeNamed(app: Vraagbaak, name: string): Tag {
  const tag = app.tags.findByName(name);
  if (!tag) throw new VraagbaakError('not-found', `There is no theme called "${name.trim()}"; vraagbaak tags lists them.`, { reason: 'tag-missing', name });
  return tag;
}

/** What one `tag` run did: the theme concerned afterwards (the target of a merge) and a sentence. */
async function change(app: Vraagbaak, c: TagCommand): Promise<{ tag: Tag; sentence: string }> {
  switch (c.action) {
    case 'rename': {
      const before = themeNamed(app, c.tag);
      const tag = await app.tags.update({ id: before.id, name: c.newName });
      return { tag, sentence: `Renamed theme "${before.name}" to "${tag.name}".` };
    }
    case 'merge': {
      const source = themeNamed(app, c.source);
      const target = themeNamed(app, c.target);
      const { tag } = await app.tags.merge(source.id, target.id);
      return { tag, sentence: `Merged theme "${source.name}" into "${tag.name}".` };
    }
    case 'delete': {
      const tag = themeNamed(app, c.tag);
      const parent = app.tags.list().find((t) => t.id === tag.parentId);
      await app.tags.delete(tag.id, c.moveToParent ? 'move-to-parent' : 'remove');
      const where = c.moveToParent ? `its annotations and documents now carry "${parent?.name ?? ''}"` : 'it was taken off its annotations and documents';
      return { tag, sentence: `Deleted theme "${tag.name}"; ${where}.` };
    }
  }
}

/** Runs `tag rename|merge|delete`: prints the theme (as JSON with --json), else one sentence. */
export async function runTag(ctx: CliContext, c: TagCommand): Promise<number> {
  const { tag, sentence } = await withArchive(ctx, { archive: c.archive }, (app) => change(app, c));
  ctx.out(c.json ? `${JSON.stringify(tag, null, 2)}\n` : `${sentence}\n`);
  return EXIT_OK;
}
