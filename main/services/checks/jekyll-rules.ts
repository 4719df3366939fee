import { basename } from 'node:path';
import { parsePostFileName } from '../../../shared/posts/post-file-name';
import { resolvePostDate } from '../../../shared/posts/post-date';
import type { Problem } from '../../../shared/problem';
import { isInPostsFolder } from '../posts/post-files';
import { problemAt, problemOnLine, type CheckedPost } from './checked-post';
import { liquidSyntaxError } from './liquid-syntax';

/** What the Jekyll rules need to know about the blog: its `future` setting and whether plugins may add Liquid tags. */
export interface JekyllRuleContext {
  readonly future: boolean;
  readonly hasPlugins: boolean;
  /** The day the checks run, `YYYY-MM-DD`: posts after it are future posts. */
  readonly today: string;
}

/** A key given more than once: Jekyll keeps the last value, which may not be the one the author sees first. */
export function checkDuplicateKeys(post: CheckedPost): Problem[] {
  return post.duplicateKeys.map((duplicate) => ({
    path: post.path,
    line: duplicate.line,
    column: duplicate.column,
    severity: 'warning' as const,
    message: `${duplicate.key} is given more than once: Jekyll keeps only the last value`,
  }));
}

/** `published: false`: Jekyll leaves the post out of the site (unless built with --unpublished). */
export function checkPublished(post: CheckedPost): Problem[] {
  if (post.data['published'] !== false || !isInPostsFolder(post.path)) {
    return [];
  }
  return [problemOnLine(post.path, lineOfKey(post, 'published'), 'warning', 'published: false: Jekyll leaves this post out of the site')];
}

/** A post dated after today: Jekyll skips it unless the blog sets `future: true` or is built with --future. */
export function checkFutureDate(post: CheckedPost, context: JekyllRuleContext): Problem[] {
  if (context.future || !isInPostsFolder(post.path)) {
    return [];
  }
  const name = parsePostFileName(basename(post.path));
  const { date } = resolvePostDate(name.date, post.data['date'], post.data['time']);
  if (date === null || date <= context.today) {
    return [];
  }
  const line = 'date' in post.data ? lineOfKey(post, 'date') : 1;
  return [problemOnLine(post.path, line, 'warning', `dated ${date}, in the future: Jekyll skips it until then (unless _config.yml has future: true)`)];
}

/**
 * Liquid that stops `jekyll build`: Jekyll parses the whole post as Liquid
 * before Markdown, code blocks included. An unknown tag may come from one of
 * the blog's plugins, so it is an error only for a blog without plugins.
 */
export function checkLiquid(post: CheckedPost, context: JekyllRuleContext): Problem[] {
  if (post.data['render_with_liquid'] === false) {
    return [];
  }
  const bodyStart = post.text.length - post.body.length;
  const error = liquidSyntaxError(post.body);
  const problems: Problem[] = [];
  if (error !== null) {
    const isPluginTag = error.message.startsWith('Unknown tag') && context.hasPlugins;
    const advice = isPluginTag ? ' (unless one of the blog\'s plugins defines it)' : insideCode(post.body, error.offset) ? '; wrap the code in {% raw %}…{% endraw %}' : '';
    problems.push(problemAt(post, bodyStart + error.offset, isPluginTag ? 'warning' : 'error', `Liquid syntax error, Jekyll will not build: ${error.message}${advice}`));
  }
  for (const offset of liquidInCode(post.body)) {
    if (error === null || offset !== error.offset) {
      problems.push(problemAt(post, bodyStart + offset, 'warning', 'Liquid inside code: Jekyll runs it, so {{ … }} shows its value (often nothing), not the text; wrap the code in {% raw %}…{% endraw %}'));
    }
  }
  return problems;
}

/** 1-based line of a top-level key in the post's front matter (1 when it cannot be found). */
function lineOfKey(post: CheckedPost, key: string): number {
  const lines = post.text.split('\n');
  const index = lines.findIndex((line, at) => at > 0 && at < post.bodyStartLine && new RegExp(`^["']?${key}["']?\\s*:`).test(line));
  return index === -1 ? 1 : index + 1;
}

/** Variables the post sets itself (`{% assign x`, `{% capture x`, `{% for x in`). */
function ownVariables(body: string): ReadonlySet<string> {
  const names = [...body.matchAll(/\{%-?\s*(?:assign|capture|for)\s+([A-Za-z_][\w-]*)/g)].map((match) => match[1] ?? '');
  return new Set(names);
}

/**
 * Offsets of `{{` and `{%` inside fenced or indented code blocks and code
 * spans, outside `{% raw %}`. An output of a variable the post sets itself
 * (`{% assign release = … %}` then `{{ release.size }}` in a code block, as
 * release notes print checksums) is meant to run and is left out.
 */
function liquidInCode(body: string): number[] {
  const found: number[] = [];
  const raw = rawRanges(body);
  const own = ownVariables(body);
  for (const [start, end] of codeRanges(body)) {
    const pattern = /\{\{|\{%/g;
    pattern.lastIndex = start;
    for (let match = pattern.exec(body); match !== null && match.index < end; match = pattern.exec(body)) {
      const at = match.index;
      const root = match[0] === '{{' ? /^\{\{-?\s*([A-Za-z_][\w-]*)/.exec(body.slice(at, at + 80))?.[1] : undefined;
      if (root !== undefined && own.has(root)) {
        continue;
      }
      if (!raw.some(([rawStart, rawEnd]) => at >= rawStart && at < rawEnd)) {
        found.push(at);
      }
    }
  }
  return found;
}

function insideCode(body: string, offset: number): boolean {
  return codeRanges(body).some(([start, end]) => offset >= start && offset < end);
}

function rawRanges(body: string): [number, number][] {
  const ranges: [number, number][] = [];
  const pattern = /\{%-?\s*raw\s*-?%\}[\s\S]*?(?:\{%-?\s*endraw\s*-?%\}|$)/g;
  for (let match = pattern.exec(body); match !== null; match = pattern.exec(body)) {
    ranges.push([match.index, match.index + match[0].length]);
  }
  return ranges;
}

/** Fenced blocks (``` or ~~~), indented blocks after a blank line, and `code spans`, as offset ranges. */
function codeRanges(body: string): [number, number][] {
  const ranges: [number, number][] = [];
  const lines = body.split('\n');
  let offset = 0;
  let fence: string | null = null;
  let fenceStart = 0;
  let previousBlank = true;
  let inIndented = false;
  for (const line of lines) {
    const lineEnd = offset + line.length;
    const opening = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (fence !== null) {
      if (opening !== null && opening[1]?.startsWith(fence)) {
        ranges.push([fenceStart, lineEnd]);
        fence = null;
      }
    } else if (opening !== null) {
      fence = opening[1] ?? '```';
      fenceStart = offset;
    } else if (/^(?: {4}|\t)/.test(line) && (previousBlank || inIndented) && line.trim() !== '') {
      ranges.push([offset, lineEnd]);
      inIndented = true;
    } else {
      inIndented = inIndented && line.trim() === '';
      const spans = /(`+)[^`]+?\1/g;
      for (let match = spans.exec(line); match !== null; match = spans.exec(line)) {
        ranges.push([offset + match.index, offset + match.index + match[0].length]);
      }
    }
    previousBlank = line.trim() === '';
    offset = lineEnd + 1;
  }
  if (fence !== null) {
    ranges.push([fenceStart, body.length]);
  }
  return ranges;
}
