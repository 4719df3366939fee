let nextId = 0;

/** A unique id for a label, a hint or an error message to point at. */
export function uniqueId(prefix: string): string {
  nextId += 1;
  return `${prefix}-${nextId}`;
}

/** A form row: a label, a control, a hint and the inline error message the control is described by. */
export interface FieldRow {
  readonly element: HTMLElement;
  /** Shows `message` as the control's error (`aria-invalid`), or clears it with null. */
  setError(message: string | null): void;
  /** Sets the hint under the control (say "today: used when exporting"), or removes it with an empty string. */
  setHint(text: string): void;
}

/**
 * Builds a row around `control` with a visible `<label>` (or, for a group,
 * `aria-labelledby`), a hint and an error message; the control is described by
 * both, so a screen reader reads the error with the field. `testId` names the
 * error element `<testId>-error`.
 */
export function createFieldRow(control: HTMLElement, labelText: string, testId: string, group = false): FieldRow {
  const element = document.createElement('div');
  element.className = 'form-row';
  const label = document.createElement(group ? 'span' : 'label');
  label.className = 'form-label';
  label.id = uniqueId(`${testId}-label`);
  label.textContent = labelText;
  if (group) {
    control.setAttribute('aria-labelledby', label.id);
  } else {
    control.id ||= uniqueId(testId);
    (label as HTMLLabelElement).htmlFor = control.id;
  }
  const hint = document.createElement('p');
  hint.className = 'form-hint';
  hint.id = uniqueId(`${testId}-hint`);
  hint.hidden = true;
  const error = document.createElement('p');
  error.className = 'form-error';
  error.id = uniqueId(`${testId}-error`);
  error.dataset['testid'] = `${testId}-error`;
  error.hidden = true;
  const describedBy = group ? control.querySelector('input') ?? control : control;
  describedBy.setAttribute('aria-describedby', `${hint.id} ${error.id}`);
  element.append(label, control, hint, error);
  return {
    element,
    setError(message) {
      error.hidden = message === null;
      error.textContent = message ?? '';
      if (message === null) {
        describedBy.removeAttribute('aria-invalid');
      } else {
        describedBy.setAttribute('aria-invalid', 'true');
      }
    },
    setHint(text) {
      hint.hidden = text === '';
      hint.textContent = text;
    },
  };
}
