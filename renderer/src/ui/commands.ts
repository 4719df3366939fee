import { commandInfo, commands, matchesAccelerator, type CommandId } from '../../../shared/commands';

/** Runs the app's commands (shared/commands.ts) from shortcuts, menus and buttons alike. */
export interface CommandRegistry {
  /** Makes `run` the command's action; a feature registers each command it owns once. */
  register(id: CommandId, run: () => void): void;
  /**
   * Runs `prepare` before the command's action each time it runs, from any
   * source: the layout shows a collapsed pane a command works in (the posts
   * search, the form) before the command focuses it.
   */
  prepare(id: CommandId, prepare: () => void): void;
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
  const preparations = new Map<CommandId, (() => void)[]>();
  const mac = onMac();
  /** Runs the command's preparations, then its action; false when no feature registered it. */
  const runCommand = (id: CommandId): boolean => {
    const action = actions.get(id);
    if (action === undefined) {
      return false;
    }
    for (const prepare of preparations.get(id) ?? []) {
      prepare();
    }
    action();
    return true;
  };
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
        runCommand(command.id);
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
    prepare(id, prepare) {
      preparations.set(id, [...(preparations.get(id) ?? []), prepare]);
    },
    run: runCommand,
  };
}
