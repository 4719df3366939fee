import type { MarkdownIt, Token } from 'markdown-it';

interface FootnoteMeta {
  readonly id: number;
  readonly label?: string;
  readonly subId: number;
}

/** A footnote token's meta, as markdown-it-footnote sets it. */
function metaOf(token: Token): FootnoteMeta {
  return token.meta as unknown as FootnoteMeta;
}

/** The footnote's name in ids: its label, as kramdown uses it (`fn:note`), or its number for an unnamed one. */
function nameOf(meta: FootnoteMeta): string {
  return encodeURIComponent(meta.label ?? String(meta.id + 1)).replace(/%3A/gi, ':');
}

/**
 * Footnotes in kramdown's markup (markdown-it-footnote parses them): the
 * reference `<sup id="fnref:name" role="doc-noteref"><a href="#fn:name"
 * class="footnote" rel="footnote">1</a></sup>`, and at the end of the post
 * `<div class="footnotes" role="doc-endnotes"><ol>` with `<li id="fn:name">`
 * items, each ending in a back link `↩` per reference (`↩<sup>2</sup>` for the second). Numbers start at `first` (`footnote_nr`).
 */
export function kramdownFootnoteMarkup(md: MarkdownIt, first: number): void {
  const rules = md.renderer.rules;
  rules['footnote_ref'] = (tokens, index) => {
    const meta = metaOf(tokens[index]!);
    const name = nameOf(meta);
    const refId = meta.subId > 0 ? `fnref:${name}:${meta.subId}` : `fnref:${name}`;
    return `<sup id="${refId}" role="doc-noteref"><a href="#fn:${name}" class="footnote" rel="footnote">${meta.id + first}</a></sup>`;
  };
  rules['footnote_block_open'] = () => `<div class="footnotes" role="doc-endnotes">\n<ol${first === 1 ? '' : ` start="${first}"`}>\n`;
  rules['footnote_block_close'] = () => '</ol>\n</div>\n';
  rules['footnote_open'] = (tokens, index) => `<li id="fn:${nameOf(metaOf(tokens[index]!))}" role="doc-endnote">`;
  rules['footnote_close'] = () => '</li>\n';
  rules['footnote_anchor'] = (tokens, index) => {
    const meta = metaOf(tokens[index]!);
    const suffix = meta.subId > 0 ? `:${meta.subId}` : '';
    const count = meta.subId > 0 ? `<sup>${meta.subId + 1}</sup>` : '';
    return `\u00a0<a href="#fnref:${nameOf(meta)}${suffix}" class="reversefootnote" role="doc-backlink">\u21a9${count}</a>`;
  };
}
