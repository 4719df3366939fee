import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  applyFieldEdit,
  parseValueText,
  readForm,
  renamedPostPath,
  textDifference,
  tagProblem,
  timeProblem,
  valueText,
  withDateKeyDay,
  type FieldEdit,
  type FormContext,
} from '../../../renderer/src/form/form-model';
import { defaultPermalinkPattern } from '../../../shared/blog/permalink';

const published: FormContext = {
  path: '/blog/_posts/2009-01-07-new-years-eve.markdown',
  kind: 'published',
  now: new Date(2024, 2, 9, 14, 5),
  permalinkPattern: defaultPermalinkPattern,
};
const draft: FormContext = { ...published, path: '/blog/_drafts/my-draft.markdown', kind: 'draft' };

const post = [
  '---',
  'layout: post',
  "title: 'New: year'",
  '# the tags',
  'tags: [xmpp, jekyll]',
  'time: "18:30"',
  'extended: ":EXTENDED:"',
  'author:',
  '  name: Jack',
  '  site: example.org',
  'draft_note: yes',
  'count: 3',
  '---',
  'Intro.',
  '',
].join('\n');

function changedLines(before: string, after: string): string[] {
  const old = before.split('\n');
  return after.split('\n').filter((line, index) => old[index] !== line);
}

void describe('readForm', () => {
  void test('a published post: its fields, its date from the file name, the rest in the key/value list', () => {
    const reading = readForm(post, published);
    assert.ok(reading.ok);
    const model = reading.model;
    assert.equal(model.title, 'New: year');
    assert.equal(model.date, '2009-01-07');
    assert.equal(model.dateSource, 'file-name');
    assert.equal(model.time, '18:30');
    assert.equal(model.timeIsDefault, false);
    assert.deepEqual(model.tags, ['xmpp', 'jekyll']);
    assert.equal(model.layout, 'post');
    assert.equal(model.markerKey, 'extended');
    assert.equal(model.marker, ':EXTENDED:');
    assert.equal(model.slug, 'new-years-eve');
    assert.equal(model.permalink, '/2009/01/07/new-years-eve.html');
    assert.equal(model.editable, true);
    assert.deepEqual(model.others, [
      { key: 'author', text: 'name: Jack\nsite: example.org', nested: true, editable: true },
      { key: 'draft_note', text: 'true', nested: false, editable: true },
      { key: 'count', text: '3', nested: false, editable: true },
    ]);
  });

  void test('a draft without a date shows the current local date and time as defaults; its slug follows the title', () => {
    const reading = readForm('---\ntitle: Hello, World!\n---\nBody\n', draft);
    assert.ok(reading.ok);
    assert.equal(reading.model.date, '2024-03-09');
    assert.equal(reading.model.dateSource, 'now');
    assert.equal(reading.model.time, '14:05');
    assert.equal(reading.model.timeIsDefault, true);
    assert.equal(reading.model.slug, 'hello-world');
    assert.equal(reading.model.permalink, '/2024/03/09/hello-world.html');
  });

  void test('a date chosen in the form wins; a draft with a date key shows that day', () => {
    const chosen = readForm('---\ntitle: A\n---\n', { ...draft, chosenDate: '2020-02-29' });
    assert.ok(chosen.ok);
    assert.equal(chosen.model.date, '2020-02-29');
    assert.equal(chosen.model.dateSource, 'chosen');
    const keyed = readForm('---\ntitle: A\ndate: 2019-05-04 10:00:00 +0200\n---\n', draft);
    assert.ok(keyed.ok);
    assert.equal(keyed.model.date, '2019-05-04');
    assert.equal(keyed.model.dateSource, 'date-key');
    assert.equal(keyed.model.timeIsDefault, false);
  });

  void test('excerpt_separator is the marker key when the post uses it; a slug key wins for drafts', () => {
    const reading = readForm('---\ntitle: A\nslug: own\nexcerpt_separator: <!--more-->\n---\n', draft);
    assert.ok(reading.ok);
    assert.equal(reading.model.markerKey, 'excerpt_separator');
    assert.equal(reading.model.marker, '<!--more-->');
    assert.equal(reading.model.slug, 'own');
  });

  void test('front matter that does not parse is reported with its line, not guessed', () => {
    const reading = readForm('---\ntitle: [unclosed\n---\n', draft);
    assert.equal(reading.ok, false);
    assert.match(reading.ok ? '' : reading.message, /Line 3, column 1: Flow sequence/);
  });

  void test('TOML front matter is shown but not editable in the form', () => {
    const reading = readForm('+++\ntitle = "T"\n+++\n', draft);
    assert.ok(reading.ok);
    assert.equal(reading.model.title, 'T');
    assert.equal(reading.model.editable, false);
  });

  void test('no permalink when the blog setting is not one Inkpost follows', () => {
    const reading = readForm(post, { ...published, permalinkPattern: null });
    assert.ok(reading.ok);
    assert.equal(reading.model.permalink, null);
  });
});

void describe('applyFieldEdit', () => {
  const edits: readonly (readonly [string, FieldEdit, readonly string[]])[] = [
    ['title keeps its single quotes', { field: 'title', value: 'Old: year' }, ["title: 'Old: year'"]],
    ['time stays quoted', { field: 'time', value: '07:05' }, ['time: "07:05"']],
    ['tags stay a flow list', { field: 'tags', value: ['xmpp', 'jekyll', 'ruby'] }, ['tags: [xmpp, jekyll, ruby]']],
    ['layout', { field: 'layout', value: 'page' }, ['layout: page']],
    ['marker keeps its quotes', { field: 'marker', key: 'extended', value: '<!--more-->' }, ['extended: "<!--more-->"']],
    ['a scalar of the key/value list', { field: 'other', key: 'count', text: '4' }, ['count: 4']],
    ['a nested value edited as YAML', { field: 'other', key: 'author', text: 'name: Jill\nsite: example.org' }, ['  name: Jill']],
  ];
  for (const [name, edit, lines] of edits) {
    void test(`${name}: only that field's line changes`, () => {
      const result = applyFieldEdit(post, edit);
      assert.ok(result.ok, result.ok ? '' : result.message);
      assert.deepEqual(changedLines(post, result.text), lines);
      assert.equal(result.text.split('\n').length, post.split('\n').length);
    });
  }

  void test('an empty time, layout or marker removes exactly its line', () => {
    for (const edit of [{ field: 'time', value: '' }, { field: 'layout', value: '' }, { field: 'marker', key: 'extended', value: '' }] as const) {
      const result = applyFieldEdit(post, edit);
      assert.ok(result.ok);
      assert.equal(result.text.split('\n').length, post.split('\n').length - 1, edit.field);
    }
  });

  void test('a new key goes where the blog\'s key order puts it', () => {
    const result = applyFieldEdit('---\nlayout: post\ntitle: A\nextended: x\n---\n', { field: 'time', value: '10:00' }, ['layout', 'title', 'tags', 'time', 'extended']);
    assert.ok(result.ok);
    assert.equal(result.text, '---\nlayout: post\ntitle: A\ntime: "10:00"\nextended: x\n---\n');
  });

  const refused: readonly (readonly [FieldEdit, RegExp])[] = [
    [{ field: 'time', value: '9:30' }, /HH:MM/],
    [{ field: 'time', value: '24:00' }, /HH:MM/],
    [{ field: 'title', value: '  ' }, /title/],
    [{ field: 'other', key: 'count', text: '[unclosed' }, /not valid YAML/],
    [{ field: 'other', key: 'when', text: '2009-01-07' }, /Date/],
    [{ field: 'other', key: 'title', text: 'x' }, /field of its own/],
  ];
  for (const [edit, message] of refused) {
    void test(`refuses ${JSON.stringify(edit)} and changes nothing`, () => {
      const result = applyFieldEdit(post, edit);
      assert.equal(result.ok, false);
      assert.match(result.ok ? '' : result.message, message);
    });
  }

  void test('CRLF front matter keeps its line endings', () => {
    const crlf = post.replace(/\n/g, '\r\n');
    const result = applyFieldEdit(crlf, { field: 'time', value: '07:05' });
    assert.ok(result.ok);
    assert.equal(result.text, crlf.replace('time: "18:30"', 'time: "07:05"'));
  });
});

void describe('values in the key/value list', () => {
  const cases: readonly (readonly [unknown, string])[] = [
    ['Jack', 'Jack'],
    ['yes', '"yes"'],
    ['42', '"42"'],
    ['a: b', '"a: b"'],
    [true, 'true'],
    [null, ''],
    [[], '[]'],
    [['a', 'b'], '- a\n- b'],
  ];
  for (const [value, text] of cases) {
    void test(`${JSON.stringify(value)} shows as ${JSON.stringify(text)} and reads back as itself`, () => {
      assert.equal(valueText(value).text, text);
      const read = parseValueText(text);
      assert.ok(read.ok);
      assert.deepEqual(read.value, value);
    });
  }
  void test('a timestamp is shown, not editable', () => {
    assert.equal(valueText(new Date(Date.UTC(2009, 0, 7))).editable, false);
  });
});

void describe('dates and renames', () => {
  void test('renamedPostPath replaces only the date of a dated name', () => {
    assert.equal(renamedPostPath('/b/_posts/2009-01-07-a-b.markdown', '2010-02-03'), '/b/_posts/2010-02-03-a-b.markdown');
    assert.equal(renamedPostPath('C:\\b\\_posts\\2009-01-07-a.md', '2010-02-03'), 'C:\\b\\_posts\\2010-02-03-a.md');
    assert.equal(renamedPostPath('/b/_drafts/a.md', '2010-02-03'), null);
    assert.equal(renamedPostPath('/b/_posts/2009-01-07-a.md', '2010-02-30'), null);
  });
  void test('withDateKeyDay changes only the day of the date key', () => {
    assert.equal(withDateKeyDay('---\ntitle: A\ndate: 2009-01-07 10:00:00 +0100\n---\nx\n', '2010-02-03'), '---\ntitle: A\ndate: 2010-02-03 10:00:00 +0100\n---\nx\n');
    assert.equal(withDateKeyDay('---\ndate: "2009-01-07"\n---\n', '2010-02-03'), '---\ndate: "2010-02-03"\n---\n');
    const none = '---\ntitle: A\n---\ndate: 2009-01-07\n';
    assert.equal(withDateKeyDay(none, '2010-02-03'), none);
  });
  void test('timeProblem', () => {
    assert.equal(timeProblem(''), null);
    assert.equal(timeProblem('23:59'), null);
    assert.notEqual(timeProblem('1830'), null);
  });
  void test('textDifference is the smallest replacement', () => {
    assert.deepEqual(textDifference('title: a\nx', 'title: abc\nx'), { from: 8, to: 8, insert: 'bc' });
    assert.deepEqual(textDifference('aaa', 'aa'), { from: 2, to: 3, insert: '' });
    assert.deepEqual(textDifference('same', 'same'), { from: 4, to: 4, insert: '' });
  });
});

void describe('tags and categories as Jekyll has them', () => {
  const strings = '---\nlayout: post\ntitle: Strings\ntags: security jekyll\ncategories: news  releases\n---\nBody.\n';

  void test('a string shows as its space-split items; categories have a field of their own, not a key/value row', () => {
    const reading = readForm(strings, published);
    assert.ok(reading.ok);
    assert.deepEqual(reading.model.tags, ['security', 'jekyll']);
    assert.deepEqual(reading.model.categories, ['news', 'releases']);
    assert.deepEqual(reading.model.others, []);
  });

  void test('an edit of another field leaves the string lines byte for byte', () => {
    const result = applyFieldEdit(strings, { field: 'title', value: 'Still strings' });
    assert.ok(result.ok);
    assert.deepEqual(changedLines(strings, result.text), ['title: Still strings']);
  });

  void test('a change writes a list in the file\'s own style, quoting only what YAML needs', () => {
    const tags = applyFieldEdit(strings, { field: 'tags', value: ['security', 'jekyll', 'open standards', 'a: b'] });
    assert.ok(tags.ok);
    assert.deepEqual(changedLines(strings, tags.text), ['tags: [security, jekyll, open standards, "a: b"]']);
    const block = '---\ntitle: Block\ntags:\n  - one\ncategories: news\n---\n';
    const categories = applyFieldEdit(block, { field: 'categories', value: ['news', 'big news'] });
    assert.ok(categories.ok);
    assert.equal(categories.text, '---\ntitle: Block\ntags:\n  - one\ncategories:\n  - news\n  - big news\n---\n');
  });

  void test('the checks name what the field holds', () => {
    assert.equal(tagProblem('', [], 'category'), 'Type a category first');
    assert.match(tagProblem('a,b', [], 'category') ?? '', /commas separate categories/);
    assert.equal(tagProblem('news', ['news'], 'category'), 'The post already has the category news');
    assert.equal(tagProblem('x', ['x']), 'The post already has the tag x');
  });
});
