import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { dispatchCall } from '../../../main/services/bridge/call-dispatcher';
import { externalUrl } from '../../../main/services/desktop/external-url';
import type { HandlerTable } from '../../../shared/contract';
import type { HarnessDesktop } from '../../harness/harness-desktop';
import { makeTestHost, type TestHost } from '../../harness/test-host';
import { makeTempFolder, removeFolder } from '../../harness/temp-folders';

describe('externalUrl', () => {
  const allowed: readonly (readonly [string, string])[] = [
    ['https://metajack.im/2009/01/02/', 'https://metajack.im/2009/01/02/'],
    ['http://example.com', 'http://example.com/'],
    ['HTTPS://Example.COM/a b', 'https://example.com/a%20b'],
    ['mailto:jack@metajack.im', 'mailto:jack@metajack.im'],
  ];
  for (const [input, expected] of allowed) {
    test(`opens ${input} as ${expected}`, () => assert.equal(externalUrl(input), expected));
  }

  const refused = [
    'javascript:alert(1)',
    ' javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'file:///etc/passwd',
    'vbscript:msgbox(1)',
    'inkpost-app://renderer/index.html',
    'ftp://example.com/',
    'smb://server/share',
    '/images/x.gif',
    '../outside',
    '//evil.example/',
    'http://',
    'http://[::1',
    '',
    'not a url',
  ];
  for (const input of refused) {
    test(`refuses ${JSON.stringify(input)}`, () => assert.equal(externalUrl(input), null));
  }
});

describe('the openExternal call', () => {
  let folder = '';
  let testHost: TestHost;
  let desktop: HarnessDesktop;
  let table: HandlerTable;

  before(async () => {
    folder = await makeTempFolder('open-external');
    testHost = makeTestHost({ postsDir: folder, blogDir: null });
    ({ desktop, table } = testHost);
  });

  after(async () => {
    testHost.close();
    await removeFolder(folder);
  });

  test('hands a checked http URL to the desktop', async () => {
    const outcome = await dispatchCall(table, 'openExternal', ['https://metajack.im/']);
    assert.deepEqual(outcome, { ok: true, value: undefined });
    assert.deepEqual(desktop.openedUrls, ['https://metajack.im/']);
  });

  test('refuses a javascript: URL with a clear error and opens nothing', async () => {
    const before = desktop.openedUrls.length;
    const outcome = await dispatchCall(table, 'openExternal', ['javascript:alert(document.cookie)']);
    assert.equal(outcome.ok, false);
    assert.equal(!outcome.ok && outcome.error.code, 'invalid-argument');
    assert.match(!outcome.ok ? outcome.error.message : '', /only http, https and mailto links, not "javascript:alert/);
    assert.equal(desktop.openedUrls.length, before);
  });

  test('refuses a non-string argument before the handler runs', async () => {
    const outcome = await dispatchCall(table, 'openExternal', [42]);
    assert.equal(outcome.ok, false);
    assert.equal(!outcome.ok && outcome.error.code, 'invalid-argument');
  });
});
