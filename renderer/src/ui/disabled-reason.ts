/**
 * Enables or disables a control, and when disabled says why in its tooltip
 * (`title`) and in `data-disabled-reason`: a greyed-out control with no
 * reason leaves the user guessing. The enabled tooltip (with its shortcut)
 * comes back when the control is enabled again.
 */
export function setAvailable(control: HTMLButtonElement | HTMLFieldSetElement, reason: string | null): void {
  const enabledTitle = control.disabled ? (control.dataset['enabledTitle'] ?? control.title) : control.title;
  control.dataset['enabledTitle'] = enabledTitle;
  control.disabled = reason !== null;
  if (reason === null) {
    control.title = enabledTitle;
    delete control.dataset['disabledReason'];
  } else {
    // The reason first; what the control does (and its shortcut) stays at the end.
    control.title = enabledTitle === '' ? reason : `${reason} — ${enabledTitle}`;
    control.dataset['disabledReason'] = reason;
  }
}
