import type { TagCount } from '../../../shared/blog/tag-catalogue';
import { createFieldRow, uniqueId, type FieldRow } from './field-row';
import { tagProblem } from './form-model';

/** The tags field: chips, a text input, and suggestions from the blog's tag catalogue. */
export interface TagsField {
  readonly row: FieldRow;
  readonly input: HTMLInputElement;
  /** Shows the post's tags. */
  show(tags: readonly string[]): void;
  /** The blog's tags, most used first, offered as the user types. */
  setCatalogue(catalogue: readonly TagCount[]): void;
}

/** What a chip field holds and how it names it: the post's tags, or its categories. */
export interface ChipFieldKind {
  /** The row's label (`Tags`). */
  readonly label: string;
  /** One item, in the field's messages (`tag`). */
  readonly noun: string;
  /** The field's test id (`form-tags`); chips get `form-tag`, their buttons `form-tag-remove`, suggestions `form-tag-option`. */
  readonly testId: string;
  readonly chipTestId: string;
}

/** The tags field. */
export const tagsKind: ChipFieldKind = { label: 'Tags', noun: 'tag', testId: 'form-tags', chipTestId: 'form-tag' };
/** The categories field: the same rules as tags (Jekyll splits a string of categories on spaces too). */
export const categoriesKind: ChipFieldKind = { label: 'Categories', noun: 'category', testId: 'form-categories', chipTestId: 'form-category' };

/** At most this many suggestions are listed. */
const maxSuggestions = 8;

/** The parts of the tags field the behaviour works on. */
interface TagsView {
  readonly kind: ChipFieldKind;
  readonly row: FieldRow;
  readonly chips: HTMLUListElement;
  readonly input: HTMLInputElement;
  readonly listbox: HTMLUListElement;
}

/** What the field holds: the post's tags, the blog's, and the suggestion list with its highlighted entry (-1 for none). */
interface TagsState {
  tags: readonly string[];
  catalogue: readonly TagCount[];
  suggestions: readonly TagCount[];
  active: number;
}

/** Builds the field's elements: the chip list, the combobox input and its listbox, in a labelled row. */
function buildTagsView(kind: ChipFieldKind): TagsView {
  const group = document.createElement('div');
  group.className = 'form-tags';
  group.dataset['testid'] = kind.testId;
  group.setAttribute('role', 'group');
  const chips = document.createElement('ul');
  chips.className = 'form-tag-chips';
  chips.setAttribute('aria-label', `${kind.label} of this post`);
  const input = document.createElement('input');
  input.type = 'text';
  input.autocomplete = 'off';
  input.spellcheck = false;
  input.placeholder = `Add a ${kind.noun}…`;
  input.setAttribute('aria-label', `Add a ${kind.noun}`);
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  const listbox = document.createElement('ul');
  listbox.className = 'form-tag-suggestions';
  listbox.id = uniqueId(`${kind.chipTestId}-suggestions`);
  listbox.dataset['testid'] = `${kind.chipTestId}-suggestions`;
  listbox.setAttribute('role', 'listbox');
  listbox.setAttribute('aria-label', `${kind.label} of the blog`);
  listbox.hidden = true;
  input.setAttribute('aria-controls', listbox.id);
  group.append(chips, input, listbox);
  return { kind, row: createFieldRow(group, kind.label, kind.testId, true), chips, input, listbox };
}

/** One chip per tag, each with a labelled remove button that calls `remove`. */
function renderChips(chips: HTMLUListElement, tags: readonly string[], kind: ChipFieldKind, remove: (tag: string) => void): void {
  chips.replaceChildren(
    ...tags.map((tag) => {
      const chip = document.createElement('li');
      chip.className = 'form-tag-chip';
      chip.dataset['testid'] = kind.chipTestId;
      chip.dataset['tag'] = tag;
      const name = document.createElement('span');
      name.textContent = tag;
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'form-tag-remove';
      button.dataset['testid'] = `${kind.chipTestId}-remove`;
      button.setAttribute('aria-label', `Remove ${kind.noun} ${tag}`);
      button.title = `Remove ${kind.noun} ${tag}`;
      button.textContent = '×';
      button.addEventListener('click', () => remove(tag));
      chip.append(name, button);
      return chip;
    }),
  );
}

/** The blog's tags that match `typed` and the post does not have: an exact match first, then those starting with it, then those containing it. */
function suggestionsFor(catalogue: readonly TagCount[], tags: readonly string[], typed: string): TagCount[] {
  if (typed === '') {
    return [];
  }
  const candidates = catalogue.filter((entry) => !tags.includes(entry.tag));
  return [
    ...candidates.filter((entry) => entry.tag.toLowerCase() === typed),
    ...candidates.filter((entry) => entry.tag.toLowerCase() !== typed && entry.tag.toLowerCase().startsWith(typed)),
    ...candidates.filter((entry) => !entry.tag.toLowerCase().startsWith(typed) && entry.tag.toLowerCase().includes(typed)),
  ].slice(0, maxSuggestions);
}

/** Shows `state.suggestions` in the listbox with the active one selected; a mouse press on one calls `pick`. */
function renderSuggestions(view: TagsView, state: TagsState, pick: (tag: string) => void): void {
  const { input, listbox } = view;
  listbox.replaceChildren(
    ...state.suggestions.map((entry, index) => {
      const option = document.createElement('li');
      option.id = `${listbox.id}-${index}`;
      option.className = 'form-tag-option';
      option.dataset['testid'] = `${view.kind.chipTestId}-option`;
      option.dataset['tag'] = entry.tag;
      option.setAttribute('role', 'option');
      option.setAttribute('aria-selected', String(index === state.active));
      option.textContent = entry.tag;
      const count = document.createElement('span');
      count.className = 'form-tag-count';
      count.textContent = ` ${entry.count}`;
      count.setAttribute('aria-label', `${entry.count} posts`);
      option.append(count);
      option.addEventListener('mousedown', (event) => {
        event.preventDefault();
        pick(entry.tag);
      });
      return option;
    }),
  );
  listbox.hidden = state.suggestions.length === 0;
  input.setAttribute('aria-expanded', String(!listbox.hidden));
  if (state.active >= 0) {
    input.setAttribute('aria-activedescendant', `${listbox.id}-${state.active}`);
  } else {
    input.removeAttribute('aria-activedescendant');
  }
}

/** What the keyboard can do to the field. */
interface TagsActions {
  add(tag: string): void;
  change(next: readonly string[]): boolean;
  showSuggestions(): void;
  closeSuggestions(): void;
}

/** The input's keys: arrows move through the suggestions, Enter adds, Escape closes the list, Backspace in an empty input removes the last tag. */
function onTagKey(event: KeyboardEvent, view: TagsView, state: TagsState, actions: TagsActions): void {
  if (event.isComposing) {
    return;
  }
  switch (event.key) {
    case 'ArrowDown':
    case 'ArrowUp':
      if (state.suggestions.length > 0) {
        event.preventDefault();
        const step = event.key === 'ArrowDown' ? 1 : -1;
        state.active = (state.active + step + state.suggestions.length) % state.suggestions.length;
        actions.showSuggestions();
      }
      break;
    case 'Enter':
      event.preventDefault();
      actions.add(state.suggestions[state.active]?.tag ?? view.input.value.trim());
      break;
    case 'Escape':
      // The typed text stays: Enter then adds it as it is.
      if (!view.listbox.hidden) {
        event.preventDefault();
        actions.closeSuggestions();
      }
      break;
    case 'Backspace':
      if (view.input.value === '' && state.tags.length > 0) {
        event.preventDefault();
        actions.change(state.tags.slice(0, -1));
      }
      break;
  }
}

/**
 * The tags field (`form-tags`): one chip per tag with a labelled remove
 * button, and a combobox input. Typing filters the blog's tags (those
 * starting with the text first, then those containing it; tags the post has
 * are left out, an exact match leads). The first match is highlighted as
 * the user types (the combobox pattern with automatic selection, through
 * `aria-activedescendant`), ArrowDown/ArrowUp move the highlight, Enter adds
 * the highlighted tag or, with none highlighted (no match, or Escape closed
 * the list), the typed text; Escape keeps the typed text; Backspace in the
 * empty input removes the last tag. `edit` gets the new list and returns
 * an error or null.
 */
export function createTagsField(edit: (tags: readonly string[]) => string | null, kind: ChipFieldKind = tagsKind): TagsField {
  const view = buildTagsView(kind);
  const { row, input, listbox } = view;
  const state: TagsState = { tags: [], catalogue: [], suggestions: [], active: -1 };

  const remove = (tag: string): void => {
    if (change(state.tags.filter((other) => other !== tag))) {
      input.focus();
    }
  };
  const change = (next: readonly string[]): boolean => {
    const problem = edit(next);
    row.setError(problem);
    if (problem === null) {
      state.tags = next;
      renderChips(view.chips, state.tags, kind, remove);
    }
    return problem === null;
  };
  const showSuggestions = (): void => {
    state.suggestions = suggestionsFor(state.catalogue, state.tags, input.value.trim().toLowerCase());
    state.active = Math.min(state.active, state.suggestions.length - 1);
    renderSuggestions(view, state, add);
  };
  const add = (tag: string): void => {
    const problem = tagProblem(tag, state.tags, kind.noun);
    if (problem !== null) {
      row.setError(problem);
      return;
    }
    if (change([...state.tags, tag])) {
      input.value = '';
      state.active = -1;
      showSuggestions();
    }
  };
  const closeSuggestions = (): void => {
    state.active = -1;
    state.suggestions = [];
    listbox.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
  };

  input.addEventListener('input', () => {
    // The first match is highlighted as the user types, so Enter takes what the list shows; Escape keeps the typed text.
    state.active = 0;
    row.setError(null);
    showSuggestions();
  });
  input.addEventListener('keydown', (event) => onTagKey(event, view, state, { add, change, showSuggestions, closeSuggestions }));
  input.addEventListener('blur', () => {
    listbox.hidden = true;
    input.setAttribute('aria-expanded', 'false');
  });

  return {
    row,
    input,
    show(next) {
      if (next.length === state.tags.length && next.every((tag, index) => state.tags[index] === tag)) {
        return;
      }
      state.tags = next;
      renderChips(view.chips, state.tags, kind, remove);
    },
    setCatalogue(next) {
      state.catalogue = next;
    },
  };
}
