import type { Problem } from '../../../shared/problem';
import { element } from '../ui/dom';

/** The sidebar's compact list of `inkpost check`'s problems. */
export interface ProblemsPanel {
  /** Shows `problems` (sorted by path and line), their paths relative to the first of `roots` that holds them. */
  show(problems: readonly Problem[], roots: readonly string[]): void;
}

/** `path` relative to the first of `roots` (folders) it is inside, with `/` separators; the path itself when none holds it. */
export function relativeTo(path: string, roots: readonly string[]): string {
  for (const root of roots) {
    const prefix = root.replace(/[\\/]+$/, '');
    if (prefix !== '' && path.startsWith(prefix) && /^[\\/]/.test(path.slice(prefix.length))) {
      return path.slice(prefix.length + 1).split('\\').join('/');
    }
  }
  return path;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** One file's group: its blog-relative path and count, then one button per problem. */
function fileGroup(path: string, problems: readonly Problem[], roots: readonly string[], open: (problem: Problem) => void): HTMLLIElement {
  const group = element('li', { className: 'problems-file', testId: 'problems-file' });
  group.dataset['path'] = path;
  const name = element('div', { className: 'problems-file-name' });
  name.title = path;
  name.append(element('span', { className: 'problems-file-path', text: relativeTo(path, roots), testId: 'problems-file-path' }), element('span', { className: 'problems-file-count', text: String(problems.length), testId: 'problems-file-count' }));
  const list = element('ul', { className: 'problems-file-list' });
  for (const problem of problems) {
    const entry = element('button', { className: `problem ${problem.severity}`, testId: 'problem' });
    entry.type = 'button';
    entry.dataset['severity'] = problem.severity;
    entry.dataset['line'] = String(problem.line);
    entry.title = `${problem.severity} at line ${problem.line}, column ${problem.column}: ${problem.message}`;
    entry.append(element('span', { className: 'problem-place', text: `${problem.line}:${problem.column}` }), element('span', { className: 'problem-message', text: problem.message }));
    entry.addEventListener('click', () => open(problem));
    const item = element('li');
    item.append(entry);
    list.append(item);
  }
  group.append(name, list);
  return group;
}

/**
 * How many problem rows the panel draws before it offers "Show more": a site
 * of thousands of posts can have tens of thousands of problems, and drawing
 * them all (some 100,000 elements) made every open of a post lay out, paint
 * and hit-test the whole sidebar (about 60 ms a time on 5,000 posts).
 */
export const problemRowsPerPage = 150;

/**
 * Creates the panel in `element` (test id `problems-panel`, hidden when
 * there is no problem): a toggle with the count (`problems-toggle`,
 * `problems-count`) over the problems grouped by file (`problems-file`,
 * with `problems-file-path` relative to the blog and `problems-file-count`),
 * one `problem` button each (`data-severity`, `data-line`). A click calls
 * `open` with the problem. Files are drawn, in order, until about
 * {@link problemRowsPerPage} problems are shown; a `problems-more` button
 * after them draws the next page, when clicked or scrolled to.
 */
export function createProblemsPanel(panel: HTMLElement, open: (problem: Problem) => void): ProblemsPanel {
  const toggle = element('button', { className: 'problems-toggle', testId: 'problems-toggle' });
  toggle.type = 'button';
  toggle.setAttribute('aria-expanded', 'true');
  const files = element('ul', { className: 'problems-files', testId: 'problems-files' });
  files.id = 'problems-files';
  toggle.setAttribute('aria-controls', files.id);
  toggle.addEventListener('click', () => {
    const expanded = toggle.getAttribute('aria-expanded') !== 'true';
    toggle.setAttribute('aria-expanded', String(expanded));
    files.hidden = !expanded;
  });
  panel.replaceChildren(toggle, files);
  /** The groups shown, by path, with what each shows: a group whose problems did not change is kept as it is. */
  let shown = new Map<string, ShownGroup>();
  let rowBudget = problemRowsPerPage;
  let last: { byPath: ReadonlyMap<string, readonly Problem[]>; roots: readonly string[] } = { byPath: new Map(), roots: [] };
  const draw = (): void => {
    const { byPath, roots } = last;
    shown = showGroups(files, shown, visibleGroups(byPath, rowBudget), (path, group) => fileGroup(path, group, roots, open), roots);
    more.show(byPath, shown);
  };
  const more = createMoreButton(files, () => {
    rowBudget += problemRowsPerPage;
    draw();
  });
  return {
    show(problems, roots) {
      const byPath = new Map<string, Problem[]>();
      for (const problem of problems) {
        const group = byPath.get(problem.path);
        if (group === undefined) {
          byPath.set(problem.path, [problem]);
        } else {
          group.push(problem);
        }
      }
      panel.hidden = problems.length === 0;
      const errors = problems.filter((problem) => problem.severity === 'error').length;
      const summary = ` in ${plural(byPath.size, 'post')}${errors > 0 ? ` · ${plural(errors, 'error')}` : ''}`;
      if (toggle.textContent !== `Problems ${problems.length}${summary}`) {
        const count = element('span', { className: 'problems-count', text: String(problems.length), testId: 'problems-count' });
        toggle.replaceChildren('Problems ', count, summary);
      }
      last = { byPath, roots };
      draw();
    },
  };
}

/** The first groups of `byPath`, in order, while their problems fit in `rows` (the first group always). */
function visibleGroups(byPath: ReadonlyMap<string, readonly Problem[]>, rows: number): Map<string, readonly Problem[]> {
  const visible = new Map<string, readonly Problem[]>();
  let used = 0;
  for (const [path, problems] of byPath) {
    if (visible.size > 0 && used + problems.length > rows) {
      break;
    }
    visible.set(path, problems);
    used += problems.length;
  }
  return visible;
}

/** Whether `item` is inside the visible part of `scroller` now. */
function inView(item: HTMLElement, scroller: HTMLElement): boolean {
  const box = item.getBoundingClientRect();
  const port = scroller.getBoundingClientRect();
  return box.bottom > port.top && box.top < port.bottom;
}

/**
 * The "Show more" button after the drawn groups (test id `problems-more`):
 * says how many posts and problems are not drawn yet, and calls `next` when
 * clicked or when it scrolls into the panel's view.
 */
function createMoreButton(files: HTMLElement, next: () => void): { show(byPath: ReadonlyMap<string, readonly Problem[]>, shown: ReadonlyMap<string, ShownGroup>): void } {
  const item = element('li', { className: 'problems-more-item' });
  const button = element('button', { className: 'problems-more', testId: 'problems-more' });
  button.type = 'button';
  button.addEventListener('click', next);
  item.append(button);
  new IntersectionObserver((entries) => {
    // An entry can be stale: a click on the button (which scrolled it into view) may already have drawn the next page.
    if (entries.some((entry) => entry.isIntersecting) && item.isConnected && inView(item, files)) {
      next();
    }
  }, { root: files }).observe(item);
  return {
    show(byPath, shown) {
      const hiddenPosts = byPath.size - shown.size;
      if (hiddenPosts <= 0) {
        item.remove();
        return;
      }
      let hiddenProblems = 0;
      for (const [path, problems] of byPath) {
        hiddenProblems += shown.has(path) ? 0 : problems.length;
      }
      button.textContent = `Show more: ${plural(hiddenProblems, 'problem')} in ${plural(hiddenPosts, 'other post')}`;
      if (files.lastElementChild !== item) {
        files.append(item);
      }
    },
  };
}

/** A group shown: what it shows (its blog-relative path and problems) and its element. */
interface ShownGroup {
  readonly relative: string;
  readonly problems: readonly Problem[];
  readonly element: HTMLLIElement;
}

function sameProblems(left: readonly Problem[], right: readonly Problem[]): boolean {
  return (
    left.length === right.length &&
    left.every((problem, index) => {
      const other = right[index];
      return other !== undefined && problem.severity === other.severity && problem.line === other.line && problem.column === other.column && problem.message === other.message;
    })
  );
}

/**
 * Puts the groups of `byPath` into `files`, in order, touching only what
 * changed: on a site of thousands of posts with problems, rebuilding every
 * group on each check of the open post made each open lay out the sidebar
 * anew. Returns the groups now shown.
 */
function showGroups(
  files: HTMLElement,
  before: ReadonlyMap<string, ShownGroup>,
  byPath: ReadonlyMap<string, readonly Problem[]>,
  build: (path: string, problems: readonly Problem[]) => HTMLLIElement,
  roots: readonly string[],
): Map<string, ShownGroup> {
  const after = new Map<string, ShownGroup>();
  for (const [path, problems] of byPath) {
    const relative = relativeTo(path, roots);
    const old = before.get(path);
    after.set(path, old !== undefined && old.relative === relative && sameProblems(old.problems, problems) ? old : { relative, problems, element: build(path, problems) });
  }
  const beforePaths = [...before.keys()];
  const afterPaths = [...after.keys()];
  // The same groups, or more after them (the next page): only what changed is touched, and the groups
  // shown stay in place, so the panel keeps its scroll position.
  if (beforePaths.length <= afterPaths.length && beforePaths.every((path, index) => afterPaths[index] === path)) {
    for (const [path, group] of after) {
      const old = before.get(path);
      if (old !== undefined && old.element !== group.element) {
        old.element.replaceWith(group.element);
      }
    }
    const added = [...after.values()].slice(before.size).map((group) => group.element);
    if (beforePaths.length === 0) {
      files.prepend(...added);
    } else {
      after.get(beforePaths.at(-1)!)!.element.after(...added);
    }
  } else {
    files.replaceChildren(...[...after.values()].map((group) => group.element));
  }
  return after;
}
