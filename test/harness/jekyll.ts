import { spawnSync } from 'node:child_process';

/** Why Debian's `jekyll` cannot run here, or null when it can: tests that build with the real Jekyll skip with this reason. */
export function jekyllMissing(): string | null {
  const probe = spawnSync('jekyll', ['--version'], { encoding: 'utf8', timeout: 30_000 });
  if (probe.error !== undefined) {
    return `jekyll is not installed (${probe.error.message}); on Debian: apt-get install jekyll`;
  }
  return probe.status === 0 ? null : `jekyll --version failed: ${probe.stderr.trim()}`;
}
