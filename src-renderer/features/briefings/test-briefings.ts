/**
 * Test support for the briefing state and components: the briefings part of the main process in
 * miniature (an in-memory store answering briefings.* as the contract describes, items whose
 * source is in `gone` resolve as "bron verwijderd"), recording every call. Test-only.
 */
import type { ApiClient, NewBriefingItem } from '../../../src-main/core/api/contract.js';
import type { Result } from '../../../src-main/core/api/result.js';
import type { BriefingItemView, BriefingSummary } from '../../../src-main/core/api/types.js';
import type { Briefing, BriefingItem } from '../../../src-main/core/model/workspace.js';

const OPTIONS: Briefing['options'] = {
  locale: 'nl',
  includeUnannotatedAnswers: true,
  showContext: true,
  includeFullAnswer: false,
  includeNotes: true,
  includeThemes: true,
  includeFootnotes: true,
  appendixDocuments: false,
};

/** A briefing as stored, with `items`. */
export function testBriefing(id: string, title: string, items: BriefingItem[], updatedAt = '2025-03-01T10:00:00.000Z'): Briefing {
  return { id, title, subtitle: '', author: '', intro: '', classification: '', date: null, items, options: { ...OPTIONS }, createdAt: updatedAt, updatedAt };
}

export const excerpt = (id: string, quote: string): BriefingItem => ({ type: 'annotation', id, annotationId: `a-${id}`, documentId: 'doc-1', part: { type: 'answer', index: 0 }, quote });
export const heading = (id: string, text: string): BriefingItem => ({ type: 'heading', id, text, level: 1 });

const fail = (code: 'not-found' | 'invalid-input', message: string): Promise<Result<never>> => Promise.resolve({ ok: false, error: { code, message, details: {} } });
const ok = <T>(value: T): Promise<Result<T>> => Promise.resolve({ ok: true, value });

export interface FakeBriefings {
  api: ApiClient;
  store: Map<string, Briefing>;
  /** annotation ids whose annotation was deleted */
  gone: Set<string>;
  /** every call, as `name` and input */
  calls: { name: string; input: Record<string, unknown> }[];
  /** when set, `briefings.update` fails */
  failUpdates: boolean;
  /** when set, `briefings.preview` answers only when its entry in `heldPreviews` is called */
  holdPreviews: boolean;
  heldPreviews: (() => void)[];
}

/** The in-memory stand-in; `briefings` are stored as given. */
export function fakeBriefings(briefings: Briefing[]): FakeBriefings {
  const fake: FakeBriefings = { api: {} as ApiClient, store: new Map(briefings.map((b) => [b.id, structuredClone(b)])), gone: new Set(), calls: [], failUpdates: false, holdPreviews: false, heldPreviews: [] };
  let clock = Date.parse('2025-03-02T09:00:00.000Z');
  let nextId = 1;
  const now = (): string => new Date((clock += 60_000)).toISOString();
  const view = (item: BriefingItem): BriefingItemView => {
    const missing = item.type === 'annotation' && fake.gone.has(item.annotationId);
    const quote = item.type === 'annotation' ? item.quote : null;
    return { itemId: item.id, state: missing ? 'missing' : 'ok', missingReason: missing ? 'annotation-deleted' : null, documentId: null, documentTitle: null, date: null, part: null, partLabel: null, quote, note: null, color: item.type === 'annotation' ? 'yellow' : null, themes: [] };
  };
  const summary = (b: Briefing): BriefingSummary => ({ id: b.id, title: b.title, itemCount: b.items.length, missingCount: b.items.map(view).filter((v) => v.state === 'missing').length, createdAt: b.createdAt, updatedAt: b.updatedAt });
  const save = (b: Briefing): Briefing => {
    fake.store.set(b.id, b);
    return structuredClone(b);
  };
  const toItem = (item: NewBriefingItem): BriefingItem => {
    const id = `new-${String(nextId++)}`;
    if (item.type === 'annotation') return { type: 'annotation', id, annotationId: item.annotationId, documentId: item.documentId, part: null, quote: item.annotationId };
    if (item.type === 'heading') return { type: 'heading', id, text: item.text, level: item.level ?? 1 };
    if (item.type === 'text') return { type: 'text', id, text: item.text };
    if (item.type === 'qa') return { type: 'qa', id, documentId: item.documentId, questionNumber: item.questionNumber };
    return { type: 'document', id, documentId: item.documentId };
  };
  const key = (i: BriefingItem): string | null => (i.type === 'annotation' ? i.annotationId : i.type === 'qa' ? `${i.documentId}:${String(i.questionNumber)}` : i.type === 'document' ? i.documentId : null);
  const handlers: Record<string, (input: Record<string, unknown>) => Promise<Result<unknown>>> = {
    'briefings.list': () => ok([...fake.store.values()].map(summary)),
    'briefings.get': ({ id }) => {
      const b = fake.store.get(id as string);
      return b ? ok({ briefing: structuredClone(b), items: b.items.map(view) }) : fail('not-found', 'no such briefing');
    },
    'briefings.create': ({ title }) => ok(save(testBriefing(`b-${String(nextId++)}`, title as string, [], now()))),
    'briefings.update': ({ id, ...patch }) => {
      const b = fake.store.get(id as string);
      if (!b) return fail('not-found', 'no such briefing');
      if (fake.failUpdates) return fail('invalid-input', 'refused');
      const options = { ...b.options, ...((patch['options'] as object | undefined) ?? {}) };
      return ok(save({ ...b, ...(patch as Partial<Briefing>), options, updatedAt: now() }));
    },
    'briefings.delete': ({ id }) => {
      const b = fake.store.get(id as string);
      if (!b) return fail('not-found', 'no such briefing');
      fake.store.delete(b.id);
      return ok(b);
    },
    'briefings.restore': ({ briefing }) => ok(save(briefing as Briefing)),
    'briefings.addItems': ({ briefingId, newTitle, items }) => {
      const b = briefingId ? fake.store.get(briefingId as string) : testBriefing(`b-${String(nextId++)}`, newTitle as string, [], now());
      if (!b) return fail('not-found', 'no such briefing');
      const held = new Set(b.items.map(key));
      const added: BriefingItem[] = [];
      let duplicates = 0;
      for (const item of (items as NewBriefingItem[]).map(toItem)) {
        if (key(item) !== null && held.has(key(item))) duplicates++;
        else added.push(item);
        held.add(key(item));
      }
      const saved = save({ ...b, items: [...b.items, ...added], updatedAt: now() });
      return ok({ briefing: saved, addedItemIds: added.map((i) => i.id), duplicates });
    },
    'briefings.preview': ({ id }) => {
      const b = fake.store.get(id as string);
      if (!b) return fail('not-found', 'no such briefing');
      const answer = { ok: true as const, value: { html: `<h1>${b.title}</h1>${b.items.map((i) => `<p>${i.id}</p>`).join('')}` } };
      if (!fake.holdPreviews) return Promise.resolve(answer);
      return new Promise((resolve) => fake.heldPreviews.push(() => resolve(answer)));
    },
  };
  fake.api = new Proxy({} as ApiClient, {
    get: (_target, name: string) => (input: Record<string, unknown>) => {
      fake.calls.push({ name, input: structuredClone(input) });
      return handlers[name]?.(input) ?? fail('not-found', `${name} is not part of this stand-in`);
    },
  });
  return fake;
}
