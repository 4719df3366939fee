import { splitFrontMatter } from './front-matter-block';
import { FrontMatterError } from './front-matter-error';

/** The languages a post's front matter can be written in; `none` when the post has none. */
export type FrontMatterFormat = 'yaml' | 'toml' | 'json' | 'none';

/** Where a post's front matter source and body are in its text. */
export interface FrontMatterLocation {
  readonly format: FrontMatterFormat;
  /** Offset in the text where the front matter source starts (after the opening fence line). */
  readonly sourceStart: number;
  /** Offset where the source ends (the start of the closing fence line); equal to `sourceStart` for `none`. */
  readonly sourceEnd: number;
  /** 1-based line of the whole file where the source starts (2 below a fence, 1 for a bare JSON object). */
  readonly sourceLine: number;
  /** Offset where the body starts. */
  readonly bodyStart: number;
  /** Zero-based line of the text where the body starts. */
  readonly bodyStartLine: number;
}

const yamlOpening = /^---[ \t]*\r?\n/;
const taggedOpening = /^---(json|toml)[ \t]*\r?\n/;
const tomlOpening = /^\+\+\+[ \t]*\r?\n/;
const dashesClosing = /^---[ \t]*$/;
const plusesClosing = /^\+\+\+[ \t]*$/;

/**
 * Finds a post's front matter:
 * - YAML between `---` and `---` or `...`, found exactly as Jekyll finds it;
 * - TOML between `+++` lines (Hugo) or after a `---toml` line up to `---` (gray-matter);
 * - JSON after a `---json` line up to `---` (gray-matter), or a leading JSON
 *   object (Hugo): the text starts with `{` followed by `"` or `}` (so a
 *   Liquid tag like `{% raw %}` is body), and the line of its closing brace
 *   holds nothing else.
 *
 * Throws {@link FrontMatterError} naming line 1 when a block is opened and
 * never closed: Jekyll would render the whole file as body, and the user must
 * know why their title is gone.
 */
export function locateFrontMatter(text: string): FrontMatterLocation {
  const yaml = yamlOpening.exec(text);
  if (yaml) {
    const block = splitFrontMatter(text);
    if (block.frontMatter === null) {
      throw neverClosed();
    }
    const sourceStart = yaml[0].length;
    return {
      format: 'yaml',
      sourceStart,
      sourceEnd: sourceStart + block.frontMatter.length,
      sourceLine: 2,
      bodyStart: text.length - block.body.length,
      bodyStartLine: block.bodyStartLine,
    };
  }
  const tagged = taggedOpening.exec(text);
  if (tagged) {
    return fenced(text, tagged[1] === 'json' ? 'json' : 'toml', tagged[0].length, dashesClosing);
  }
  const toml = tomlOpening.exec(text);
  if (toml) {
    return fenced(text, 'toml', toml[0].length, plusesClosing);
  }
  if (/^\{\s*["}]/.test(text)) {
    return bareJsonObject(text);
  }
  return { format: 'none', sourceStart: 0, sourceEnd: 0, sourceLine: 1, bodyStart: 0, bodyStartLine: 0 };
}

function fenced(text: string, format: 'json' | 'toml', sourceStart: number, closing: RegExp): FrontMatterLocation {
  let lineStart = sourceStart;
  let line = 1;
  while (lineStart < text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    if (closing.test(text.slice(lineStart, lineEnd).replace(/\r$/, ''))) {
      const bodyStart = newline === -1 ? text.length : newline + 1;
      return { format, sourceStart, sourceEnd: lineStart, sourceLine: 2, bodyStart, bodyStartLine: line + 1 };
    }
    lineStart = lineEnd + 1;
    line += 1;
  }
  throw neverClosed();
}

function bareJsonObject(text: string): FrontMatterLocation {
  const end = jsonObjectEnd(text);
  if (end === -1) {
    throw neverClosed();
  }
  const newline = text.indexOf('\n', end);
  const rest = text.slice(end, newline === -1 ? text.length : newline);
  if (rest.trim() !== '') {
    const line = text.slice(0, end).split('\n').length;
    throw new FrontMatterError('JSON front matter must end its line with its closing brace', line, end - text.lastIndexOf('\n', end - 1));
  }
  const bodyStart = newline === -1 ? text.length : newline + 1;
  return { format: 'json', sourceStart: 0, sourceEnd: end, sourceLine: 1, bodyStart, bodyStartLine: text.slice(0, end).split('\n').length };
}

/** The offset just past the `}` closing the object that starts the text, or -1 when it is never closed. */
function jsonObjectEnd(text: string): number {
  let depth = 0;
  let inString = false;
  for (let index = 0; index < text.length; index += 1) {
    const character = text[index];
    if (inString) {
      if (character === '\\') {
        index += 1;
      } else if (character === '"') {
        inString = false;
      }
    } else if (character === '"') {
      inString = true;
    } else if (character === '{' || character === '[') {
      depth += 1;
    } else if (character === '}' || character === ']') {
      depth -= 1;
      if (depth === 0) {
        return index + 1;
      }
    }
  }
  return -1;
}

function neverClosed(): FrontMatterError {
  return new FrontMatterError('front matter opened on line 1 is never closed', 1, 1);
}
