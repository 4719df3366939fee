import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

/** A value as the oracle script encodes it (see read-front-matter.rb). */
export type OracleValue =
  | null
  | boolean
  | string
  | { readonly int: string }
  | { readonly float: string }
  | { readonly date: string }
  | { readonly time: string }
  | { readonly other: string }
  | { readonly map: readonly (readonly [OracleValue, OracleValue])[] }
  | readonly OracleValue[];

/** What Jekyll 4 (Psych, through Jekyll's own front matter pattern) makes of one post text. */
export type OracleAnswer =
  | { readonly frontMatter: false }
  | { readonly frontMatter: true; readonly ok: true; readonly data: OracleValue; readonly fieldLines?: readonly FieldLines[] }
  | { readonly frontMatter: true; readonly ok: false; readonly error: string };

/** A top-level key (null when it is not a scalar) and the 0-based first and last lines of its field in the text. */
export type FieldLines = readonly [key: string | null, first: number, last: number];

const script = join(__dirname, 'read-front-matter.rb');

/** Why Ruby with Jekyll cannot run here, or null when it can: oracle tests skip with this reason. */
export function psychMissing(): string | null {
  const probe = spawnSync('ruby', ['-e', 'require "jekyll"; print Psych::VERSION'], { encoding: 'utf8', timeout: 60_000 });
  if (probe.error !== undefined) {
    return `ruby is not installed (${probe.error.message}); on Debian: apt-get install jekyll`;
  }
  return probe.status === 0 ? null : `Ruby cannot load Jekyll: ${probe.stderr.trim()}; on Debian: apt-get install jekyll`;
}

/**
 * Reads every text as Jekyll does, in one Ruby process (each start costs
 * about 0.2 s), and returns the answers in the same order; with `fieldLines`,
 * each answer that reads also says which lines each top-level field takes.
 */
export async function readAsJekyll(texts: readonly string[], options: { readonly fieldLines?: boolean } = {}): Promise<OracleAnswer[]> {
  const ruby = spawn('ruby', [script, ...(options.fieldLines === true ? ['--field-lines'] : [])], { stdio: ['pipe', 'pipe', 'pipe'] });
  const answers: OracleAnswer[] = [];
  let stderr = '';
  ruby.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const lines = createInterface({ input: ruby.stdout });
  const done = new Promise<void>((resolve, reject) => {
    lines.on('line', (line) => answers.push(JSON.parse(line) as OracleAnswer));
    ruby.on('error', reject);
    ruby.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`the Psych oracle exited with ${code}: ${stderr}`))));
  });
  for (const text of texts) {
    ruby.stdin.write(`${JSON.stringify({ text })}\n`);
  }
  ruby.stdin.end();
  await done;
  if (answers.length !== texts.length) {
    throw new Error(`the Psych oracle answered ${answers.length} of ${texts.length} texts: ${stderr}`);
  }
  return answers;
}
