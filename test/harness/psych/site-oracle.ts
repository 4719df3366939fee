import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/** What Jekyll makes of one post file of a site (see site-report.rb). */
export interface SitePost {
  readonly status: 'built' | 'error' | 'skipped' | 'conflict';
  readonly message?: string;
  readonly url?: string;
  /** The layout the post names when the site has no such layout (Jekyll builds it without one). */
  readonly unknownLayout?: string;
}

/**
 * Reads and renders every post of the site at `siteDir` with Jekyll's own
 * reader and renderer (Ruby), keyed by path relative to the site. The site
 * must be a copy: Jekyll writes its cache into it.
 */
export function jekyllSiteReport(siteDir: string, destination: string): Record<string, SitePost> {
  const run = spawnSync('ruby', [join(__dirname, 'site-report.rb'), siteDir, destination], { encoding: 'utf8', timeout: 300_000 });
  if (run.status !== 0) {
    throw new Error(`site-report.rb failed: ${run.stderr}`);
  }
  const report = JSON.parse(run.stdout) as { posts?: Record<string, SitePost>; fatal?: string };
  if (report.posts === undefined) {
    throw new Error(`Jekyll could not read ${siteDir}: ${report.fatal ?? run.stdout}`);
  }
  return report.posts;
}
