import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { MenuItemConstructorOptions } from 'electron';
import { createContextMenuTemplate, maximumSuggestions, type ContextMenuFacts } from '../../../main/electron/context-menu-template';

const allowed = { canCut: true, canCopy: true, canPaste: true, canSelectAll: true };

function facts(overrides: Partial<ContextMenuFacts>): ContextMenuFacts {
  return { misspelledWord: '', dictionarySuggestions: [], isEditable: true, selectionText: '', editFlags: allowed, ...overrides };
}

function build(input: ContextMenuFacts) {
  const replaced: string[] = [];
  const added: string[] = [];
  const template = createContextMenuTemplate(input, { replaceMisspelling: (word) => replaced.push(word), addToDictionary: (word) => added.push(word) });
  return { template, replaced, added };
}

const describeItem = (item: MenuItemConstructorOptions): string => item.role ?? (item.type === 'separator' ? '---' : (item.label ?? '?'));

describe('context menu', () => {
  test('a misspelled word offers its suggestions, Add to Dictionary, then the editing roles', () => {
    const { template, replaced, added } = build(facts({ misspelledWord: 'recieve', dictionarySuggestions: ['receive', 'relieve'] }));
    assert.deepEqual(template.map(describeItem), ['receive', 'relieve', '---', 'Add “recieve” to Dictionary', '---', 'cut', 'copy', 'paste', '---', 'selectAll']);
    (template[1]?.click as () => void)();
    (template[3]?.click as () => void)();
    assert.deepEqual(replaced, ['relieve']);
    assert.deepEqual(added, ['recieve']);
  });

  test('at most five suggestions, best first', () => {
    const suggestions = ['a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'a7'];
    const { template } = build(facts({ misspelledWord: 'aa', dictionarySuggestions: suggestions }));
    assert.deepEqual(template.slice(0, maximumSuggestions + 1).map(describeItem), [...suggestions.slice(0, maximumSuggestions), '---']);
  });

  test('a misspelled word without suggestions says so, disabled, and can still be added', () => {
    const { template } = build(facts({ misspelledWord: 'Inkpost' }));
    assert.equal(template[0]?.label, 'No Suggestions');
    assert.equal(template[0]?.enabled, false);
    assert.equal(template[2]?.label, 'Add “Inkpost” to Dictionary');
  });

  test('editing items follow what the page allows', () => {
    const { template } = build(facts({ editFlags: { canCut: false, canCopy: false, canPaste: true, canSelectAll: true } }));
    assert.deepEqual(template.map((item) => [describeItem(item), item.enabled]), [
      ['cut', false],
      ['copy', false],
      ['paste', true],
      ['---', undefined],
      ['selectAll', true],
    ]);
  });

  test('outside editable places: Copy only when text is selected, and no spelling items', () => {
    assert.deepEqual(build(facts({ isEditable: false, selectionText: 'some words', misspelledWord: 'wrds' })).template.map(describeItem), ['copy']);
    assert.deepEqual(build(facts({ isEditable: false })).template, [], 'nothing to offer: no menu');
  });
});
