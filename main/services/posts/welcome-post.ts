import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** The name of the post a new default posts folder starts with. */
export const welcomePostFileName = 'welcome-to-inkpost.markdown';

const welcomePost = `---
layout: post
title: "Welcome to Inkpost"
tags: [inkpost]
time: "09:00"
extended: ":EXTENDED:"
---
This is a draft in your Inkpost posts folder. Edit it on the left; the preview
on the right follows as you type. Press **Ctrl+S** (**Cmd+S** on a Mac) to save.

:EXTENDED:

Everything below the \`:EXTENDED:\` line is the extended part of the post: your
blog shows it only on the post's own page, while the front page shows the text
above it with a "Continue reading" link.

- Front matter keeps the style you wrote it in.
- Saves are atomic: a crash mid-save never leaves half a post.
`;

/**
 * Makes sure `folder` exists. When it was missing or is empty, writes a short
 * welcome post into it, so a first start shows a working editor at once. A
 * folder that already holds files is left exactly as it is.
 */
export async function ensurePostsFolder(folder: string): Promise<void> {
  await mkdir(folder, { recursive: true });
  const entries = await readdir(folder);
  if (entries.length === 0) {
    await writeFile(join(folder, welcomePostFileName), welcomePost, { flag: 'wx' });
  }
}
