/**
 * "Open a post" and "launch to a painted list", on a generated 5,000-post
 * blog, in the real app (built renderer, real preload and handlers, through
 * the test harness's `launchInkpost` in Chromium).
 *
 * Opening: a capturing `click` listener on the window takes the time of the
 * click on a post in the list; MutationObservers on the editor's content and
 * on the preview see when both show the clicked post (each post's first body
 * line is unique); the next frame's `requestAnimationFrame` callback then
 * posts a MessageChannel message, which runs once that frame has painted.
 * Click → that message is one sample. The app's `inkpost:open:*` performance
 * marks split it: reading (the bridge call: main reads, decodes and checks
 * the file), parsing (the front matter form and the preview's block plan),
 * the editor state, and the first preview render up to the paint. Posts are
 * opened once each (no cached editor state), spread over the list, up to 30 KB.
 * The generated posts carry `inkpost check` warnings (about 38,000 in some
 * 4,500 files), so the problems panel and the list's badges, which follow
 * every open, are measured at that size too.
 *
 * Launching: from the call to `launchInkpost` (a new browser, the page
 * loaded, the folder listed) to the frame that paints the ready list, on the
 * 5,000-post blog and, as the baseline measured in turns with it, on the same
 * blog without posts: the bare window's own start.
 */
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { indexWorkers } from '../main/services/index/post-index-workers';
import type { Measurement } from './measure';
import { benchmarkPost } from './preview';

const projectRoot = join(__dirname, '..');
const postCount = 5_000;
const maxPostBytes = 30_000;
const openTargets = { medianMs: 40, p95Ms: 60 };
const launchTargetExtraMs = 1_000;
const launchRuns = 5;
const openedPosts = 60;
const warmupOpens = 5;

/** What the bench needs from the harness (imported at run time: its page scripts use DOM types). */
interface Harness {
  findChromium(): { readonly path: string } | { readonly skip: string };
  launchInkpost(options: { postsDir: string; blogDir?: string; userDataDir?: string; initScript?: string }): Promise<{ readonly page: Page; close(): Promise<void> }>;
}

/** A generated post: where it is, its size, and the unique line its body starts with. */
interface GeneratedPost {
  readonly path: string;
  readonly bytes: number;
  readonly marker: string;
}

/** Turns the test blog's posts (271 B to 26 KB) and a few built to 5, 10, 20 and 30 KB into `count` posts of a copy of the test blog. */
export async function generateBlog(root: string, count: number): Promise<{ blog: string; empty: string; posts: GeneratedPost[]; kinds: number }> {
  const blog = join(root, 'blog');
  const empty = join(root, 'empty-blog');
  const testBlog = join(projectRoot, 'test', 'fixtures', 'blog');
  await cp(testBlog, blog, { recursive: true, filter: (source) => !source.includes(`${join(testBlog, '_posts')}/`) });
  await cp(testBlog, empty, { recursive: true, filter: (source) => !source.includes(`${join(testBlog, '_posts')}/`) });
  const fixtureNames = (await readdir(join(testBlog, '_posts'))).sort();
  const sources = [
    ...(await Promise.all(fixtureNames.map((name) => readFile(join(testBlog, '_posts', name), 'utf8')))),
    ...[5_000, 10_000, 20_000, maxPostBytes - 200].map((bytes) => benchmarkPost(`A ${Math.round(bytes / 1000)} KB post`, bytes)),
  ];
  const posts: GeneratedPost[] = [];
  const start = Date.UTC(2000, 0, 1);
  for (let index = 0; index < count; index += 1) {
    const source = sources[index % sources.length] ?? '';
    const marker = `Generated post number ${index} starts here.`;
    const text = source.replace(/^(---\n[\s\S]*?\n---\n)/, `$1${marker}\n\n`);
    const date = new Date(start + index * 86_400_000).toISOString().slice(0, 10);
    const path = join(blog, '_posts', `${date}-generated-${index}.markdown`);
    await writeFile(path, text);
    posts.push({ path, bytes: Buffer.byteLength(text), marker });
  }
  return { blog, empty, posts, kinds: sources.length };
}

/** Records, on the window, when the frame that paints the ready app (`.app[data-ready]`) has painted. */
const launchProbe = `(() => {
  const painted = () => requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => { window.__inkpostListPainted = performance.timeOrigin + performance.now(); };
    channel.port2.postMessage(0);
  });
  const observer = new MutationObserver(() => {
    if (document.querySelector('.app[data-ready="true"]') !== null) {
      observer.disconnect();
      painted();
    }
  });
  observer.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-ready'] });
})()`;

/** What the open probe leaves on the window. */
interface OpenProbeWindow {
  readonly __openProbe: { expect(marker: string): void; readonly samples: { total: number; started: number }[] };
}

/** Installs the opening timer described at the top of this file. */
const openProbe = `(() => {
  const content = document.querySelector('[data-testid="editor"]').shadowRoot.querySelector('.cm-content');
  const preview = document.querySelector('[data-testid="preview"]');
  const probe = { samples: [], pending: null };
  probe.expect = (marker) => { probe.pending = { marker, started: null, painting: false }; };
  window.__openProbe = probe;
  window.addEventListener('click', (event) => {
    if (probe.pending !== null && event.target instanceof Element && event.target.closest('[data-testid="post-item"]') !== null) {
      probe.pending.started = performance.now();
    }
  }, true);
  const check = () => {
    const pending = probe.pending;
    if (pending === null || pending.started === null || pending.painting) return;
    if (!content.textContent.includes(pending.marker) || !preview.textContent.includes(pending.marker)) return;
    pending.painting = true;
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        probe.samples.push({ total: performance.now() - pending.started, started: pending.started });
        probe.pending = null;
      };
      channel.port2.postMessage(0);
    });
  };
  const watch = { childList: true, subtree: true, characterData: true };
  new MutationObserver(check).observe(content, watch);
  new MutationObserver(check).observe(preview, watch);
})()`;

/** The steps of opening a post, in the order the app marks them (`renderer/src/status/timing-marks.ts`), with what each covers. */
const openSteps: readonly { readonly mark: string; readonly label: string }[] = [
  { mark: 'open:read', label: 'read (bridge call: main reads, decodes and checks the file)' },
  { mark: 'open:editor-state', label: 'editor state (EditorState.create, the view updated)' },
  { mark: 'open:shown', label: 'front matter parsed for the form, list, counts, focus' },
  { mark: 'preview:parsed', label: 'preview parse (blocks, Markdown, Liquid)' },
  { mark: 'preview:rendered', label: 'preview render (HTML, sanitized, into the page)' },
];

/** The app's `inkpost:*` marks set after `since` (the click), as times from it. */
async function openMarks(page: Page, since: number): Promise<Record<string, number>> {
  return page.evaluate((start) => {
    const marks: Record<string, number> = {};
    for (const entry of performance.getEntriesByType('mark')) {
      if (entry.name.startsWith('inkpost:') && entry.startTime >= start) {
        marks[entry.name.slice('inkpost:'.length)] = entry.startTime - start;
      }
    }
    return marks;
  }, since);
}

function summarize(name: string, samples: readonly number[], notes: Record<string, number | string>): Measurement {
  const sorted = [...samples].sort((left, right) => left - right);
  const at = (fraction: number): number => sorted[Math.max(0, Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1))] ?? Number.NaN;
  const round = (value: number): number => Math.round(value * 100) / 100;
  return { name, runs: sorted.length, medianMs: round(at(0.5)), p95Ms: round(at(0.95)), minMs: round(sorted[0] ?? Number.NaN), notes };
}

const median = (values: readonly number[]): number => summarize('', values, {}).medianMs;

/**
 * Launches the app on `blog` (with a fresh user-data folder, or `userDataDir`
 * and what the last run kept there) and returns the time from the launch call
 * to the painted ready list, and how many posts it lists.
 */
async function timeLaunch(harness: Harness, blog: string, userDataDir?: string): Promise<{ ms: number; listed: number }> {
  indexWorkers().close(); // the app's first scan starts its workers afresh too
  await new Promise((resolve) => setTimeout(resolve, 300));
  const started = performance.timeOrigin + performance.now();
  const session = await harness.launchInkpost({ postsDir: blog, blogDir: blog, initScript: launchProbe, ...(userDataDir === undefined ? {} : { userDataDir }) });
  try {
    const painted = await session.page.waitForFunction(() => (globalThis as unknown as { __inkpostListPainted?: number }).__inkpostListPainted);
    const ms = (await painted.jsonValue()) as number - started;
    const listed = await session.page.locator('[data-testid="post-item"]').count();
    return { ms, listed };
  } finally {
    await session.close();
  }
}

/** The launch's time, after checking it listed every post. */
function listedAll(launch: { ms: number; listed: number }): number {
  if (launch.listed !== postCount) {
    throw new Error(`the launched app lists ${launch.listed} posts, expected ${postCount}`);
  }
  return launch.ms;
}

/**
 * Launch to a painted list on the 5,000-post blog and on the empty one, in
 * turns: the usual launch (the user-data folder holds the index the last run
 * kept) and the very first one on this blog (a fresh user-data folder, every
 * post read).
 */
async function benchmarkLaunch(harness: Harness, blog: string, empty: string, userDataDir: string): Promise<Measurement[]> {
  const again: number[] = [];
  const first: number[] = [];
  const bare: number[] = [];
  await timeLaunch(harness, empty); // warm-up: the browser binary and the renderer's files into the page cache
  // A run that keeps its index in userDataDir, as the app does a moment after its first scan.
  await mkdir(userDataDir, { recursive: true });
  const keeping = await harness.launchInkpost({ postsDir: blog, blogDir: blog, userDataDir });
  await new Promise((resolve) => setTimeout(resolve, 3_000));
  await keeping.close();
  for (let run = 0; run < launchRuns; run += 1) {
    bare.push((await timeLaunch(harness, empty)).ms);
    again.push(listedAll(await timeLaunch(harness, blog, userDataDir)));
    first.push(listedAll(await timeLaunch(harness, blog)));
  }
  const row = (name: string, samples: readonly number[]): Measurement => {
    const extra = median(samples) - median(bare);
    return summarize(name, samples, { extraOverBaselineMs: Math.round(extra), targetExtraMs: launchTargetExtraMs, met: extra <= launchTargetExtraMs ? 'yes' : 'NO' });
  };
  return [
    summarize('launch to painted window, blog without posts (baseline)', bare, {}),
    row(`launch to painted list, ${postCount} posts (index kept from the last run)`, again),
    { ...row(`launch to painted list, ${postCount} posts, first time (every post read)`, first), notes: { extraOverBaselineMs: Math.round(median(first) - median(bare)) } },
  ];
}

/** Opens `posts` one after another by clicking them in the list; returns each open's total and its marks. */
async function timeOpens(page: Page, posts: readonly GeneratedPost[]): Promise<{ post: GeneratedPost; total: number; marks: Record<string, number> }[]> {
  await page.evaluate(openProbe);
  const results: { post: GeneratedPost; total: number; marks: Record<string, number> }[] = [];
  for (const post of posts) {
    const item = page.locator(`[data-testid="post-item"][data-path="${post.path}"]`);
    await item.scrollIntoViewIfNeeded();
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 150))); // let the last open's idle work finish
    await page.evaluate((marker) => (globalThis as unknown as OpenProbeWindow).__openProbe.expect(marker), post.marker);
    await item.click();
    const sample = await page.waitForFunction((count) => {
      const samples = (globalThis as unknown as OpenProbeWindow).__openProbe.samples;
      return samples.length >= count ? samples[count - 1] : null;
    }, results.length + 1);
    const { total, started } = (await sample.jsonValue()) as { total: number; started: number };
    results.push({ post, total, marks: await openMarks(page, started) });
  }
  return results;
}

/** The opening measurements: the total, and the breakdown from the app's marks when it sets them. */
function openMeasurements(opens: readonly { post: GeneratedPost; total: number; marks: Record<string, number> }[]): Measurement[] {
  const totals = opens.map((open) => open.total);
  const largest = Math.max(...opens.map((open) => open.post.bytes));
  const total = summarize(`open a post: click → editor and preview painted (${postCount}-post blog)`, totals, {
    posts: opens.length,
    maxBytes: largest,
    targetMedianMs: openTargets.medianMs,
    targetP95Ms: openTargets.p95Ms,
  });
  const met = total.medianMs <= openTargets.medianMs && total.p95Ms <= openTargets.p95Ms;
  const results: Measurement[] = [{ ...total, notes: { ...total.notes, met: met ? 'yes' : 'NO' } }];
  const large = opens.filter((open) => open.post.bytes >= 20_000).map((open) => open.total);
  if (large.length > 0) {
    results.push(summarize('open a post of 20-30 KB: click → painted', large, { posts: large.length }));
  }
  // Each step's own share: from the mark before it (or the click) to its mark; then the rest, to the paint.
  if (opens.every((open) => openSteps.every((step) => open.marks[step.mark] !== undefined))) {
    for (const [index, step] of openSteps.entries()) {
      const previous = openSteps[index - 1]?.mark;
      results.push(summarize(`  open: ${step.label}`, opens.map((open) => (open.marks[step.mark] ?? 0) - (previous === undefined ? 0 : (open.marks[previous] ?? 0))), {}));
    }
    results.push(summarize('  open: first preview paint (rendered → painted: style, layout, paint)', opens.map((open) => open.total - (open.marks['preview:rendered'] ?? 0)), {}));
  } else {
    console.log('open-post breakdown skipped: the app did not set every inkpost:open:* and inkpost:preview:* mark');
  }
  return results;
}

/**
 * Runs both benchmarks on a generated blog; returns no measurements (and
 * says why) when the app is not built or no Chromium is found.
 */
export async function benchmarkOpenPost(): Promise<Measurement[]> {
  const harness = (await import(join(projectRoot, 'test', 'harness', 'index.ts'))) as Harness;
  const chromium = harness.findChromium();
  if ('skip' in chromium) {
    console.log(`open-post benchmark skipped: ${chromium.skip}`);
    return [];
  }
  const root = await mkdtemp(join(tmpdir(), 'inkpost-bench-open-'));
  try {
    const { blog, empty, posts, kinds } = await generateBlog(root, postCount);
    const results = await benchmarkLaunch(harness, blog, empty, join(root, 'user-data'));
    const session = await harness.launchInkpost({ postsDir: blog, blogDir: blog });
    try {
      // Spread over the list, and every kind of post in turn.
      const step = Math.floor(posts.length / (openedPosts + warmupOpens));
      const chosen = Array.from({ length: openedPosts + warmupOpens }, (_, index) => posts[index * step - ((index * step) % kinds) + (index % kinds)])
        .filter((post): post is GeneratedPost => post !== undefined && post.bytes <= maxPostBytes);
      const opens = await timeOpens(session.page, chosen);
      results.push(...openMeasurements(opens.slice(warmupOpens)));
    } finally {
      await session.close();
    }
    return results;
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}
