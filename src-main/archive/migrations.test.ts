import { describe, expect, it } from 'vitest';
import { MIGRATIONS, migrateRaw, type Migration } from './migrations.js';

describe('migrateRaw', () => {
  it('leaves a current file alone', () => {
    const outcome = migrateRaw('workspace', { schemaVersion: 1, tags: [] }, 1);
    expect(outcome).toEqual({ ok: true, raw: { schemaVersion: 1, tags: [] }, fromVersion: 1, migrated: false });
  });

  it('runs the steps of a table in order, per file kind', () => {
    const table: Migration[] = [
      { from: 1, to: 2, description: 'rename tags → themes', migrate: { workspace: ({ tags, ...rest }) => ({ ...rest, themes: tags }) } },
      { from: 2, to: 3, description: 'add notes', migrate: { workspace: (raw) => ({ ...raw, notes: [] }), catalog: (raw) => ({ ...raw, x: 1 }) } },
    ];
    expect(migrateRaw('workspace', { schemaVersion: 1, tags: ['a'] }, 3, table)).toEqual({
      ok: true,
      raw: { schemaVersion: 3, themes: ['a'], notes: [] },
      fromVersion: 1,
      migrated: true,
    });
    // a kind without a step is carried over, only its version changes
    expect(migrateRaw('annotations', { schemaVersion: 2, annotations: [] }, 3, table)).toMatchObject({
      ok: true,
      raw: { schemaVersion: 3, annotations: [] },
    });
  });

  it('reports a version that is too new, missing, or has no migration path', () => {
    expect(migrateRaw('catalog', { schemaVersion: 7 }, 1)).toEqual({ ok: false, problem: { kind: 'too-new', version: 7 } });
    expect(migrateRaw('catalog', { schemaVersion: '1' }, 1)).toEqual({ ok: false, problem: { kind: 'missing' } });
    expect(migrateRaw('catalog', {}, 1)).toEqual({ ok: false, problem: { kind: 'missing' } });
    expect(migrateRaw('catalog', { schemaVersion: 1 }, 2, [])).toEqual({ ok: false, problem: { kind: 'no-path', version: 1 } });
  });

  it('has a consecutive table', () => {
    MIGRATIONS.forEach((m, i) => {
      expect(m.to).toBe(m.from + 1);
      if (i > 0) expect(m.from).toBe(MIGRATIONS[i - 1]?.to);
    });
  });
});
