import { createFieldRow, type FieldRow } from './field-row';

/** The layout field: a choice among the blog's `_layouts`. */
export interface LayoutField {
  readonly row: FieldRow;
  readonly select: HTMLSelectElement;
  /** Shows the post's layout (empty for none). */
  show(layout: string): void;
  /** The blog's layouts. */
  setLayouts(layouts: readonly string[]): void;
}

/**
 * The layout field (`form-layout`): a select of the blog's layouts plus
 * "No layout"; a layout the post names that the blog does not have is kept as
 * an option, marked as missing, so opening the form never changes it.
 */
export function createLayoutField(edit: (layout: string) => string | null): LayoutField {
  const select = document.createElement('select');
  select.dataset['testid'] = 'form-layout';
  const row = createFieldRow(select, 'Layout', 'form-layout');
  let layouts: readonly string[] = [];
  let current = '';

  const render = (): void => {
    const names = current === '' || layouts.includes(current) ? layouts : [...layouts, current];
    const none = new Option('No layout', '');
    select.replaceChildren(
      none,
      ...names.map((name) => new Option(layouts.includes(name) ? name : `${name} (not in _layouts)`, name)),
    );
    select.value = current;
    row.setHint(current !== '' && !layouts.includes(current) ? `The blog has no _layouts/${current}` : '');
  };

  select.addEventListener('change', () => {
    const problem = edit(select.value);
    row.setError(problem);
    if (problem === null) {
      current = select.value;
      render();
    }
  });

  return {
    row,
    select,
    show(layout) {
      if (layout !== current || select.value !== layout) {
        current = layout;
        render();
      }
      row.setError(null);
    },
    setLayouts(next) {
      layouts = next;
      render();
    },
  };
}
