import type { PreviewItem } from '../block-list';
import type { LiquidOutcome } from './jekyll-liquid';
import { hasLiquid, setsVariables } from './liquid-units';

/** What a Liquid block of the preview renders from: its text after Liquid, and its error if any. */
export interface LiquidBlockOutput {
  readonly outcome: LiquidOutcome;
  /** One-based post line of the error, or null. */
  readonly problemLine: number | null;
}

/** Marks a render key as a Liquid block's (Markdown sources never hold this character). */
const keyMark = '\u0000';

/**
 * Liquid over the preview's blocks, cached: a block without Liquid keeps its
 * source as its key (Markdown only); a block with Liquid gets a key made of
 * the variables set before it (a version of the `assign`s and `capture`s
 * above) and its source, so it renders again only when it or what it sees
 * changed. Blocks run in post order, as in Jekyll's single pass.
 */
export interface LiquidPreview {
  /** Gives each Liquid block its key, running Liquid for the keys not seen before. `scopeVersion` changes with `scope`. */
  prepare(items: readonly PreviewItem[], scope: Readonly<Record<string, unknown>>, scopeVersion: string): PreviewItem[];
  /** The output for a key `prepare` gave, or null when the key is a plain Markdown source. */
  output(key: string): LiquidBlockOutput | null;
}

/** Creates the Liquid pass over `run` (see `createJekyllLiquid`). */
export function createLiquidPreview(run: (source: string, scope: Readonly<Record<string, unknown>>) => LiquidOutcome): LiquidPreview {
  let outputs = new Map<string, LiquidBlockOutput>();
  let versions = new Map<string, string>();
  let nextVersion = 0;
  return {
    prepare(items, scope, scopeVersion) {
      const used = new Map<string, LiquidBlockOutput>();
      const usedVersions = new Map<string, string>();
      let version = `s${scopeVersion}`;
      let assigns: Readonly<Record<string, unknown>> = {};
      const result = items.map((item): PreviewItem => {
        if (item.kind !== 'block' || !hasLiquid(item.block.source)) {
          return item;
        }
        const source = item.block.source;
        const base = `${keyMark}${version}${keyMark}`;
        let output = outputs.get(`${base}${source}`) ?? used.get(`${base}${source}`);
        if (output === undefined) {
          const outcome = run(source, { ...scope, ...assigns });
          output = { outcome, problemLine: outcome.problem === null ? null : item.block.line + outcome.problem.line };
        }
        used.set(`${base}${source}`, output);
        const key = output.problemLine === null ? `${base}${source}` : `${base}${output.problemLine}${keyMark}${source}`;
        used.set(key, output);
        if (setsVariables(source)) {
          assigns = { ...assigns, ...output.outcome.assigns };
          const step = `${version}${keyMark}${source}`;
          const next = versions.get(step) ?? usedVersions.get(step) ?? `v${(nextVersion += 1)}`;
          usedVersions.set(step, next);
          version = next;
        }
        return { ...item, block: { ...item.block, key } };
      });
      outputs = used;
      versions = usedVersions;
      return result;
    },
    output(key) {
      return key.startsWith(keyMark) ? (outputs.get(key) ?? null) : null;
    },
  };
}
