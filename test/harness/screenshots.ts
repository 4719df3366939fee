import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { projectRoot } from './paths';

/** Where end-to-end specs leave their screenshots: kept as test artifacts, ignored by git. */
export const screenshotsDir = join(projectRoot, 'test-results', 'screenshots');

/** Saves a screenshot of the whole window as `test-results/screenshots/<name>.png` and returns its path. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  await mkdir(screenshotsDir, { recursive: true });
  const path = join(screenshotsDir, `${name.replace(/[^\w.-]+/g, '-')}.png`);
  await page.screenshot({ path });
  return path;
}
