import { textStats, wordsPerMinute, type TextStats } from './text-stats';

/** The status bar's counts for the open post. */
export interface StatusCounts {
  /** Recounts from the post's text soon (at most every {@link recountDelayMs}), off the keystroke's frame. */
  update(text: () => string): void;
  /** Counts now (a post just opened). */
  updateNow(text: string): void;
  /** Empties the counts (no post open). */
  clear(): void;
}

/** How long typing may go on before the counts catch up: they never delay a keystroke. */
export const recountDelayMs = 150;

function countSpan(testId: string, label: string): HTMLSpanElement {
  const span = document.createElement('span');
  span.className = 'status-count';
  span.dataset['testid'] = testId;
  span.setAttribute('aria-label', label);
  return span;
}

function plural(count: number, one: string, many: string): string {
  return `${count.toLocaleString('en')} ${count === 1 ? one : many}`;
}

/**
 * Adds the word count (`status-words`), the excerpt's word count
 * (`status-excerpt-words`, the words before the marker) and the reading time
 * (`status-reading-time`, at 230 words a minute) to the start of the status
 * bar `bar`, beside the save status. Each carries its number in `data-count`
 * (`data-minutes` for the reading time; `data-count` is empty without a
 * marker), so scripts need not parse words.
 */
export function createStatusCounts(bar: HTMLElement): StatusCounts {
  const words = countSpan('status-words', 'Words in the post');
  const excerpt = countSpan('status-excerpt-words', 'Words in the excerpt, before the marker');
  const reading = countSpan('status-reading-time', `Reading time at ${wordsPerMinute} words a minute`);
  bar.prepend(words, excerpt, reading);
  let pending: ReturnType<typeof setTimeout> | undefined;
  let latest: (() => string) | undefined;

  const show = (stats: TextStats | null): void => {
    words.dataset['count'] = stats === null ? '' : String(stats.words);
    words.textContent = stats === null ? '' : plural(stats.words, 'word', 'words');
    excerpt.dataset['count'] = stats === null || stats.excerptWords === null ? '' : String(stats.excerptWords);
    excerpt.textContent = stats === null ? '' : stats.excerptWords === null ? 'No excerpt marker' : `Excerpt: ${plural(stats.excerptWords, 'word', 'words')}`;
    reading.dataset['minutes'] = stats === null ? '' : String(stats.readingMinutes);
    reading.textContent = stats === null ? '' : `${stats.readingMinutes} min read`;
  };
  const cancel = (): void => {
    clearTimeout(pending);
    pending = undefined;
  };
  show(null);
  return {
    update(text) {
      latest = text;
      pending ??= setTimeout(() => {
        pending = undefined;
        if (latest !== undefined) {
          show(textStats(latest()));
        }
      }, recountDelayMs);
    },
    updateNow(text) {
      cancel();
      show(textStats(text));
    },
    clear() {
      cancel();
      show(null);
    },
  };
}
