import type { EditorView } from '@codemirror/view';
import type { InkpostBridge } from '../../../shared/contract';
import type { Problem } from '../../../shared/problem';
import { showCheckProblems } from '../editor/check-problems';
import { createProblemsPanel } from './problems-panel';

/** How long typing must pause before the open post's text is checked again. */
const checkDelayMs = 400;

/** Keeps the problems panel, the post list's badges and the editor's diagnostics showing `inkpost check`'s problems. */
export interface PostProblems {
  /** Posts changed, or another folder opened: the whole folder is checked again. */
  folderChanged(): void;
  /** A post was opened, saved or edited: its text is checked (at once for `now`, else once typing pauses). */
  postChanged(now?: boolean): void;
}

/** What the problems follow in the app around them. */
export interface ProblemSources {
  readonly bridge: InkpostBridge;
  readonly view: EditorView;
  /** The panel's element. */
  readonly panel: HTMLElement;
  /** The post list's element, whose `.post-item`s get a badge. */
  readonly list: HTMLElement;
  /** The open post's path, or null. */
  readonly openPath: () => string | null;
  /** The folders paths are shown relative to: the blog's root first. */
  readonly roots: () => readonly string[];
  /** Opens a post (settling the open one's unsaved edits first); false when it did not open. */
  readonly open: (path: string) => Promise<boolean>;
  readonly reportError: (error: unknown) => void;
}

/** A post's badge: how many problems, and whether any is an error. */
interface BadgeCount {
  readonly count: number;
  readonly error: boolean;
}

function badgeCounts(problems: readonly Problem[]): Map<string, BadgeCount> {
  const counts = new Map<string, BadgeCount>();
  for (const problem of problems) {
    const count = counts.get(problem.path) ?? { count: 0, error: false };
    counts.set(problem.path, { count: count.count + 1, error: count.error || problem.severity === 'error' });
  }
  return counts;
}

/** Gives `item` the badge of `count`, or takes its badge off for undefined; an unchanged badge is not touched. */
function showBadge(item: HTMLElement, count: BadgeCount | undefined): void {
  const current = item.querySelector<HTMLElement>('.problem-badge');
  if (count === undefined) {
    current?.remove();
    return;
  }
  const className = `problem-badge ${count.error ? 'error' : 'warning'}`;
  const text = String(count.count);
  const title = `${count.count} problem${count.count === 1 ? '' : 's'}${count.error ? ', errors among them' : ''}: see Problems`;
  if (current?.className === className && current.textContent === text && current.title === title) {
    return;
  }
  const badge = current ?? document.createElement('span');
  badge.className = className;
  badge.dataset['testid'] = 'problem-badge';
  badge.textContent = text;
  badge.title = title;
  if (current === null) {
    item.append(badge);
  }
}

/**
 * Puts a badge (`problem-badge`, the count and whether any is an error) on
 * each listed post with problems. After the list was rebuilt every item is
 * seen to; otherwise only the items of posts whose count changed since
 * `before` are looked up and touched: on a list of thousands, visiting every
 * item on each check of the open post cost a few milliseconds per open, and
 * rewriting every badge made the next frame lay out the whole list again.
 */
function showBadges(list: HTMLElement, counts: ReadonlyMap<string, BadgeCount>, before: ReadonlyMap<string, BadgeCount> | null): void {
  if (before === null) {
    for (const item of list.querySelectorAll<HTMLElement>('.post-item')) {
      showBadge(item, counts.get(item.dataset['path'] ?? ''));
    }
    return;
  }
  const changed = new Set<string>();
  for (const [path, count] of counts) {
    const old = before.get(path);
    if (old?.count !== count.count || old.error !== count.error) {
      changed.add(path);
    }
  }
  for (const path of before.keys()) {
    if (!counts.has(path)) {
      changed.add(path);
    }
  }
  for (const path of changed) {
    for (const item of list.querySelectorAll<HTMLElement>(`.post-item[data-path="${CSS.escape(path)}"]`)) {
      showBadge(item, counts.get(path));
    }
  }
}

/** Orders problems by path, then line and column. */
function byPlace(left: Problem, right: Problem): number {
  return left.path.localeCompare(right.path) || left.line - right.line || left.column - right.column;
}

/** `sorted` (in {@link byPlace} order) with the problems of `path` replaced by `replacing` (all of `path`), without sorting all again. */
function replacePathProblems(sorted: readonly Problem[], path: string, replacing: readonly Problem[]): Problem[] {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle]?.path ?? '').localeCompare(path) < 0) {
      low = middle + 1;
    } else {
      high = middle;
    }
  }
  let end = low;
  while (end < sorted.length && sorted[end]?.path === path) {
    end += 1;
  }
  return [...sorted.slice(0, low), ...[...replacing].sort(byPlace), ...sorted.slice(end)];
}

/**
 * The folder's problems come from `checkPosts`; the open post's from
 * `checkPost` on the editor's text, so they follow typing before a save, and
 * replace the folder's for that post. A click on a problem opens its post
 * with the cursor at its line and column.
 */
export function createPostProblems(sources: ProblemSources): PostProblems {
  const { bridge, view } = sources;
  /** The folder's problems, sorted once when they come (tens of thousands on a large site). */
  let folder: readonly Problem[] = [];
  let open: { path: string; problems: readonly Problem[] } | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** Counts calls of `postChanged(true)`: a frame callback of an older one does nothing. */
  let nowRun = 0;
  let folderRun = 0;
  /** The badges the list shows now, by path; null when the list was rebuilt since. */
  let badges: ReadonlyMap<string, BadgeCount> | null = null;
  const merged = (): Problem[] => (open === null ? [...folder] : replacePathProblems(folder, open.path, open.problems));
  const goTo = async (problem: Problem): Promise<void> => {
    if (!(await sources.open(problem.path)) || sources.openPath() !== problem.path) {
      return;
    }
    const doc = view.state.doc;
    const line = doc.line(Math.min(Math.max(problem.line, 1), doc.lines));
    view.dispatch({ selection: { anchor: Math.min(line.from + problem.column - 1, line.to) }, scrollIntoView: true });
    view.focus();
  };
  const panel = createProblemsPanel(sources.panel, (problem) => void goTo(problem).catch(sources.reportError));
  const render = (): void => {
    const all = merged();
    panel.show(all, sources.roots());
    const counts = badgeCounts(all);
    showBadges(sources.list, counts, badges);
    badges = counts;
  };
  // The list is rebuilt on every refresh, filter and search: its badges are put back each time.
  new MutationObserver(() => {
    const counts = badgeCounts(merged());
    showBadges(sources.list, counts, null);
    badges = counts;
  }).observe(sources.list, { childList: true });
  const checkOpenPost = async (): Promise<void> => {
    const path = sources.openPath();
    if (path === null) {
      open = null;
      render();
      return;
    }
    const text = view.state.doc.toString();
    const problems = await bridge.checkPost(path, text);
    if (sources.openPath() === path && view.state.doc.toString() === text) {
      open = { path, problems };
      view.dispatch(showCheckProblems(view.state, problems));
      render();
    }
  };
  return {
    folderChanged() {
      const run = ++folderRun;
      bridge.checkPosts().then((problems) => {
        if (run === folderRun) {
          folder = [...problems].sort(byPlace);
          render();
        }
      }).catch(sources.reportError);
    },
    postChanged(now = false) {
      clearTimeout(timer);
      const check = (): void => void checkOpenPost().catch(sources.reportError);
      if (now) {
        // Once the frame that shows the post has painted: run before it, the check's redraw delayed every open.
        const run = ++nowRun;
        requestAnimationFrame(() => {
          if (run === nowRun) {
            timer = setTimeout(check, 0);
          }
        });
      } else {
        nowRun += 1;
        timer = setTimeout(check, checkDelayMs);
      }
    },
  };
}
