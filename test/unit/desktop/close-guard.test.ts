import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CloseGuard } from '../../../main/services/desktop/close-guard';

void test('closing asks the renderer once; its answer closes, and later requests go ahead', () => {
  const guard = new CloseGuard();
  assert.equal(guard.request('close', true), 'ask');
  assert.equal(guard.approve(), 'close');
  assert.equal(guard.request('close', true), 'proceed');
  assert.equal(guard.request('quit', true), 'proceed');
});

void test('quitting goes through the same question, and the answer quits', () => {
  const guard = new CloseGuard();
  assert.equal(guard.request('quit', true), 'ask');
  assert.equal(guard.approve(), 'quit');
});

void test('after a cancelled quit, a close is what the next answer approves', () => {
  const guard = new CloseGuard();
  assert.equal(guard.request('quit', true), 'ask');
  // The user cancelled: the renderer never called closeWindow.
  assert.equal(guard.request('close', true), 'ask');
  assert.equal(guard.approve(), 'close');
});

void test('a renderer that cannot answer (crashed, hung, still loading) is not waited for', () => {
  const guard = new CloseGuard();
  assert.equal(guard.request('close', false), 'proceed');
  assert.equal(guard.request('quit', false), 'proceed');
  assert.equal(guard.request('quit', true), 'ask', 'nothing was approved by that');
});
