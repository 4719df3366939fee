import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { summarizePost } from '../../../main/services/index/post-summary';
import { textStats } from '../../../renderer/src/status/text-stats';
import { parsePost } from '../../../shared/front-matter/parse-post';
import { countBodyWords, markerLineCount } from '../../../shared/posts/body-words';

/** Issue #13, point 8: the `:EXTENDED:` line splits a post; it is not a word. */
void describe('word counts leave out the excerpt marker line', () => {
  const text = '---\nlayout: post\ntitle: Counting\nextended: ":EXTENDED:"\n---\nOne two three.\n\n:EXTENDED:\n\nFour five, and :EXTENDED: in prose.\n';

  void test('the post list (index) and the status bar give the same count, without the marker line', () => {
    const { data, body } = parsePost(text);
    const summary = summarizePost('/blog/_posts/2020-01-01-counting.md', { data, body }, 0);
    // One two three / Four five and :EXTENDED: in prose: the marker mentioned in prose is a word, its own line is not.
    assert.equal(summary.words, 9);
    assert.equal(textStats(text).words, 9);
  });

  void test('a post without a declared marker counts a marker-looking line as text', () => {
    assert.equal(countBodyWords('One.\n:EXTENDED:\nTwo.\n', null), 3);
    assert.equal(markerLineCount('One.\n  :EXTENDED:  \nTwo.\n:EXTENDED:', ':EXTENDED:'), 2);
    assert.equal(countBodyWords('One.\n  :EXTENDED:  \nTwo.\n:EXTENDED:', ':EXTENDED:'), 2);
    assert.equal(countBodyWords('<!--more-->\nOne two.\n', '<!--more-->'), 2);
  });
});
