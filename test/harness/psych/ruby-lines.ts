import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

/**
 * Runs the Ruby script `script` (in this folder) once, writes each request as
 * a JSON line and returns the JSON line answers in order. Rejects when Ruby
 * cannot start or exits with an error, naming `what`.
 */
export async function askRuby<Answer>(script: string, what: string, requests: readonly unknown[]): Promise<Answer[]> {
  const ruby = spawn('ruby', [join(__dirname, script)], { stdio: ['pipe', 'pipe', 'pipe'] });
  const answers: Answer[] = [];
  let stderr = '';
  ruby.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const done = new Promise<void>((resolve, reject) => {
    createInterface({ input: ruby.stdout }).on('line', (line) => answers.push(JSON.parse(line) as Answer));
    ruby.on('error', reject);
    ruby.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`the ${what} exited with ${code}: ${stderr}`))));
  });
  for (const request of requests) {
    ruby.stdin.write(`${JSON.stringify(request)}\n`);
  }
  ruby.stdin.end();
  await done;
  return answers;
}
