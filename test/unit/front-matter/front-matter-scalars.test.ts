import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'yaml';
import { jekyllYamlOptions } from '../../../shared/front-matter/jekyll-yaml';
import { blockScalarText, doubleQuoted, isSafePlain, numberText, singleQuoted } from '../../../shared/front-matter/yaml-scalars';

/** The value of `k` in a one-line YAML document, read as Jekyll reads it. */
function readBack(yaml: string): unknown {
  return (parse(yaml, jekyllYamlOptions) as Record<string, unknown>)['k'];
}

describe('isSafePlain: when a string may be written without quotes (YAML 1.1, as Psych reads it)', () => {
  const mustQuote = [
    ['', 'empty'],
    [' x', 'leading space'],
    ['x ', 'trailing space'],
    ['13:48', 'base-60 number in YAML 1.1'],
    ['1:20:30', 'base-60'],
    ['18:30', 'base-60'],
    ['yes', 'boolean'],
    ['No', 'boolean'],
    ['ON', 'boolean'],
    ['y', 'boolean in YAML 1.1'],
    ['true', 'boolean'],
    ['~', 'null'],
    ['null', 'null'],
    ['NULL', 'null'],
    ['2011', 'integer'],
    ['-5', 'integer'],
    ['1,000', 'integer to Psych'],
    ['1_000', 'integer'],
    ['0x1F', 'hexadecimal'],
    ['017', 'octal in YAML 1.1'],
    ['3.14', 'float'],
    ['1e3', 'float'],
    ['.5', 'float'],
    ['.inf', 'infinity'],
    ['-.INF', 'infinity'],
    ['.nan', 'not a number'],
    ['2011-01-01', 'date'],
    ['2011-01-01 10:00:00', 'timestamp'],
    ['2011-1-1T10:00:00Z', 'timestamp'],
    ['Migrating To Ejabberd: The Gory Details', '": " starts a mapping'],
    ['ends with:', 'a final colon'],
    ['a #b', '" #" starts a comment'],
    ['#hashtag', 'a comment'],
    ['"quoted"', 'a quote first'],
    ["'quoted'", 'a quote first'],
    ['- dash', 'a list item'],
    ['? key', 'a complex key'],
    [':symbol', 'a Ruby symbol to Psych'],
    ['[x]', 'a flow list'],
    ['{x}', 'a flow mapping'],
    ['&anchor', 'an anchor'],
    ['*alias', 'an alias'],
    ['!tag', 'a tag'],
    ['|', 'a block scalar'],
    ['>', 'a folded scalar'],
    ['%directive', 'reserved'],
    ['@mention', 'reserved'],
    ['`code`', 'reserved'],
    ['<<', 'a merge key'],
    ['=', 'a value key'],
    ['two\nlines', 'a line break'],
    ['tab\there', 'a tab'],
    ['next\u0085line', 'a YAML 1.1 line break'],
    ['line\u2028separator', 'a YAML 1.1 line break'],
    ['bell\u0007', 'unprintable'],
    ['\ufeffbom', 'a byte order mark'],
  ] as const;
  for (const [text, why] of mustQuote) {
    test(`quoted: ${JSON.stringify(text)} (${why})`, () => {
      assert.equal(isSafePlain(text, 'block'), false);
      assert.equal(isSafePlain(text, 'flow'), false);
    });
  }

  const plain = ['post', 'Debugging with Data Visualization', 'XMPP At The SF Music Tech Summit', 'c++', 'node.js', '2nd place', '3 things', 'a-b', 'x:y', 'データの可視化', '标签', '🎉 party', 'naïve café', "it's", 'say "hi"', 'a#b', 'https://metajack.im/'];
  for (const text of plain) {
    test(`plain in a block value: ${JSON.stringify(text)}`, () => {
      assert.equal(isSafePlain(text, 'block'), true);
      assert.equal(readBack(`k: ${text}\n`), text);
    });
  }

  test('inside a flow list, commas, brackets, braces, colons and # are quoted', () => {
    for (const text of ['a, b', 'a,b', 'a]', '[a', '{a}', 'x:y', 'https://metajack.im/', 'a#b']) {
      assert.equal(isSafePlain(text, 'flow'), false, text);
    }
    for (const text of ['jabber', 'c++', 'node.js', 'two words', '标签']) {
      assert.equal(isSafePlain(text, 'flow'), true, text);
    }
  });
});

describe('quoting and numbers', () => {
  test('double quotes escape what YAML 1.1 would read as a line break or cannot print', () => {
    assert.equal(doubleQuoted('say "hi"\\'), '"say \\"hi\\"\\\\"');
    assert.equal(doubleQuoted('a\nb\tc'), '"a\\nb\\tc"');
    assert.equal(doubleQuoted('a\u0085b\u2028c\u2029d\ufeffe\u007f'), '"a\\u0085b\\u2028c\\u2029d\\ufeffe\\u007f"');
    assert.equal(doubleQuoted('日本 🎉'), '"日本 🎉"');
    for (const text of ['a\u0085b\u2028c', 'x\u0001y', '"\\', '13:48']) {
      assert.equal(readBack(`k: ${doubleQuoted(text)}\n`), text);
    }
  });

  test('single quotes double the quote and cannot hold line breaks', () => {
    assert.equal(singleQuoted("it's"), "'it''s'");
    assert.equal(singleQuoted('a\nb'), null);
    assert.equal(singleQuoted('a\u2028b'), null);
  });

  test('numbers are written as YAML 1.1 reads them back', () => {
    assert.deepEqual([1, -2.5, 1e21, 1.5e-7, 5e-324, Number.NaN, Infinity, -Infinity].map(numberText), ['1', '-2.5', '1.0e+21', '1.5e-7', '5.0e-324', '.nan', '.inf', '-.inf']);
    for (const number of [1e21, 1.5e-7, 5e-324, -1e100]) {
      assert.equal(readBack(`k: ${numberText(number)}\n`), number);
    }
  });

  test('block scalars: `|` with a final line break, `|-` without, none when they cannot hold the text', () => {
    assert.equal(blockScalarText('a\n\nb\n', false, 2), '|\n  a\n\n  b');
    assert.equal(blockScalarText('a\nb', false, 4), '|-\n    a\n    b');
    assert.equal(blockScalarText('one line\n', true, 2), '>\n  one line');
    assert.equal(blockScalarText('a\n\n', false, 2), null);
    assert.equal(blockScalarText(' indented first\n', false, 2), null);
    assert.equal(blockScalarText('', false, 2), null);
  });
});
