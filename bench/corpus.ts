import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Writes `count` posts into a fresh temporary folder, cycling through the
 * reference blog's real posts (so sizes, front matter styles and bodies have
 * their real shapes) under distinct dated names. Returns the folder and the
 * total bytes written.
 */
export async function generatePosts(sourceDir: string, count: number): Promise<{ dir: string; bytes: number }> {
  const dir = await mkdtemp(join(tmpdir(), 'inkpost-bench-'));
  const sources = (await readdir(sourceDir)).filter((name) => name.endsWith('.markdown')).sort();
  const texts = await Promise.all(sources.map((name) => readFile(join(sourceDir, name), 'utf8')));
  let bytes = 0;
  const start = Date.UTC(2000, 0, 1);
  for (let index = 0; index < count; index += 1) {
    const text = texts[index % texts.length] ?? '';
    const date = new Date(start + index * 86_400_000).toISOString().slice(0, 10);
    const slug = (sources[index % sources.length] ?? 'post').replace(/^\d{4}-\d{2}-\d{2}-/, '').replace(/\.markdown$/, '');
    const body = Buffer.from(text, 'utf8');
    bytes += body.length;
    await writeFile(join(dir, `${date}-${slug}-${index}.markdown`), body);
  }
  return { dir, bytes };
}
