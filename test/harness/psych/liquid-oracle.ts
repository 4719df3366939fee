import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

/** Whether Jekyll's Liquid parses a text, and its error when it does not. */
export type LiquidAnswer = { readonly ok: true } | { readonly ok: false; readonly error: string };

/** Parses every text with Jekyll's Liquid (Jekyll's tags registered, error_mode warn), in one Ruby process. */
export async function parseAsJekyll(texts: readonly string[]): Promise<LiquidAnswer[]> {
  const ruby = spawn('ruby', [join(__dirname, 'liquid-parse.rb')], { stdio: ['pipe', 'pipe', 'pipe'] });
  const answers: LiquidAnswer[] = [];
  let stderr = '';
  ruby.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const done = new Promise<void>((resolve, reject) => {
    createInterface({ input: ruby.stdout }).on('line', (line) => answers.push(JSON.parse(line) as LiquidAnswer));
    ruby.on('error', reject);
    ruby.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`the Liquid oracle exited with ${code}: ${stderr}`))));
  });
  for (const text of texts) {
    ruby.stdin.write(`${JSON.stringify({ text })}\n`);
  }
  ruby.stdin.end();
  await done;
  return answers;
}
