/**
 * The cases of test/fixtures/kramdown-testcases that the preview renders
 * differently (text or element structure) from kramdown, with the reason. The
 * preview is markdown-it with kramdown's rules added where a blog's posts
 * meet them; these are the kramdown rules it does not reproduce.
 */

const attributeLists = 'an attribute list on a line of its own before or after a block ({:.cls}) or an attribute list definition ({:name: ...}) is not applied: markdown-it-attrs reads one only at the end of a block';
const listIndent = 'list items: kramdown measures indentation (tabs included) from the first item\'s content and lets lazy and nested lines continue items where CommonMark starts new blocks';
const listInterrupt = 'kramdown starts or refuses a list inside a paragraph (a numbered line like "1984.", a "* * *" rule, an item without content) where CommonMark does the opposite';
const lazyCode = 'a lazy line (not indented) continues an indented code block in kramdown, not in CommonMark';
const htmlBlocks = 'kramdown parses HTML with an HTML parser of its own (markdown="1" attributes, processing instructions, CDATA, XML tags, stray end tags, text after a comment on the same line); CommonMark\'s HTML blocks end at a blank line';
const spanHtml = 'span HTML: kramdown\'s own parser keeps processing instructions, XML-namespaced tags and markdown="1" attributes, where CommonMark\'s inline HTML rules differ';
const rawSpans = 'kramdown leaves the text of code-like span elements (kbd, samp, var) untouched; the preview sets typographic dashes in them';
const codeFences = 'fences: kramdown reads ~~~ fences only when they close (an unclosed one is text), and writes a language Rouge does not know (or any, without a highlighter) as a bare <pre><code class="language-x">; the preview wraps every named language as for a known one';
const codeWhitespace = 'an indented code block ending in lines of spaces: kramdown ends the block there, the preview adds an empty paragraph';
const headers = 'header edge cases: a setext underline right under a paragraph line or a rule, ATX headers made only of #, closing #s and {#id} not at the end';
const extensionOptions = '{::options ... /} changes kramdown\'s options for the rest of the text (footnote numbers, parse_span_html, the default language); the preview keeps the blog\'s options';
const unclosedExtensions = 'an extension kramdown does not know ({::something}) or one without its end tag is text in kramdown; the preview drops the unknown end tag or runs an unclosed block extension to the end';
const tables = 'kramdown\'s table syntax (rows without a header separator, |= footers, |- separator lines inside the body, escaped pipes in code) is not GFM\'s';
const definitionLists = 'definition lists: several terms for one definition, <p> in definitions after a blank line, and blocks inside definitions follow kramdown\'s rules, not markdown-it-deflist\'s';
const emphasis = 'emphasis edge cases: kramdown\'s rules for * and _ inside words and for unmatched or empty delimiters differ from CommonMark\'s';
const codeSpans = 'code span edge cases: a lone backtick is text in kramdown and opens a code span reaching the next one in CommonMark';
const links = 'link edge cases: kramdown accepts brackets, spaces and angle brackets in URLs and link definitions where CommonMark does not, and the reverse';
const footnotes = 'footnotes: kramdown lists them where a {:footnotes} marker stands, and its markers inside list items and quotes nest differently';
const abbreviations = 'abbreviations: an empty definition (*[x]:) and abbreviations inside SVG or other raw HTML are kramdown\'s only';
const autolinks = 'autolinks: kramdown decodes entities in a link\'s text and links international e-mail addresses that CommonMark leaves as text';
const entities = 'an escaped ampersand (\\&) and an invalid entity (&#xYZ;): kramdown shows the backslash and the text as written, CommonMark the ampersand';
const smartQuotes = 'smart quotes: an apostrophe before a year (\'80s) after other quotes in the same paragraph pairs differently';
const parseBlockHtml = 'the case turns parse_block_html on: kramdown parses Markdown inside <div> and <dl> by its HTML parser\'s content model, the preview by markdown-it\'s blocks';

/** Cases that differ from Jekyll's kramdown (GFM input, Jekyll's settings) and from kramdown's own expected HTML. */
export const knownAgainstJekyll: Readonly<Record<string, string>> = {
  'block/04_header/atx_header': headers,
  'block/04_header/setext_header': headers,
  'block/06_codeblock/error': codeFences,
  'block/06_codeblock/lazy': lazyCode,
  'block/06_codeblock/no_newline_at_end_1': lazyCode,
  'block/06_codeblock/whitespace': codeWhitespace,
  'block/06_codeblock/with_ial': attributeLists,
  'block/06_codeblock/with_lang_in_fenced_block': codeFences,
  'block/06_codeblock/with_lang_in_fenced_block_any_char': codeFences,
  'block/06_codeblock/with_lang_in_fenced_block_name_with_dash': codeFences,
  'block/07_horizontal_rule/normal': attributeLists,
  'block/08_list/escaping': listInterrupt,
  'block/08_list/item_ial': attributeLists,
  'block/08_list/lazy_and_nested': listIndent,
  'block/08_list/list_and_others': listInterrupt,
  'block/08_list/mixed': listIndent,
  'block/08_list/special_cases': listInterrupt,
  'block/09_html/cdata_section': htmlBlocks,
  'block/09_html/comment': htmlBlocks,
  'block/09_html/content_model/tables': htmlBlocks,
  'block/09_html/invalid_html_1': htmlBlocks,
  'block/09_html/markdown_attr': htmlBlocks,
  'block/09_html/not_parsed': htmlBlocks,
  'block/09_html/parse_as_raw': htmlBlocks,
  'block/09_html/parse_as_span': htmlBlocks,
  'block/09_html/parse_block_html': htmlBlocks,
  'block/09_html/processing_instruction': htmlBlocks,
  'block/09_html/simple': htmlBlocks,
  'block/09_html/xml': htmlBlocks,
  'block/10_ald/simple': attributeLists,
  'block/11_ial/auto_id_and_ial': attributeLists,
  'block/11_ial/nested': attributeLists,
  'block/11_ial/simple': attributeLists,
  'block/12_extension/comment': unclosedExtensions,
  'block/12_extension/ignored': unclosedExtensions,
  'block/12_extension/nomarkdown': unclosedExtensions,
  'block/12_extension/options': extensionOptions,
  'block/12_extension/options3': extensionOptions,
  'block/13_definition_list/auto_ids': attributeLists,
  'block/13_definition_list/deflist_ial': attributeLists,
  'block/13_definition_list/item_ial': attributeLists,
  'block/13_definition_list/multiple_terms': definitionLists,
  'block/13_definition_list/para_wrapping': definitionLists,
  'block/13_definition_list/with_blocks': definitionLists,
  'block/14_table/errors': tables,
  'block/14_table/escaping': tables,
  'block/14_table/footer': tables,
  'block/14_table/header': tables,
  'block/14_table/simple': tables,
  'block/14_table/table_with_footnote': tables,
  encoding: tables,
  'span/01_link/inline': links,
  'span/01_link/link_defs': links,
  'span/01_link/link_defs_with_ial': attributeLists,
  'span/02_emphasis/empty': emphasis,
  'span/02_emphasis/errors': emphasis,
  'span/02_emphasis/nesting': emphasis,
  'span/02_emphasis/normal': emphasis,
  'span/03_codespan/normal': codeSpans,
  'span/04_footnote/markers': footnotes,
  'span/04_footnote/placement': footnotes,
  'span/05_html/markdown_attr': spanHtml,
  'span/05_html/normal': spanHtml,
  'span/05_html/raw_span_elements': rawSpans,
  'span/05_html/xml': spanHtml,
  'span/abbreviations/abbrev': abbreviations,
  'span/abbreviations/abbrev_in_html': abbreviations,
  'span/autolinks/url_links': autolinks,
  'span/extension/ignored': unclosedExtensions,
  'span/extension/options': extensionOptions,
  'span/text_substitutions/entities': entities,
  'span/text_substitutions/typography': smartQuotes,
};

/** Cases that differ from kramdown's own expected HTML only (their options differ from Jekyll's). */
export const knownAgainstKramdown: Readonly<Record<string, string>> = {
  ...knownAgainstJekyll,
  'block/09_html/content_model/deflists': parseBlockHtml,
  'block/09_html/html_and_codeblocks': parseBlockHtml,
};
