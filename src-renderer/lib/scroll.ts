/**
 * In-page navigation without touching location.hash (the browser shell keeps its token flow
 * there): scroll an element into view, move focus to it, and flash it briefly.
 */

/** Milliseconds the "you are here" outline stays on a target. */
const FLASH_MS = 1600;

/** Scrolls `element` into view, focuses it without a second scroll, and flashes it. */
export function revealElement(element: HTMLElement): void {
  element.scrollIntoView({ block: 'center', behavior: 'smooth' });
  if (!element.hasAttribute('tabindex') && !element.matches('a, button, input, textarea, select')) {
    element.setAttribute('tabindex', '-1');
  }
  element.focus({ preventScroll: true });
  element.classList.add('flash');
  setTimeout(() => element.classList.remove('flash'), FLASH_MS);
}

/** `revealElement` for the element with `id`. @returns false when there is no such element */
export function revealElementById(id: string): boolean {
  const element = document.getElementById(id);
  if (!element) return false;
  revealElement(element);
  return true;
}

/** Click handler for an in-page link (`href="#id"`): reveals the target instead of navigating. */
export function followInPageLink(event: MouseEvent, id: string): void {
  event.preventDefault();
  revealElementById(id);
}
