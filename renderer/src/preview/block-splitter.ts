import { createBlockParser, type Definition, type ParsedBlock } from './block-parser';
import { openElementCount, openWrapperCount } from './html-balance';
import { hasLiquid, openLiquidBlocks } from './liquid/liquid-units';

/** One top-level block of a post body, as the preview renders and caches it. */
export interface SourceBlock {
  /** The block's source lines, each with its line break: what it renders from, and its cache key. */
  readonly source: string;
  /** One-based line of the whole post where the block starts. */
  readonly line: number;
  /** One-based line of the whole post just after the block's last line. */
  readonly endLine: number;
  /** What the preview caches the block's rendering by, when not its source (a Liquid block: see `createLiquidPreview`). */
  readonly key?: string;
}

/** A text cut into blocks, with the link reference definitions found between them. */
export interface SplitText {
  readonly blocks: readonly SourceBlock[];
  /** Definitions in text order, lines counted from the text's first line (zero-based). */
  readonly definitions: readonly Definition[];
}

/**
 * How many top-level blocks an unclosed raw HTML block may gather (a `<div>`
 * wrapper with Markdown inside). Beyond this a forgotten end tag would make
 * every keystroke re-render the rest of the post, so the blocks are kept apart.
 */
const maxGatheredBlocks = 64;

/** Blocks whose text is shown as code, so tags in them are text. */
const codeBlocks = new Set(['fence', 'code_block']);

/**
 * Footnote and abbreviation definitions act on the whole text (footnotes are
 * numbered in reference order and listed at its end; an abbreviation marks
 * every use): a text that has one renders as one block.
 */
const wholeTextDefinition = /^ {0,3}(?:\[\^[^\]\s]+\]:|\*\[[^\]]+\]:)/m;

/** True when `text` has a footnote or abbreviation definition; the substring search first spares most posts the multiline regex over the whole text on each keystroke. */
function hasWholeTextDefinition(text: string): boolean {
  return (text.includes('[^') || text.includes('*[')) && wholeTextDefinition.test(text);
}

/** The text without its code spans, whose tags are text. */
function withoutCodeSpans(text: string): string {
  return text.includes('`') ? text.replace(/(`+)[\s\S]*?\1/g, '') : text;
}

/**
 * Creates a splitter for one part of a post (it remembers the part's last
 * text, so keep one per part): markdown-it's block parser, re-parsing only
 * around the change (see `createBlockParser`), cuts the text into top-level
 * blocks; each is rendered from its own lines, which gives what the whole
 * text renders to, since top-level blocks share no inline state. Link
 * reference definitions render nothing and belong to no block; they are
 * returned for every block to use. A raw HTML block that opens a wrapper
 * (`<div>`, `<figure>`...) and leaves it open is joined with the blocks up to
 * the one that closes it (end tags count in HTML blocks and paragraphs, not in
 * code), so `<div>`, Markdown, `</div>` nest as they do in a whole render;
 * other unbalanced HTML stays in its own block, so it cannot swallow the rest
 * of the post. A text with footnote or abbreviation definitions is one block,
 * and the blocks a Liquid block tag spans are one.
 * `firstLine` is the one-based line of the post where `text` starts.
 */
export function createBlockSplitter(): (text: string, firstLine: number) => SplitText {
  const parse = createBlockParser();
  return (input, firstLine) => {
    const { text, lineStarts, blocks: parsed, definitions } = parse(input);
    if (parsed.length > 0 && hasWholeTextDefinition(text)) {
      // The definitions themselves are no blocks of markdown-it's: the one block runs to the end of the text.
      const start = parsed[0]!.start;
      return { blocks: [{ source: text.slice(lineStarts[start]), line: firstLine + start, endLine: firstLine + lineStarts.length }], definitions };
    }
    const offsetOf = (line: number): number => lineStarts[line] ?? text.length;
    const sourceOf = (start: number, end: number): string => text.slice(offsetOf(start), offsetOf(end));
    const blocks: SourceBlock[] = [];
    const close = (start: number, end: number): void => {
      blocks.push({ source: sourceOf(start, end), line: firstLine + start, endLine: firstLine + end });
    };
    let open: { start: number; end: number; count: number; depth: number } | null = null;
    for (const block of parsed) {
      if (open !== null) {
        // Inside a gathered run, end tags may also stand in a paragraph (`</pre></div>` after code lines).
        open.depth += depthOf(block, sourceOf);
        open.end = block.end;
        open.count += 1;
        if (open.depth <= 0 || open.count >= maxGatheredBlocks) {
          close(open.start, open.end);
          open = null;
        }
        continue;
      }
      const depth = block.type === 'html_block' ? openWrapperCount(block.html) : 0;
      if (depth > 0) {
        open = { start: block.start, end: block.end, count: 1, depth };
      } else {
        close(block.start, block.end);
      }
    }
    if (open !== null) {
      close(open.start, open.end);
    }
    if (!hasLiquid(text)) {
      return { blocks, definitions };
    }
    const postSourceOf = (start: number, end: number): string => sourceOf(start - firstLine, end - firstLine);
    return { blocks: joinListsAcrossLiquid(joinLiquidBlocks(blocks, postSourceOf), postSourceOf), definitions };
  };
}

/**
 * Joins the blocks a Liquid block tag spans (`{% highlight %}` … `{% endhighlight %}`
 * with blank lines inside, `{% if %}` around paragraphs, `{% raw %}` …) into
 * one, since Liquid runs over the text before Markdown cuts it into blocks.
 * `sourceOf` gives the text of post lines [start, end).
 */
function joinLiquidBlocks(blocks: readonly SourceBlock[], sourceOf: (start: number, end: number) => string): SourceBlock[] {
  const joined: SourceBlock[] = [];
  let run: { first: SourceBlock; last: SourceBlock; open: string[] } | null = null;
  const closeRun = (first: SourceBlock, last: SourceBlock): void => {
    joined.push({ source: sourceOf(first.line, last.endLine), line: first.line, endLine: last.endLine });
  };
  for (const block of blocks) {
    if (run === null) {
      const open = openLiquidBlocks(block.source, []);
      if (open.length === 0) {
        joined.push(block);
      } else {
        run = { first: block, last: block, open };
      }
      continue;
    }
    run.last = block;
    run.open = openLiquidBlocks(block.source, run.open);
    if (run.open.length === 0) {
      closeRun(run.first, run.last);
      run = null;
    }
  }
  if (run !== null) {
    closeRun(run.first, run.last);
  }
  return joined;
}

/** A line opening a list item, also once Liquid at its start has run (`*{% assign x = 1 %}` is then `*`). */
const listItemLine = /^ {0,3}(?:[*+-]|\d{1,9}[.)])(?:[ \t]|\r?\n|$|\{[{%])/m;

/** The same at the very start of a block. */
const listItemFirst = /^ {0,3}(?:[*+-]|\d{1,9}[.)])(?:[ \t]|\r?\n|$|\{[{%])/;

/**
 * Joins a block holding a list with the next one when Liquid is in either:
 * Markdown sees what Liquid puts out, so a list that a `{% if %}` block ends
 * with goes on, in a whole render, into a next block that starts with a list
 * item (also one Liquid makes: `*{% assign %}`) or an indented line, and a
 * list goes on into the items a Liquid block after it puts out. Rendered
 * apart, they would be two lists. Joining is always safe (the blocks then
 * render together, as in a whole render), only less incremental.
 */
function joinListsAcrossLiquid(blocks: readonly SourceBlock[], sourceOf: (start: number, end: number) => string): SourceBlock[] {
  const joined: SourceBlock[] = [];
  for (const block of blocks) {
    const previous = joined.at(-1);
    if (previous !== undefined && mayContinueList(previous.source, block.source)) {
      joined[joined.length - 1] = { source: sourceOf(previous.line, block.endLine), line: previous.line, endLine: block.endLine };
    } else {
      joined.push(block);
    }
  }
  return joined;
}

/** True when, once Liquid has run, `after` may continue a list that `before` ends with. */
function mayContinueList(before: string, after: string): boolean {
  if (!(hasLiquid(before) || hasLiquid(after)) || !listItemLine.test(before)) {
    return false;
  }
  return listItemFirst.test(after) || /^[ \t]/.test(after) || (after.startsWith('{%') && listItemLine.test(after));
}

/** How many elements a block opens (negative: closes) when it stands inside a gathered run. */
function depthOf(block: ParsedBlock, sourceOf: (start: number, end: number) => string): number {
  if (block.type === 'html_block') {
    return openElementCount(block.html);
  }
  return codeBlocks.has(block.type) ? 0 : openElementCount(withoutCodeSpans(sourceOf(block.start, block.end)));
}
