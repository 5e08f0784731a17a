/**
 * Tags (themes), briefings and saved searches: the analyst's workspace (DESIGN §2, workspace.json).
 */
import { z } from 'zod';

export const TAG_COLORS = ['#b45309', '#047857', '#1d4ed8', '#be185d', '#6d28d9', '#0f766e', '#b91c1c', '#4b5563'] as const;

export const Tag = z.object({
  id: z.string(),
  name: z.string().min(1),
  color: z.string(),
  parentId: z.string().nullable(),
  description: z.string(),
});
export type Tag = z.infer<typeof Tag>;

export const BriefingItem = z.discriminatedUnion('type', [
  z.object({ type: z.literal('document'), documentId: z.string() }),
  z.object({ type: z.literal('annotation'), annotationId: z.string() }),
  z.object({ type: z.literal('heading'), text: z.string() }),
  z.object({ type: z.literal('text'), text: z.string() }),
]);
export type BriefingItem = z.infer<typeof BriefingItem>;

export const BriefingOptions = z.object({
  /** UI/print language of the fixed labels */
  locale: z.enum(['nl', 'en']).default('nl'),
  includeUnannotatedAnswers: z.boolean().default(true),
});
export type BriefingOptions = z.infer<typeof BriefingOptions>;

export const Briefing = z.object({
  id: z.string(),
  title: z.string(),
  subtitle: z.string(),
  author: z.string(),
  intro: z.string(),
  items: z.array(BriefingItem),
  options: BriefingOptions,
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Briefing = z.infer<typeof Briefing>;

export const SavedSearch = z.object({ id: z.string(), name: z.string(), query: z.string() });
export type SavedSearch = z.infer<typeof SavedSearch>;
