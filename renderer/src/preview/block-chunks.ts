/**
 * Where the preview's block elements stand in the DOM. A short post's blocks
 * are children of the preview itself. A long one's are grouped into chunks
 * (`div.preview-chunk`, plain blocks: margins still collapse across them), so
 * that when one block changes the browser lays out its chunk and the chunks,
 * not every block: with 1,500 blocks, one replaced block made Chromium walk
 * them all (1.2 ms a keystroke); in chunks of 32, 0.13 ms.
 *
 * Which block starts a chunk depends only on the blocks' keys (content-defined
 * cuts): the same blocks always make the same chunks, so the preview after any
 * edits is the same DOM as a fresh render of the same text, and an edit changes
 * only the chunks around it.
 */

/** From this many shown items on, blocks are grouped into chunks. */
export const chunkFrom = 128;
/** The average chunk length: a block whose key hashes to 0 modulo this starts a chunk. */
const chunkSpread = 32;
/** The longest chunk: a run with no cut for this long is cut. */
const chunkCap = 128;
/** How much of a key the cut looks at (with its length): enough to tell blocks apart. */
const hashedLength = 256;

/** True when a block with this render key starts a chunk (FNV-1a over the key's start and its length). */
export function startsChunk(key: string): boolean {
  let hash = 0x811c9dc5 ^ key.length;
  const end = Math.min(key.length, hashedLength);
  for (let index = 0; index < end; index += 1) {
    hash = Math.imul(hash ^ key.charCodeAt(index), 0x01000193);
  }
  return (hash >>> 0) % chunkSpread === 0;
}

/** An element the preview shows, and whether it starts a chunk. */
export interface PlacedElement {
  readonly element: HTMLElement;
  readonly chunkStart: boolean;
}

/** The runs of elements that make the chunks, in order. */
function groupsOf(items: readonly PlacedElement[]): HTMLElement[][] {
  const groups: HTMLElement[][] = [];
  for (const item of items) {
    const last = groups.at(-1);
    if (last === undefined || item.chunkStart || last.length >= chunkCap) {
      groups.push([item.element]);
    } else {
      last.push(item.element);
    }
  }
  return groups;
}

/** True when `parent`'s element children are exactly `elements`, in order. */
function holdsExactly(parent: Element, elements: readonly HTMLElement[]): boolean {
  if (parent.firstElementChild !== elements[0] || parent.lastElementChild !== elements.at(-1)) {
    return false;
  }
  for (let index = 0; index + 1 < elements.length; index += 1) {
    if (elements[index]!.parentNode !== parent || elements[index]!.nextElementSibling !== elements[index + 1]) {
      return false;
    }
  }
  return true;
}

/** Puts `elements` in order as children of `parent`, before `anchor` or last (moving only those out of place). */
function order(parent: Element, elements: readonly Element[], anchor: Element | null): void {
  let next = anchor;
  for (let index = elements.length - 1; index >= 0; index -= 1) {
    const element = elements[index]!;
    if (element.parentNode !== parent || element.nextElementSibling !== next) {
      parent.insertBefore(element, next);
    }
    next = element;
  }
}

/**
 * Creates the placer for `container`, whose last child `tail` stays last:
 * `place` puts the shown elements in order, directly in the container below
 * {@link chunkFrom} items, else in chunks, reusing each chunk that still
 * starts with the same element and touching only chunks whose elements changed.
 */
export function createChunkPlacer(container: HTMLElement, tail: Element): { place(items: readonly PlacedElement[]): void } {
  let chunks: HTMLElement[] = [];
  const isChunk = new WeakSet<Element>();
  return {
    place(items) {
      if (items.length < chunkFrom) {
        order(container, items.map((item) => item.element), tail);
        for (const chunk of chunks) {
          chunk.remove();
        }
        chunks = [];
        return;
      }
      const used = new Set<HTMLElement>();
      const next = groupsOf(items).map((group) => {
        const parent = group[0]!.parentElement;
        let chunk = parent !== null && isChunk.has(parent) && !used.has(parent) ? parent : null;
        if (chunk === null) {
          chunk = document.createElement('div');
          chunk.className = 'preview-chunk';
          isChunk.add(chunk);
        }
        used.add(chunk);
        if (!holdsExactly(chunk, group)) {
          // Move only what is out of place (re-inserting the rest would make the browser lay them out again).
          order(chunk, group, null);
          while (chunk.firstElementChild !== null && chunk.firstElementChild !== group[0]) {
            chunk.firstElementChild.remove();
          }
        }
        return chunk;
      });
      for (const chunk of chunks) {
        if (!used.has(chunk)) {
          chunk.remove();
        }
      }
      order(container, next, tail);
      chunks = next;
    },
  };
}
