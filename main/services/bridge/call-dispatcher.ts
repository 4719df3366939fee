import { isAbsolute } from 'node:path';
import { z } from 'zod';
import { callArgumentSchemas, type CallName, type CallOutcome, type HandlerTable } from '../../../shared/contract';
import { ServiceError } from '../disk/service-error';
import { describeSystemError } from '../disk/system-error';

/** How a system error's message begins, per call; the file it met follows. */
const actions: Partial<Record<CallName, string>> = {
  listPosts: 'Could not list the posts in',
  readPost: 'Could not open',
  savePost: 'Could not save',
  createPost: 'Could not create a post in',
  renamePost: 'Could not rename',
  trashPost: 'Could not move to the trash',
  unpublishPost: 'Could not unpublish',
  exportPost: 'Could not export',
  renameTag: 'Could not rename the tag in',
  writeJournal: 'Could not write the journal of unsaved words at',
};
const postSafety = 'Nothing was lost: your words are safe in Inkpost\'s journal';
const journalSafety = 'Your words are still in the editor: save the post now';

/** Receives failures that are bugs rather than expected errors, for logging. */
export type InternalErrorReporter = (callName: string, error: unknown) => void;

/**
 * Runs one call from the renderer: checks that the call exists, validates its
 * arguments against the contract's schema, runs the handler and wraps the
 * result. It never throws: every failure becomes `{ ok: false, error }` with a
 * message that says what was wrong, so a malformed call cannot crash main.
 * This is the one path every transport (Electron IPC, the test harness) uses.
 */
export async function dispatchCall(
  table: HandlerTable,
  callName: unknown,
  args: unknown,
  reportInternalError: InternalErrorReporter = defaultReporter,
): Promise<CallOutcome<unknown>> {
  if (typeof callName !== 'string' || !Object.hasOwn(callArgumentSchemas, callName)) {
    return { ok: false, error: { code: 'invalid-argument', message: `unknown call ${describeCallName(callName)}` } };
  }
  const name = callName as CallName;
  let parsed: ReturnType<(typeof callArgumentSchemas)[CallName]['safeParse']>;
  try {
    parsed = callArgumentSchemas[name].safeParse(args);
  } catch {
    // zod runs a string's length checks even on a value that failed the type check, and an object whose
    // `length` cannot become a number makes it throw: such arguments are invalid, not a crash.
    return { ok: false, error: { code: 'invalid-argument', message: `${name}: invalid arguments: they cannot be read as the call's parameters` } };
  }
  if (!parsed.success) {
    return {
      ok: false,
      error: { code: 'invalid-argument', message: `${name}: invalid arguments:\n${z.prettifyError(parsed.error)}` },
    };
  }
  try {
    const handler = table[name] as (...handlerArgs: readonly unknown[]) => Promise<unknown>;
    return { ok: true, value: await handler(...parsed.data) };
  } catch (error) {
    if (error instanceof ServiceError) {
      return { ok: false, error: { code: error.code, message: error.message } };
    }
    const described = describeSystemError(error, actions[name] ?? `${name} failed on`, name === 'writeJournal' ? journalSafety : postSafety, pathArgument(parsed.data));
    if (described !== null) {
      return { ok: false, error: described };
    }
    reportInternalError(name, error);
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, error: { code: 'internal', message: `${name} failed: ${message}` } };
  }
}

/** The post a call names: its first argument when that is a path, or the `path` of a request. */
function pathArgument(args: readonly unknown[]): string | undefined {
  const [first] = args;
  if (typeof first === 'string' && isAbsolute(first)) {
    return first;
  }
  const path = typeof first === 'object' && first !== null && 'path' in first ? first.path : undefined;
  return typeof path === 'string' ? path : undefined;
}

/** The name as JSON for the message; a value JSON cannot show (a BigInt) must not make the dispatcher throw. */
function describeCallName(callName: unknown): string {
  try {
    return String(JSON.stringify(callName));
  } catch {
    return `of type ${typeof callName}`;
  }
}

function defaultReporter(callName: string, error: unknown): void {
  console.error(`inkpost: ${callName} failed`, error);
}
