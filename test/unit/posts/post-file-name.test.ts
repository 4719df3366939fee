import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { isPostFileName, parsePostFileName, postExtensions, type PostFileName } from '../../../shared/posts/post-file-name';
import { referencePostNames, referencePostNamesNewestFirst, testPostNames, testPostNamesNewestFirst } from '../../harness/temp-folders';
import { referenceSkip } from '../../harness/paths';

describe('parsePostFileName', () => {
  const cases: readonly (readonly [string, PostFileName])[] = [
    // dated names
    ['2008-08-27-migrating-to-ejabberd-the-gory-details.markdown', { date: '2008-08-27', slug: 'migrating-to-ejabberd-the-gory-details', extension: 'markdown' }],
    ['2009-12-31-new-years-eve.md', { date: '2009-12-31', slug: 'new-years-eve', extension: 'md' }],
    ['2009-01-01-a.md', { date: '2009-01-01', slug: 'a', extension: 'md' }],
    ['2009-01-15-v1.2-release-notes.markdown', { date: '2009-01-15', slug: 'v1.2-release-notes', extension: 'markdown' }],
    ['2009-01-15-shouting.MARKDOWN', { date: '2009-01-15', slug: 'shouting', extension: 'MARKDOWN' }],
    // February 29th: leap years only (divisible by 4, except centuries not divisible by 400)
    ['2008-02-29-leap-day.md', { date: '2008-02-29', slug: 'leap-day', extension: 'md' }],
    ['2000-02-29-leap-century.md', { date: '2000-02-29', slug: 'leap-century', extension: 'md' }],
    ['2009-02-29-not-leap.md', { date: null, slug: '2009-02-29-not-leap', extension: 'md' }],
    ['1900-02-29-century-not-leap.md', { date: null, slug: '1900-02-29-century-not-leap', extension: 'md' }],
    ['2009-02-28-last-of-february.md', { date: '2009-02-28', slug: 'last-of-february', extension: 'md' }],
    ['2009-02-30-no-such-day.md', { date: null, slug: '2009-02-30-no-such-day', extension: 'md' }],
    // impossible months and days
    ['2009-13-01-month-13.md', { date: null, slug: '2009-13-01-month-13', extension: 'md' }],
    ['2009-00-10-month-0.md', { date: null, slug: '2009-00-10-month-0', extension: 'md' }],
    ['2009-04-31-april-31.md', { date: null, slug: '2009-04-31-april-31', extension: 'md' }],
    ['2009-01-00-day-0.md', { date: null, slug: '2009-01-00-day-0', extension: 'md' }],
    ['2009-01-32-day-32.md', { date: null, slug: '2009-01-32-day-32', extension: 'md' }],
    // not a date prefix
    ['welcome-to-inkpost.markdown', { date: null, slug: 'welcome-to-inkpost', extension: 'markdown' }],
    ['2009-01-15.markdown', { date: null, slug: '2009-01-15', extension: 'markdown' }],
    ['2009-1-02x-not-a-day.md', { date: null, slug: '2009-1-02x-not-a-day', extension: 'md' }],
    // Jekyll's own pattern (\d{2,4}-\d{1,2}-\d{1,2}, read by Ruby's Time.parse), as `jekyll build` publishes them:
    // _site/2009/01/15/short-month.html, _site/2009/01/15/two-digit-year.html
    ['2009-1-15-short-month.md', { date: '2009-01-15', slug: 'short-month', extension: 'md' }],
    ['2009-01-5-short-day.md', { date: '2009-01-05', slug: 'short-day', extension: 'md' }],
    ['09-01-15-two-digit-year.md', { date: '2009-01-15', slug: 'two-digit-year', extension: 'md' }],
    ['68-1-1-last-of-the-2000s.md', { date: '2068-01-01', slug: 'last-of-the-2000s', extension: 'md' }],
    ['69-1-1-first-of-the-1900s.md', { date: '1969-01-01', slug: 'first-of-the-1900s', extension: 'md' }],
    ['123-1-1-three-digits.md', { date: '0123-01-01', slug: 'three-digits', extension: 'md' }],
    // extensions and dotfiles
    ['README', { date: null, slug: 'README', extension: '' }],
    ['archive.tar.gz', { date: null, slug: 'archive.tar', extension: 'gz' }],
    ['.hidden.md', { date: null, slug: '.hidden', extension: 'md' }],
    ['.markdown', { date: null, slug: '.markdown', extension: '' }],
    ['trailing-dot.', { date: null, slug: 'trailing-dot', extension: '' }],
  ];
  for (const [fileName, expected] of cases) {
    test(fileName, () => {
      assert.deepEqual(parsePostFileName(fileName), expected);
    });
  }

  test('every test blog post has a dated name', () => {
    assert.deepEqual(
      testPostNames.map((name) => parsePostFileName(name).date),
      [...testPostNamesNewestFirst].reverse().map((name) => name.slice(0, 10)),
    );
    assert.deepEqual(testPostNames.map((name) => parsePostFileName(name).date), ['2012-04-14', '2012-09-03', '2013-01-20', '2013-06-11', '2014-02-27', '2015-11-05', '2016-03-19']);
  });

  test('every reference post has a dated name', { skip: referenceSkip }, () => {
    assert.deepEqual(
      referencePostNames.map((name) => parsePostFileName(name).date),
      [...referencePostNamesNewestFirst].reverse().map((name) => name.slice(0, 10)),
    );
  });
});

describe('isPostFileName', () => {
  test('the extensions Jekyll converts by default', () => {
    assert.deepEqual(postExtensions, ['markdown', 'md', 'mkd', 'mkdn', 'mdown', 'mdwn']);
  });

  const cases: readonly (readonly [string, boolean])[] = [
    ['2009-01-15-some-jekyll-hacks.markdown', true],
    ['draft.md', true],
    ['draft.mkd', true],
    ['draft.mkdn', true],
    ['draft.mdown', true],
    ['draft.mdwn', true],
    // extension case does not matter
    ['DRAFT.MARKDOWN', true],
    ['draft.Md', true],
    ['draft.mD', true],
    // dates are not required (drafts)
    ['2009-02-30-invalid-date.md', true],
    // not posts
    ['README', false],
    ['notes.txt', false],
    ['index.html', false],
    ['draft.mdx', false],
    ['draft.markdown~', false],
    ['draft.markdown.bak', false],
    ['draft.', false],
    ['markdown', false],
    // dotfiles, including Inkpost's own temporary save files
    ['.hidden.md', false],
    ['.md', false],
    ['.markdown', false],
    ['.2009-01-15-some-jekyll-hacks.markdown.inkpost-0a1b2c3d4e5f.tmp', false],
    ['.2009-01-15-some-jekyll-hacks.markdown', false],
  ];
  for (const [fileName, expected] of cases) {
    test(`${fileName} → ${String(expected)}`, () => {
      assert.equal(isPostFileName(fileName), expected);
    });
  }
});
