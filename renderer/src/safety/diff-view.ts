import { lineDiff } from '../../../shared/posts/line-diff';

/**
 * Renders the line diff from `before` to `after` as a list of lines, each
 * with `data-kind` (same, removed, added) and a `-`/`+` sign, labelled with
 * what each side is. Text is set as text, never parsed as HTML.
 */
export function renderLineDiff(before: string, after: string, labels: { readonly before: string; readonly after: string }): HTMLElement {
  const list = document.createElement('ol');
  list.className = 'line-diff';
  list.setAttribute('aria-label', `Lines only in ${labels.before} are marked −, lines only in ${labels.after} are marked +`);
  for (const line of lineDiff(before, after)) {
    const item = document.createElement('li');
    item.dataset['kind'] = line.kind;
    item.textContent = `${line.kind === 'removed' ? '−' : line.kind === 'added' ? '+' : ' '} ${line.text}`;
    list.append(item);
  }
  return list;
}
