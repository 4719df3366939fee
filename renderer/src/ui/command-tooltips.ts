import { ariaKeyShortcuts, commands, shortcutLabel } from '../../../shared/commands';

/**
 * Shows each command's shortcut on the controls that run it: every element
 * under `root` with `data-command="<command id>"` (shared/commands.ts) gets
 * a tooltip ending in the shortcut as the user's platform writes it
 * (`Ctrl+Shift+E`, `⇧⌘E`), its own title (or the command's label) before
 * it, and `aria-keyshortcuts` for assistive technology. Safe to call again
 * after adding controls: a control that already shows its shortcut is left as it is.
 */
export function showShortcuts(root: ParentNode, mac: boolean): void {
  for (const element of root.querySelectorAll<HTMLElement>('[data-command]')) {
    const command = commands.find((candidate) => candidate.id === element.dataset['command']);
    if (command === undefined) {
      continue;
    }
    const shortcut = `(${shortcutLabel(command.accelerator, mac)})`;
    if (!element.title.endsWith(shortcut)) {
      element.title = `${element.title === '' ? command.label : element.title} ${shortcut}`;
    }
    element.setAttribute('aria-keyshortcuts', ariaKeyShortcuts(command.accelerator));
  }
}
