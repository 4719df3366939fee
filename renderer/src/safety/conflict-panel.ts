import { choose } from '../ui/dialog';
import { fileName } from '../ui/dom';
import { renderLineDiff } from './diff-view';

/** Both sides of a conflict: the editor's text and the file as it is on disk now. */
export interface ConflictVersions {
  readonly path: string;
  readonly mine: string;
  readonly diskText: string;
}

/** What the user chose: save their text over the disk's, or take the disk's. */
export type ConflictResolution = 'keep-mine' | 'take-disk';

function versionBlock(label: string, text: string, testId: string): HTMLElement {
  const figure = document.createElement('figure');
  const caption = document.createElement('figcaption');
  caption.textContent = label;
  const pre = document.createElement('pre');
  pre.dataset['testid'] = testId;
  pre.textContent = text;
  figure.append(caption, pre);
  return figure;
}

/**
 * Shows the conflict panel (test id `conflict-panel`): the post changed on
 * disk since the editor's text was loaded, so both versions are shown side by
 * side (`conflict-mine`, `conflict-disk`) and nothing happens until the user
 * chooses: keep theirs (`conflict-keep-mine`: save it over the disk's new
 * version), take the disk's (`conflict-take-disk`), or first compare them
 * (`conflict-compare` toggles a line diff, `conflict-diff`, from the disk's
 * version to theirs).
 */
export function askConflict(versions: ConflictVersions): Promise<ConflictResolution> {
  return choose<ConflictResolution>({
    testId: 'conflict-panel',
    title: `${fileName(versions.path)} changed on disk`,
    message: 'Another program changed this post since you opened it. Nothing was saved. Which version should the post keep?',
    choices: [
      { id: 'keep-mine', label: 'Keep mine (save over the disk’s version)', testId: 'conflict-keep-mine' },
      { id: 'take-disk', label: 'Take the disk’s version', testId: 'conflict-take-disk' },
    ],
    decorate: (area) => {
      const sides = document.createElement('div');
      sides.className = 'conflict-versions';
      sides.append(versionBlock('Mine (in the editor)', versions.mine, 'conflict-mine'), versionBlock('On disk now', versions.diskText, 'conflict-disk'));
      const compare = document.createElement('button');
      compare.type = 'button';
      compare.textContent = 'Compare';
      compare.dataset['testid'] = 'conflict-compare';
      compare.setAttribute('aria-expanded', 'false');
      const diff = renderLineDiff(versions.diskText, versions.mine, { before: 'the disk’s version', after: 'mine' });
      diff.dataset['testid'] = 'conflict-diff';
      diff.hidden = true;
      compare.addEventListener('click', () => {
        diff.hidden = !diff.hidden;
        sides.hidden = !diff.hidden;
        compare.setAttribute('aria-expanded', String(!diff.hidden));
        compare.textContent = diff.hidden ? 'Compare' : 'Show both versions';
      });
      area.append(compare, sides, diff);
    },
  });
}
