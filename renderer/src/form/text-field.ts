import { createFieldRow, type FieldRow } from './field-row';

/** A one-line text field of the form (title, date, time, marker). */
export interface TextField {
  readonly row: FieldRow;
  readonly input: HTMLInputElement;
  /** Shows the post's value, unless the user is typing in this field (their text and cursor stay). */
  show(value: string): void;
}

/** Options of {@link createTextField}. */
export interface TextFieldOptions {
  readonly testId: string;
  readonly label: string;
  readonly placeholder?: string;
  /** Numeric keyboards for dates and times. */
  readonly inputMode?: 'numeric' | 'text';
  /** Called on every edit with the typed text; returns the error to show, or null when the value was taken. */
  readonly edit: (value: string) => string | null;
}

/**
 * A labelled text input (test id `testId`) whose every edit goes to `edit`;
 * a refused value stays in the field, marked invalid with the reason next to
 * it, and never reaches the post.
 */
export function createTextField(options: TextFieldOptions): TextField {
  const input = document.createElement('input');
  input.type = 'text';
  input.dataset['testid'] = options.testId;
  input.spellcheck = options.inputMode !== 'numeric';
  input.autocomplete = 'off';
  if (options.placeholder !== undefined) {
    input.placeholder = options.placeholder;
  }
  if (options.inputMode !== undefined) {
    input.inputMode = options.inputMode;
  }
  const row = createFieldRow(input, options.label, options.testId);
  input.addEventListener('input', () => {
    row.setError(options.edit(input.value));
  });
  return {
    row,
    input,
    show(value) {
      if (input.ownerDocument.activeElement === input) {
        return;
      }
      if (input.value !== value) {
        input.value = value;
      }
      row.setError(null);
    },
  };
}
