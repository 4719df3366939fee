import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { editFrontMatter } from '../../../shared/front-matter/edit-front-matter';
import { FrontMatterError } from '../../../shared/front-matter/front-matter-error';
import type { FrontMatterChanges, FrontMatterValue } from '../../../shared/front-matter/front-matter-value';
import { parsePost } from '../../../shared/front-matter/parse-post';
import { testPostsDir } from '../../harness/paths';
import { postSets, testPosts } from '../../harness/temp-folders';

/** A plain title, tags [kites, outdoors, weekend], time after tags, extended. */
const kites = testPosts.withImage;
/** A double-quoted title with a colon, tags [baking, sourdough, food], time after tags, extended. */
const sourdough = testPosts.colonTitle;
/** No extended key; time before tags. */
const tabs = testPosts.noExtended;
/** The order the blog writes its keys in (the tabs post alone has time before tags). */
const blogKeyOrder = ['layout', 'title', 'tags', 'time', 'excerpt_separator', 'extended'];

function fixture(name: string): string {
  return readFileSync(join(testPostsDir, name), 'utf8');
}

/** `text` with its 1-based lines replaced (a string) or deleted (null), and lines inserted before a line (`insertBefore`). */
function withLines(text: string, replaced: Readonly<Record<number, string | null>>, insertBefore: Readonly<Record<number, readonly string[]>> = {}): string {
  return text
    .split('\n')
    .flatMap((line, index) => {
      const number = index + 1;
      const replacement = replaced[number];
      return [...(insertBefore[number] ?? []), ...(replacement === null ? [] : [replacement ?? line])];
    })
    .join('\n');
}

describe('editFrontMatter: nothing to change leaves every byte', () => {
  for (const set of postSets) {
    test(`every ${set.label} post: no change, each field set to its current value, and all fields at once`, { skip: set.skip }, () => {
      for (const name of set.names) {
        const text = readFileSync(join(set.dir, name), 'utf8');
        const data = parsePost(text).data as Record<string, FrontMatterValue>;
        assert.equal(editFrontMatter(text, {}), text, name);
        for (const [key, value] of Object.entries(data)) {
          assert.equal(editFrontMatter(text, { [key]: value }), text, `${name}: ${key}`);
        }
        assert.equal(editFrontMatter(text, data, { keyOrder: blogKeyOrder }), text, name);
        assert.equal(editFrontMatter(text, { missing: undefined }), text, name);
        const crlf = text.replace(/\n/g, '\r\n');
        assert.equal(editFrontMatter(crlf, data), crlf, `${name} (CRLF)`);
      }
    });
  }

  test('a post without front matter and no value to set is returned as is', () => {
    assert.equal(editFrontMatter('Just text.\n', {}), 'Just text.\n');
    assert.equal(editFrontMatter('Just text.\n', { title: undefined }), 'Just text.\n');
  });
});

describe('editFrontMatter: one field of a fixture post', () => {
  const cases: readonly {
    readonly name: string;
    readonly post: string;
    readonly changes: FrontMatterChanges;
    readonly keyOrder?: readonly string[];
    readonly lines: Readonly<Record<number, string | null>>;
    readonly insertBefore?: Readonly<Record<number, readonly string[]>>;
  }[] = [
    { name: 'a double-quoted title stays double-quoted', post: sourdough, changes: { title: 'Rye Notes: A Year of Starters' }, lines: { 3: 'title: "Rye Notes: A Year of Starters"' } },
    { name: 'a double-quoted title stays double-quoted even when plain would do', post: sourdough, changes: { title: 'Rye Notes' }, lines: { 3: 'title: "Rye Notes"' } },
    { name: 'a plain title stays plain', post: kites, changes: { title: 'Debugging with Pictures' }, lines: { 3: 'title: Debugging with Pictures' } },
    { name: 'a plain title gets double quotes when it needs them (": ")', post: kites, changes: { title: 'Debugging: with Data' }, lines: { 3: 'title: "Debugging: with Data"' } },
    { name: 'a plain title that would read as a time gets double quotes', post: kites, changes: { title: '18:30' }, lines: { 3: 'title: "18:30"' } },
    { name: 'a plain title starting with a quote gets double quotes', post: kites, changes: { title: '"Debugging" with Data' }, lines: { 3: 'title: "\\"Debugging\\" with Data"' } },
    { name: 'a plain title that would read as a boolean gets double quotes', post: kites, changes: { title: 'Yes' }, lines: { 3: 'title: "Yes"' } },
    { name: 'a plain title in CJK and emoji stays plain', post: kites, changes: { title: 'データの可視化 🎉' }, lines: { 3: 'title: データの可視化 🎉' } },
    { name: 'tags stay a flow list: a tag added', post: kites, changes: { tags: ['kites', 'outdoors', 'weekend', 'beach'] }, lines: { 4: 'tags: [kites, outdoors, weekend, beach]' } },
    { name: 'tags stay a flow list: replaced', post: sourdough, changes: { tags: ['a', 'b', 'c'] }, lines: { 4: 'tags: [a, b, c]' } },
    { name: 'tags stay a flow list: a tag removed', post: kites, changes: { tags: ['kites', 'weekend'] }, lines: { 4: 'tags: [kites, weekend]' } },
    { name: 'a tag that needs quotes in a flow list', post: kites, changes: { tags: ['kites', 'c, d', 'weekend', 'true'] }, lines: { 4: 'tags: [kites, "c, d", weekend, "true"]' } },
    { name: 'no tags: an empty flow list', post: kites, changes: { tags: [] }, lines: { 4: 'tags: []' } },
    { name: 'time on the tabs post, where time comes before tags', post: tabs, changes: { time: '09:05' }, lines: { 4: 'time: "09:05"' } },
    { name: 'time on a post where time follows tags', post: sourdough, changes: { time: '23:59' }, lines: { 5: 'time: "23:59"' } },
    { name: 'extended deleted', post: sourdough, changes: { extended: undefined }, lines: { 6: null } },
    { name: 'tags deleted', post: sourdough, changes: { tags: undefined }, lines: { 4: null } },
    {
      name: 'excerpt_separator added after time, before extended, as the key order says',
      post: sourdough,
      changes: { excerpt_separator: ':EXTENDED:' },
      keyOrder: blogKeyOrder,
      lines: {},
      insertBefore: { 6: ['excerpt_separator: ":EXTENDED:"'] },
    },
    {
      name: 'excerpt_separator added to the tabs post in its own order: after tags',
      post: tabs,
      changes: { excerpt_separator: ':EXTENDED:' },
      keyOrder: ['layout', 'title', 'time', 'tags', 'excerpt_separator'],
      lines: {},
      insertBefore: { 6: ['excerpt_separator: ":EXTENDED:"'] },
    },
    {
      name: 'excerpt_separator added to the tabs post in the blog\'s order: after time, its nearest predecessor there',
      post: tabs,
      changes: { excerpt_separator: ':EXTENDED:' },
      keyOrder: blogKeyOrder,
      lines: {},
      insertBefore: { 5: ['excerpt_separator: ":EXTENDED:"'] },
    },
    {
      name: 'a key whose predecessors are all missing goes before its nearest successor',
      post: sourdough,
      changes: { date: '2012-09-03 07:40' },
      keyOrder: ['date', 'layout', 'title'],
      lines: {},
      insertBefore: { 2: ['date: "2012-09-03 07:40"'] },
    },
    { name: 'a key missing from the key order goes at the end', post: sourdough, changes: { author: 'Jack' }, keyOrder: blogKeyOrder, lines: {}, insertBefore: { 7: ['author: Jack'] } },
    {
      name: 'several keys at once: changed, deleted and added',
      post: sourdough,
      changes: { title: 'T: 2', extended: undefined, excerpt_separator: ':EXTENDED:', tags: ['code'] },
      keyOrder: blogKeyOrder,
      lines: { 3: 'title: "T: 2"', 4: 'tags: [code]', 6: null },
      insertBefore: { 6: ['excerpt_separator: ":EXTENDED:"'] },
    },
    { name: 'a new list in a file of flow lists is a flow list', post: sourdough, changes: { categories: ['xmpp', 'servers'] }, lines: {}, insertBefore: { 7: ['categories: [xmpp, servers]'] } },
    { name: 'a new mapping is a block with two-space indentation', post: sourdough, changes: { author: { name: 'Jack', site: 'https://metajack.im/' } }, lines: {}, insertBefore: { 7: ['author:', '  name: Jack', '  site: https://metajack.im/'] } },
  ];
  for (const { name, post, changes, keyOrder, lines, insertBefore } of cases) {
    test(name, () => {
      const text = fixture(post);
      const expected = withLines(text, lines, insertBefore);
      assert.equal(editFrontMatter(text, changes, keyOrder === undefined ? {} : { keyOrder }), expected);
      // The same edit on CRLF text changes the same lines and keeps every CRLF.
      assert.equal(editFrontMatter(text.replace(/\n/g, '\r\n'), changes, keyOrder === undefined ? {} : { keyOrder }), expected.replace(/\n/g, '\r\n'));
    });
  }

  test('a tag renamed and back, and a tag added and removed, give the original bytes', () => {
    const text = fixture(sourdough);
    const tags = parsePost(text).data['tags'] as string[];
    const renamed = editFrontMatter(text, { tags: tags.map((tag) => (tag === 'sourdough' ? 'levain' : tag)) });
    assert.equal(editFrontMatter(renamed, { tags }), text);
    const added = editFrontMatter(text, { tags: [...tags.slice(0, 3), 'new', ...tags.slice(3)] });
    assert.equal(editFrontMatter(added, { tags }), text);
    const title = editFrontMatter(text, { title: 'Other' });
    assert.equal(editFrontMatter(title, { title: 'Sourdough Notes: A Year of Starters' }), text);
  });
});

describe('editFrontMatter: the file\'s own style', () => {
  const blockPost = [
    '---',
    '# Post settings',
    'layout: post',
    'title: \'It\'\'s a title\'   # shown in the list',
    '',
    '# the tags, one per line',
    'tags:',
    '    - one   # first',
    '    # the second is new',
    '    - two',
    'time: "10:00"',
    '...',
    'Body, untouched.',
    '',
  ].join('\n');

  test('a block list stays a block list with the file\'s indentation; comments between items stay', () => {
    assert.equal(
      editFrontMatter(blockPost, { tags: ['one', 'three', 'two', 'four'] }),
      withLines(blockPost, {}, { 9: ['    - three'], 11: ['    - four'] }),
    );
    assert.equal(editFrontMatter(blockPost, { tags: ['uno', 'two'] }), withLines(blockPost, { 8: '    - uno   # first' }));
    assert.equal(editFrontMatter(blockPost, { tags: ['two'] }), withLines(blockPost, { 8: null }));
  });

  test('a single-quoted string stays single-quoted; the comment after it stays', () => {
    assert.equal(editFrontMatter(blockPost, { title: 'Don\'t: stop' }), withLines(blockPost, { 4: 'title: \'Don\'\'t: stop\'   # shown in the list' }));
  });

  test('a new list in a file of block lists is a block list; a new key in a post with comments goes after the last field', () => {
    assert.equal(
      editFrontMatter(blockPost, { categories: ['notes', 'yes'] }),
      withLines(blockPost, {}, { 12: ['categories:', '    - notes', '    - "yes"'] }),
    );
    assert.equal(
      editFrontMatter(blockPost, { date: '2011-01-01' }, { keyOrder: ['date', 'layout'] }),
      withLines(blockPost, {}, { 2: ['date: "2011-01-01"'] }),
      'before layout, above the comment that belongs to it',
    );
  });

  test('deleting a block list removes its lines only; the comments above it stay', () => {
    assert.equal(editFrontMatter(blockPost, { tags: undefined }), withLines(blockPost, { 7: null, 8: null, 9: null, 10: null }));
  });

  test('a block list becoming text rewrites that field alone and keeps its comments', () => {
    assert.equal(
      editFrontMatter(blockPost, { tags: 'one two' }),
      withLines(blockPost, { 7: '# first', 8: '# the second is new', 9: 'tags: one two', 10: null }),
    );
  });

  test('CRLF, the `...` closer and a body without final line break stay', () => {
    const text = '---\r\ntitle: x\r\ntags: [ a, b ]\r\n...\r\nBody';
    assert.equal(editFrontMatter(text, { title: 'z', tags: ['a', 'b', 'c'], layout: 'post' }), '---\r\ntitle: z\r\ntags: [ a, b, c ]\r\nlayout: post\r\n...\r\nBody');
    assert.equal(editFrontMatter('---\ntitle: x\n---', { title: 'z' }), '---\ntitle: z\n---');
  });

  test('nested mappings: a value edited in place; a changed key set rewrites that field with the file\'s indentation', () => {
    const text = '---\nauthor:\n    name: Jack   # me\n    links: [site, feed]\ntitle: T\n---\n';
    assert.equal(editFrontMatter(text, { author: { name: 'Jack M', links: ['site', 'feed'] } }), '---\nauthor:\n    name: Jack M   # me\n    links: [site, feed]\ntitle: T\n---\n');
    assert.equal(editFrontMatter(text, { author: { name: 'Jack', links: ['site'] } }), '---\nauthor:\n    name: Jack   # me\n    links: [site]\ntitle: T\n---\n');
    assert.equal(editFrontMatter(text, { author: { name: 'Jack', email: 'j@example.com' } }), '---\n# me\nauthor:\n    name: Jack\n    email: j@example.com\ntitle: T\n---\n');
    assert.equal(editFrontMatter('---\nauthor: # who\n  name: Jack\n---\n', { author: 'Jack' }), '---\nauthor: Jack # who\n---\n');
  });

  test('flow mappings stay flow; lists of mappings and multi-line flow lists are edited in place', () => {
    assert.equal(editFrontMatter('---\nm: {a: 1, b: [x]}\n---\n', { m: { a: 2, b: ['x'] } }), '---\nm: {a: 2, b: [x]}\n---\n');
    assert.equal(editFrontMatter('---\nm: { a: 1 }\n---\n', { m: { c: 'd' } }), '---\nm: { c: d }\n---\n');
    assert.equal(
      editFrontMatter('---\nlinks:\n  - name: site   # main\n    url: https://a.example/\n---\n', { links: [{ name: 'home', url: 'https://a.example/' }, { name: 'feed', url: 'https://a.example/feed' }] }),
      '---\nlinks:\n  - name: home   # main\n    url: https://a.example/\n  - name: feed\n    url: https://a.example/feed\n---\n',
    );
    assert.equal(editFrontMatter('---\ntags: [a, b, # b is old\n  c]\n---\n', { tags: ['a', 'c'] }), '---\ntags: [a, # b is old\n  c]\n---\n');
    assert.equal(editFrontMatter('---\ntags: [a, # first\n  b]\n---\n', { tags: ['a', 'b', 'x'] }), '---\ntags: [a, # first\n  b, x]\n---\n');
  });

  test('a block scalar stays a block scalar', () => {
    const text = '---\nsummary: |\n  Line one\n  # not a comment\nlayout: post\n---\n';
    assert.equal(editFrontMatter(text, { summary: 'New one\nNew two\n' }), '---\nsummary: |\n  New one\n  New two\nlayout: post\n---\n');
    assert.equal(editFrontMatter(text, { summary: 'Just one line' }), '---\nsummary: |-\n  Just one line\nlayout: post\n---\n');
  });

  test('values that only look like strings are written so that they read back as written', () => {
    const text = '---\nlayout: post\ncount: 3\n---\n';
    assert.equal(editFrontMatter(text, { layout: '2011' }), '---\nlayout: "2011"\ncount: 3\n---\n');
    assert.equal(editFrontMatter(text, { layout: '1,000' }), '---\nlayout: "1,000"\ncount: 3\n---\n');
    assert.equal(editFrontMatter(text, { layout: '' }), '---\nlayout: ""\ncount: 3\n---\n');
    assert.equal(editFrontMatter(text, { count: 4 }), '---\nlayout: post\ncount: 4\n---\n');
    assert.equal(editFrontMatter(text, { count: 1e21 }), '---\nlayout: post\ncount: 1.0e+21\n---\n');
    assert.equal(editFrontMatter(text, { count: null, published: false }), '---\nlayout: post\ncount: null\npublished: false\n---\n');
    assert.equal(editFrontMatter(text, { count: 'two\nlines' }), '---\nlayout: post\ncount: "two\\nlines"\n---\n');
  });

  test('an empty value gets one', () => {
    assert.equal(editFrontMatter('---\ntitle:\ntags: # none yet\n---\n', { title: 'T', tags: ['a'] }), '---\ntitle: T\ntags: [a] # none yet\n---\n');
  });

  test('a quoted key keeps its quotes', () => {
    assert.equal(editFrontMatter('---\n"title": x\n---\n', { title: 'z' }), '---\n"title": z\n---\n');
  });

  test('an empty front matter gets its first keys', () => {
    assert.equal(editFrontMatter('---\n---\nBody\n', { title: 'T', time: '10:00' }, { keyOrder: ['time', 'title'] }), '---\ntime: "10:00"\ntitle: T\n---\nBody\n');
    assert.equal(editFrontMatter('---\n# nothing yet\n---\nBody\n', { title: 'T' }), '---\n# nothing yet\ntitle: T\n---\nBody\n');
  });
});

describe('editFrontMatter: time is always a double-quoted "HH:MM"', () => {
  test('an unquoted time (a number to Jekyll) is written quoted', () => {
    assert.equal(editFrontMatter('---\ntime: 13:48\n---\n', { time: '13:48' }), '---\ntime: "13:48"\n---\n');
    assert.equal(editFrontMatter("---\ntime: '13:48' # local\n---\n", { time: '14:00' }), '---\ntime: "14:00" # local\n---\n');
    assert.equal(editFrontMatter('---\ntitle: T\n---\n', { time: '00:00' }), '---\ntitle: T\ntime: "00:00"\n---\n');
  });

  test('anything but HH:MM (00-23, 00-59) is refused with a clear error', () => {
    for (const time of ['9:05', '24:00', '12:60', '12:5', ' 12:00', '12:00:00', 1230, null, ['10:00']] as const) {
      assert.throws(() => editFrontMatter('---\ntitle: T\n---\n', { time: time }), /^Error: time must be "HH:MM" with HH 00-23 and MM 00-59/, String(time));
    }
  });

  test('an invalid time already in the file is left alone when it is not changed', () => {
    const text = '---\ntime: "25:00"\ntitle: T\n---\n';
    assert.equal(editFrontMatter(text, { time: '25:00', title: 'U' }), '---\ntime: "25:00"\ntitle: U\n---\n');
  });
});

describe('editFrontMatter: a post without front matter', () => {
  test('gets a new block on top, the body untouched', () => {
    assert.equal(
      editFrontMatter('Hello.\n', { title: 'Hi: there', tags: ['a', 'b'], time: '10:00', layout: 'post' }, { keyOrder: blogKeyOrder }),
      '---\nlayout: post\ntitle: "Hi: there"\ntags: [a, b]\ntime: "10:00"\n---\nHello.\n',
    );
    assert.equal(editFrontMatter('', { title: 'T' }), '---\ntitle: T\n---\n');
    assert.equal(editFrontMatter('Line one\r\nLine two', { title: 'T' }), '---\r\ntitle: T\r\n---\r\nLine one\r\nLine two');
  });
});

describe('editFrontMatter: quoted values continued at column 0 (Psych reads them)', () => {
  const post = '---\ntitle: "Migrating To Ejabberd:\nThe Gory Details"\ntags: [a]\n---\nbody\n';
  test('another field changes only its own line', () => {
    assert.equal(editFrontMatter(post, { tags: ['a', 'b'] }), post.replace('tags: [a]', 'tags: [a, b]'));
  });
  test('the continued value itself is replaced whole', () => {
    assert.equal(editFrontMatter(post, { title: 'New' }), '---\ntitle: "New"\ntags: [a]\n---\nbody\n');
  });
});

describe('editFrontMatter: what it refuses', () => {
  test('a repeated key is not edited: which one the user means is theirs to say', () => {
    assert.throws(() => editFrontMatter('---\ntitle: a\nlayout: x\ntitle: b\n---\n', { title: 'y' }), /"title" is written more than once/);
  });

  test('invalid YAML is a FrontMatterError and nothing is guessed', () => {
    for (const [text, line] of [
      ['---\ntitle: [unclosed\n---\n', 3],
      ['---\ntitle: x\n', 1],
      ['---\n- a\n---\n', 2],
    ] as const) {
      assert.throws(() => editFrontMatter(text, { title: 'y' }), (error: unknown) => error instanceof FrontMatterError && error.line === line, text);
    }
  });

  test('TOML and JSON front matter are read but not edited; unchanged posts stay byte-identical', () => {
    const toml = '+++\ntitle = "x"\n+++\nBody\n';
    assert.throws(() => editFrontMatter(toml, { title: 'y' }), /^Error: editing TOML front matter is not supported yet$/);
    assert.equal(editFrontMatter(toml, { title: 'x' }), toml);
    const json = '{\n  "title": "x"\n}\nBody\n';
    assert.throws(() => editFrontMatter(json, { tags: ['a'] }), /^Error: editing JSON front matter is not supported yet$/);
    assert.equal(editFrontMatter(json, {}), json);
  });

  test('values that are not front matter data are a TypeError naming them', () => {
    assert.throws(() => editFrontMatter('---\n---\n', { date: new Date() as unknown as FrontMatterValue }), /^TypeError: date: a Date cannot be written/);
    assert.throws(() => editFrontMatter('---\n---\n', { tags: ['a', undefined] as unknown as FrontMatterValue }), /^TypeError: tags\[1\]: undefined/);
    assert.throws(() => editFrontMatter('---\n---\n', { title: '\ud800' }), /^TypeError: title: the text is not valid Unicode/);
  });

  test('an edit that would change another value through an alias is refused', () => {
    assert.throws(() => editFrontMatter('---\nbase: &b 1\ncopy: *b\n---\n', { base: 2 }), /could not change "base" safely: the edited front matter would not read \(.*unknown alias \*b\)/);
  });
});
