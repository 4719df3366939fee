// Builds a blog with the real Jekyll and returns each post's body as Jekyll renders it: the oracle of
// the differential rendering test.
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const startMark = '<!--inkpost-post ';
const endMark = '<!--/inkpost-post-->';

/** Every file under `dir`, as paths. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(path) : [path];
  });
}

/** Makes a copied tree writable (the fixtures are read-only and copies keep their modes). */
function makeWritable(path: string): void {
  chmodSync(path, statSync(path).isDirectory() ? 0o755 : 0o644);
  if (statSync(path).isDirectory()) {
    for (const name of readdirSync(path)) {
      makeWritable(join(path, name));
    }
  }
}

/**
 * Builds a copy of `blogDir` with `jekyll build` (into a temporary folder,
 * removed afterwards) with every layout replaced by one that prints only the
 * page's content between marks, so the output holds each post's body exactly
 * as Jekyll renders it (Liquid, then kramdown), and nothing of the blog's own
 * design. Returns the bodies by the post's path inside the blog (`_posts/…`).
 * Throws with Jekyll's output when the build fails.
 */
export function jekyllPostBodies(blogDir: string): Map<string, string> {
  const work = mkdtempSync(join(tmpdir(), 'inkpost-jekyll-oracle-'));
  try {
    const site = join(work, 'site');
    cpSync(blogDir, site, { recursive: true });
    makeWritable(site);
    // Only posts are compared: the blog's own pages (a front page whose includes a slice lacks) are
    // emptied, but kept, so that `{% link %}` still finds them.
    for (const name of readdirSync(site)) {
      if (/\.(html|md|markdown)$/.test(name)) {
        writeFileSync(join(site, name), '---\n---\n');
      }
    }
    mkdirSync(join(site, '_layouts'), { recursive: true });
    const layout = `${startMark}{{ page.path }}-->{{ content }}${endMark}`;
    for (const name of readdirSync(join(site, '_layouts'))) {
      writeFileSync(join(site, '_layouts', name), layout);
    }
    writeFileSync(join(site, '_layouts', 'inkpost-oracle.html'), layout);
    // Posts that name no layout get the oracle's; the blog's own defaults still apply first.
    writeFileSync(join(work, 'oracle-config.yml'), 'defaults:\n  - scope: { path: "", type: posts }\n    values: { layout: inkpost-oracle }\n');
    const configs = [join(site, '_config.yml'), join(work, 'oracle-config.yml')].filter((path) => {
      try {
        return statSync(path).isFile();
      } catch {
        return false;
      }
    });
    const output = join(work, '_site');
    const build = spawnSync('jekyll', ['build', '--quiet', '--future', '-s', site, '-d', output, '--config', configs.join(',')], { encoding: 'utf8', timeout: 120_000 });
    if (build.status !== 0) {
      throw new Error(`jekyll build of ${blogDir} failed: ${build.stderr}${build.stdout}`);
    }
    const bodies = new Map<string, string>();
    for (const file of filesUnder(output).filter((path) => path.endsWith('.html'))) {
      const html = readFileSync(file, 'utf8');
      const start = html.indexOf(startMark);
      const end = html.lastIndexOf(endMark);
      if (start === -1 || end === -1) {
        continue;
      }
      const pathEnd = html.indexOf('-->', start);
      const path = html.slice(start + startMark.length, pathEnd);
      if (path.startsWith('_posts/') || path.includes('/_posts/')) {
        bodies.set(path, html.slice(pathEnd + 3, end));
      }
    }
    return bodies;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
