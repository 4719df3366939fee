import { commandInfo, commands, matchesAccelerator, type CommandId } from '../../../shared/commands';

/** Runs the app's commands (shared/commands.ts) from shortcuts, menus and buttons alike. */
export interface CommandRegistry {
  /** Makes `run` the command's action; a feature registers each command it owns once. */
  register(id: CommandId, run: () => void): void;
  /** Runs a command; false when no feature registered it (yet). */
  run(id: CommandId): boolean;
  /** Whether the user is on a Mac, where CmdOrCtrl is the Command key. */
  readonly mac: boolean;
}

function onMac(): boolean {
  const data = (navigator as Navigator & { userAgentData?: { platform?: string } }).userAgentData;
  return /mac/i.test(data?.platform ?? navigator.platform);
}

/**
 * Creates the registry and listens for every command's shortcut on `target`
 * in the capture phase, ahead of CodeMirror's own keymaps, so one key always
 * means one command wherever the focus is.
 */
export function createCommandRegistry(target: Window): CommandRegistry {
  const actions = new Map<CommandId, () => void>();
  const mac = onMac();
  target.addEventListener(
    'keydown',
    (event) => {
      if (event.defaultPrevented || event.repeat) {
        return;
      }
      const command = commands.find((candidate) => actions.has(candidate.id) && matchesAccelerator(candidate.accelerator, event, mac));
      if (command !== undefined) {
        event.preventDefault();
        event.stopPropagation();
        actions.get(command.id)?.();
      }
    },
    { capture: true },
  );
  return {
    mac,
    register(id, run) {
      if (actions.has(id)) {
        throw new Error(`the command "${commandInfo(id).label}" is registered twice`);
      }
      actions.set(id, run);
    },
    run(id) {
      const action = actions.get(id);
      action?.();
      return action !== undefined;
    },
  };
}
