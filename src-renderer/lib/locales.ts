/** The UI languages (a leaf module, so the message modules can name the type without a cycle). */
export const LOCALES = ['nl', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
