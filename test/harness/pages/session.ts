import type { InkpostSession, LaunchOptions, Launcher } from '../index';
import { inkpostPage, type InkpostPage } from './app';

/**
 * Runs `body` on a session of its own, started with `options` and closed
 * afterwards whatever happens: for a spec that leaves the app in a state the
 * next one must not inherit (an unsaved edit, a conflict, an open dialog).
 */
export async function withFreshSession<Result>(
  launch: Launcher,
  options: LaunchOptions,
  body: (app: InkpostPage, session: InkpostSession) => Promise<Result>,
): Promise<Result> {
  const session = await launch(options);
  try {
    return await body(inkpostPage(session.page), session);
  } finally {
    await session.close();
  }
}
