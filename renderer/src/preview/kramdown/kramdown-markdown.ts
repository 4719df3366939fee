// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- the two plugins without types are declared there, for the web and the test projects alike
/// <reference path="./markdown-it-plugins.d.ts" />
import MarkdownItConstructor, { type MarkdownIt } from 'markdown-it';
import abbr from 'markdown-it-abbr';
import attrs from 'markdown-it-attrs';
import deflist from 'markdown-it-deflist';
import footnote from 'markdown-it-footnote';
import { kramdownCodeMarkup, kramdownCodeSpanBreaks } from './code-markup';
import { kramdownExtensions } from './extensions';
import { kramdownFootnoteMarkup } from './footnote-markup';
import { kramdownHeaderIds } from './header-ids';
import { kramdownHtmlBlock, kramdownSpanBlockTags } from './html-block';
import { jekyllKramdownDefaults, type KramdownOptions } from './kramdown-options';
import { kramdownGfmListInterrupt, kramdownListParagraphs } from './list-paragraphs';
import { kramdownTypography } from './typography';

/**
 * kramdown's header id syntax, `## Header {#id}`: the id is taken off the
 * text and set on the header. (Attribute lists, `{: .class #id}`, are
 * markdown-it-attrs's, with kramdown's `{:` delimiter, so `{% tag %}` and
 * other braces stay text.)
 */
function kramdownHeaderIdSyntax(md: MarkdownIt): void {
  md.core.ruler.after('inline', 'kramdown_header_id', (state) => {
    state.tokens.forEach((token, index) => {
      const inline = state.tokens[index + 1];
      const last = inline?.children?.at(-1);
      const match = token.type === 'heading_open' && last?.type === 'text' ? /\s*\{#([A-Za-z][\w:-]*)\}\s*$/.exec(last.content) : null;
      if (match !== null && last !== undefined) {
        last.content = last.content.slice(0, match.index);
        token.attrSet('id', match[1]!);
      }
    });
  });
}

/**
 * kramdown's forced line break written as two backslashes at a line's end
 * (`line\\` then a line break), besides two spaces; CommonMark reads the
 * pair as an escaped backslash. At a paragraph's very end it stays one
 * backslash, as in kramdown.
 */
function kramdownBackslashBreak(md: MarkdownIt): void {
  md.inline.ruler.before('escape', 'kramdown_backslash_break', (state, silent) => {
    if (!state.src.startsWith('\\\\\n', state.pos)) {
      return false;
    }
    if (!silent) {
      state.push('hardbreak', 'br', 0);
    }
    state.pos += 3;
    while (state.pos < state.posMax && (state.src[state.pos] === ' ' || state.src[state.pos] === '\t')) {
      state.pos += 1;
    }
    return true;
  });
}

/**
 * The block-level parts of the Markdown kramdown reads: the plugins that add
 * blocks (footnote definitions, definition lists, abbreviations) and
 * kramdown's extensions. The preview's block splitter parses with this, so
 * its blocks are the renderer's blocks.
 */
export function createKramdownBlockParser(options: KramdownOptions = jekyllKramdownDefaults): MarkdownIt {
  const md = new MarkdownItConstructor({ html: true, linkify: false, typographer: true, breaks: options.gfm && options.hardWrap });
  md.use(footnote).use(deflist).use(abbr);
  kramdownExtensions(md);
  if (options.gfm) {
    kramdownGfmListInterrupt(md);
  }
  if (!options.parseBlockHtml) {
    // A block rule: the preview's block splitter must cut raw HTML where the renderer ends it.
    kramdownHtmlBlock(md);
  }
  return md;
}

/**
 * A markdown-it that renders as Jekyll's kramdown does with `options` (see
 * `kramdownOptionsFromConfig`): smart quotes and typographic symbols, header
 * ids, block HTML passed through to its end tag while a line starting with
 * span-level HTML is a paragraph, attribute lists (`{: .class}`, `{#id}`),
 * footnotes in kramdown's markup, definition lists, abbreviations,
 * `{::comment}` and `{::nomarkdown}`, and, for GFM input, `~~strike~~`.
 * URLs are not linkified (kramdown leaves bare URLs as text).
 */
export function createKramdownMarkdownIt(options: KramdownOptions = jekyllKramdownDefaults): MarkdownIt {
  const md = createKramdownBlockParser(options);
  const [lsquo, rsquo, ldquo, rdquo] = options.smartQuotes;
  md.set({ quotes: [ldquo, rdquo, lsquo, rsquo] });
  md.use(attrs, { leftDelimiter: '{:', rightDelimiter: '}', allowedAttributes: [] });
  md.inline.ruler.disable('footnote_inline');
  if (!options.gfm) {
    md.disable('strikethrough');
  }
  kramdownSpanBlockTags(md);
  kramdownHeaderIdSyntax(md);
  kramdownBackslashBreak(md);
  kramdownTypography(md, options.typographicSymbols, options.smartQuotes);
  kramdownHeaderIds(md, options);
  kramdownFootnoteMarkup(md, options.footnoteNumber);
  kramdownCodeMarkup(md, options.defaultLang, options.highlight);
  kramdownListParagraphs(md);
  kramdownCodeSpanBreaks(md);
  return md;
}
