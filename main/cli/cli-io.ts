/** Where a CLI command writes, so tests and scripts can capture it. */
export interface CliOutput {
  readonly out: (text: string) => void;
  readonly error: (text: string) => void;
}

/** Exit codes: 0 success, 1 done but with problems (as `ls` does), 2 usage or fatal error. */
export const exitCodes = { success: 0, problems: 1, failure: 2 } as const;

/** A failure with a message for the user and the exit code it ends the command with. */
export class CliError extends Error {
  readonly exitCode: number;
  /** Whether a line naming `--help` should follow the message (the command line itself was wrong). */
  readonly showUsage: boolean;

  constructor(message: string, exitCode: number = exitCodes.failure, showUsage = false) {
    super(message);
    this.name = 'CliError';
    this.exitCode = exitCode;
    this.showUsage = showUsage;
  }
}
