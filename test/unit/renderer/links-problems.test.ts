// The pure parts of the link picker and the problems panel: matching titles, blog-relative paths,
// and problems placed in the editor's text.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { EditorState } from '@codemirror/state';
import { diagnosticsOf } from '../../../renderer/src/editor/check-problems';
import { relativeTo } from '../../../renderer/src/sidebar/problems-panel';
import { matchingItems } from '../../../renderer/src/ui/pick-dialog';
import type { Problem } from '../../../shared/problem';

void test('the picker keeps the items whose title holds every typed word, in any case and without accents', () => {
  const titles = ['Café Notes', 'Notes From a Long Train Journey', 'Kite Flying', 'Sourdough Notes: A Year'];
  const same = (title: string): string => title;
  assert.deepEqual(matchingItems(titles, same, ''), titles);
  assert.deepEqual(matchingItems(titles, same, 'notes'), ['Café Notes', 'Notes From a Long Train Journey', 'Sourdough Notes: A Year']);
  assert.deepEqual(matchingItems(titles, same, 'cafe'), ['Café Notes']);
  assert.deepEqual(matchingItems(titles, same, '  year   NOTES '), ['Sourdough Notes: A Year']);
  assert.deepEqual(matchingItems(titles, same, 'balloon'), []);
});

void test('problem paths are shown relative to the first folder that holds them', () => {
  assert.equal(relativeTo('/b/blog/_posts/2020-01-01-x.md', ['/b/blog', '/b/blog/_posts']), '_posts/2020-01-01-x.md');
  assert.equal(relativeTo('/b/blog/_posts/2020-01-01-x.md', ['/b/blog/', '/b']), '_posts/2020-01-01-x.md', 'a trailing slash on the folder');
  assert.equal(relativeTo('/b/blogger/x.md', ['/b/blog']), '/b/blogger/x.md', 'a folder name that is only a prefix of another');
  assert.equal(relativeTo('C:\\blog\\_drafts\\x.md', ['C:\\blog']), '_drafts/x.md');
});

void test('a problem becomes a diagnostic from its column to the end of its line, clamped to the text', () => {
  const state = EditorState.create({ doc: '---\ntitle: x\n---\nSee {% post_url nowhere %}.\n' });
  const at = (line: number, column: number, severity: Problem['severity'] = 'error'): Problem => ({ path: '/p.md', line, column, severity, message: 'm' });
  const ranges = diagnosticsOf(state, [at(4, 5), at(2, 1, 'warning'), at(9, 3), at(4, 99)]).map((diagnostic) => [state.sliceDoc(diagnostic.from, diagnostic.to), diagnostic.severity]);
  assert.deepEqual(ranges, [['{% post_url nowhere %}.', 'error'], ['title: x', 'warning'], ['', 'error'], ['', 'error']]);
});
