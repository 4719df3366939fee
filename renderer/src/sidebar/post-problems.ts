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

/**
 * Puts a badge (`problem-badge`, the count and whether any is an error) on
 * each listed post with problems. Only items whose badge changes are touched:
 * on a list of thousands, rewriting every badge on each check made the next
 * frame lay out the whole list again.
 */
function showBadges(list: HTMLElement, problems: readonly Problem[]): void {
  const counts = new Map<string, { count: number; error: boolean }>();
  for (const problem of problems) {
    const count = counts.get(problem.path) ?? { count: 0, error: false };
    counts.set(problem.path, { count: count.count + 1, error: count.error || problem.severity === 'error' });
  }
  for (const item of list.querySelectorAll<HTMLElement>('.post-item')) {
    const current = item.querySelector<HTMLElement>('.problem-badge');
    const count = counts.get(item.dataset['path'] ?? '');
    if (count === undefined) {
      current?.remove();
      continue;
    }
    const className = `problem-badge ${count.error ? 'error' : 'warning'}`;
    const text = String(count.count);
    const title = `${count.count} problem${count.count === 1 ? '' : 's'}${count.error ? ', errors among them' : ''}: see Problems`;
    if (current?.className === className && current.textContent === text && current.title === title) {
      continue;
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
}

/**
 * The folder's problems come from `checkPosts`; the open post's from
 * `checkPost` on the editor's text, so they follow typing before a save, and
 * replace the folder's for that post. A click on a problem opens its post
 * with the cursor at its line and column.
 */
export function createPostProblems(sources: ProblemSources): PostProblems {
  const { bridge, view } = sources;
  let folder: readonly Problem[] = [];
  let open: { path: string; problems: readonly Problem[] } | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let folderRun = 0;
  const merged = (): Problem[] => {
    const path = open?.path ?? null;
    return [...folder.filter((problem) => problem.path !== path), ...(open?.problems ?? [])]
      .sort((left, right) => left.path.localeCompare(right.path) || left.line - right.line || left.column - right.column);
  };
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
    showBadges(sources.list, all);
  };
  // The list is rebuilt on every refresh, filter and search: its badges are put back each time.
  new MutationObserver(() => showBadges(sources.list, merged())).observe(sources.list, { childList: true });
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
          folder = problems;
          render();
        }
      }).catch(sources.reportError);
    },
    postChanged(now = false) {
      clearTimeout(timer);
      timer = setTimeout(() => void checkOpenPost().catch(sources.reportError), now ? 0 : checkDelayMs);
    },
  };
}
