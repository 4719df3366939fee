/**
 * A blog's conventions, learned from its published posts so that what Inkpost
 * writes into the blog looks like what is already there. Pure: the facts
 * about each post are gathered by main (`inferBlogConventions`).
 */

import { markerKeys } from '../posts/extended-marker';
import { inferKeyOrder } from './key-order';

/** A value a usual key carries: a scalar every post writes the same way. */
export type UsualValue = string | number | boolean;

/** The key that names a post's excerpt marker, and the marker. */
export interface MarkerConvention {
  readonly key: 'extended' | 'excerpt_separator';
  readonly value: string;
}

/** How a blog writes its posts. */
export interface BlogConventions {
  /** The extension of post files, without the dot: the majority's (`markdown`, `md`, …). */
  readonly extension: string;
  /** The order keys are written in (see `inferKeyOrder`). */
  readonly keyOrder: readonly string[];
  /**
   * Keys (nearly) every post carries with one and the same value, in key
   * order: at least 90% of the posts, or all but one in a blog of five or
   * more (our reference blog: `layout: post`, `extended: ":EXTENDED:"`).
   */
  readonly usualKeys: Readonly<Record<string, UsualValue>>;
  /** `as-needed`: titles are plain unless YAML needs quotes; `always`: every title is quoted. */
  readonly titleQuoting: 'as-needed' | 'always';
  /** The quotes titles get when they are quoted. */
  readonly titleQuote: 'double' | 'single';
  /** Tag lists as `[a, b]` (flow) or as `- a` lines (block). */
  readonly tagsStyle: 'flow' | 'block';
  /** The marker key and value most posts that declare one use; null when no post declares one. */
  readonly marker: MarkerConvention | null;
  /** Every marker some post declares (the checks use them to spot marker lines). */
  readonly knownMarkers: readonly string[];
  /**
   * Where a post's time of day goes: a quoted `time: "HH:MM"` key (when at
   * least half the posts have one), a `date:` key (when at least half have
   * one, and in a blog without posts, as Jekyll's own posts do), or nowhere
   * (the file name's date only).
   */
  readonly timeKey: 'time' | 'date' | null;
  /** How many posts the conventions were learned from (0: Jekyll's defaults). */
  readonly postCount: number;
}

/** What the conventions need to know about one published post. */
export interface PostConventionSample {
  /** The file's extension without the dot. */
  readonly extension: string;
  /** The front matter's keys, in the order written. */
  readonly keys: readonly string[];
  readonly data: Readonly<Record<string, unknown>>;
  /** How the title is quoted; null without a title (or a title that is not a one-line string). */
  readonly titleQuoting: 'plain' | 'double' | 'single' | null;
  /** Whether the title could have been written plain (so its quotes are a choice, not a need). */
  readonly titleCouldBePlain: boolean;
  /** How the tags list is written; null without a tags list. */
  readonly tagsStyle: 'flow' | 'block' | null;
}

/** The conventions of a blog without posts: Jekyll's defaults (`.md`, `layout: post`, no marker key, a `date:` key). */
export const jekyllDefaultConventions: BlogConventions = {
  extension: 'md',
  keyOrder: ['layout', 'title', 'date', 'categories', 'tags'],
  usualKeys: { layout: 'post' },
  titleQuoting: 'as-needed',
  titleQuote: 'double',
  tagsStyle: 'flow',
  marker: null,
  knownMarkers: [],
  timeKey: 'date',
  postCount: 0,
};

/** Keys whose value names one post, never a convention. */
const ownKeys = new Set(['title', 'date', 'time', 'slug', 'permalink', 'tags', 'categories', 'excerpt']);

/** The count of the most frequent item, and the item (ties: the one seen first). */
function mostCommon<Item>(items: readonly Item[], keyOf: (item: Item) => string = String): { item: Item; count: number } | null {
  const counts = new Map<string, { item: Item; count: number }>();
  for (const item of items) {
    const key = keyOf(item);
    const entry = counts.get(key);
    counts.set(key, { item: entry?.item ?? item, count: (entry?.count ?? 0) + 1 });
  }
  let best: { item: Item; count: number } | null = null;
  for (const entry of counts.values()) {
    if (best === null || entry.count > best.count) {
      best = entry;
    }
  }
  return best;
}

/** True when `count` of `total` posts is "nearly every post": 90%, or all but one in a blog of five or more. */
export function isNearlyAll(count: number, total: number): boolean {
  return total > 0 && (count >= 0.9 * total || (total >= 5 && count >= total - 1));
}

function isUsualValue(value: unknown): value is UsualValue {
  return typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value));
}

/**
 * Learns a blog's conventions from its posts (see {@link BlogConventions});
 * with no posts, {@link jekyllDefaultConventions}. Ties go to the default
 * (`md`, flow tags, titles quoted as needed, double quotes).
 */
export function conventionsFromPosts(samples: readonly PostConventionSample[]): BlogConventions {
  const total = samples.length;
  if (total === 0) {
    return jekyllDefaultConventions;
  }
  const extensions = samples.map((sample) => sample.extension.toLowerCase()).filter((extension) => extension !== '');
  const extensionCounts = new Map<string, number>();
  extensions.forEach((extension) => extensionCounts.set(extension, (extensionCounts.get(extension) ?? 0) + 1));
  const topCount = Math.max(0, ...extensionCounts.values());
  const topExtensions = [...extensionCounts].filter(([, count]) => count === topCount).map(([extension]) => extension);
  const extension = topExtensions.includes('md') ? 'md' : (topExtensions.sort()[0] ?? 'md');

  const keyOrder = inferKeyOrder(samples.map((sample) => sample.keys).filter((keys) => keys.length > 0));

  const usual: Record<string, UsualValue> = {};
  for (const key of keyOrder) {
    if (ownKeys.has(key)) {
      continue;
    }
    const values = samples.map((sample) => sample.data[key]).filter(isUsualValue);
    const top = mostCommon(values, (value) => JSON.stringify(value));
    if (top !== null && isNearlyAll(top.count, total)) {
      usual[key] = top.item;
    }
  }

  const markers = samples.flatMap((sample): { key: 'extended' | 'excerpt_separator'; value: string }[] => {
    for (const key of markerKeys) {
      const value = sample.data[key];
      if (typeof value === 'string' && value.trim() !== '') {
        return [{ key: key === 'extended' ? 'extended' : 'excerpt_separator', value }];
      }
    }
    return [];
  });
  const marker = mostCommon(markers, (entry) => `${entry.key}\u0000${entry.value}`)?.item ?? null;
  const knownMarkers = [...new Set(markers.map((entry) => entry.value))];

  const couldBePlain = samples.filter((sample) => sample.titleQuoting !== null && sample.titleCouldBePlain);
  const quotedByChoice = couldBePlain.filter((sample) => sample.titleQuoting !== 'plain').length;
  const titleQuoting = quotedByChoice > couldBePlain.length - quotedByChoice ? 'always' : 'as-needed';
  const singles = samples.filter((sample) => sample.titleQuoting === 'single').length;
  const doubles = samples.filter((sample) => sample.titleQuoting === 'double').length;

  const blockTags = samples.filter((sample) => sample.tagsStyle === 'block').length;
  const flowTags = samples.filter((sample) => sample.tagsStyle === 'flow').length;

  const withTime = samples.filter((sample) => sample.keys.includes('time')).length;
  const withDate = samples.filter((sample) => sample.keys.includes('date')).length;
  const timeKey = withTime * 2 >= total ? 'time' : withDate * 2 >= total ? 'date' : null;

  return {
    extension,
    keyOrder,
    usualKeys: usual,
    titleQuoting,
    titleQuote: singles > doubles ? 'single' : 'double',
    tagsStyle: blockTags > flowTags ? 'block' : 'flow',
    marker,
    knownMarkers,
    timeKey,
    postCount: total,
  };
}
