/** What {@link element} sets on the element it creates; each is left unset when absent. */
export interface ElementOptions {
  /** The `class` attribute. */
  readonly className?: string;
  /** The text content. */
  readonly text?: string;
  /** The `data-testid`: for tests only, the app never looks an element up by it. */
  readonly testId?: string;
}

/** Creates a `name` element with the class, text and test id of `options`. */
export function element<Name extends keyof HTMLElementTagNameMap>(name: Name, options: ElementOptions = {}): HTMLElementTagNameMap[Name] {
  const created = document.createElement(name);
  if (options.className !== undefined) {
    created.className = options.className;
  }
  if (options.text !== undefined) {
    created.textContent = options.text;
  }
  if (options.testId !== undefined) {
    created.dataset['testid'] = options.testId;
  }
  return created;
}

/**
 * The element of `root` that `selector` finds: an id or class the app gave
 * it, never a test id (those are for tests). Throws naming the selector when
 * there is none: the page is not the app's.
 */
export function required<Found extends Element = HTMLElement>(root: ParentNode, selector: string): Found {
  const found = root.querySelector<Found>(selector);
  if (found === null) {
    throw new Error(`the page has no element ${selector}`);
  }
  return found;
}

/** The last name in `path`, a file's or a folder's: `/` and `\` both separate, and a trailing one is ignored. */
export function fileName(path: string): string {
  return path.split(/[\\/]/).filter((part) => part !== '').pop() ?? path;
}
