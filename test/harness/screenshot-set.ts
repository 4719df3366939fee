import type { Page } from 'playwright-core';
import { saveScreenshot } from './screenshots';

/** The window sizes issue #13 asks screenshots at: a small laptop window and a large one. */
export const screenshotSizes: readonly { readonly width: number; readonly height: number }[] = [
  { width: 800, height: 600 },
  { width: 1600, height: 1000 },
];

/**
 * Saves `<name>-<width>x<height>-<light|dark>.png` at each of
 * {@link screenshotSizes}, in light and dark mode, then puts the window back
 * to the size and colour scheme it had (light when it had none).
 */
export async function saveScreenshotSet(page: Page, name: string): Promise<string[]> {
  const before = page.viewportSize();
  const saved: string[] = [];
  for (const size of screenshotSizes) {
    await page.setViewportSize(size);
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      saved.push(await saveScreenshot(page, `${name}-${size.width}x${size.height}-${colorScheme}`));
    }
  }
  await page.emulateMedia({ colorScheme: 'light' });
  if (before !== null) {
    await page.setViewportSize(before);
  }
  return saved;
}
