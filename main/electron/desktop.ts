import { shell } from 'electron';
import type { Desktop } from '../services/desktop';

/** The desktop as Electron reaches it: the user's browser through `shell`. */
export const electronDesktop: Desktop = {
  openExternal: (url) => shell.openExternal(url),
};
