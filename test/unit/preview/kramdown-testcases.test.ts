// kramdown's own testcases as reference data (test/fixtures/kramdown-testcases, MIT, see its
// README): each Markdown text is rendered by the preview's Markdown renderer and compared, after
// normalising whitespace and attribute order (test/harness/html-compare.ts), with
//  (1) the HTML kramdown's test suite expects, with the case's own options (kramdown input), and
//  (2) what Jekyll's kramdown converter makes of the text with Jekyll's settings (GFM input), run
//      through Ruby: what a blog gets.
// Every case that differs is listed below with the reason, and each listed case must still differ,
// so a regression (or a fix) shows; agreement must also stay above a floor.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { test } from 'node:test';
import { parse } from 'yaml';
import { jekyllKramdownDefaults, type KramdownOptions } from '../../../renderer/src/preview/kramdown/kramdown-options';
import { createMarkdownRenderer } from '../../../renderer/src/preview/markdown-renderer';
import { firstDifference, normaliseHtml } from '../../harness/html-compare';
import { jekyllMissing } from '../../harness/jekyll';
import { projectRoot } from '../../harness/paths';
import { convertAsJekyll } from '../../harness/psych/markdown-oracle';
import { knownAgainstJekyll, knownAgainstKramdown } from './kramdown-known-differences';

const casesDir = join(projectRoot, 'test', 'fixtures', 'kramdown-testcases');

interface Case {
  /** The path without extension inside the cases folder (`block/02_eob/middle`). */
  readonly name: string;
  readonly text: string;
  readonly expected: string;
  /** The case's kramdown options (keys without Ruby's leading colon). */
  readonly options: Readonly<Record<string, unknown>>;
}

function readCases(): Case[] {
  const files = readdirSync(casesDir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.text')).sort();
  return files.map((file) => {
    const base = join(casesDir, file.slice(0, -'.text'.length));
    const optionsFile = existsSync(`${base}.options`) ? `${base}.options` : join(dirname(base), 'options');
    const raw = existsSync(optionsFile) ? ((parse(readFileSync(optionsFile, 'utf8')) ?? {}) as Record<string, unknown>) : { auto_ids: false, footnote_nr: 1 };
    const options = Object.fromEntries(Object.entries(raw).map(([key, value]) => [key.replace(/^:/, ''), value]));
    return { name: relative(casesDir, base), text: readFileSync(`${base}.text`, 'utf8'), expected: readFileSync(`${base}.html`, 'utf8'), options };
  });
}

const quoteEntities: Readonly<Record<string, string>> = { lsquo: '\u2018', rsquo: '\u2019', ldquo: '\u201c', rdquo: '\u201d', apos: "'", quot: '"' };

/** kramdown's own defaults (kramdown input, no highlighting without a language) with a case's options. */
function kramdownOptionsOf(options: Readonly<Record<string, unknown>>): KramdownOptions {
  const quotes = typeof options['smart_quotes'] === 'string' ? options['smart_quotes'].split(',').map((name) => quoteEntities[name.trim()] ?? name) : null;
  return {
    ...jekyllKramdownDefaults,
    gfm: false,
    defaultLang: null,
    autoIds: typeof options['auto_ids'] === 'boolean' ? options['auto_ids'] : true,
    autoIdPrefix: typeof options['auto_id_prefix'] === 'string' ? options['auto_id_prefix'] : '',
    footnoteNumber: typeof options['footnote_nr'] === 'number' ? options['footnote_nr'] : 1,
    parseBlockHtml: options['parse_block_html'] === true,
    smartQuotes: quotes?.length === 4 ? (quotes as unknown as KramdownOptions['smartQuotes']) : jekyllKramdownDefaults.smartQuotes,
    typographicSymbols: (options['typographic_symbols'] ?? {}) as Record<string, string>,
  };
}

/** Where `ours` differs from `expected` in text or element structure, or null. */
function difference(expected: string, ours: string): string | null {
  const wanted = normaliseHtml(expected);
  const got = normaliseHtml(ours);
  return firstDifference(wanted.text, got.text) ?? firstDifference(wanted.structure, got.structure);
}

/** Checks the differing cases against the known list and the floor; returns the share that agree. */
function assertAgreement(differing: ReadonlyMap<string, string>, known: Readonly<Record<string, string>>, total: number, floor: number): number {
  const unexplained = [...differing].filter(([name]) => !Object.hasOwn(known, name)).map(([name, where]) => `${name}: ${where}`);
  assert.deepEqual(unexplained, [], 'cases that render differently and are not listed with a reason');
  const nowAgreeing = Object.keys(known).filter((name) => !differing.has(name));
  assert.deepEqual(nowAgreeing, [], 'cases listed as differing that now agree: take them off the list');
  const share = (total - differing.size) / total;
  assert.ok(share >= floor, `${total - differing.size} of ${total} cases agree, below the floor of ${floor}`);
  return share;
}

const cases = readCases();

void test('the fixture holds kramdown\'s testcases', () => {
  assert.ok(cases.length >= 150, `${cases.length} cases`);
});

void test('the preview renders kramdown\'s testcases as kramdown\'s test suite expects, with each case\'s options', () => {
  const differing = new Map<string, string>();
  for (const testcase of cases) {
    const ours = createMarkdownRenderer(kramdownOptionsOf(testcase.options))(testcase.text, {});
    const where = difference(testcase.expected, ours);
    if (where !== null) {
      differing.set(testcase.name, where);
    }
  }
  assertAgreement(differing, knownAgainstKramdown, cases.length, 0.49);
});

void test('the preview renders kramdown\'s testcases as Jekyll\'s kramdown converter does, with Jekyll\'s settings', async (context) => {
  const missing = jekyllMissing();
  if (missing !== null) {
    context.skip(missing);
    return;
  }
  const jekyll = await convertAsJekyll(cases.map((testcase) => testcase.text));
  const render = createMarkdownRenderer(jekyllKramdownDefaults);
  const differing = new Map<string, string>();
  cases.forEach((testcase, index) => {
    const where = difference(jekyll[index] ?? '', render(testcase.text, {}));
    if (where !== null) {
      differing.set(testcase.name, where);
    }
  });
  assertAgreement(differing, knownAgainstJekyll, cases.length, 0.5);
});
