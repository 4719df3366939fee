import type { MarkdownIt, Token } from 'markdown-it';

/** kramdown's quote kinds: an opening or closing quote, or a pending one whose kind the quote character decides. */
type Quote = 'lsquo' | 'rsquo' | 'ldquo' | 'rdquo' | 'open' | 'close';
/** What a rule turns its match into: text kept (a capture group's number) or a quote. */
type Part = number | Quote;

// Ruby's classes, as kramdown's rules read them: `\s` and `\w` are ASCII, a word boundary is Unicode's.
const space = '[ \\t\\r\\n\\f\\v]';
const word = '[\\p{L}\\p{M}\\p{N}_]';
const boundary = `(?:(?<=${word})(?!${word})|(?<!${word})(?=${word}))`;
const punctuation = '[!"#$%&\'()*+,\\-./:;<=>?@\\[\\\\\\]^_`{|}~]';
/** A character after which a quote closes. */
const closer = '[^ \\\\\\t\\r\\n\\[{(-]';

/**
 * kramdown's smart quote rules, tried in order where a quote (with the
 * character before it, when that is still unparsed) starts: the first that
 * matches decides. The pending kinds take the quote character of the named
 * capture group (1 or 2).
 */
const rules: readonly (readonly [RegExp, readonly Part[], 1 | 2])[] = [
  [new RegExp(`(["'])(?=[_*]{1,2}[^ \\t\\r\\n\\f\\v])`, 'uy'), ['open'], 1],
  [new RegExp(`(["'])(?=${punctuation}(?!\\.\\.)(?!${boundary}))`, 'uy'), ['close'], 1],
  [new RegExp(`(${space}?)"'(?=[A-Za-z0-9_])`, 'uy'), [1, 'ldquo', 'lsquo'], 1],
  [new RegExp(`(${space}?)'"(?=[A-Za-z0-9_])`, 'uy'), [1, 'lsquo', 'ldquo'], 1],
  [new RegExp(`(${space}?)'(?=\\d\\ds)`, 'uy'), [1, 'rsquo'], 1],
  [new RegExp(`(${space})(['"])(?=[A-Za-z0-9_])`, 'uy'), [1, 'open'], 2],
  [new RegExp(`(${closer})(['"])`, 'uy'), [1, 'close'], 2],
  [new RegExp(`(["'])(?=${space}|s${boundary}|$)`, 'muy'), ['close'], 1],
  [/(.?)'/suy, [1, 'lsquo'], 1],
  [/(.?)"/suy, [1, 'ldquo'], 1],
];

/** Where kramdown's span parser stops next: a quote (with the character before it) or a typographic symbol, which it consumes whole. */
const nextStop = /([^\\]?["'])|---|--|\.\.\.|<< | >>|<<|>>/gu;

/**
 * `text` with its straight quotes made typographic as kramdown does it,
 * quote by quote from the characters around it (not by pairing them, as
 * markdown-it does): `after` is the source that follows the text (the
 * markup of the next element, such as `*` or `[`), which the rules look at
 * but never change. The text starts where kramdown's parser starts afresh
 * (a paragraph, or right after an element), so its first quote has no
 * character before it.
 */
export function kramdownQuotes(text: string, after: string, quotes: readonly [string, string, string, string]): string {
  const [lsquo, rsquo, ldquo, rdquo] = quotes;
  const shown: Readonly<Record<string, string>> = { lsquo, rsquo, ldquo, rdquo };
  const source = text + after;
  let result = '';
  let position = 0;
  while (position < text.length) {
    nextStop.lastIndex = position;
    const stop = nextStop.exec(source);
    if (stop === null || stop.index >= text.length) {
      break;
    }
    if (stop[1] === undefined) {
      result += text.slice(position, stop.index + stop[0].length);
      position = stop.index + stop[0].length;
      continue;
    }
    result += text.slice(position, stop.index);
    for (const [pattern, parts, group] of rules) {
      pattern.lastIndex = stop.index;
      const match = pattern.exec(source);
      if (match === null) {
        continue;
      }
      const quote = match[group] ?? '"';
      for (const part of parts) {
        if (typeof part === 'number') {
          result += match[part] ?? '';
        } else if (part === 'open' || part === 'close') {
          result += shown[`${part === 'open' ? 'l' : 'r'}${quote === '"' ? 'd' : 's'}quo`] ?? quote;
        } else {
          result += shown[part] ?? '';
        }
      }
      position = stop.index + match[0].length;
      break;
    }
  }
  return result + text.slice(position);
}

/** The source character an inline token starts with, as far as the quote rules look ahead. */
function sourceStart(token: Token | undefined): string {
  if (token === undefined) {
    return '';
  }
  switch (token.type) {
    case 'softbreak':
      return '\n';
    case 'hardbreak':
      return ' ';
    case 'link_open':
      return token.info === 'auto' ? '<' : '[';
    case 'link_close':
      return ']';
    case 'image':
      return '!';
    case 'code_inline':
      return '`';
    case 'html_inline':
      return '<';
    case 'text_special':
      return token.info === 'entity' ? '&' : '\\';
    case 'text':
      return token.content;
    default:
      return token.markup || token.content.slice(0, 1);
  }
}

/** The source that follows index `from` as far as the rules look: the next elements' markup up to the next text. */
function sourceAfter(children: readonly Token[], from: number): string {
  let after = '';
  for (let index = from; index < children.length && after.length < 4; index += 1) {
    after += sourceStart(children[index]);
    if (children[index]?.type === 'text') {
      break;
    }
  }
  return after;
}

/**
 * Replaces markdown-it's smart quotes with kramdown's: each run of text
 * between elements (line breaks inside a paragraph included) is one stretch
 * of kramdown's source. Runs before the typographic symbols are replaced, so
 * the rules still see `--` and `...` as kramdown's parser does.
 */
export function kramdownSmartQuotes(md: MarkdownIt, quotes: readonly [string, string, string, string]): void {
  md.core.ruler.disable('smartquotes');
  md.core.ruler.before('replacements', 'kramdown_smart_quotes', (state) => {
    for (const block of state.tokens) {
      const children = block.type === 'inline' ? (block.children ?? []) : [];
      let index = 0;
      while (index < children.length) {
        if (children[index]?.type !== 'text') {
          index += 1;
          continue;
        }
        const run: Token[] = [];
        while (children[index]?.type === 'text' || children[index]?.type === 'softbreak') {
          run.push(children[index] as Token);
          index += 1;
        }
        applyToRun(run, sourceAfter(children, index), quotes);
      }
    }
  });
}

/** Applies the rules to one run of text and soft line breaks, and puts each token's share of the result back. */
function applyToRun(run: readonly Token[], after: string, quotes: readonly [string, string, string, string]): void {
  const pieces = run.map((token) => (token.type === 'text' ? token.content : '\n'));
  const joined = pieces.join('');
  if (!/["']/.test(joined)) {
    return;
  }
  // Quotes are replaced one for one, so every token keeps its length.
  const converted = kramdownQuotes(joined, after, quotes);
  if (run.length === 1) {
    (run[0] as Token).content = converted;
    return;
  }
  if (converted.length !== joined.length) {
    return;
  }
  let offset = 0;
  run.forEach((token, index) => {
    const length = pieces[index]?.length ?? 0;
    if (token.type === 'text') {
      token.content = converted.slice(offset, offset + length);
    }
    offset += length;
  });
}
