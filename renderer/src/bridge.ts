import type { InkpostBridge } from '../../shared/contract';

declare global {
  interface Window {
    /** Installed by the preload (or the test harness, which runs the same preload over another transport). */
    readonly inkpost: InkpostBridge;
  }
}

/** The bridge to main. Throws a clear error when the page runs without the preload. */
export function getBridge(): InkpostBridge {
  if (typeof window.inkpost !== 'object') {
    throw new Error('window.inkpost is missing: the page was loaded without Inkpost\'s preload');
  }
  return window.inkpost;
}
