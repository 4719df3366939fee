import type { Reference } from './block-parser';

/** A post's link reference definitions by normalized label, as markdown-it resolves them. */
export type References = Readonly<Record<string, Reference>>;

/** The labels whose target differs between `before` and `after`: added, removed or changed. */
export function changedLabels(before: References, after: References): string[] {
  const changed: string[] = [];
  for (const [label, reference] of Object.entries(after)) {
    const old = Object.hasOwn(before, label) ? before[label] : undefined;
    if (old === undefined || old.href !== reference.href || old.title !== reference.title) {
      changed.push(label);
    }
  }
  for (const label of Object.keys(before)) {
    if (!Object.hasOwn(after, label)) {
      changed.push(label);
    }
  }
  return changed;
}

/**
 * Creates the test for "might this block use one of `labels`": its source,
 * normalized the way markdown-it normalizes labels (spaces collapsed, case
 * folded), contains one of them. A block that uses a label always passes, so
 * re-rendering the blocks that pass is enough when those definitions change.
 */
export function mayUseLabels(labels: readonly string[]): (source: string) => boolean {
  return (source) => {
    if (!source.includes('[')) {
      return false;
    }
    const normalized = source.replace(/\s+/g, ' ').toLowerCase().toUpperCase();
    return labels.some((label) => normalized.includes(label));
  };
}
