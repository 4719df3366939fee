import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeFileAtomically } from '../main/services/disk/atomic-write';
import { savePost } from '../main/services/posts/post-store';
import { versionOf } from '../main/services/posts/post-text';
import { measure, type Measurement } from './measure';

const postBytes = 200_000;
const runs = 20;
const targetMs = 20;

/** A post of at least `minBytes`: the first source's front matter, then every source's body, repeated. */
async function generatePostText(sourceDir: string, minBytes: number): Promise<string> {
  const names = (await readdir(sourceDir)).filter((name) => name.endsWith('.markdown')).sort();
  const texts = await Promise.all(names.map((name) => readFile(join(sourceDir, name), 'utf8')));
  const frontMatter = /^---\n[\s\S]*?\n---\n/;
  const parts = [frontMatter.exec(texts[0] ?? '')?.[0] ?? '---\ntitle: generated\n---\n'];
  const bodies = texts.map((text) => text.replace(frontMatter, ''));
  let bytes = Buffer.byteLength(parts[0] ?? '');
  for (let index = 0; bytes < minBytes; index += 1) {
    const body = bodies[index % bodies.length] ?? '';
    parts.push(body);
    bytes += Buffer.byteLength(body);
  }
  return parts.join('');
}

/**
 * "Save one 200 KB post": `savePost` (re-read and version check, encode, atomic
 * replace with fsyncs, summary) of an edited 200 KB post in a temporary
 * folder; then `writeFileAtomically` alone on the same bytes, the floor of a save.
 */
export async function benchmarkSaves(sourceDir: string): Promise<Measurement[]> {
  const folder = await mkdtemp(join(tmpdir(), 'inkpost-bench-save-'));
  try {
    const original = await generatePostText(sourceDir, postBytes);
    const path = join(folder, '2024-01-01-a-long-post.markdown');
    await writeFile(path, original);
    const size = Buffer.byteLength(original);

    let baseVersion = versionOf(Buffer.from(original, 'utf8'));
    let edits = 0;
    const save = await measure(
      'save one 200 KB post (savePost)',
      async () => {
        edits += 1;
        // An edit in the middle of the post, different every time, as typing makes.
        const middle = Math.floor(original.length / 2);
        const text = `${original.slice(0, middle)}edit ${edits} ${original.slice(middle)}`;
        const result = await savePost(folder, { path, text, baseVersion });
        if (result.status !== 'saved' || result.unchanged) {
          throw new Error(`save ${edits} did not write: ${JSON.stringify(result).slice(0, 200)}`);
        }
        baseVersion = result.version;
      },
      { runs, notes: { bytes: size, targetMs } },
    );

    let writes = 0;
    const write = await measure(
      'writeFileAtomically 200 KB',
      async () => {
        writes += 1;
        await writeFileAtomically(path, Buffer.from(`${original}\nwrite ${writes}\n`, 'utf8'));
      },
      { runs, notes: { bytes: size } },
    );
    return [save, { ...write, notes: { ...write.notes, shareOfSave: Math.round((write.medianMs / save.medianMs) * 100) / 100 } }];
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
