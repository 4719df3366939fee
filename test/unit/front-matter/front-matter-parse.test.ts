import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitFrontMatter } from '../../../shared/front-matter/front-matter-block';
import { FrontMatterError } from '../../../shared/front-matter/front-matter-error';
import { parsePost } from '../../../shared/front-matter/parse-post';
import { testPostsDir } from '../../harness/paths';
import { postSets, testPosts } from '../../harness/temp-folders';

function fixture(name: string): string {
  return readFileSync(join(testPostsDir, name), 'utf8');
}

describe('parsePost: the fixture posts', () => {
  for (const set of postSets) {
    test(`every ${set.label} post is YAML front matter with a layout, title, tags and a quoted time`, { skip: set.skip }, () => {
      for (const name of set.names) {
        const text = readFileSync(join(set.dir, name), 'utf8');
        const parsed = parsePost(text);
        assert.equal(parsed.format, 'yaml', name);
        const block = splitFrontMatter(text);
        assert.equal(parsed.body, block.body, name);
        assert.equal(parsed.bodyStartLine, block.bodyStartLine, name);
        assert.equal(parsed.bodyStartLine, 'extended' in parsed.data ? 7 : 6, name);
        assert.equal(parsed.data['layout'], 'post', name);
        assert.equal(typeof parsed.data['title'], 'string', name);
        assert.ok(Array.isArray(parsed.data['tags']), name);
        assert.match(String(parsed.data['time']), /^\d\d:\d\d$/, name);
      }
    });
  }

  test('the sourdough post: a title with a colon, a flow list of tags, time as the string "07:40"', () => {
    assert.deepStrictEqual(parsePost(fixture(testPosts.colonTitle)).data, {
      layout: 'post',
      title: 'Sourdough Notes: A Year of Starters',
      tags: ['baking', 'sourdough', 'food'],
      time: '07:40',
      extended: ':EXTENDED:',
    });
  });

  test('the tabs post: no extended key, time before tags, in source order', () => {
    const { data } = parsePost(fixture(testPosts.noExtended));
    assert.deepStrictEqual(data, { layout: 'post', title: 'Tabs: A Short Note', time: '22:05', tags: ['code', 'editors'] });
    assert.deepEqual(Object.keys(data), ['layout', 'title', 'time', 'tags']);
  });

  test('CRLF text reads the same data; the body keeps its CRLF', () => {
    const text = fixture(testPosts.colonTitle).replace(/\n/g, '\r\n');
    const parsed = parsePost(text);
    assert.deepStrictEqual(parsed.data, parsePost(fixture(testPosts.colonTitle)).data);
    assert.equal(parsed.bodyStartLine, 7);
    assert.ok(parsed.body.startsWith('\r\nA year ago a friend'));
  });
});

describe('parsePost: YAML read as Jekyll (Psych, YAML 1.1) reads it', () => {
  test('values', () => {
    const { data } = parsePost(
      [
        '---',
        'time: 13:48', // base 60 as Psych reads it: 13 * 3600 + 48 * 60 (psych-oracle.test.ts checks it against Psych)
        'quoted: "13:48"',
        'date: 2011-01-01',
        'flag: yes',
        'off_flag: Off',
        'letters: [y, n, Y]', // Psych reads y and n as text (YAML 1.1 as such would say booleans)
        'nothing: ~',
        'empty:',
        'number: 1_000',
        'octal: 010',
        'text: 2nd place',
        '...',
        '',
      ].join('\n'),
    );
    assert.deepStrictEqual(data, {
      time: 49680,
      quoted: '13:48',
      date: new Date('2011-01-01T00:00:00Z'),
      flag: true,
      off_flag: false,
      letters: ['y', 'n', 'Y'],
      nothing: null,
      empty: null,
      number: 1000,
      octal: 8,
      text: '2nd place',
    });
  });

  test('an empty or comment-only front matter is an empty mapping', () => {
    assert.deepStrictEqual(parsePost('---\n---\nBody').data, {});
    assert.deepStrictEqual(parsePost('---\n# just a comment\n\n---\nBody').data, {});
  });

  test('a post without front matter is all body', () => {
    for (const text of ['', 'Just text.\n', ' ---\ntitle: x\n---\n', '---', '--- not a fence\n', '{% raw %}\n{{ x }}\n']) {
      assert.deepStrictEqual(parsePost(text), { format: 'none', data: {}, body: text, bodyStartLine: 0 }, JSON.stringify(text));
    }
  });

  test('the closing fence may be the last line, without a line break', () => {
    assert.deepStrictEqual(parsePost('---\ntitle: x\n---'), { format: 'yaml', data: { title: 'x' }, body: '', bodyStartLine: 3 });
  });
});

describe('parsePost: TOML and JSON front matter', () => {
  test('TOML between +++ lines (Hugo), with tables and dates, as plain objects', () => {
    const parsed = parsePost('+++\ntitle = "Hello: TOML"\ntags = ["a", "b"]\ndate = 2011-01-01\n\n[params]\nlevel = 2\n+++\nBody\n');
    assert.equal(parsed.format, 'toml');
    assert.deepEqual(parsed.data, { title: 'Hello: TOML', tags: ['a', 'b'], date: new Date('2011-01-01T00:00:00Z'), params: { level: 2 } });
    assert.equal(Object.getPrototypeOf(parsed.data), Object.prototype);
    assert.equal(parsed.body, 'Body\n');
    assert.equal(parsed.bodyStartLine, 8);
  });

  test('TOML after a ---toml line (gray-matter), CRLF', () => {
    const parsed = parsePost('---toml\r\ntitle = "x"\r\n---\r\nBody\r\n');
    assert.deepStrictEqual([parsed.format, parsed.data, parsed.body, parsed.bodyStartLine], ['toml', { title: 'x' }, 'Body\r\n', 3]);
  });

  test('JSON after a ---json line (gray-matter)', () => {
    const parsed = parsePost('---json\n{\n  "title": "x",\n  "tags": ["a"]\n}\n---\nBody\n');
    assert.deepStrictEqual([parsed.format, parsed.data, parsed.body, parsed.bodyStartLine], ['json', { title: 'x', tags: ['a'] }, 'Body\n', 6]);
  });

  test('a leading JSON object (Hugo), its closing brace ending a line', () => {
    assert.deepStrictEqual(parsePost('{\n  "title": "x {y}",\n  "n": [1, {"m": "}"}]\n}\nBody\n'), {
      format: 'json',
      data: { title: 'x {y}', n: [1, { m: '}' }] },
      body: 'Body\n',
      bodyStartLine: 4,
    });
    assert.deepStrictEqual(parsePost('{"title": "x"}'), { format: 'json', data: { title: 'x' }, body: '', bodyStartLine: 1 });
    assert.deepStrictEqual(parsePost('{}\n').data, {});
  });
});

describe('parsePost: invalid front matter is a FrontMatterError at its place in the whole file', () => {
  const cases: readonly (readonly [name: string, text: string, line: number, column: number, message: RegExp])[] = [
    // The parser notices the missing `]` where the block ends: the closing fence.
    ['an unclosed flow list', '---\ntitle: [unclosed\n---\nBody\n', 3, 1, /Flow sequence .* end with a \]/],
    ['a colon in an unquoted title', '---\nlayout: post\ntitle: A: B\n---\n', 3, 8, /Nested mappings are not allowed/],
    ['a block opened and never closed', '---\ntitle: x\n\nBody\n', 1, 1, /^front matter opened on line 1 is never closed$/],
    ['a block with only its opening fence', '---\n', 1, 1, /never closed/],
    ['a list as front matter', '---\n- one\n- two\n---\n', 2, 1, /^front matter is a list; Jekyll expects keys and values$/],
    ['a list after a comment', '---\n# tags\n- one\n---\n', 3, 1, /is a list/],
    ['a single value as front matter', '---\njust text\n---\n', 2, 1, /^front matter is a single value/],
    ['a tab as indentation', '---\nmeta:\n\tk: v\n---\n', 3, 1, /Tabs are not allowed/],
    ['invalid TOML', '+++\ntitle = "x"\ntags = \n+++\n', 3, 8, /invalid value/],
    ['a duplicate TOML key', '+++\na = 1\na = 2\n+++\n', 3, 1, /redefine/],
    ['an unclosed TOML block', '+++\na = 1\n', 1, 1, /never closed/],
    ['invalid JSON', '---json\n{"a": }\n---\n', 2, 7, /invalid JSON value/],
    ['a duplicate JSON key', '{"a": 1,\n "a": 2}\nBody\n', 2, 2, /^duplicate key "a"$/],
    ['an unclosed leading JSON object', '{"a": 1\nBody\n', 1, 1, /never closed/],
    ['text after a leading JSON object', '{"a": 1} more\nBody\n', 1, 9, /closing brace/],
    ['JSON that is not an object', '---json\n[1, 2]\n---\n', 2, 1, /not an object/],
  ];
  for (const [name, text, line, column, message] of cases) {
    test(name, () => {
      assert.throws(
        () => parsePost(text),
        (error: unknown) => {
          assert.ok(error instanceof FrontMatterError, `not a FrontMatterError: ${String(error)}`);
          assert.deepEqual([error.line, error.column], [line, column], error.message);
          assert.ok(error.message.startsWith(`${line}:${column}: `), error.message);
          assert.match(error.message.slice(`${line}:${column}: `.length), message);
          return true;
        },
      );
    });
  }
});

describe('parsePost: repeated keys are read as Jekyll reads them', () => {
  const cases: [name: string, text: string, value: string][] = [
    ['a repeated key', '---\ntitle: a\ntitle: b\n---\n', 'b'],
    ['a repeated key, CRLF', '---\r\ntitle: a\r\ntitle: b\r\n---\r\n', 'b'],
    ['a repeated quoted key', '---\ntitle: a\n"title": b\n---\n', 'b'],
  ];
  for (const [name, text, value] of cases) {
    test(`${name}: the last value wins, and the repeat is reported at its place`, () => {
      const parsed = parsePost(text);
      assert.equal(parsed.data['title'], value);
      assert.deepEqual(parsed.duplicateKeys, [{ key: 'title', line: 3, column: 1 }]);
    });
  }
});
