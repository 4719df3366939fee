/**
 * Every command a user can give from the keyboard, a menu or a button: one
 * list, so the application menu (main/electron), the renderer's shortcuts and
 * the tooltips all show the same accelerator.
 */
export type CommandId =
  | 'newPost'
  | 'openFolder'
  | 'chooseBlog'
  | 'save'
  | 'exportPost'
  | 'find'
  | 'replace'
  | 'togglePreviewMode'
  | 'focusForm'
  | 'focusEditor'
  | 'searchPosts'
  | 'linkToPost'
  | 'insertImage'
  | LayoutCommandId
  | EditHistoryCommandId;

/**
 * Undo and redo: sent by the application menu only. Their keys are left to
 * CodeMirror's keymap and the text fields, so they are not in {@link commands}
 * (whose shortcuts the renderer catches ahead of everything).
 */
export type EditHistoryCommandId = 'undo' | 'redo';

/** The window's layout controls (renderer/src/layout): collapse the side panes, hide or stack the preview. */
export type LayoutCommandId = 'toggleSidebar' | 'toggleForm' | 'togglePreview' | 'togglePreviewBelow';

/** Where a command sits in the application menu. */
export type MenuName = 'file' | 'edit' | 'view';

export interface CommandInfo {
  readonly id: CommandId;
  /** The menu item's and the tooltip's text. */
  readonly label: string;
  /** Electron's accelerator syntax: `CmdOrCtrl+Shift+E`. */
  readonly accelerator: string;
  readonly menu: MenuName;
}

/** Each key is clear of every other command, CodeMirror's keymaps and the menu roles' keys (test/unit/renderer/command-clashes.test.ts). */
export const commands: readonly CommandInfo[] = [
  { id: 'newPost', label: 'New Post…', accelerator: 'CmdOrCtrl+N', menu: 'file' },
  { id: 'openFolder', label: 'Open Posts Folder…', accelerator: 'CmdOrCtrl+O', menu: 'file' },
  { id: 'chooseBlog', label: 'Choose Blog…', accelerator: 'CmdOrCtrl+Shift+B', menu: 'file' },
  { id: 'save', label: 'Save', accelerator: 'CmdOrCtrl+S', menu: 'file' },
  { id: 'exportPost', label: 'Export to Blog', accelerator: 'CmdOrCtrl+Shift+E', menu: 'file' },
  { id: 'find', label: 'Find', accelerator: 'CmdOrCtrl+F', menu: 'edit' },
  { id: 'replace', label: 'Replace', accelerator: 'CmdOrCtrl+Alt+F', menu: 'edit' },
  { id: 'searchPosts', label: 'Search Posts', accelerator: 'CmdOrCtrl+Shift+F', menu: 'edit' },
  { id: 'linkToPost', label: 'Link to Post…', accelerator: 'CmdOrCtrl+K', menu: 'edit' },
  { id: 'insertImage', label: 'Insert Image…', accelerator: 'CmdOrCtrl+Shift+A', menu: 'edit' },
  { id: 'togglePreviewMode', label: 'Toggle Front Page View', accelerator: 'CmdOrCtrl+Shift+P', menu: 'view' },
  { id: 'focusForm', label: 'Focus Front Matter Form', accelerator: 'CmdOrCtrl+Shift+M', menu: 'view' },
  { id: 'focusEditor', label: 'Focus Editor', accelerator: 'CmdOrCtrl+Shift+T', menu: 'view' },
  { id: 'toggleSidebar', label: 'Show or Hide Posts Sidebar', accelerator: 'CmdOrCtrl+Shift+H', menu: 'view' },
  { id: 'toggleForm', label: 'Show or Hide Front Matter Form', accelerator: 'CmdOrCtrl+Shift+D', menu: 'view' },
  { id: 'togglePreview', label: 'Show or Hide Preview', accelerator: 'CmdOrCtrl+Shift+J', menu: 'view' },
  { id: 'togglePreviewBelow', label: 'Preview Below Editor', accelerator: 'CmdOrCtrl+Shift+Y', menu: 'view' },
];

/** The command with this id. */
export function commandInfo(id: CommandId): CommandInfo {
  const found = commands.find((command) => command.id === id);
  if (found === undefined) {
    throw new Error(`unknown command "${id}"`);
  }
  return found;
}

/** The accelerator as a user reads it on their platform: `Ctrl+Shift+E` or `⇧⌘E`. */
export function shortcutLabel(accelerator: string, mac: boolean): string {
  const parts = accelerator.split('+');
  if (!mac) {
    return parts.map((part) => (part === 'CmdOrCtrl' ? 'Ctrl' : part)).join('+');
  }
  const symbols: Record<string, string> = { CmdOrCtrl: '⌘', Shift: '⇧', Alt: '⌥', Ctrl: '⌃' };
  const order = ['Ctrl', 'Alt', 'Shift', 'CmdOrCtrl'];
  const key = parts.at(-1) ?? '';
  const modifiers = parts.slice(0, -1).sort((a, b) => order.indexOf(a) - order.indexOf(b));
  return `${modifiers.map((part) => symbols[part] ?? part).join('')}${key}`;
}

/** The accelerator in the form of `aria-keyshortcuts`: both Control and Meta spellings for CmdOrCtrl. */
export function ariaKeyShortcuts(accelerator: string): string {
  const spell = (ctrl: string): string => accelerator.split('+').map((part) => (part === 'CmdOrCtrl' ? ctrl : part === 'Ctrl' ? 'Control' : part)).join('+');
  return accelerator.includes('CmdOrCtrl') ? `${spell('Control')} ${spell('Meta')}` : spell('Control');
}

/** True when a keyboard event (its key and modifiers) is this accelerator; `mac` makes CmdOrCtrl mean the Meta key. */
export function matchesAccelerator(
  accelerator: string,
  event: { readonly key: string; readonly ctrlKey: boolean; readonly metaKey: boolean; readonly shiftKey: boolean; readonly altKey: boolean; readonly code?: string },
  mac: boolean,
): boolean {
  const parts = accelerator.split('+');
  const key = (parts.at(-1) ?? '').toLowerCase();
  const wants = { ctrl: false, meta: false, shift: parts.includes('Shift'), alt: parts.includes('Alt') };
  if (parts.includes('CmdOrCtrl')) {
    wants[mac ? 'meta' : 'ctrl'] = true;
  }
  if (parts.includes('Ctrl')) {
    wants.ctrl = true;
  }
  // With Alt or Shift held, `key` may be another character (⌥F is ƒ on a Mac): fall back to the physical key.
  const pressed = event.key.toLowerCase();
  const physical = event.code !== undefined && event.code.startsWith('Key') ? event.code.slice(3).toLowerCase() : undefined;
  return (
    (pressed === key || physical === key) &&
    event.ctrlKey === wants.ctrl &&
    event.metaKey === wants.meta &&
    event.shiftKey === wants.shift &&
    event.altKey === wants.alt
  );
}
