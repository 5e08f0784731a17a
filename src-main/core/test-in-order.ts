/** Test support: asserts that texts occur in a longer text in a given order. Test-only. */
import { expect } from 'vitest';

/** Asserts that each of `parts` occurs in `text` after the one before it. */
export function expectInOrder(text: string, parts: readonly string[]): void {
  let from = 0;
  for (const part of parts) {
    const at = text.indexOf(part, from);
    expect(at, `"${part}" after position ${String(from)}`).toBeGreaterThanOrEqual(0);
    from = at + part.length;
  }
}
