/**
 * Liquid syntax as Jekyll 4's Liquid (version 5 in Debian's Jekyll) parses a post before
 * rendering it: the errors that stop `jekyll build`. Liquid runs over the
 * whole post, code blocks included, so a `{{` in a code sample that is never
 * closed fails the build; `{% raw %}` is the way out.
 *
 * Follows Liquid's tokenizer (`{% … %}` and `{{ … }}` found lazily across
 * lines; a lone `{{` or `{%` is a token of its own), its tag and variable
 * terminator rules, block nesting with end tags, and the tags Liquid and
 * Jekyll know. Markup inside a tag is not checked, as Jekyll's default
 * `error_mode: warn` does not fail on it (a few tags that always do are).
 * Verified against Ruby's Liquid by test/unit/checks/liquid-syntax.test.ts.
 */

/** A Liquid syntax error at an offset of the checked text. */
export interface LiquidSyntaxError {
  readonly offset: number;
  readonly message: string;
}

/** Block tags and the tags allowed directly inside them (besides nested content). */
const blockTags: Readonly<Record<string, readonly string[]>> = {
  if: ['elsif', 'else'],
  unless: ['elsif', 'else'],
  case: ['when', 'else'],
  for: ['else'],
  tablerow: [],
  capture: [],
  comment: [],
  ifchanged: [],
  highlight: [],
};

/** Tags with no end tag: Liquid 5's and Jekyll's own. */
const simpleTags = new Set(['assign', 'break', 'continue', 'cycle', 'decrement', 'echo', 'increment', 'include', 'include_relative', 'link', 'liquid', 'post_url', 'render']);

/** Tags whose markup Liquid checks even in `warn` mode. */
const markupRules: Readonly<Record<string, RegExp>> = {
  assign: /^\s*[\w-]+\s*=\s*\S/,
  for: /^\s*[\w-]+\s+in\s+\S/,
  highlight: /^\s*[a-zA-Z0-9.+#_-]+(?:\s+\w+(?:=(?:\w+|"(?:[0-9]+\s)*[0-9]+"))?)*\s*$/,
  cycle: /\S/,
  capture: /^\s*["']?[\w-]+["']?\s*$/,
  if: /\S/,
  unless: /\S/,
};

const fullTag = /^\{%-?(\s*)(\w+|#)(\s*)([\s\S]*?)-?%\}$/;
const fullVariable = /^\{\{-?[\s\S]*?-?\}\}$/;

interface OpenBlock {
  readonly name: string;
  readonly offset: number;
}

/**
 * The first Liquid syntax error in `text` (Liquid stops at the first), or
 * null. `extraTags` are tags known from the blog's plugins.
 */
export function liquidSyntaxError(text: string, extraTags: ReadonlySet<string> = new Set()): LiquidSyntaxError | null {
  const open: OpenBlock[] = [];
  const tokens = /\{%[\s\S]*?%\}|\{\{[\s\S]*?\}\}?|\{\{|\{%/g;
  for (let match = tokens.exec(text); match !== null; match = tokens.exec(text)) {
    const token = match[0];
    const offset = match.index;
    if (token.startsWith('{{')) {
      if (!fullVariable.test(token)) {
        return { offset, message: `Variable '${excerpt(token)}' was not properly terminated with }}` };
      }
      continue;
    }
    const tag = fullTag.exec(token);
    if (tag === null) {
      return { offset, message: `Tag '${excerpt(token)}' was not properly terminated with %}` };
    }
    const name = tag[2] ?? '';
    const markup = tag[4] ?? '';
    if (name === 'raw') {
      const end = /\{%-?\s*endraw\s*-?%\}/g;
      end.lastIndex = tokens.lastIndex;
      const closed = end.exec(text);
      if (closed === null) {
        return { offset, message: "'raw' tag was never closed" };
      }
      tokens.lastIndex = end.lastIndex;
      continue;
    }
    const problem = tagProblem(name, markup, offset, open, extraTags);
    if (problem !== null) {
      return problem;
    }
  }
  const unclosed = open.at(-1);
  return unclosed === undefined ? null : { offset: unclosed.offset, message: `'${unclosed.name}' tag was never closed` };
}

function tagProblem(name: string, markup: string, offset: number, open: OpenBlock[], extraTags: ReadonlySet<string>): LiquidSyntaxError | null {
  const current = open.at(-1);
  // Inside a comment, Liquid ignores tags it does not know, but still nests blocks.
  const inComment = open.some((block) => block.name === 'comment');
  if (name.startsWith('end')) {
    const ended = name.slice(3);
    if (current !== undefined && current.name === ended) {
      open.pop();
      return null;
    }
    if (inComment && !(ended in blockTags)) {
      return null;
    }
    return current === undefined
      ? { offset, message: `Unknown tag '${name}'` }
      : { offset, message: `'${name}' is not a valid delimiter for ${current.name} tags. use end${current.name}` };
  }
  if (current !== undefined && (blockTags[current.name] ?? []).includes(name)) {
    return null;
  }
  if (name === 'else' || name === 'elsif') {
    return current === undefined
      ? { offset, message: `Unexpected outer '${name}' tag` }
      : { offset, message: `${current.name} tag does not expect '${name}' tag` };
  }
  const rule = markupRules[name];
  if (rule !== undefined && !rule.test(markup)) {
    return { offset, message: `Syntax Error in '${name}': ${excerpt(markup.trim()) || 'nothing'} is not valid here` };
  }
  if (name in blockTags) {
    open.push({ name, offset });
    return null;
  }
  if (name === '#' || simpleTags.has(name) || extraTags.has(name) || inComment) {
    return null;
  }
  return { offset, message: `Unknown tag '${name}'` };
}

function excerpt(text: string): string {
  const line = text.split('\n')[0] ?? '';
  return line.length > 40 ? `${line.slice(0, 40)}…` : line;
}
