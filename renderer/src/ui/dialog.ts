/**
 * The app's one dialog system: `confirm`, `input` and `choose`, each a modal
 * `<dialog>` opened with `showModal()`, so the rest of the app is inert while
 * it is open. Never a native prompt: Electron has none, and a page's own
 * dialog keeps the focus, the look and the test ids in our hands.
 *
 * The same keyboard behaviour everywhere:
 * - the focus starts on the default answer, so Enter answers it; a
 *   destructive answer is never the default (the focus starts on Cancel);
 * - Tab and Shift+Tab cycle through the dialog's controls and never leave it;
 * - Escape answers Cancel (a dialog without a Cancel ignores it);
 * - once answered, the dialog is removed and the focus goes back to where it
 *   was before the dialog opened.
 *
 * One dialog at a time: a dialog asked for while another is open waits, and
 * opens when that one is answered, in the order they were asked for. No
 * question is dropped or answered on the user's behalf (a conflict or a crash
 * restore must be answered by them), and none is stacked over another.
 */
import { element } from './dom';

/** The words every dialog shows. */
export interface DialogText {
  /** The heading (`<testId>-title`). */
  readonly title: string;
  /** A sentence under the heading (`<testId>-message`), if any. */
  readonly message?: string;
}

/** What {@link confirm} asks. */
export interface ConfirmOptions extends DialogText {
  /** The dialog's `data-testid`; its parts take it as a prefix. Default `app-dialog`. */
  readonly testId?: string;
  /** The confirm button's text (`<testId>-confirm`); the other button is Cancel (`<testId>-cancel`). */
  readonly confirmLabel: string;
  /** The confirm button deletes or throws work away: drawn as dangerous, and the focus starts on Cancel. */
  readonly destructive?: boolean;
  /**
   * Does what was confirmed. When it throws, its message is shown in the
   * dialog (`<testId>-error`) and the dialog stays open for another try.
   */
  readonly accept?: () => Promise<void>;
}

/** What {@link input} asks. */
export interface InputOptions extends DialogText {
  /** The dialog's `data-testid`; its parts take it as a prefix. Default `app-dialog`. */
  readonly testId?: string;
  /** The text field's label; the field is `<testId>-input`. */
  readonly label: string;
  /** The field's first value, selected. Default empty. */
  readonly value?: string;
  /** The confirm button's text (`<testId>-confirm`); the other button is Cancel (`<testId>-cancel`). */
  readonly confirmLabel: string;
  /**
   * Does what was asked with the field's value. When it throws, its message
   * is shown in the dialog (`<testId>-error`) and the dialog stays open.
   */
  readonly accept?: (value: string) => Promise<void>;
}

/** One answer a {@link choose} dialog offers, as a button. */
export interface Choice<Id extends string> {
  readonly id: Id;
  readonly label: string;
  /** The button's `data-testid`. */
  readonly testId: string;
  /** This answer is the dialog's Cancel: Escape answers it. At most one choice says so. */
  readonly cancel?: boolean;
  /** This answer deletes or throws work away: drawn as dangerous, and never focused first. */
  readonly destructive?: boolean;
}

/** What {@link choose} asks. */
export interface ChooseOptions<Id extends string> extends DialogText {
  /** The dialog's `data-testid`; the title and message take it as a prefix. */
  readonly testId: string;
  /** The answers, one button each, in this order. */
  readonly choices: readonly Choice<Id>[];
  /**
   * The answer focused first, so Enter answers it. Default: the first
   * choice. When that one is destructive, the Cancel choice is focused instead.
   */
  readonly initial?: Id;
  /**
   * Called with the dialog's extra area before it opens: content between the
   * message and the answers, such as a "Show the difference" button and the
   * difference it shows, wired by the caller. The dialog is then drawn wide.
   */
  readonly decorate?: (area: HTMLElement) => void;
}

/** A built dialog's parts: the `<dialog>`, the area for its content, its error line and its buttons' row. */
export interface Parts {
  readonly dialog: HTMLDialogElement;
  readonly extra: HTMLElement;
  readonly error: HTMLElement;
  readonly buttons: HTMLElement;
}

/** How an open dialog answers the keyboard. */
export interface Keys {
  /** Focused when the dialog opens. */
  readonly first: HTMLElement;
  /** What Escape does, or null when it does nothing. */
  readonly escape: (() => void) | null;
  /** True while an answer is being carried out: Escape waits for it. */
  readonly busy: () => boolean;
}

const waiting: (() => void)[] = [];
let showing = false;

/** Runs `show` now if no dialog is open, else once the ones asked for before it are answered. */
function inTurn<Answer>(show: () => Promise<Answer>): Promise<Answer> {
  const run = (): Promise<Answer> => {
    showing = true;
    const shown = show();
    const next = (): void => {
      const after = waiting.shift();
      if (after === undefined) {
        showing = false;
      } else {
        after();
      }
    };
    shown.then(next, next);
    return shown;
  };
  if (!showing) {
    return run();
  }
  return new Promise<Answer>((resolve, reject) => waiting.push(() => {
      run().then(resolve, reject);
    }));
}

function build(testId: string, text: DialogText, wide: boolean): Parts {
  const dialog = element('dialog', { className: wide ? 'dialog wide' : 'dialog', testId });
  const title = element('h2', { text: text.title, testId: `${testId}-title` });
  title.id = `${testId}-title`;
  dialog.setAttribute('aria-labelledby', title.id);
  dialog.append(title);
  if (text.message !== undefined) {
    const message = element('p', { className: 'dialog-message', text: text.message, testId: `${testId}-message` });
    message.id = `${testId}-message`;
    dialog.setAttribute('aria-describedby', message.id);
    dialog.append(message);
  }
  const extra = element('div', { className: 'dialog-extra' });
  const error = element('p', { className: 'dialog-error', testId: `${testId}-error` });
  error.setAttribute('role', 'alert');
  error.hidden = true;
  const buttons = element('div', { className: 'dialog-buttons' });
  dialog.append(extra, error, buttons);
  return { dialog, extra, error, buttons };
}

function button(text: string, testId: string, destructive: boolean): HTMLButtonElement {
  const created = element('button', destructive ? { text, testId, className: 'destructive' } : { text, testId });
  created.type = 'button';
  return created;
}

/** The element that has the focus, looking inside shadow roots (the editor lives in one). */
function focusedElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) {
    active = active.shadowRoot.activeElement;
  }
  return active;
}

/** The dialog's controls that Tab can reach, in order. */
function tabStops(dialog: HTMLDialogElement): HTMLElement[] {
  const candidates = dialog.querySelectorAll<HTMLElement>('button, input, select, textarea, a[href], [tabindex]');
  return [...candidates].filter((candidate) => candidate.tabIndex >= 0 && !candidate.matches(':disabled') && candidate.getClientRects().length > 0);
}

/** Keeps Tab and Shift+Tab inside `dialog`, wrapping from the last control to the first and back. */
function trapTab(dialog: HTMLDialogElement, event: KeyboardEvent): void {
  const stops = tabStops(dialog);
  const at = stops.indexOf(focusedElement() as HTMLElement);
  const wrapTo = event.shiftKey ? (at <= 0 ? stops.at(-1) : undefined) : at === -1 || at === stops.length - 1 ? stops[0] : undefined;
  if (stops.length === 0 || wrapTo !== undefined) {
    event.preventDefault();
    wrapTo?.focus();
  }
}

/**
 * Opens the built dialog modally and wires the keyboard; `wire` attaches the
 * answers, given the function that closes the dialog with an answer. Resolves
 * with that answer once the dialog is gone and the focus is back.
 */
function present<Answer>(parts: Parts, wire: (finish: (answer: Answer) => void) => Keys): Promise<Answer> {
  const { dialog } = parts;
  const before = focusedElement();
  return new Promise<Answer>((resolve) => {
    let finished = false;
    const finish = (answer: Answer): void => {
      finished = true;
      dialog.close();
      dialog.remove();
      const active = focusedElement();
      if (before instanceof HTMLElement && before.isConnected && (active === null || active === document.body)) {
        before.focus({ preventScroll: true });
      }
      resolve(answer);
    };
    const keys = wire(finish);
    const escape = (): void => {
      if (!keys.busy()) {
        keys.escape?.();
      }
    };
    dialog.addEventListener('keydown', (event) => {
      if (event.key === 'Tab') {
        trapTab(dialog, event);
      } else if (event.key === 'Escape' && !event.isComposing) {
        // Handled here, so the browser's own close request never closes a dialog that has no Cancel.
        event.preventDefault();
        event.stopPropagation();
        escape();
      }
    });
    dialog.addEventListener('cancel', (event) => {
      event.preventDefault();
      escape();
    });
    dialog.addEventListener('close', () => {
      if (!finished) {
        dialog.showModal(); // closed by something other than an answer: the question still stands
      }
    });
    document.body.append(dialog);
    dialog.showModal();
    keys.first.focus();
    if (keys.first instanceof HTMLInputElement) {
      keys.first.select();
    }
  });
}

/** What the confirm and input dialogs share. */
interface ConfirmRequest extends DialogText {
  readonly testId?: string | undefined;
  readonly confirmLabel: string;
  readonly destructive?: boolean | undefined;
  readonly field?: { readonly label: string; readonly value: string };
}

/**
 * The confirm and input dialogs: an optional text field, Cancel and a confirm
 * button whose `accept` may fail and keep the dialog open. Resolves with the
 * field's value (empty without a field) once accepted, null when cancelled.
 */
function askToConfirm(options: ConfirmRequest, accept: (value: string) => Promise<void>): Promise<string | null> {
  const testId = options.testId ?? 'app-dialog';
  const parts = build(testId, options, false);
  let field: HTMLInputElement | null = null;
  if (options.field !== undefined) {
    const label = element('label', { className: 'dialog-field', text: options.field.label });
    field = element('input', { testId: `${testId}-input` });
    field.type = 'text';
    field.value = options.field.value;
    field.spellcheck = true;
    label.append(field);
    parts.extra.append(label);
  }
  const cancel = button('Cancel', `${testId}-cancel`, false);
  const confirmButton = button(options.confirmLabel, `${testId}-confirm`, options.destructive === true);
  parts.buttons.append(cancel, confirmButton);
  return present<string | null>(parts, (finish) => {
    let busy = false;
    const submit = async (): Promise<void> => {
      if (busy) {
        return;
      }
      busy = true;
      confirmButton.disabled = true;
      const value = field?.value ?? '';
      try {
        await accept(value);
        finish(value);
      } catch (failure) {
        parts.error.textContent = failure instanceof Error ? failure.message : String(failure);
        parts.error.hidden = false;
        (field ?? confirmButton).focus();
      } finally {
        busy = false;
        confirmButton.disabled = false;
      }
    };
    confirmButton.addEventListener('click', () => void submit());
    cancel.addEventListener('click', () => finish(null));
    field?.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && !event.isComposing) {
        event.preventDefault();
        void submit();
      }
    });
    const first = field ?? (options.destructive === true ? cancel : confirmButton);
    return { first, escape: () => finish(null), busy: () => busy };
  });
}

const nothingToDo = (): Promise<void> => Promise.resolve();

/**
 * Asks the user to confirm: Cancel and a confirm button (focused first, so
 * Enter confirms, unless `destructive`: then Cancel has the focus). Resolves
 * true once confirmed and `accept` succeeded, false when cancelled.
 */
export async function confirm(options: ConfirmOptions): Promise<boolean> {
  const answer = await inTurn(() => askToConfirm(options, options.accept ?? nothingToDo));
  return answer !== null;
}

/**
 * Asks for one line of text: the field has the focus with its first value
 * selected, and Enter in it confirms. Resolves with the value once `accept`
 * took it, null when cancelled.
 */
export function input(options: InputOptions): Promise<string | null> {
  const { accept, label, value, ...text } = options;
  return inTurn(() => askToConfirm({ ...text, field: { label, value: value ?? '' } }, accept ?? nothingToDo));
}

/**
 * Asks the user to choose one of `choices` (role `alertdialog`) and resolves
 * with the chosen one's id. Escape answers the choice marked `cancel`; without
 * one, only a button answers.
 */
export function choose<Id extends string>(options: ChooseOptions<Id>): Promise<Id> {
  return inTurn(() => {
    const parts = build(options.testId, options, options.decorate !== undefined);
    parts.dialog.setAttribute('role', 'alertdialog');
    options.decorate?.(parts.extra);
    return present<Id>(parts, (finish) => {
      const made = options.choices.map((choice) => {
        const made = button(choice.label, choice.testId, choice.destructive === true);
        made.addEventListener('click', () => finish(choice.id));
        parts.buttons.append(made);
        return { choice, button: made };
      });
      const cancel = made.find(({ choice }) => choice.cancel === true);
      const initial = made.find(({ choice }) => choice.id === options.initial) ?? made[0];
      const first = initial === undefined || (initial.choice.destructive === true && cancel !== undefined) ? cancel : initial;
      return {
        first: first?.button ?? parts.dialog,
        escape: cancel === undefined ? null : () => finish(cancel.choice.id),
        busy: () => false,
      };
    });
  });
}

/**
 * A dialog of another shape on the same system (the post picker,
 * `ui/pick-dialog.ts`): built with the title and message of `text`, opened
 * in turn with the same focus, Tab and Escape handling; `wire` fills its
 * parts and returns its keys, given the function that answers it.
 */
export function customDialog<Answer>(testId: string, text: DialogText, wire: (parts: Parts, finish: (answer: Answer) => void) => Keys): Promise<Answer> {
  return inTurn(() => {
    const parts = build(testId, text, false);
    return present<Answer>(parts, (finish) => wire(parts, finish));
  });
}
