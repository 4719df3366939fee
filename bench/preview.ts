/**
 * "Keystroke to painted preview": types into a 20 KB and a 200 KB post in the
 * real app (built renderer, real preload and handlers, through the test
 * harness's `launchInkpost`) and times each keystroke until the preview change
 * it causes has been painted; then does the same on a test-only page that
 * re-renders the whole body into the preview's innerHTML per frame (what the
 * preview did before incremental rendering), as the baseline.
 *
 * How a keystroke is timed, in the page: a capturing `keydown` listener on
 * `window` takes `performance.now()`; a MutationObserver on the preview sees
 * the first change after it. That change is painted by the frame it was made
 * in (when made by a requestAnimationFrame callback) or else by the next one.
 * A probe tells which: its own requestAnimationFrame callback runs first in
 * every frame, and a ResizeObserver on a 1px element it resizes each frame
 * runs after that frame's layout. When the frame that paints the change has
 * laid out, the probe posts a MessageChannel message; being a task, it runs
 * once the frame's paint is done, and records keydown → preview painted (the
 * main thread's part; rasterizing and compositing come after, elsewhere).
 * Each keystroke waits for the previous one's sample and then a random 0-20
 * ms, so keystrokes land at random points of the 16.7 ms frame interval, as
 * a typist's do, and no two share a frame.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import { placeCursorAfter } from '../test/harness/editor-search';
import { fixtureBodies } from '../test/harness/generated-posts';
import { highlightMiddleLine, liquidBenchmarkPost, liquidMiddleParagraph, naiveLiquidPageSource, writeBenchBlog } from './liquid-post';
import type { Measurement } from './measure';

const projectRoot = join(__dirname, '..');
const distDir = join(projectRoot, 'dist');
const typed = ' and the quick brown fox jumps over the lazy dog once again.';
const warmupKeys = 5;
const targets = { medianMs: 16, p95Ms: 33 };
/** The paragraph typed into: short and unique, in the middle of the generated post. */
const middleParagraph = 'This paragraph sits in the middle of the post, where the benchmark types';

/** What bench needs from the harness. It is imported at run time: its page scripts use DOM types, which bench's Node-only type check does not have. */
interface Harness {
  findChromium(): { readonly path: string } | { readonly skip: string };
  launchInkpost(options: { postsDir: string }): Promise<{ readonly page: Page; close(): Promise<void> }>;
}

/**
 * The baseline page's script, bundled by esbuild: the app's own editor
 * extensions, and on each change at most one render per frame of the whole
 * body by markdown-it and DOMPurify into the preview's innerHTML.
 */
const naivePageSource = `
import { EditorState } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import DOMPurify from 'dompurify';
import MarkdownIt from 'markdown-it';
import { editorExtensions } from './renderer/src/editor/editor-extensions';
import { splitFrontMatter } from './shared/front-matter/front-matter-block';

const markdownIt = new MarkdownIt({ html: true, linkify: true, typographer: false });
const preview = document.querySelector('[data-testid="preview"]');
const host = document.querySelector('[data-testid="editor"]');
const root = host.attachShadow({ mode: 'open' });
let pendingRead = null;
let frame = 0;
const flush = () => {
  frame = 0;
  if (pendingRead !== null) {
    preview.innerHTML = DOMPurify.sanitize(markdownIt.render(splitFrontMatter(pendingRead()).body), { USE_PROFILES: { html: true } });
    pendingRead = null;
  }
};
const show = (read) => {
  pendingRead = read;
  if (frame === 0) frame = requestAnimationFrame(flush);
};
const path = new URLSearchParams(location.search).get('path');
window.inkpost.readPost(path).then((post) => {
  const extensions = editorExtensions({ save() {}, change: (update) => show(() => update.state.doc.toString()) });
  const view = new EditorView({ parent: root, root, state: EditorState.create({ doc: post.text, extensions }) });
  document.querySelector('[data-testid="empty-state"]').hidden = true;
  show(() => view.state.doc.toString());
  view.focus();
  document.querySelector('.app').dataset.ready = 'true';
});
`;

/** What the probe leaves on `window`. */
interface ProbeWindow {
  readonly __previewProbe: { readonly samples: number[] };
}

/** Installs the keystroke timer described above in the page. */
const installProbe = `(() => {
  const preview = document.querySelector('[data-testid="preview"]');
  const probe = { samples: [], started: null, awaiting: null };
  window.__previewProbe = probe;
  let inFrame = false;
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    probe.samples.push(performance.now() - probe.started);
    probe.started = null;
    probe.awaiting = null;
  };
  // A 1px element resized every frame: its ResizeObserver runs after that frame's layout, just before paint.
  const pulse = document.createElement('div');
  Object.assign(pulse.style, { position: 'fixed', left: '0', top: '0', height: '1px', width: '1px', opacity: '0', pointerEvents: 'none' });
  document.body.append(pulse);
  new ResizeObserver(() => {
    inFrame = false;
    if (probe.awaiting === 'this frame') {
      probe.awaiting = 'posted';
      channel.port2.postMessage(0);
    }
  }).observe(pulse);
  // Registered before any of the app's own callbacks, so it runs first in every frame.
  const loop = () => {
    inFrame = true;
    pulse.style.width = pulse.style.width === '1px' ? '2px' : '1px';
    if (probe.awaiting === 'next frame') probe.awaiting = 'this frame';
    requestAnimationFrame(loop);
  };
  requestAnimationFrame(loop);
  window.addEventListener('keydown', () => { probe.started = performance.now(); }, true);
  new MutationObserver(() => {
    if (probe.started !== null && probe.awaiting === null) {
      probe.awaiting = inFrame ? 'this frame' : 'next frame';
    }
  }).observe(preview, { childList: true, subtree: true, characterData: true, attributes: true });
})()`;

/**
 * A post of at most `bytes` (and within a small fixture post of it): the
 * fixture posts' bodies, whole, taken in turn while they fit, with
 * `middleParagraph` between the middle two.
 */
export function benchmarkPost(title: string, bytes: number): string {
  const header = `---\nlayout: post\ntitle: "${title}"\ntags: [generated]\nextended: ":EXTENDED:"\n---\n`;
  const middle = `\n${middleParagraph}\n\n`;
  const bodies: string[] = [];
  let size = Buffer.byteLength(header + middle);
  for (let index = 0, misses = 0; misses < fixtureBodies.length; index += 1) {
    const body = fixtureBodies[index % fixtureBodies.length] ?? '';
    const bodySize = Buffer.byteLength(body);
    if (size + bodySize <= bytes) {
      bodies.push(body);
      size += bodySize;
      misses = 0;
    } else {
      misses += 1;
    }
  }
  const half = Math.ceil(bodies.length / 2);
  return `${header}${bodies.slice(0, half).join('')}${middle}${bodies.slice(half).join('')}`;
}

function summarize(name: string, samples: readonly number[], notes: Record<string, number | string>): Measurement {
  const sorted = [...samples].sort((left, right) => left - right);
  const at = (fraction: number): number => sorted[Math.max(0, Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1))] ?? Number.NaN;
  const round = (value: number): number => Math.round(value * 100) / 100;
  return { name, runs: sorted.length, medianMs: round(at(0.5)), p95Ms: round(at(0.95)), minMs: round(sorted[0] ?? Number.NaN), notes };
}

/**
 * Types `typed` one key at a time after a few warm-up keys, and returns each
 * keystroke's time to painted preview; checks that the preview then shows
 * `anchor` followed by what was typed, and no Liquid error.
 */
async function timeKeystrokes(page: Page, anchor: string): Promise<number[]> {
  await page.evaluate(installProbe);
  const keys = [...' warm', ...typed];
  for (const [index, key] of keys.entries()) {
    await new Promise((resolve) => setTimeout(resolve, Math.random() * 20));
    await page.keyboard.type(key);
    await page.waitForFunction((count) => (globalThis as unknown as ProbeWindow).__previewProbe.samples.length >= count, index + 1);
  }
  const samples = await page.evaluate(() => (globalThis as unknown as ProbeWindow).__previewProbe.samples);
  const shown = (await page.locator('[data-testid="preview"]').innerText()).replace(/\s+/g, ' ');
  if (!shown.includes(`${anchor} warm${typed}`.replace(/\s+/g, ' ')) || (await page.locator('[data-testid="preview"] .liquid-error').count()) > 0) {
    const around = shown.indexOf(anchor);
    throw new Error(`the preview does not show the typed text: ${shown.slice(around, around + 200)}`);
  }
  return samples.slice(warmupKeys);
}

/** Bundles a baseline page's script. */
async function bundleNaivePage(source: string): Promise<string> {
  const result = await build({
    stdin: { contents: source, resolveDir: projectRoot, loader: 'ts', sourcefile: 'naive-preview-page.ts' },
    bundle: true,
    write: false,
    format: 'iife',
    target: 'chrome130',
    logLevel: 'warning',
  });
  return result.outputFiles[0]?.text ?? '';
}

/** A post the benchmark types into: where (after which text), and which baseline page renders it whole. */
interface BenchPost {
  readonly label: string;
  readonly path: string;
  readonly text: string;
  /** Each place typed at, after the given text, with the measurement's name. */
  readonly places: readonly { readonly after: string; readonly name: string }[];
  readonly naive: { readonly source: string; readonly name: string };
  readonly notes: Readonly<Record<string, number | string>>;
}

/** The posts: 20 KB and 200 KB of plain Markdown, and 200 KB with 200 Liquid tags, in a blog with `_config.yml` and `_includes`. */
async function writeBenchPosts(postsDir: string): Promise<BenchPost[]> {
  const liquid = liquidBenchmarkPost(200_000, 200);
  const plain = (label: string, file: string, bytes: number): BenchPost => ({
    label,
    path: join(postsDir, file),
    text: benchmarkPost(`A ${label} post`, bytes),
    places: [{ after: middleParagraph, name: `preview keystroke → paint, ${label} post (incremental)` }],
    naive: { source: naivePageSource, name: `preview keystroke → paint, ${label} post (naive whole render)` },
    notes: {},
  });
  const posts: BenchPost[] = [
    plain('20 KB', '2024-01-01-a-20-kb-post.markdown', 20_000),
    plain('200 KB', '2024-01-02-a-200-kb-post.markdown', 200_000),
    {
      label: '200 KB Liquid',
      path: join(postsDir, '2024-01-03-a-200-kb-liquid-post.markdown'),
      text: liquid.text,
      places: [
        { after: liquidMiddleParagraph, name: 'preview keystroke → paint, 200 KB post with 200 Liquid tags, in a paragraph (incremental)' },
        { after: highlightMiddleLine, name: 'preview keystroke → paint, 200 KB post with 200 Liquid tags, in a {% highlight %} block (incremental)' },
      ],
      naive: { source: naiveLiquidPageSource, name: 'preview keystroke → paint, 200 KB post with 200 Liquid tags (naive whole Liquid + Markdown render)' },
      notes: { liquidTags: 200, liquidMarkup: liquid.tags },
    },
  ];
  for (const post of posts) {
    await writeFile(post.path, post.text);
  }
  return posts;
}

/** Types at each of the post's places in the app, saving after each, and returns the measurements. */
async function timeIncremental(page: Page, post: BenchPost): Promise<Measurement[]> {
  await page.locator(`[data-testid="post-item"][data-path="${post.path}"]`).click();
  await page.locator('[data-testid="preview"]', { hasText: post.places[0]?.after ?? '' }).waitFor();
  const results: Measurement[] = [];
  for (const place of post.places) {
    await placeCursorAfter(page, place.after);
    const samples = await timeKeystrokes(page, place.after);
    // Save the typed text, so moving on to the next post (or page) has no unsaved changes to ask about.
    await page.keyboard.press('ControlOrMeta+s');
    await page.locator('[data-testid="save-status"][data-state="saved"]').waitFor();
    results.push(summarize(place.name, samples, { bytes: Buffer.byteLength(post.text), ...post.notes, targetMedianMs: targets.medianMs, targetP95Ms: targets.p95Ms }));
  }
  return results;
}

/**
 * Runs the preview benchmark; returns no measurements (and says why) when the
 * app is not built or no Chromium is found.
 */
export async function benchmarkPreview(): Promise<Measurement[]> {
  const builtIndex = join(distDir, 'renderer', 'index.html');
  if (!existsSync(builtIndex) || !existsSync(join(distDir, 'harness', 'preload-in-browser.js'))) {
    console.log('preview benchmark skipped: dist/ is missing, run `npm run build` first');
    return [];
  }
  const harness = (await import(join(projectRoot, 'test', 'harness', 'index.ts'))) as Harness;
  const chromium = harness.findChromium();
  if ('skip' in chromium) {
    console.log(`preview benchmark skipped: ${chromium.skip}`);
    return [];
  }
  const folder = await mkdtemp(join(tmpdir(), 'inkpost-bench-preview-'));
  const postsDir = await writeBenchBlog(folder);
  const posts = await writeBenchPosts(postsDir);
  const session = await harness.launchInkpost({ postsDir });
  const { page } = session;
  const results: Measurement[] = [];
  try {
    const incremental = new Map<string, number>();
    for (const post of posts) {
      const measured = await timeIncremental(page, post);
      incremental.set(post.label, measured[0]?.medianMs ?? Number.NaN);
      results.push(...measured);
    }
    // The baselines run on pages the harness's origin serves only to this benchmark.
    const origin = new URL(page.url()).origin;
    const indexHtml = (await readFile(builtIndex, 'utf8')).replace(/<script type="module"[^>]*><\/script>/, '<script defer src="./naive-preview-page.js"></script>');
    await page.route(`${origin}/naive-preview-page.html*`, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: indexHtml }));
    for (const post of posts) {
      const script = await bundleNaivePage(post.naive.source);
      await page.unroute(`${origin}/naive-preview-page.js`);
      await page.route(`${origin}/naive-preview-page.js`, (route) => route.fulfill({ contentType: 'text/javascript; charset=utf-8', body: script }));
      const anchor = post.places[0]?.after ?? '';
      await page.goto(`${origin}/naive-preview-page.html?path=${encodeURIComponent(post.path)}`);
      await page.locator('.app[data-ready="true"]').waitFor({ state: 'attached' });
      await page.locator('[data-testid="preview"]', { hasText: anchor }).waitFor();
      await placeCursorAfter(page, anchor);
      const samples = await timeKeystrokes(page, anchor);
      const measurement = summarize(post.naive.name, samples, { bytes: Buffer.byteLength(post.text), ...post.notes });
      results.push({ ...measurement, notes: { ...measurement.notes, timesIncremental: Math.round((measurement.medianMs / (incremental.get(post.label) ?? Number.NaN)) * 10) / 10 } });
    }
  } finally {
    await session.close();
    await rm(folder, { recursive: true, force: true });
  }
  return results;
}
