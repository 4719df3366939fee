import { createChunkPlacer, startsChunk } from './block-chunks';
import type { SourceBlock } from './block-splitter';

/** Which part of the post a block belongs to: the excerpt (front page) or the extended part (post page only). */
export type PostPart = 'excerpt' | 'extended';

/** What the preview shows, in order: rendered blocks, and the excerpt boundary between the parts. */
export type PreviewItem =
  | { readonly kind: 'block'; readonly block: SourceBlock; readonly part: PostPart }
  | { readonly kind: 'boundary'; readonly line: number };

/** A shown item: its element and what it was last shown for. */
export interface ShownItem {
  readonly element: HTMLElement;
  readonly kind: PreviewItem['kind'];
  /** The block's key (its source, or the key a Liquid block got), or '' for the boundary. */
  readonly source: string;
  /** One-based post line where it starts (`data-source-line`). */
  line: number;
  part: PostPart;
  /** True when it starts a chunk of a long post's blocks (see block-chunks.ts). */
  readonly chunkStart: boolean;
}

/** The keyed list of rendered blocks inside the preview element. */
export interface BlockList {
  /**
   * Shows `items`: blocks whose source is unchanged keep their element (only
   * their line and part attributes are updated when those moved), new sources
   * are rendered, gone ones removed. Kept blocks for which `stale` says yes
   * (their source may use a link definition that changed) are rendered again.
   * Returns the elements it rendered, moved or removed: the only ones whose
   * headings can have changed.
   */
  update(items: readonly PreviewItem[], stale?: (source: string) => boolean, later?: LaterBlocks): readonly Element[];
  /** Renders the blocks `update` left for later that are still shown; returns their elements. */
  renderLater(): readonly Element[];
  /** Whether some shown block waits for {@link renderLater}. */
  hasLater(): boolean;
  /** The shown items in document order. */
  items(): readonly ShownItem[];
}

/**
 * Which new blocks `update` may leave empty for {@link BlockList.renderLater}:
 * those that start after the first `afterBytes` of the shown blocks' source.
 * A post just opened shows its top: rendering a 30 KB post's every block
 * before the first paint made opening it take twice as long.
 */
export interface LaterBlocks {
  readonly afterBytes: number;
}

/** What a block's rendering is cached by: its key, or its source. */
function keyOf(item: PreviewItem & { kind: 'block' }): string {
  return item.block.key ?? item.block.source;
}

/** True when `shown` is what `item` asks for: the boundary, or a block with the same key. */
function matches(shown: ShownItem, item: PreviewItem): boolean {
  return item.kind === 'block' ? shown.kind === 'block' && shown.source === keyOf(item) : shown.kind === 'boundary';
}

/** Shown items by what they were shown for (in order, for repeated sources), and the boundary if among them. */
function poolBySource(items: readonly ShownItem[]): { blocks: Map<string, ShownItem[]>; boundary: ShownItem | undefined } {
  const blocks = new Map<string, ShownItem[]>();
  let boundary: ShownItem | undefined;
  for (const item of items) {
    if (item.kind === 'boundary') {
      boundary = item;
    } else {
      const list = blocks.get(item.source);
      if (list === undefined) {
        blocks.set(item.source, [item]);
      } else {
        list.push(item);
      }
    }
  }
  return { blocks, boundary };
}

/** Brings a kept item's attributes up to date with where it now stands. */
function refresh(shownItem: ShownItem, item: PreviewItem): void {
  const line = item.kind === 'block' ? item.block.line : item.line;
  if (shownItem.line !== line) {
    shownItem.line = line;
    shownItem.element.dataset['sourceLine'] = String(line);
  }
  const part = item.kind === 'block' ? item.part : 'excerpt';
  if (shownItem.part !== part) {
    shownItem.part = part;
    if (part === 'extended') {
      shownItem.element.dataset['part'] = 'extended';
    } else {
      delete shownItem.element.dataset['part'];
    }
  }
}

/** A block's element, empty, with its line and part. */
function blockElement(item: PreviewItem & { kind: 'block' }): HTMLElement {
  const element = document.createElement('div');
  element.className = 'preview-block';
  element.dataset['sourceLine'] = String(item.block.line);
  if (item.part === 'extended') {
    element.dataset['part'] = 'extended';
  }
  return element;
}

/**
 * Creates the block list in `container`, before `tail` (an element that stays
 * last). `render` turns a block's key (its source, unless it has a key of its
 * own) into sanitized nodes; `boundary` is
 * the one excerpt boundary element, moved to wherever the marker is. The DOM
 * is patched, never rebuilt: the unchanged run at the start and at the end is
 * kept as is, and in between, elements are matched by source text, so typing
 * in one paragraph replaces one element.
 */
export function createBlockList(container: HTMLElement, tail: Element, render: (source: string) => DocumentFragment, boundary: HTMLElement): BlockList {
  let shown: ShownItem[] = [];
  /** Blocks shown empty, to be rendered by `renderLater`. */
  let later = new Set<ShownItem>();
  const placer = createChunkPlacer(container, tail);

  const create = (item: PreviewItem, renderNow: boolean): ShownItem => {
    if (item.kind === 'boundary') {
      boundary.dataset['sourceLine'] = String(item.line);
      return { element: boundary, kind: 'boundary', source: '', line: item.line, part: 'excerpt', chunkStart: false };
    }
    const element = blockElement(item);
    const created: ShownItem = { element, kind: 'block', source: keyOf(item), line: item.block.line, part: item.part, chunkStart: startsChunk(keyOf(item)) };
    if (renderNow) {
      element.append(render(keyOf(item)));
    } else {
      later.add(created);
    }
    return created;
  };

  return {
    update(items, stale, lazy) {
      const touched: Element[] = [];
      let sourceBytes = 0;
      const old = shown;
      let start = 0;
      while (start < old.length && start < items.length && matches(old[start]!, items[start]!)) {
        start += 1;
      }
      let oldEnd = old.length;
      let newEnd = items.length;
      while (oldEnd > start && newEnd > start && matches(old[oldEnd - 1]!, items[newEnd - 1]!)) {
        oldEnd -= 1;
        newEnd -= 1;
      }
      // The changed run: reuse elements by source (in order, for repeated sources), render the rest.
      const pool = poolBySource(old.slice(start, oldEnd));
      let oldBoundary = pool.boundary;
      for (const item of items.slice(0, start)) {
        sourceBytes += item.kind === 'block' ? item.block.source.length : 0;
      }
      const middle = items.slice(start, newEnd).map((item) => {
        const renderNow = lazy === undefined || sourceBytes <= lazy.afterBytes;
        sourceBytes += item.kind === 'block' ? item.block.source.length : 0;
        const kept = item.kind === 'block' ? pool.blocks.get(keyOf(item))?.shift() : oldBoundary;
        if (item.kind === 'boundary') {
          oldBoundary = undefined;
        }
        if (kept !== undefined && kept.kind === 'block' && stale?.(kept.source) === true && !later.has(kept)) {
          kept.element.replaceChildren(render(kept.source));
          touched.push(kept.element);
        }
        if (kept === undefined) {
          const created = create(item, renderNow);
          touched.push(created.element);
          return created;
        }
        touched.push(kept.element); // a kept element of the changed run may have moved among the others
        return kept;
      });
      for (const leftover of [...pool.blocks.values()].flat().concat(oldBoundary ?? [])) {
        leftover.element.remove();
        touched.push(leftover.element);
      }
      shown = [...old.slice(0, start), ...middle, ...old.slice(oldEnd)];
      placer.place(shown);
      for (let index = 0; index < shown.length; index += 1) {
        refresh(shown[index]!, items[index]!);
      }
      if (stale !== undefined) {
        for (const item of [...old.slice(0, start), ...old.slice(oldEnd)]) {
          if (item.kind === 'block' && stale(item.source) && !later.has(item)) {
            item.element.replaceChildren(render(item.source));
            touched.push(item.element);
          }
        }
      }
      return touched;
    },
    renderLater() {
      const waiting = later;
      later = new Set();
      const rendered: Element[] = [];
      for (const item of waiting) {
        if (item.element.isConnected) {
          item.element.append(render(item.source));
          rendered.push(item.element);
        }
      }
      return rendered;
    },
    hasLater: () => later.size > 0,
    items: () => shown,
  };
}
