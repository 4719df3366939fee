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
