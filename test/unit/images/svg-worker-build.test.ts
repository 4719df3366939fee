import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { Worker } from 'node:worker_threads';
import { distDir } from '../../harness/paths';

const script = join(distDir, 'main', 'svg-sanitizer-worker.js');

/** The built worker, as the app runs it: jsdom and DOMPurify bundled, loaded beside main.js. */
test('the built SVG sanitiser worker loads and sanitises', { skip: existsSync(script) ? false : `${script} is not built (npm run build)` }, async () => {
  const worker = new Worker(script);
  try {
    const reply = await new Promise<{ clean?: Uint8Array | null; failure?: string }>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
      worker.postMessage(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script><rect width="1" height="1"/></svg>'));
    });
    assert.equal(reply.failure, undefined);
    assert.equal(Buffer.from(reply.clean ?? []).toString(), '<svg xmlns="http://www.w3.org/2000/svg"><rect width="1" height="1"/></svg>\n');
  } finally {
    await worker.terminate();
  }
});
