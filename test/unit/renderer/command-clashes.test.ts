// Every command's key (shared/commands.ts) against every other key the app, its editor, the menu roles or the system answer.
import assert from 'node:assert/strict';
import { defaultKeymap, historyKeymap } from '@codemirror/commands';
import { searchKeymap } from '@codemirror/search';
import { test } from 'node:test';
import { commands } from '../../../shared/commands';

/** A key combination as one comparable string: the modifiers sorted, then the key, lower case; `Mod` as the platform has it. */
function canonical(parts: readonly string[], mac: boolean): string {
  const names: Record<string, string> = { cmdorctrl: mac ? 'meta' : 'ctrl', mod: mac ? 'meta' : 'ctrl', cmd: 'meta', command: 'meta', control: 'ctrl', ctrl: 'ctrl', alt: 'alt', option: 'alt', shift: 'shift', meta: 'meta' };
  const lowered = parts.map((part) => part.toLowerCase());
  const key = lowered.at(-1) ?? '';
  const modifiers = lowered.slice(0, -1).map((part) => names[part] ?? part).sort();
  return [...modifiers, key].join('+');
}

/** CodeMirror's bindings in the editor (editor-extensions.ts, search-replace.ts) on one platform. */
function editorKeys(mac: boolean): Set<string> {
  const keys = new Set<string>();
  for (const binding of [...defaultKeymap, ...historyKeymap, ...searchKeymap]) {
    const key = (mac ? binding.mac : binding.linux ?? binding.win) ?? binding.key;
    if (key !== undefined) {
      keys.add(canonical(key.split('-'), mac));
      if (binding.shift !== undefined) {
        keys.add(canonical(['Shift', ...key.split('-')], mac));
      }
    }
  }
  return keys;
}

/**
 * Keys the menu's Electron roles (main/electron/menu-template.ts) and the
 * systems keep: undo, redo, clipboard, zoom, full screen, developer tools
 * (Alt+Cmd+I on a Mac), minimize, close, quit, hide; paste as plain text;
 * reload in a browser; log out on a Mac.
 */
const reservedKeys = [
  'CmdOrCtrl+Z', 'CmdOrCtrl+Y', 'CmdOrCtrl+Shift+Z', 'CmdOrCtrl+X', 'CmdOrCtrl+C', 'CmdOrCtrl+V', 'CmdOrCtrl+Shift+V', 'CmdOrCtrl+Alt+Shift+V', 'CmdOrCtrl+A',
  'CmdOrCtrl+0', 'CmdOrCtrl+Plus', 'CmdOrCtrl+-', 'CmdOrCtrl+=', 'F11', 'Ctrl+CmdOrCtrl+F', 'CmdOrCtrl+Shift+I', 'CmdOrCtrl+Alt+I',
  'CmdOrCtrl+M', 'CmdOrCtrl+W', 'CmdOrCtrl+Shift+W', 'CmdOrCtrl+Q', 'CmdOrCtrl+Shift+Q', 'CmdOrCtrl+H', 'CmdOrCtrl+Alt+H', 'CmdOrCtrl+R', 'CmdOrCtrl+Shift+R',
];

/** Commands whose key is CodeMirror's own for the same action: Find opens the editor's search panel, as Mod-F does in it. */
const sameAsEditor = new Set(['find']);

test('every command takes a key no other command, no CodeMirror binding and no menu role or system uses, on a Mac and elsewhere', () => {
  for (const mac of [false, true]) {
    const taken = new Map<string, string>();
    for (const key of editorKeys(mac)) {
      taken.set(key, 'CodeMirror');
    }
    for (const key of reservedKeys) {
      taken.set(canonical(key.split('+'), mac), `reserved ${key}`);
    }
    const clashes: string[] = [];
    for (const command of commands) {
      if (sameAsEditor.has(command.id)) {
        continue;
      }
      const key = canonical(command.accelerator.split('+'), mac);
      const owner = taken.get(key);
      if (owner !== undefined) {
        clashes.push(`${command.label} (${command.accelerator}) is taken by ${owner}${mac ? ' on a Mac' : ''}`);
      }
      taken.set(key, command.label);
    }
    assert.deepEqual(clashes, []);
  }
});

test('the check sees a clash: CodeMirror selects all matches on Ctrl+Shift+L (Cmd on a Mac) and deletes a line on Ctrl+Shift+K', () => {
  assert.equal(editorKeys(false).has(canonical(['Ctrl', 'Shift', 'G'], false)), true, 'Shift with Mod-G finds the previous match');
  assert.equal(editorKeys(false).has(canonical(['CmdOrCtrl', 'Shift', 'L'], false)), true);
  assert.equal(editorKeys(true).has(canonical(['Cmd', 'Shift', 'L'], true)), true);
  assert.equal(editorKeys(false).has(canonical(['Ctrl', 'Shift', 'K'], false)), true);
});
