import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { MenuItemConstructorOptions } from 'electron';
import { commands, type CommandId } from '../../../shared/commands';
import { commandItemId, createMenuTemplate, type Appearance, type MenuTemplateInput } from '../../../main/electron/menu-template';

function build(platform: NodeJS.Platform, overrides: Partial<MenuTemplateInput> = {}) {
  const sent: CommandId[] = [];
  const appearances: Appearance[] = [];
  let settingsShown = 0;
  const template = createMenuTemplate({
    platform,
    appName: 'Inkpost',
    commands,
    packaged: true,
    appearance: 'system',
    onCommand: (id) => sent.push(id),
    onAppearance: (appearance) => appearances.push(appearance),
    onShowSettingsFolder: () => (settingsShown += 1),
    ...overrides,
  });
  return { template, sent, appearances, settingsShown: () => settingsShown };
}

function submenu(item: MenuItemConstructorOptions | undefined): MenuItemConstructorOptions[] {
  assert.ok(item !== undefined, 'the menu exists');
  assert.ok(Array.isArray(item.submenu), `${item.label ?? item.role} has a submenu`);
  return item.submenu;
}

function menu(template: readonly MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions[] {
  return submenu(template.find((item) => item.label?.replace('&', '') === label));
}

function everyItem(items: readonly MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? everyItem(item.submenu) : [])]);
}

function roles(items: readonly MenuItemConstructorOptions[]): string[] {
  return items.flatMap((item) => (item.role === undefined ? [] : [item.role]));
}

const click = (item: MenuItemConstructorOptions | undefined): void => {
  assert.ok(item?.click !== undefined, 'the item can be clicked');
  (item.click as () => void)();
};

describe('application menu', () => {
  test('File, Edit, View, Window and Help everywhere; the app menu first on a Mac only', () => {
    assert.deepEqual(build('linux').template.map((item) => item.label), ['&File', '&Edit', '&View', '&Window', '&Help']);
    assert.deepEqual(build('win32').template.map((item) => item.label), ['&File', '&Edit', '&View', '&Window', '&Help']);
    const mac = build('darwin').template;
    assert.deepEqual(mac.map((item) => item.label), ['Inkpost', '&File', '&Edit', '&View', 'Window', '&Help']);
    assert.deepEqual(roles(submenu(mac[0])), ['about', 'services', 'hide', 'hideOthers', 'unhide', 'quit']);
    assert.equal(mac[4]?.role, 'windowMenu', "the Mac's own Window menu");
  });

  test('every command appears once, in its menu, with its accelerator, and choosing it sends exactly that command', () => {
    for (const platform of ['linux', 'win32', 'darwin'] as const) {
      const { template, sent } = build(platform);
      const items = everyItem(template);
      for (const command of commands) {
        const found = items.filter((item) => item.id === commandItemId(command.id));
        assert.equal(found.length, 1, `${command.id} once on ${platform}`);
        const [item] = found;
        assert.equal(item?.label, command.label);
        assert.equal(item?.accelerator, command.accelerator);
        const home = { file: 'File', edit: 'Edit', view: 'View' }[command.menu];
        assert.ok(menu(template, home).includes(item), `${command.id} is in ${home}`);
        click(item);
        assert.equal(sent.at(-1), command.id);
      }
      assert.equal(sent.length, commands.length);
    }
  });

  test('Edit ▸ Undo and Redo send commands (CodeMirror keeps its own history), with each platform\'s keys', () => {
    for (const [platform, redoKey] of [['linux', 'Shift+CmdOrCtrl+Z'], ['darwin', 'Shift+CmdOrCtrl+Z'], ['win32', 'Ctrl+Y']] as const) {
      const { template, sent } = build(platform);
      const edit = menu(template, 'Edit');
      const undo = edit.find((item) => item.id === 'undo');
      const redo = edit.find((item) => item.id === 'redo');
      assert.equal(undo?.accelerator, 'CmdOrCtrl+Z');
      assert.equal(redo?.accelerator, redoKey);
      assert.ok(!roles(edit).includes('undo') && !roles(edit).includes('redo'), 'not the roles');
      click(undo);
      click(redo);
      assert.deepEqual(sent, ['undo', 'redo']);
    }
  });

  test('Edit has cut, copy, paste and select all as roles (they work on CodeMirror\'s native selection)', () => {
    for (const platform of ['linux', 'win32', 'darwin'] as const) {
      const edit = menu(build(platform).template, 'Edit');
      for (const role of ['cut', 'copy', 'paste', 'selectAll']) {
        assert.ok(roles(edit).includes(role), `${role} on ${platform}`);
      }
      // Roles bring each platform's own accelerator (Redo is Ctrl+Y on Windows): none is overridden.
      assert.ok(edit.filter((item) => item.role !== undefined).every((item) => item.accelerator === undefined));
    }
    assert.ok(roles(menu(build('darwin').template, 'Edit')).includes('pasteAndMatchStyle'));
  });

  test('quit sits in File off the Mac and in the app menu on it; no reload anywhere (it would drop unsaved edits)', () => {
    assert.deepEqual(roles(menu(build('linux').template, 'File')), ['quit']);
    assert.deepEqual(roles(menu(build('darwin').template, 'File')), ['close']);
    for (const platform of ['linux', 'darwin'] as const) {
      for (const packaged of [true, false]) {
        const all = roles(everyItem(build(platform, { packaged }).template));
        assert.ok(!all.includes('reload') && !all.includes('forceReload'));
      }
    }
  });

  test('developer tools only when not packaged', () => {
    assert.ok(!roles(menu(build('linux', { packaged: true }).template, 'View')).includes('toggleDevTools'));
    assert.ok(roles(menu(build('linux', { packaged: false }).template, 'View')).includes('toggleDevTools'));
  });

  test('View ▸ Appearance offers system, light and dark, checks the current one and reports a choice', () => {
    const { template, appearances } = build('linux', { appearance: 'dark' });
    const appearance = submenu(menu(template, 'View').find((item) => item.label === 'Appearance'));
    assert.deepEqual(appearance.map((item) => [item.id, item.type, item.checked]), [
      ['appearance:system', 'radio', false],
      ['appearance:light', 'radio', false],
      ['appearance:dark', 'radio', true],
    ]);
    click(appearance[1]);
    assert.deepEqual(appearances, ['light']);
  });

  test('Help offers About off the Mac and the settings folder everywhere', () => {
    const { template, settingsShown } = build('win32');
    const help = menu(template, 'Help');
    assert.deepEqual(roles(help), ['about']);
    click(help.find((item) => item.id === 'show-settings-folder'));
    assert.equal(settingsShown(), 1);
  });

  test('no menu starts or ends with a separator or doubles one', () => {
    for (const platform of ['linux', 'darwin'] as const) {
      for (const top of build(platform).template) {
        const items = Array.isArray(top.submenu) ? top.submenu : [];
        assert.notEqual(items[0]?.type, 'separator', `${top.label} starts with a separator`);
        assert.notEqual(items.at(-1)?.type, 'separator', `${top.label} ends with a separator`);
        items.forEach((item, index) => assert.ok(!(item.type === 'separator' && items[index + 1]?.type === 'separator'), `${top.label} doubles a separator`));
      }
    }
  });
});
