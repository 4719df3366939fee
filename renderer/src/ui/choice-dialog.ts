/** One answer a {@link askChoice} dialog offers. */
export interface Choice<Id extends string> {
  readonly id: Id;
  readonly label: string;
  /** The button's `data-testid`. */
  readonly testId: string;
  /** What Escape answers: at most one choice should say so. */
  readonly onEscape?: boolean;
}

/** What a choice dialog shows. */
export interface ChoiceDialogOptions<Id extends string> {
  /** The dialog's `data-testid`. */
  readonly testId: string;
  readonly title: string;
  readonly message: string;
  readonly choices: readonly Choice<Id>[];
  /**
   * Called with the dialog's extra area before it shows; `extra` choices
   * (buttons whose answer does not close the dialog, such as "Show the
   * difference") are wired here by the caller.
   */
  readonly decorate?: (area: HTMLElement) => void;
}

/**
 * Shows a modal in-app dialog (role `alertdialog`, focus on the first answer,
 * the rest of the app inert while it is open) and resolves with the chosen
 * answer's id. Escape answers the choice marked `onEscape`, if any. The dialog
 * is removed once answered.
 */
export function askChoice<Id extends string>(host: HTMLElement, options: ChoiceDialogOptions<Id>): Promise<Id> {
  const backdrop = document.createElement('div');
  backdrop.className = 'choice-backdrop';
  const dialog = document.createElement('div');
  dialog.className = 'choice-dialog';
  dialog.dataset['testid'] = options.testId;
  dialog.setAttribute('role', 'alertdialog');
  dialog.setAttribute('aria-modal', 'true');
  const titleId = `${options.testId}-title`;
  const messageId = `${options.testId}-message`;
  dialog.setAttribute('aria-labelledby', titleId);
  dialog.setAttribute('aria-describedby', messageId);
  const title = document.createElement('h2');
  title.id = titleId;
  title.textContent = options.title;
  const message = document.createElement('p');
  message.id = messageId;
  message.dataset['testid'] = `${options.testId}-message`;
  message.textContent = options.message;
  const extra = document.createElement('div');
  extra.className = 'choice-extra';
  const buttons = document.createElement('div');
  buttons.className = 'choice-buttons';
  dialog.append(title, message, extra, buttons);
  backdrop.append(dialog);
  options.decorate?.(extra);

  return new Promise<Id>((resolve) => {
    const inertBefore = [...host.children].filter((child) => child !== backdrop && child instanceof HTMLElement && !child.inert) as HTMLElement[];
    const answer = (id: Id): void => {
      for (const element of inertBefore) {
        element.inert = false;
      }
      backdrop.remove();
      resolve(id);
    };
    for (const choice of options.choices) {
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = choice.label;
      button.dataset['testid'] = choice.testId;
      button.addEventListener('click', () => answer(choice.id));
      buttons.append(button);
    }
    const escape = options.choices.find((choice) => choice.onEscape === true);
    dialog.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && escape !== undefined) {
        event.preventDefault();
        event.stopPropagation();
        answer(escape.id);
      }
    });
    host.append(backdrop);
    for (const element of inertBefore) {
      element.inert = true;
    }
    buttons.querySelector('button')?.focus();
  });
}
