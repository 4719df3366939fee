import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseJekyllYaml } from '../shared/front-matter/jekyll-yaml';
import { locateFrontMatter } from '../shared/front-matter/locate-front-matter';
import { parseSimpleYaml } from '../shared/front-matter/simple-yaml';
import { measureInTurns, type Measurement } from './measure';

/** Times each parser reads every front matter. */
const rounds = 20;

/**
 * The YAML fast path on and off: the YAML front matter of every post in
 * `postsDirs` (the reference blogs' real posts) read as `parsePost` reads it (`parseSimpleYaml`, the full parser
 * when that returns null) and by the full parser alone (`parseJekyllYaml`),
 * in turns. The ratio is the fast path's speed-up on real posts; the notes
 * say how many front matters took the fast path.
 */
export async function benchmarkYamlFastPath(postsDirs: readonly string[]): Promise<Measurement[]> {
  const paths = (await Promise.all(postsDirs.map(async (dir) => (await readdir(dir)).map((name) => join(dir, name)))))
    .flat()
    .filter((path) => path.endsWith('.markdown') || path.endsWith('.md'))
    .sort();
  const sources: { readonly yaml: string; readonly line: number }[] = [];
  for (const path of paths) {
    const text = await readFile(path, 'utf8');
    const location = locateFrontMatter(text);
    if (location.format === 'yaml') {
      sources.push({ yaml: text.slice(location.sourceStart, location.sourceEnd).replace(/\r\n?/g, '\n'), line: location.sourceLine });
    }
  }
  const fastPathTaken = sources.filter(({ yaml }) => parseSimpleYaml(yaml) !== null).length;
  let keys = 0;
  const [on, off] = await measureInTurns([
    {
      name: `front matter of ${sources.length} posts x${rounds}, YAML fast path on`,
      task: () => {
        for (let round = 0; round < rounds; round += 1) {
          for (const { yaml, line } of sources) {
            keys += Object.keys(parseSimpleYaml(yaml) ?? parseJekyllYaml(yaml, line).data).length;
          }
        }
        return Promise.resolve();
      },
    },
    {
      name: `front matter of ${sources.length} posts x${rounds}, YAML fast path off`,
      task: () => {
        for (let round = 0; round < rounds; round += 1) {
          for (const { yaml, line } of sources) {
            keys += Object.keys(parseJekyllYaml(yaml, line).data).length;
          }
        }
        return Promise.resolve();
      },
    },
  ], { runs: 15, warmups: 2 });
  if (on === undefined || off === undefined || keys === 0) {
    throw new Error('the YAML benchmark read nothing');
  }
  const speedUp = Math.round((off.medianMs / on.medianMs) * 10) / 10;
  return [
    { ...on, notes: { fastPathTaken: `${fastPathTaken}/${sources.length}`, timesFasterThanOff: speedUp } },
    { ...off, notes: { baselineFor: 'fast path on' } },
  ];
}
