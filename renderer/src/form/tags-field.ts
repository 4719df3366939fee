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

/** At most this many suggestions are listed. */
const maxSuggestions = 8;

/**
 * The tags field (`form-tags`): one chip per tag with a labelled remove
 * button, and a combobox input. Typing filters the blog's tags (those
 * starting with the text first, then those containing it; tags the post has
 * are left out); ArrowDown/ArrowUp move through them, Enter adds the
 * highlighted one or else the typed text, Escape closes the list, Backspace in
 * the empty input removes the last tag. `edit` gets the new list and returns
 * an error or null.
 */
export function createTagsField(edit: (tags: readonly string[]) => string | null): TagsField {
  const group = document.createElement('div');
  group.className = 'form-tags';
  group.dataset['testid'] = 'form-tags';
  group.setAttribute('role', 'group');
  const chips = document.createElement('ul');
  chips.className = 'form-tag-chips';
  chips.setAttribute('aria-label', 'Tags of this post');
  const input = document.createElement('input');
  input.type = 'text';
  input.autocomplete = 'off';
  input.spellcheck = false;
  input.placeholder = 'Add a tag…';
  input.setAttribute('aria-label', 'Add a tag');
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  const listbox = document.createElement('ul');
  listbox.className = 'form-tag-suggestions';
  listbox.id = uniqueId('form-tag-suggestions');
  listbox.dataset['testid'] = 'form-tag-suggestions';
  listbox.setAttribute('role', 'listbox');
  listbox.setAttribute('aria-label', 'Tags of the blog');
  listbox.hidden = true;
  input.setAttribute('aria-controls', listbox.id);
  group.append(chips, input, listbox);
  const row = createFieldRow(group, 'Tags', 'form-tags', true);

  let tags: readonly string[] = [];
  let catalogue: readonly TagCount[] = [];
  let suggestions: readonly TagCount[] = [];
  let active = -1;

  const change = (next: readonly string[]): boolean => {
    const problem = edit(next);
    row.setError(problem);
    if (problem === null) {
      tags = next;
      renderChips();
    }
    return problem === null;
  };

  const renderChips = (): void => {
    chips.replaceChildren(
      ...tags.map((tag) => {
        const chip = document.createElement('li');
        chip.className = 'form-tag-chip';
        chip.dataset['testid'] = 'form-tag';
        chip.dataset['tag'] = tag;
        const name = document.createElement('span');
        name.textContent = tag;
        const remove = document.createElement('button');
        remove.type = 'button';
        remove.className = 'form-tag-remove';
        remove.dataset['testid'] = 'form-tag-remove';
        remove.setAttribute('aria-label', `Remove tag ${tag}`);
        remove.title = `Remove tag ${tag}`;
        remove.textContent = '×';
        remove.addEventListener('click', () => {
          if (change(tags.filter((other) => other !== tag))) {
            input.focus();
          }
        });
        chip.append(name, remove);
        return chip;
      }),
    );
  };

  const renderSuggestions = (): void => {
    const typed = input.value.trim().toLowerCase();
    const candidates = catalogue.filter((entry) => !tags.includes(entry.tag));
    suggestions = typed === ''
      ? []
      : [
          ...candidates.filter((entry) => entry.tag.toLowerCase().startsWith(typed)),
          ...candidates.filter((entry) => !entry.tag.toLowerCase().startsWith(typed) && entry.tag.toLowerCase().includes(typed)),
        ].slice(0, maxSuggestions);
    active = Math.min(active, suggestions.length - 1);
    listbox.replaceChildren(
      ...suggestions.map((entry, index) => {
        const option = document.createElement('li');
        option.id = `${listbox.id}-${index}`;
        option.className = 'form-tag-option';
        option.dataset['testid'] = 'form-tag-option';
        option.dataset['tag'] = entry.tag;
        option.setAttribute('role', 'option');
        option.setAttribute('aria-selected', String(index === active));
        option.textContent = entry.tag;
        const count = document.createElement('span');
        count.className = 'form-tag-count';
        count.textContent = ` ${entry.count}`;
        count.setAttribute('aria-label', `${entry.count} posts`);
        option.append(count);
        option.addEventListener('mousedown', (event) => {
          event.preventDefault();
          add(entry.tag);
        });
        return option;
      }),
    );
    listbox.hidden = suggestions.length === 0;
    input.setAttribute('aria-expanded', String(!listbox.hidden));
    if (active >= 0) {
      input.setAttribute('aria-activedescendant', `${listbox.id}-${active}`);
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  };

  const add = (tag: string): void => {
    const problem = tagProblem(tag, tags);
    if (problem !== null) {
      row.setError(problem);
      return;
    }
    if (change([...tags, tag])) {
      input.value = '';
      active = -1;
      renderSuggestions();
    }
  };

  input.addEventListener('input', () => {
    active = -1;
    row.setError(null);
    renderSuggestions();
  });
  input.addEventListener('keydown', (event) => {
    if (event.isComposing) {
      return;
    }
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp':
        if (suggestions.length > 0) {
          event.preventDefault();
          const step = event.key === 'ArrowDown' ? 1 : -1;
          active = (active + step + suggestions.length) % suggestions.length;
          renderSuggestions();
        }
        break;
      case 'Enter': {
        event.preventDefault();
        add(suggestions[active]?.tag ?? input.value.trim());
        break;
      }
      case 'Escape':
        if (!listbox.hidden) {
          event.preventDefault();
          active = -1;
          suggestions = [];
          listbox.hidden = true;
          input.setAttribute('aria-expanded', 'false');
        }
        break;
      case 'Backspace':
        if (input.value === '' && tags.length > 0) {
          event.preventDefault();
          change(tags.slice(0, -1));
        }
        break;
    }
  });
  input.addEventListener('blur', () => {
    listbox.hidden = true;
    input.setAttribute('aria-expanded', 'false');
  });

  return {
    row,
    input,
    show(next) {
      if (next.length === tags.length && next.every((tag, index) => tags[index] === tag)) {
        return;
      }
      tags = next;
      renderChips();
    },
    setCatalogue(next) {
      catalogue = next;
    },
  };
}
