/** How long type-ahead keeps the letters typed before starting afresh. */
const typeAheadMs = 700;

/** The keyboard of the post list. */
export interface ListboxKeys {
  readonly keydown: (event: KeyboardEvent) => void;
  /** Makes one post the list's only Tab stop: the focused one, else `open` (the open post's item), else the first. */
  keepOneTabStop(open: HTMLElement | null): void;
}

/**
 * The listbox keys of the post list in `element`: the list is one Tab stop,
 * Up/Down move between posts across the groups, Home/End go to the first and
 * last, typing letters goes to the next post whose title starts with them,
 * Enter or Space opens the post.
 */
export function createListboxKeys(element: HTMLElement, open: (path: string) => void): ListboxKeys {
  let typed = '';
  let typedAt = 0;
  let tabStop: HTMLElement | null = null;
  const items = (): HTMLElement[] => [...element.querySelectorAll<HTMLElement>('.post-item')];
  const setTabStop = (item: HTMLElement | null): void => {
    if (tabStop !== item && tabStop?.isConnected === true) {
      tabStop.tabIndex = -1;
    }
    tabStop = item;
    if (item !== null) {
      item.tabIndex = 0;
    }
  };
  const moveTo = (item: HTMLElement | undefined): void => {
    if (item !== undefined) {
      setTabStop(item);
      item.focus();
      item.scrollIntoView({ block: 'nearest' });
    }
  };
  const keydown = (event: KeyboardEvent): void => {
    const item = event.target instanceof HTMLElement && event.target.classList.contains('post-item') ? event.target : null;
    if (item === null || event.ctrlKey || event.metaKey || event.altKey) {
      return;
    }
    const all = items();
    const index = all.indexOf(item);
    const target = event.key === 'ArrowDown' ? all[Math.min(index + 1, all.length - 1)]
      : event.key === 'ArrowUp' ? all[Math.max(index - 1, 0)]
        : event.key === 'Home' ? all[0]
          : event.key === 'End' ? all[all.length - 1]
            : null;
    if (target !== null) {
      event.preventDefault();
      moveTo(target);
    } else if (event.key === 'Enter' || (event.key === ' ' && (typed === '' || Date.now() - typedAt > typeAheadMs))) {
      event.preventDefault();
      typed = '';
      if (item.dataset['path'] !== undefined) {
        open(item.dataset['path']);
      }
    } else if (event.key.length === 1) {
      event.preventDefault();
      const now = Date.now();
      typed = (now - typedAt > typeAheadMs ? '' : typed) + event.key.toLowerCase();
      typedAt = now;
      moveTo(typeAheadMatch(all, index, typed));
    }
  };
  element.addEventListener('focusout', () => {
    setTimeout(() => {
      if (!element.contains(document.activeElement)) {
        typed = '';
      }
    }, 0);
  });
  const keepOneTabStop = (open: HTMLElement | null): void => {
    const focused = document.activeElement instanceof HTMLElement && document.activeElement.classList.contains('post-item') && element.contains(document.activeElement) ? document.activeElement : null;
    setTabStop(focused ?? open ?? element.querySelector<HTMLElement>('.post-item'));
  };
  return { keydown, keepOneTabStop };
}

/**
 * The post type-ahead goes to: the next one (after the focused post, wrapping)
 * whose title starts with the typed letters; the same letter typed again
 * cycles through the posts starting with it.
 */
function typeAheadMatch(all: readonly HTMLElement[], index: number, typed: string): HTMLElement | undefined {
  const title = (item: HTMLElement): string => (item.querySelector('.post-title')?.textContent ?? '').replace(/^●/, '').trim().toLowerCase();
  const repeated = typed.length > 1 && [...typed].every((character) => character === typed[0]);
  const prefix = repeated ? (typed[0] ?? '') : typed;
  const from = typed.length === 1 || repeated ? index + 1 : index;
  const ordered = [...all.slice(from), ...all.slice(0, from)];
  return ordered.find((item) => title(item).startsWith(prefix));
}
