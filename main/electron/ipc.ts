import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { callChannel, callNames, eventChannel, type EventName, type HandlerTable, type InkpostEvents } from '../../shared/contract';
import { dispatchCall } from '../services/bridge/call-dispatcher';
import { appLocation } from './app-location';
import { isTrustedSenderFrame } from './trusted-sender';

/** True for calls from the top frame of an Inkpost page (see {@link isTrustedSenderFrame}). */
export function isTrustedSender(event: IpcMainInvokeEvent): boolean {
  return isTrustedSenderFrame(event.senderFrame, appLocation);
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
