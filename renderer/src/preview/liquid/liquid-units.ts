/** Liquid tags that open a block ended by `end<name>`. */
const blockTags = new Set(['if', 'unless', 'case', 'for', 'tablerow', 'capture', 'comment', 'raw', 'highlight']);

/** Blocks whose body is not Liquid: only their own end tag counts inside. */
const verbatimTags = new Set(['raw', 'comment']);

/** True when `text` holds Liquid markup (`{{` or `{%`). */
export function hasLiquid(text: string): boolean {
  return text.includes('{{') || text.includes('{%');
}

/** True when `text` may set a variable the rest of the post sees (`assign`, `capture`, `increment`, `decrement`). */
export function setsVariables(text: string): boolean {
  return /\{%-?\s*(?:assign|capture|increment|decrement)\b/.test(text);
}

/**
 * The Liquid blocks still open after `text`, given those open before it
 * (innermost last): `{% if %}`, `{% for %}`, `{% highlight %}`, `{% raw %}`…
 * each waits for its end tag; inside `raw` and `comment` only their end counts.
 */
export function openLiquidBlocks(text: string, open: readonly string[]): string[] {
  const stack = [...open];
  if (!text.includes('{%')) {
    return stack;
  }
  for (const [, name] of text.matchAll(/\{%-?\s*([A-Za-z_]\w*)/g)) {
    const top = stack.at(-1);
    if (name === undefined) {
      continue;
    }
    if (top !== undefined && verbatimTags.has(top)) {
      if (name === `end${top}`) {
        stack.pop();
      }
    } else if (blockTags.has(name)) {
      stack.push(name);
    } else if (name.startsWith('end') && stack.includes(name.slice(3))) {
      stack.length = stack.lastIndexOf(name.slice(3));
    }
  }
  return stack;
}
