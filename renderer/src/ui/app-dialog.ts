/** What an in-app dialog asks. */
export interface AppDialogOptions {
  /** The heading (`app-dialog-title`). */
  readonly title: string;
  /** A sentence under the heading (`app-dialog-message`), if any. */
  readonly message?: string;
  /** A text field (`app-dialog-input`) with its label and first value; without it the dialog only confirms. */
  readonly input?: { readonly label: string; readonly value?: string };
  /** The confirm button's text (`app-dialog-confirm`). */
  readonly confirmLabel: string;
  /** Marks the confirm button as destructive (deleting). */
  readonly destructive?: boolean;
  /**
   * Does what was asked with the field's value (empty without a field). When
   * it throws, its message is shown in the dialog (`app-dialog-error`) and
   * the dialog stays open for another try.
   */
  readonly accept: (value: string) => Promise<void>;
}

let openDialog: HTMLDialogElement | null = null;

function element<Name extends keyof HTMLElementTagNameMap>(name: Name, testId: string, text = ''): HTMLElementTagNameMap[Name] {
  const created = document.createElement(name);
  created.dataset['testid'] = testId;
  created.textContent = text;
  return created;
}

/**
 * Shows a modal dialog in the app (test id `app-dialog`), never a native
 * prompt: Electron has none, and a page's own dialog keeps the focus, the
 * look and the test ids in our hands. Enter confirms, Escape or Cancel
 * (`app-dialog-cancel`) closes without doing anything. Resolves true once
 * `accept` succeeded, false when cancelled. Only one dialog is open at a time:
 * asking again while one is open resolves false at once.
 */
export function showAppDialog(options: AppDialogOptions): Promise<boolean> {
  if (openDialog !== null) {
    return Promise.resolve(false);
  }
  const dialog = element('dialog', 'app-dialog');
  dialog.className = 'app-dialog';
  const title = element('h2', 'app-dialog-title', options.title);
  title.id = 'app-dialog-title';
  dialog.setAttribute('aria-labelledby', title.id);
  dialog.append(title);
  if (options.message !== undefined) {
    const message = element('p', 'app-dialog-message', options.message);
    message.id = 'app-dialog-message';
    dialog.setAttribute('aria-describedby', message.id);
    dialog.append(message);
  }
  let input: HTMLInputElement | null = null;
  if (options.input !== undefined) {
    const label = document.createElement('label');
    label.className = 'app-dialog-field';
    label.textContent = options.input.label;
    input = element('input', 'app-dialog-input');
    input.type = 'text';
    input.value = options.input.value ?? '';
    input.spellcheck = true;
    label.append(input);
    dialog.append(label);
  }
  const error = element('p', 'app-dialog-error');
  error.className = 'app-dialog-error';
  error.setAttribute('role', 'alert');
  error.hidden = true;
  const cancel = element('button', 'app-dialog-cancel', 'Cancel');
  cancel.type = 'button';
  const confirm = element('button', 'app-dialog-confirm', options.confirmLabel);
  confirm.type = 'button';
  confirm.classList.toggle('destructive', options.destructive === true);
  const buttons = document.createElement('div');
  buttons.className = 'app-dialog-buttons';
  buttons.append(cancel, confirm);
  dialog.append(error, buttons);
  document.body.append(dialog);
  openDialog = dialog;

  return new Promise<boolean>((resolve) => {
    let busy = false;
    const finish = (accepted: boolean): void => {
      openDialog = null;
      dialog.close();
      dialog.remove();
      resolve(accepted);
    };
    const submit = async (): Promise<void> => {
      if (busy) {
        return;
      }
      busy = true;
      confirm.disabled = true;
      try {
        await options.accept(input?.value ?? '');
        finish(true);
      } catch (failure) {
        error.textContent = failure instanceof Error ? failure.message : String(failure);
        error.hidden = false;
        (input ?? confirm).focus();
      } finally {
        busy = false;
        confirm.disabled = false;
      }
    };
    confirm.addEventListener('click', () => void submit());
    cancel.addEventListener('click', () => finish(false));
    // Escape: the browser fires `cancel` on a modal dialog.
    dialog.addEventListener('cancel', (event) => {
      event.preventDefault();
      if (!busy) {
        finish(false);
      }
    });
    input?.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && !event.isComposing) {
        event.preventDefault();
        void submit();
      }
    });
    dialog.showModal();
    if (input !== null) {
      input.focus();
      input.select();
    } else {
      // A destructive action is never the default: the focus starts on Cancel.
      (options.destructive === true ? cancel : confirm).focus();
    }
  });
}
