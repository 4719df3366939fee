import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
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
const windowStateSchema = z.object({
  version: z.literal(1),
  bounds: z.object({ x: finite, y: finite, width: finite.positive(), height: finite.positive() }),
  maximized: z.boolean(),
});

/** The window state's file in a user-data folder, beside the settings. */
export function windowStatePath(userDataDir: string): string {
  return join(userDataDir, 'window-state.json');
}

/**
 * The remembered window state, or null when there is none or it is not a
 * valid state (a window placed by default loses nothing, so an unreadable
 * file is simply replaced on the next save).
 */
export async function loadWindowState(userDataDir: string): Promise<WindowState | null> {
  try {
    const parsed = windowStateSchema.safeParse(JSON.parse(await readFile(windowStatePath(userDataDir), 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Writes the window state atomically. */
export async function saveWindowState(userDataDir: string, state: WindowState): Promise<void> {
  await writeFileAtomically(windowStatePath(userDataDir), `${JSON.stringify(state, null, 2)}\n`);
}

/**
 * Keeps the window state on disk while the window moves: {@link remember}
 * writes the latest state after `delayMilliseconds` of quiet, one write at a
 * time; {@link flush} writes what is pending now (before quitting).
 */
export class WindowStateKeeper {
  private latest: WindowState | null = null;
  private timer: NodeJS.Timeout | undefined;
  private writing: Promise<void> = Promise.resolve();

  constructor(
    private readonly userDataDir: string,
    private readonly delayMilliseconds = 500,
    private readonly onError: (error: unknown) => void = (error) => console.error('inkpost: could not save the window state', error),
  ) {}

  /** Notes the window's state; it is written after a quiet moment. */
  remember(state: WindowState): void {
    this.latest = state;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), this.delayMilliseconds);
  }

  /** True while a state is waiting to be written. */
  get pending(): boolean {
    return this.latest !== null;
  }

  /** Writes the pending state, if any, and resolves once every write is done. */
  flush(): Promise<void> {
    clearTimeout(this.timer);
    const state = this.latest;
    this.latest = null;
    if (state !== null) {
      this.writing = this.writing.then(() => saveWindowState(this.userDataDir, state)).catch(this.onError);
    }
    return this.writing;
  }
}
