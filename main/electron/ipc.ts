import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { callChannel, callNames, eventChannel, type EventName, type HandlerTable, type InkpostEvents } from '../../shared/contract';
import { dispatchCall } from '../services/call-dispatcher';
import { appOrigin } from './app-protocol';

/**
 * True for calls from the top frame of an Inkpost page. Frames of other
 * origins (a preview iframe, a page navigated elsewhere) are refused.
 */
export function isTrustedSender(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame;
  if (frame === null || frame.parent !== null) {
    return false;
  }
  try {
    return new URL(frame.url).origin === appOrigin;
  } catch {
    return false;
  }
}

/**
 * Registers every call of the contract on IPC through one wrapper: the sender
 * is checked, then the shared dispatcher validates the arguments and runs the
 * handler. Returns a function that removes the handlers.
 */
export function registerHandlers(table: HandlerTable): () => void {
  for (const name of callNames) {
    ipcMain.handle(callChannel(name), (event, ...args: unknown[]) => {
      if (!isTrustedSender(event)) {
        return { ok: false, error: { code: 'forbidden-sender', message: `${name}: refused a call from ${event.senderFrame?.url ?? 'an unknown frame'}` } };
      }
      return dispatchCall(table, name, args);
    });
  }
  return () => {
    for (const name of callNames) {
      ipcMain.removeHandler(callChannel(name));
    }
  };
}

/** Sends a contract event to one window. */
export function sendEvent<Name extends EventName>(contents: WebContents, name: Name, payload: InkpostEvents[Name]): void {
  if (!contents.isDestroyed()) {
    contents.send(eventChannel(name), payload);
  }
}
