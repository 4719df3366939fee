import { describe, test } from 'node:test';
import type { Availability, Launcher } from '../harness';
import { referenceSkip } from '../harness/paths';

/**
 * Runs `specs` with `launch` when the engine is available. When it is not,
 * reports one skipped test carrying the reason, so the run's summary counts
 * it as skipped, never as passed.
 */
export function runSpecsOn(title: string, availability: Availability, launch: Launcher, specs: (launch: Launcher) => void): void {
  if ('skip' in availability) {
    void test(title, { skip: availability.skip }, () => undefined);
    return;
  }
  void describe(title, () => specs(launch));
}

/**
 * `availability`, unless the specs need the reference blog's real posts and
 * `../shared` is absent: then the reason for skipping them.
 */
export function withReferencePosts(availability: Availability): Availability {
  return 'skip' in availability || referenceSkip === false ? availability : { skip: referenceSkip };
}
