/**
 * A dialog to pick one item from many by typing part of its name: a search
 * field over a listbox, in the combobox pattern. The field keeps the focus;
 * Up and Down move the highlighted option (announced through
 * `aria-activedescendant`), Enter or a click picks it, Escape or Cancel
 * closes with nothing picked. Built on the app's dialog system (`dialog.ts`).
 */
import { customDialog, type DialogText } from './dialog';
import { element } from './dom';

/** What {@link pick} asks. */
export interface PickOptions<Item> extends DialogText {
  /** The dialog's `data-testid`; its parts take it as a prefix (`-input`, `-list`, `-option`, `-empty`, `-cancel`, `-confirm`). */
  readonly testId: string;
  /** The search field's label. */
  readonly label: string;
  /** The items, in the order to offer them. */
  readonly items: readonly Item[];
  /** An option's main text, which the typed words are looked for in. */
  readonly text: (item: Item) => string;
  /** An option's second, quieter text (a date), or none. */
  readonly detail?: (item: Item) => string;
  /** Said in place of the list when nothing matches. */
  readonly empty: string;
  /** The confirm button's text. */
  readonly confirmLabel: string;
  /** At most this many options are shown. Default 50. */
  readonly limit?: number;
}

/** Lower case, without accents: how typed words and texts are compared. */
function folded(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The items whose text contains every word of `query` (all items for an empty query), in their order. */
export function matchingItems<Item>(items: readonly Item[], text: (item: Item) => string, query: string): Item[] {
  const words = folded(query).split(/\s+/).filter((word) => word !== '');
  return items.filter((item) => {
    const haystack = folded(text(item));
    return words.every((word) => haystack.includes(word));
  });
}

/** Resolves with the item the user picked, or null when they cancelled. */
export function pick<Item>(options: PickOptions<Item>): Promise<Item | null> {
  const { testId } = options;
  return customDialog<Item | null>(testId, options, (parts, finish) => {
    const field = element('input', { testId: `${testId}-input` });
    field.type = 'text';
    field.setAttribute('role', 'combobox');
    field.setAttribute('aria-autocomplete', 'list');
    field.setAttribute('aria-expanded', 'true');
    field.setAttribute('aria-controls', `${testId}-list`);
    const label = element('label', { className: 'dialog-field', text: options.label });
    label.append(field);
    const list = element('ul', { className: 'pick-list', testId: `${testId}-list` });
    list.id = `${testId}-list`;
    list.setAttribute('role', 'listbox');
    list.setAttribute('aria-label', options.label);
    const empty = element('p', { className: 'pick-empty', text: options.empty, testId: `${testId}-empty` });
    parts.extra.append(label, list, empty);
    let shown: Item[] = [];
    let active = 0;
    const highlight = (index: number): void => {
      active = Math.max(0, Math.min(index, shown.length - 1));
      list.querySelectorAll<HTMLElement>('[role="option"]').forEach((option, at) => {
        option.setAttribute('aria-selected', at === active ? 'true' : 'false');
        if (at === active) {
          field.setAttribute('aria-activedescendant', option.id);
          option.scrollIntoView({ block: 'nearest' });
        }
      });
      if (shown.length === 0) {
        field.removeAttribute('aria-activedescendant');
      }
    };
    const render = (): void => {
      shown = matchingItems(options.items, options.text, field.value).slice(0, options.limit ?? 50);
      list.replaceChildren(...shown.map((item, at) => {
        const option = element('li', { className: 'pick-option', testId: `${testId}-option` });
        option.id = `${testId}-option-${at}`;
        option.setAttribute('role', 'option');
        option.append(element('span', { className: 'pick-text', text: options.text(item) }));
        const detail = options.detail?.(item);
        if (detail !== undefined) {
          option.append(element('span', { className: 'pick-detail', text: detail }));
        }
        option.addEventListener('mousedown', (event) => event.preventDefault()); // the field keeps the focus
        option.addEventListener('click', () => finish(item));
        return option;
      }));
      empty.hidden = shown.length > 0;
      highlight(0);
    };
    const confirm = element('button', { text: options.confirmLabel, testId: `${testId}-confirm` });
    const cancel = element('button', { text: 'Cancel', testId: `${testId}-cancel` });
    confirm.type = 'button';
    cancel.type = 'button';
    parts.buttons.append(cancel, confirm);
    const answer = (): void => {
      const item = shown[active];
      if (item !== undefined) {
        finish(item);
      }
    };
    confirm.addEventListener('click', answer);
    cancel.addEventListener('click', () => finish(null));
    field.addEventListener('input', render);
    field.addEventListener('keydown', (event) => {
      const moves: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: 10, PageUp: -10 };
      const move = moves[event.key];
      if (move !== undefined) {
        event.preventDefault();
        highlight(active + move);
      } else if (event.key === 'Enter' && !event.isComposing) {
        event.preventDefault();
        answer();
      }
    });
    render();
    return { first: field, escape: () => finish(null), busy: () => false };
  });
}
