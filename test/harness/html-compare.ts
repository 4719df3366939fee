// Compares two HTML renderings of a post by what a reader sees: text and element structure, with
// whitespace and attribute order normalised away.
import { parseFragment } from 'parse5';

/** A parse5 node, as far as the comparison reads it. */
interface Node {
  readonly nodeName: string;
  readonly tagName?: string;
  readonly value?: string;
  readonly attrs?: readonly { readonly name: string; readonly value: string }[];
  readonly childNodes?: readonly Node[];
  readonly content?: Node;
}

/** A rendering reduced to what the comparison looks at. */
export interface NormalisedHtml {
  /** The visible text, whitespace runs as one space, a line break at every block boundary. */
  readonly text: string;
  /** The elements in document order as `<tag>` … `</tag>`, one per line. */
  readonly structure: string;
  /** The elements with their attributes sorted by name (`<a class="x" href="y">`), one per line. */
  readonly attributes: string;
}

/** Elements whose edges separate text like a line break does. */
const blockElements = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'details', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer',
  'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section',
  'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'br',
]);

/** The text of a node and all below it. */
function textOf(node: Node): string {
  if (node.nodeName === '#text') {
    return node.value ?? '';
  }
  return (node.childNodes ?? []).map(textOf).join('');
}

/**
 * Normalises a rendering: whitespace collapsed, attributes sorted, comments
 * dropped. Code inside `<pre>` is reduced to its text, so Rouge's
 * highlighting spans (which the preview does not reproduce) do not count.
 * A paragraph whose whole text is `dropParagraph` (the excerpt marker, which
 * Jekyll leaves in the page and the preview shows as a boundary) is left out.
 */
export function normaliseHtml(html: string, dropParagraph: string | null = null): NormalisedHtml {
  const text: string[] = [];
  const structure: string[] = [];
  const attributes: string[] = [];
  const walk = (node: Node, inPre: boolean): void => {
    if (node.nodeName === '#text') {
      text.push(node.value ?? '');
      return;
    }
    if (node.nodeName.startsWith('#') || node.tagName === undefined) {
      return;
    }
    const tag = node.tagName;
    if (tag === 'p' && dropParagraph !== null && textOf(node).trim() === dropParagraph) {
      return;
    }
    const block = blockElements.has(tag);
    const attrs = [...(node.attrs ?? [])].sort((a, b) => a.name.localeCompare(b.name)).map((attr) => ` ${attr.name}="${attr.value}"`).join('');
    structure.push(`<${tag}>`);
    attributes.push(`<${tag}${attrs}>`);
    if (block) {
      text.push('\n');
    }
    if (inPre && tag === 'code') {
      text.push(textOf(node));
    } else {
      for (const child of node.content?.childNodes ?? node.childNodes ?? []) {
        walk(child, inPre || tag === 'pre');
      }
    }
    if (block) {
      text.push('\n');
    }
    structure.push(`</${tag}>`);
  };
  for (const child of (parseFragment(html) as unknown as Node).childNodes ?? []) {
    walk(child, false);
  }
  const joined = text.join('').replace(/[ \t\r\f\n\u00a0]*\n[ \t\r\f\n\u00a0]*/g, '\n').replace(/[ \t\r\f]+/g, ' ').trim();
  return { text: joined, structure: structure.join('\n'), attributes: attributes.join('\n') };
}

/** Where two strings first differ, with some context from each, or null when they are equal. */
export function firstDifference(expected: string, actual: string): string | null {
  if (expected === actual) {
    return null;
  }
  let at = 0;
  while (at < expected.length && at < actual.length && expected[at] === actual[at]) {
    at += 1;
  }
  const around = (text: string): string => JSON.stringify(text.slice(Math.max(0, at - 60), at + 60));
  return `at ${at}: jekyll ${around(expected)} / inkpost ${around(actual)}`;
}
