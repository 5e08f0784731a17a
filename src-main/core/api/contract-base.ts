/**
 * The building blocks of the API contract's entries (contract.ts): the entry shape with its
 * phantom output type, and the input schemas several areas share.
 */
import { z } from 'zod';

/** One contract entry: the input schema, and the output type carried only at the type level. */
export interface Entry<I extends z.ZodType, O> {
  input: I;
  /** phantom: never read at runtime */
  output?: O;
}

/** Declares an entry with output type `O`: `entry<Tag>()(z.object({ id: Id }))`. */
export function entry<O>() {
  return <I extends z.ZodType>(input: I): Entry<I, O> => ({ input });
}

/** An id of a document, annotation, theme, briefing or saved search. */
export const Id = z.string().min(1).max(200);
/** A theme's name as typed (trimmed). */
export const TagName = z.string().trim().min(1).max(80);
