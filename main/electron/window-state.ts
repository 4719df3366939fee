import { screen, type BrowserWindow } from 'electron';
import { placeWindow, type WindowPlacement, type WindowState, type WindowStateKeeper } from '../services/desktop/window-state';
import { windowSizes } from './window-options';

/** Where the window should open: the remembered place, checked against the displays there are now. */
export function restoredPlacement(saved: WindowState | null): WindowPlacement {
  const primary = screen.getPrimaryDisplay();
  const others = screen.getAllDisplays().filter((display) => display.id !== primary.id);
  return placeWindow(saved, [primary, ...others].map((display) => display.workArea), windowSizes);
}

/** Notes the window's normal bounds and maximized state whenever they change, and once more as it closes. */
export function trackWindowState(window: BrowserWindow, keeper: WindowStateKeeper): () => void {
  const note = (): void => {
    if (!window.isDestroyed() && !window.isMinimized()) {
      keeper.remember({ version: 1, bounds: window.getNormalBounds(), maximized: window.isMaximized() });
    }
  };
  window.on('resize', note);
  window.on('move', note);
  window.on('maximize', note);
  window.on('unmaximize', note);
  return note;
}
