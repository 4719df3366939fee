import { createFieldRow } from './field-row';
import type { OtherField } from './form-model';

/** The key/value list: every front matter key without a field of its own. */
export interface OtherFields {
  readonly element: HTMLElement;
  /** Shows the post's other keys; the row the user is typing in keeps its text. */
  show(fields: readonly OtherField[]): void;
}

/**
 * The key/value list (`form-other`): one row per key, labelled with the key;
 * scalars in a one-line input, lists and mappings as YAML in a text area
 * (test id `form-other-value`, `data-key` naming the key). `edit` gets the
 * key and the YAML text typed and returns an error or null; values Inkpost
 * cannot write back (timestamps) are read-only.
 */
export function createOtherFields(edit: (key: string, text: string) => string | null): OtherFields {
  const element = document.createElement('div');
  element.className = 'form-other';
  element.dataset['testid'] = 'form-other';
  const heading = document.createElement('h3');
  heading.className = 'form-other-heading';
  heading.textContent = 'Other keys';
  const rows = document.createElement('div');
  element.append(heading, rows);
  element.hidden = true;
  let shown: readonly OtherField[] = [];

  const build = (field: OtherField): HTMLElement => {
    const control = field.nested ? document.createElement('textarea') : document.createElement('input');
    if (control instanceof HTMLInputElement) {
      control.type = 'text';
    } else {
      control.rows = Math.min(8, field.text.split('\n').length + 1);
    }
    control.className = 'form-other-value';
    control.dataset['testid'] = 'form-other-value';
    control.dataset['key'] = field.key;
    control.spellcheck = false;
    control.value = field.text;
    control.readOnly = !field.editable;
    const row = createFieldRow(control, field.key, 'form-other-value');
    if (!field.editable) {
      row.setHint('A date and time: edit it in the editor');
    }
    control.addEventListener('input', () => {
      row.setError(edit(field.key, control.value));
    });
    return row.element;
  };

  return {
    element,
    show(fields) {
      const active = element.ownerDocument.activeElement;
      const same = fields.length === shown.length && fields.every((field, index) => {
        const old = shown[index];
        return old !== undefined && old.key === field.key && old.text === field.text && old.nested === field.nested && old.editable === field.editable;
      });
      if (same) {
        return;
      }
      const typingKey = active instanceof HTMLElement && element.contains(active) ? active.dataset['key'] : undefined;
      const kept = typingKey === undefined ? undefined : active?.closest('.form-row');
      rows.replaceChildren(...fields.map((field) => (field.key === typingKey && kept instanceof HTMLElement ? kept : build(field))));
      element.hidden = fields.length === 0;
      shown = fields;
    },
  };
}
