import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { automaticLayout, windowLayoutSchema, type WindowLayout } from '../../../shared/window-layout';
import { writeFileAtomically } from '../disk/atomic-write';

/** A rectangle in screen coordinates (Electron's `Rectangle`). */
export interface Rectangle {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** The window's size and place as remembered between runs. */
export interface WindowState {
  readonly version: 1;
  /** The window's bounds when neither maximized nor full screen. */
  readonly bounds: Rectangle;
  readonly maximized: boolean;
  /** The panes as the user set them, when they did. */
  readonly layout?: WindowLayout;
}

/**
 * What `window-state.json` holds: the window's place once it has one (the
 * browser harness never does) and the panes' layout once the user set it.
 */
export interface StoredWindowState {
  readonly version: 1;
  readonly bounds?: Rectangle;
  readonly maximized?: boolean;
  readonly layout?: WindowLayout;
}

/** Where a window opens: its bounds (no position means "centred by the system") and whether it is maximized. */
export interface WindowPlacement {
  readonly bounds: { readonly width: number; readonly height: number; readonly x?: number; readonly y?: number };
  readonly maximized: boolean;
}

/** The window's sizes when nothing is remembered, and the smallest it may be. */
export interface WindowSizes {
  readonly width: number;
  readonly height: number;
  readonly minWidth: number;
  readonly minHeight: number;
}

/** A window with less than this much of its area on any display (in each direction) counts as off screen. */
export const minimumVisible = { width: 120, height: 60 } as const;

function overlap(a: Rectangle, b: Rectangle): { width: number; height: number } {
  return {
    width: Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)),
    height: Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)),
  };
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(Math.max(value, low), Math.max(low, high));
}

/**
 * Where the window opens, given what was remembered and the displays there
 * are now (their work areas, the primary one first). Nothing remembered: the
 * default size, centred. Remembered bounds that are still visible on a
 * display are kept, shrunk to fit that display's work area and moved fully
 * onto it; bounds left on a display that is gone (or nearly all off screen)
 * keep their size, fitted to the primary display, and are centred there.
 * Pure.
 */
export function placeWindow(saved: WindowState | null, workAreas: readonly Rectangle[], sizes: WindowSizes): WindowPlacement {
  const primary = workAreas[0];
  if (saved === null || primary === undefined) {
    return { bounds: { width: sizes.width, height: sizes.height }, maximized: saved?.maximized ?? false };
  }
  const ranked = workAreas
    .map((area) => ({ area, seen: overlap(saved.bounds, area) }))
    .filter(({ seen }) => seen.width >= Math.min(minimumVisible.width, saved.bounds.width) && seen.height >= Math.min(minimumVisible.height, saved.bounds.height))
    .sort((a, b) => b.seen.width * b.seen.height - a.seen.width * a.seen.height);
  const area = ranked[0]?.area ?? primary;
  const width = clamp(Math.round(saved.bounds.width), Math.min(sizes.minWidth, area.width), area.width);
  const height = clamp(Math.round(saved.bounds.height), Math.min(sizes.minHeight, area.height), area.height);
  const onScreen = ranked.length > 0;
  const x = onScreen ? clamp(Math.round(saved.bounds.x), area.x, area.x + area.width - width) : area.x + Math.round((area.width - width) / 2);
  const y = onScreen ? clamp(Math.round(saved.bounds.y), area.y, area.y + area.height - height) : area.y + Math.round((area.height - height) / 2);
  return { bounds: { x, y, width, height }, maximized: saved.maximized };
}

const finite = z.number().finite();
const boundsSchema = z.object({ x: finite, y: finite, width: finite.positive(), height: finite.positive() });
/**
 * The file's schema, part by part: a window that has never moved has no
 * bounds yet (the browser harness never has any), and a part that does not
 * read is dropped on its own, so a damaged layout does not lose the window's
 * place, nor damaged bounds the layout.
 */
const storedStateSchema = z.object({
  version: z.literal(1),
  bounds: boundsSchema.optional().catch(undefined),
  maximized: z.boolean().optional().catch(undefined),
  layout: windowLayoutSchema.optional().catch(undefined),
});

/** The window state's file in a user-data folder, beside the settings. */
export function windowStatePath(userDataDir: string): string {
  return join(userDataDir, 'window-state.json');
}

/** What the file holds, each part only when it is there and reads; null when there is no valid file. */
async function loadStoredState(userDataDir: string): Promise<StoredWindowState | null> {
  try {
    const parsed = storedStateSchema.safeParse(JSON.parse(await readFile(windowStatePath(userDataDir), 'utf8')));
    if (!parsed.success) {
      return null;
    }
    const { bounds, maximized, layout } = parsed.data;
    return { version: 1, ...(bounds === undefined ? {} : { bounds }), ...(maximized === undefined ? {} : { maximized }), ...(layout === undefined ? {} : { layout }) };
  } catch {
    return null;
  }
}

/** The remembered place of a stored state (with its layout), or null when it has no bounds. */
function placedState(stored: StoredWindowState | null): WindowState | null {
  if (stored?.bounds === undefined) {
    return null;
  }
  return { version: 1, bounds: stored.bounds, maximized: stored.maximized ?? false, ...(stored.layout === undefined ? {} : { layout: stored.layout }) };
}

/**
 * The remembered window state, or null when there is none, it is not a valid
 * state or it has no bounds (a window placed by default loses nothing, so an
 * unreadable file is simply replaced on the next save).
 */
export async function loadWindowState(userDataDir: string): Promise<WindowState | null> {
  return placedState(await loadStoredState(userDataDir));
}

/** Writes the window state atomically. */
export async function saveWindowState(userDataDir: string, state: StoredWindowState): Promise<void> {
  await writeFileAtomically(windowStatePath(userDataDir), `${JSON.stringify(state, null, 2)}\n`);
}

/**
 * Keeps the window state on disk: the window's place as it moves
 * ({@link remember} writes the latest after `delayMilliseconds` of quiet, one
 * write at a time; {@link flush} writes what is pending now, before quitting)
 * and the panes' layout the renderer sets through the bridge
 * ({@link rememberLayout}, written at once). Both go into the one file, each
 * keeping the other's part.
 */
export class WindowStateKeeper {
  private state: StoredWindowState = { version: 1 };
  private dirty = false;
  private timer: NodeJS.Timeout | undefined;
  private writing: Promise<void> = Promise.resolve();

  constructor(
    private readonly userDataDir: string,
    private readonly delayMilliseconds = 500,
    private readonly onError: (error: unknown) => void = (error) => console.error('inkpost: could not save the window state', error),
  ) {}

  /** A keeper that starts from what the folder's file remembers, so a write keeps the parts it does not change. */
  static async open(userDataDir: string, delayMilliseconds?: number): Promise<WindowStateKeeper> {
    const keeper = new WindowStateKeeper(userDataDir, delayMilliseconds);
    keeper.state = (await loadStoredState(userDataDir)) ?? { version: 1 };
    return keeper;
  }

  /** The remembered place (and layout), or null when the window has none yet: where it opens. */
  saved(): WindowState | null {
    return placedState(this.state);
  }

  /** The panes as the user last set them; all `auto` when they never chose. */
  layout(): WindowLayout {
    return this.state.layout ?? automaticLayout;
  }

  /** Notes the window's place; it is written after a quiet moment. */
  remember(place: WindowState): void {
    this.state = { ...this.state, version: 1, bounds: place.bounds, maximized: place.maximized };
    this.dirty = true;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), this.delayMilliseconds);
  }

  /** Notes the panes' layout and writes the state now; resolves once it is on disk (rejects when it could not be written). */
  async rememberLayout(layout: WindowLayout): Promise<void> {
    this.state = { ...this.state, layout };
    // The write below carries a pending place too.
    clearTimeout(this.timer);
    this.dirty = false;
    const state = this.state;
    const written = this.writing.then(() => saveWindowState(this.userDataDir, state));
    this.writing = written.catch(this.onError);
    await written;
  }

  /** True while a state is waiting to be written. */
  get pending(): boolean {
    return this.dirty;
  }

  /** Writes the pending state, if any, and resolves once every write is done. */
  flush(): Promise<void> {
    clearTimeout(this.timer);
    if (this.dirty) {
      const state = this.state;
      this.dirty = false;
      this.writing = this.writing.then(() => saveWindowState(this.userDataDir, state)).catch(this.onError);
    }
    return this.writing;
  }
}
