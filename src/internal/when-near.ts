/**
 * Waits for elements to come within about one viewport of the screen, with one
 * IntersectionObserver for the whole page (a page of a hundred cards costs one observer).
 */
const waiting = new Map<Element, () => void>();
let observer: IntersectionObserver | undefined;

function forget(element: Element): void {
  waiting.delete(element);
  observer?.unobserve(element);
}

function createObserver(): IntersectionObserver {
  return new IntersectionObserver(
    entries => {
      for (const { isIntersecting, target } of entries) {
        const near = isIntersecting && waiting.get(target);
        if (near) {
          forget(target);
          near();
        }
      }
    },
    // A viewport's height above and below: the request starts before the reader gets there.
    { rootMargin: '100% 0px' },
  );
}

/**
 * Calls `then` once `element` is near the viewport (at once without IntersectionObserver);
 * returns a function that cancels the wait. An element that is not rendered (inside
 * `display: none`, a closed `<details>`) waits until it is.
 */
export function whenNear(element: Element, then: () => void): () => void {
  if (!globalThis.IntersectionObserver) {
    then();
  } else {
    // Built outside this call's scope: a callback created here would keep the first element alive.
    observer ??= createObserver();
    waiting.set(element, then);
    observer.observe(element);
  }
  return () => forget(element);
}
