import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { projectRoot } from '../../harness/paths';

function directives(html: string): Map<string, string> {
  const match = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html);
  assert.ok(match?.[1] !== undefined, 'the page declares a Content-Security-Policy');
  return new Map(match[1].split(';').map((part) => part.trim()).filter(Boolean).map((part) => {
    const [name = '', ...values] = part.split(/\s+/);
    return [name, values.join(' ')];
  }));
}

void test('the renderer page has a strict CSP: nothing by default, scripts only from the app itself', async () => {
  const csp = directives(await readFile(join(projectRoot, 'renderer', 'index.html'), 'utf8'));
  assert.equal(csp.get('default-src'), "'none'");
  assert.equal(csp.get('script-src'), "'self'");
  assert.equal(csp.get('style-src'), "'self'");
  assert.equal(csp.get('object-src'), "'none'");
  assert.equal(csp.get('base-uri'), "'none'");
  assert.equal(csp.get('frame-src'), "'none'");
  assert.equal(csp.get('form-action'), "'none'");
  for (const [name, value] of csp) {
    assert.doesNotMatch(value, /unsafe-eval|\*|https?:/, `${name} must not allow eval, wildcards or remote hosts`);
    if (name !== 'style-src-attr') {
      assert.doesNotMatch(value, /unsafe-inline/, `${name} must not allow inline code`);
    }
  }
});
