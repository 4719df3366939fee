import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ariaKeyShortcuts, commandInfo, commands, matchesAccelerator, shortcutLabel } from '../../../shared/commands';

const key = (key: string, modifiers: { ctrl?: boolean; meta?: boolean; shift?: boolean; alt?: boolean; code?: string } = {}) => ({
  key,
  ctrlKey: modifiers.ctrl ?? false,
  metaKey: modifiers.meta ?? false,
  shiftKey: modifiers.shift ?? false,
  altKey: modifiers.alt ?? false,
  ...(modifiers.code === undefined ? {} : { code: modifiers.code }),
});

describe('commands', () => {
  test('every command has a unique id and a unique accelerator', () => {
    assert.equal(new Set(commands.map((command) => command.id)).size, commands.length);
    assert.equal(new Set(commands.map((command) => command.accelerator)).size, commands.length);
  });

  test('labels read as each platform writes them', () => {
    assert.equal(shortcutLabel('CmdOrCtrl+Shift+E', false), 'Ctrl+Shift+E');
    assert.equal(shortcutLabel('CmdOrCtrl+Shift+E', true), '⇧⌘E');
    assert.equal(shortcutLabel('CmdOrCtrl+Alt+F', true), '⌥⌘F');
    assert.equal(ariaKeyShortcuts('CmdOrCtrl+S'), 'Control+S Meta+S');
  });

  test('Ctrl+S is save off the Mac, Cmd+S on it, and neither the other way round', () => {
    const save = commandInfo('save').accelerator;
    assert.equal(matchesAccelerator(save, key('s', { ctrl: true }), false), true);
    assert.equal(matchesAccelerator(save, key('S', { meta: true }), true), true);
    assert.equal(matchesAccelerator(save, key('s', { meta: true }), false), false);
    assert.equal(matchesAccelerator(save, key('s', { ctrl: true }), true), false);
    assert.equal(matchesAccelerator(save, key('s', { ctrl: true, shift: true }), false), false);
    assert.equal(matchesAccelerator(save, key('s'), false), false);
  });

  test('a shifted or Option-changed key still matches by its physical key', () => {
    assert.equal(matchesAccelerator('CmdOrCtrl+Shift+E', key('E', { ctrl: true, shift: true, code: 'KeyE' }), false), true);
    assert.equal(matchesAccelerator('CmdOrCtrl+Alt+F', key('ƒ', { meta: true, alt: true, code: 'KeyF' }), true), true);
  });
});
