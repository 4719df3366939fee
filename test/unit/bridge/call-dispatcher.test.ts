import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { callNames, type HandlerTable, type InkpostErrorCode } from '../../../shared/contract';
import type { Workspace } from '../../../shared/post';
import { dispatchCall } from '../../../main/services/bridge/call-dispatcher';
import { readPost } from '../../../main/services/posts/post-store';
import { ServiceError } from '../../../main/services/disk/service-error';
import { HarnessDesktop } from '../../harness/harness-desktop';
import { makeTestHost, type TestHost } from '../../harness/test-host';
import { copyTestPosts, testPostNames, makeTempFolder, removeFolder } from '../../harness/temp-folders';

const hacks = '2012-04-14-kite-flying-on-a-windy-saturday.markdown';
const errorCodes: readonly InkpostErrorCode[] = ['invalid-argument', 'not-found', 'outside-folder', 'unreadable', 'forbidden-sender', 'internal'];

/** Collects what the dispatcher reports as internal errors, so nothing is printed. */
function collectingReporter(): { calls: [string, unknown][]; report: (name: string, error: unknown) => void } {
  const calls: [string, unknown][] = [];
  return { calls, report: (name, error) => calls.push([name, error]) };
}

describe('dispatchCall', () => {
  let folder = '';
  let workspace: Workspace;
  let table: HandlerTable;
  let testHost: TestHost;
  const desktop = new HarnessDesktop();

  before(async () => {
    folder = await makeTempFolder('dispatch');
    await copyTestPosts(folder);
    workspace = { postsDir: folder, blogDir: null };
    testHost = makeTestHost(workspace, desktop);
    table = testHost.table;
  });

  after(async () => {
    testHost.close();
    await removeFolder(folder);
  });

  describe('unknown calls', () => {
    const cases: readonly (readonly [unknown, string])[] = [
      ['deletePost', 'unknown call "deletePost"'],
      ['', 'unknown call ""'],
      ['__proto__', 'unknown call "__proto__"'],
      ['constructor', 'unknown call "constructor"'],
      ['toString', 'unknown call "toString"'],
      ['inkpost:call:readPost', 'unknown call "inkpost:call:readPost"'],
      [42, 'unknown call 42'],
      [null, 'unknown call null'],
      [undefined, 'unknown call undefined'],
      [['readPost'], 'unknown call ["readPost"]'],
      [{ name: 'readPost' }, 'unknown call {"name":"readPost"}'],
      [10n, 'unknown call of type bigint'],
    ];
    for (const [name, message] of cases) {
      test(message, async () => {
        const reporter = collectingReporter();
        assert.deepEqual(await dispatchCall(table, name, [], reporter.report), { ok: false, error: { code: 'invalid-argument', message } });
        assert.deepEqual(reporter.calls, []);
      });
    }
  });

  describe('invalid arguments', () => {
    const cases: readonly (readonly [string, string, unknown, string])[] = [
      ['readPost with a number', 'readPost', [42], 'expected string, received number'],
      ['readPost with no arguments', 'readPost', [], 'Too small'],
      ['readPost with two arguments', 'readPost', ['/a', '/b'], 'Too big'],
      ['readPost with an empty path', 'readPost', [''], 'a path is required'],
      ['readPost with a NUL in the path', 'readPost', ['/a\0b'], 'the path contains a NUL character'],
      ['readPost with a 5000-character path', 'readPost', [`/${'a'.repeat(5000)}`], 'the path is too long'],
      ['readPost with arguments that are not a list', 'readPost', '/a', 'expected tuple, received string'],
      ['readPost with undefined arguments', 'readPost', undefined, 'expected tuple, received undefined'],
      ['savePost without baseVersion', 'savePost', [{ path: '/a', text: '' }], 'baseVersion'],
      ['savePost with an empty baseVersion', 'savePost', [{ path: '/a', text: '', baseVersion: '' }], 'baseVersion is required'],
      ['savePost with an extra key', 'savePost', [{ path: '/a', text: '', baseVersion: 'v', force: true }], 'Unrecognized key: "force"'],
      ['savePost with text that is not a string', 'savePost', [{ path: '/a', text: 7, baseVersion: 'v' }], 'text'],
      ['savePost with null', 'savePost', [null], 'expected object, received null'],
      ['listPosts with an argument', 'listPosts', ['/a'], 'Too big'],
      ['getWorkspace with an argument', 'getWorkspace', [1], 'Too big'],
    ];
    for (const [title, name, args, detail] of cases) {
      test(title, async () => {
        const reporter = collectingReporter();
        const outcome = await dispatchCall(table, name, args, reporter.report);
        assert.equal(outcome.ok, false);
        if (outcome.ok) {
          return;
        }
        assert.equal(outcome.error.code, 'invalid-argument');
        assert.equal(outcome.error.message.startsWith(`${name}: invalid arguments:\n`), true, outcome.error.message);
        assert.equal(outcome.error.message.includes(detail), true, outcome.error.message);
        assert.deepEqual(reporter.calls, []);
      });
    }
  });

  test('a valid readPost returns the document', async () => {
    const path = join(folder, hacks);
    const reporter = collectingReporter();
    const outcome = await dispatchCall(table, 'readPost', [path], reporter.report);
    assert.deepEqual(outcome, { ok: true, value: await readPost(folder, path) });
    assert.deepEqual(reporter.calls, []);
  });

  test('getWorkspace and listPosts', async () => {
    assert.deepEqual(await dispatchCall(table, 'getWorkspace', []), { ok: true, value: workspace });
    const outcome = await dispatchCall(table, 'listPosts', []);
    assert.equal(outcome.ok, true);
    const listing = outcome.ok ? (outcome.value as { posts: readonly { fileName: string }[] }) : { posts: [] };
    assert.deepEqual(listing.posts.map((post) => post.fileName), [...testPostNames].reverse());
  });

  test('a valid savePost saves', async () => {
    const path = join(folder, hacks);
    const document = await readPost(folder, path);
    const outcome = await dispatchCall(table, 'savePost', [{ path, text: `${document.text}Added.\n`, baseVersion: document.version }]);
    assert.equal(outcome.ok, true);
    assert.equal(await readFile(path, 'utf8'), `${document.text}Added.\n`);
  });

  test('a ServiceError keeps its code and message and is not reported', async () => {
    const reporter = collectingReporter();
    const missing = join(folder, '2020-01-01-missing.markdown');
    assert.deepEqual(await dispatchCall(table, 'readPost', [missing], reporter.report), {
      ok: false,
      error: { code: 'not-found', message: `no such post: ${missing}` },
    });
    assert.deepEqual(await dispatchCall(table, 'readPost', ['/etc/hostname'], reporter.report), {
      ok: false,
      error: { code: 'outside-folder', message: `/etc/hostname is not inside the posts folder ${folder}` },
    });
    const throwing: HandlerTable = { ...table, listPosts: () => Promise.reject(new ServiceError('unreadable', 'cannot read the folder')) };
    assert.deepEqual(await dispatchCall(throwing, 'listPosts', [], reporter.report), {
      ok: false,
      error: { code: 'unreadable', message: 'cannot read the folder' },
    });
    assert.deepEqual(reporter.calls, []);
  });

  test('a plain Error from a handler is internal and reported', async () => {
    const reporter = collectingReporter();
    const failure = new Error('disk on fire');
    const rejecting: HandlerTable = { ...table, readPost: () => Promise.reject(failure) };
    assert.deepEqual(await dispatchCall(rejecting, 'readPost', ['/a'], reporter.report), {
      ok: false,
      error: { code: 'internal', message: 'readPost failed: disk on fire' },
    });
    assert.equal(reporter.calls.length, 1);
    assert.equal(reporter.calls[0]?.[0], 'readPost');
    assert.equal(reporter.calls[0]?.[1], failure);
  });

  test('a handler that throws synchronously, or throws a non-Error, is internal too', async () => {
    const reporter = collectingReporter();
    const throwing: HandlerTable = {
      ...table,
      listPosts: () => {
        throw new TypeError('not a function');
      },
      // A non-Error rejection is exactly what this case checks.
      // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors
      getWorkspace: () => Promise.reject('a bare string'),
    };
    assert.deepEqual(await dispatchCall(throwing, 'listPosts', [], reporter.report), {
      ok: false,
      error: { code: 'internal', message: 'listPosts failed: not a function' },
    });
    assert.deepEqual(await dispatchCall(throwing, 'getWorkspace', [], reporter.report), {
      ok: false,
      error: { code: 'internal', message: 'getWorkspace failed: a bare string' },
    });
    assert.deepEqual(
      reporter.calls.map(([name]) => name),
      ['listPosts', 'getWorkspace'],
    );
  });

  describe('never throws', () => {
    const garbage: readonly unknown[] = [
      null,
      undefined,
      0,
      -1,
      Number.NaN,
      Infinity,
      true,
      '',
      'readPost',
      {},
      { length: 1, 0: '/a' },
      Object.create(null),
      [null],
      [undefined, undefined],
      [[[]]],
      [{}],
      [{ path: null, text: null, baseVersion: null }],
      [{ __proto__: { path: '/a' } }],
      new Array(100_000).fill('/a'),
      Array.from({ length: 100_000 }, (_, index) => ({ index })),
      [new Array(10_000).fill([])],
      new Map([['path', '/a']]),
      new Set(['/a']),
      new Date(0),
      new Uint8Array(1024),
      [10n],
      [`/${'x'.repeat(100_000)}`],
      Symbol('args'),
      // Found by the property below: zod's length checks throw on an object whose `length` has no primitive value.
      [{ length: Object.create(null) as object }, []],
      [{ length: { toString: null, valueOf: null } }],
    ];

    test('for every call and each garbage argument list', async () => {
      for (const name of [...callNames, 'deletePost']) {
        for (const [index, args] of garbage.entries()) {
          const reporter = collectingReporter();
          const outcome = await dispatchCall(table, name, args, reporter.report);
          assert.equal(outcome.ok, false, `${name} accepted garbage #${index}`);
          if (!outcome.ok) {
            assert.equal(outcome.error.code, 'invalid-argument', `${name}: ${outcome.error.message}`);
          }
          assert.deepEqual(reporter.calls, []);
        }
      }
    });

    test('for arbitrary names and arguments (property)', async () => {
      // createPost writes a new draft for any non-blank title: that is its job, so it is tested on its own below.
      const readOnlyCalls = callNames.filter((callName) => callName !== 'createPost');
      const name = fc.oneof(fc.constantFrom<unknown>(...readOnlyCalls, 'deletePost', '__proto__'), fc.anything({ withBigInt: true }));
      const args = fc.oneof(
        fc.anything({ withBigInt: true, withMap: true, withSet: true, withDate: true, withTypedArray: true, withSparseArray: true, withNullPrototype: true }),
        fc.array(fc.anything({ withBigInt: true, withNullPrototype: true }), { maxLength: 3 }),
        fc.tuple(fc.record({ path: fc.string(), text: fc.string(), baseVersion: fc.string() }, { requiredKeys: [] })),
      );
      await fc.assert(
        fc.asyncProperty(name, args, async (callName, callArgs) => {
          const outcome = await dispatchCall(table, callName, callArgs, () => undefined);
          assert.equal(typeof outcome.ok, 'boolean');
          if (!outcome.ok) {
            assert.equal(errorCodes.includes(outcome.error.code), true);
            assert.equal(typeof outcome.error.message, 'string');
            assert.notEqual(outcome.error.message, '');
          }
        }),
        { numRuns: 500 },
      );
      // Nothing was written or created in the folder by these calls.
      assert.deepEqual((await readdir(folder)).sort(), [...testPostNames]);
    });

    test('createPost with arbitrary titles: a blank or oversized title is refused, any other writes exactly one new draft', async () => {
      const target = await makeTempFolder('dispatch-create');
      const creating = makeTestHost({ postsDir: target, blogDir: null }, desktop);
      const createTable = creating.table;
      try {
        await fc.assert(
          fc.asyncProperty(fc.oneof(fc.string(), fc.constantFrom(' ', '\t\n', 'x'.repeat(1001))), async (title) => {
            const before = new Set(await readdir(target));
            const outcome = await dispatchCall(createTable, 'createPost', [title], () => undefined);
            const added = (await readdir(target)).filter((entry) => !before.has(entry));
            if (title.trim() === '' || title.length > 1000) {
              assert.equal(outcome.ok, false);
              assert.deepEqual(added, []);
            } else if (outcome.ok) {
              assert.deepEqual(added.map((entry) => join(target, entry)), [outcome.value]);
            } else {
              // The slug of this title is taken by an earlier run: refused, nothing written.
              assert.match(outcome.error.message, /already exists; nothing was written/);
              assert.deepEqual(added, []);
            }
          }),
          { numRuns: 100 },
        );
      } finally {
        creating.close();
        await removeFolder(target);
      }
    });
  });
});
