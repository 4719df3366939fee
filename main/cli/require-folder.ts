import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { CliError } from './cli-io';

/** The absolute path of a folder given on the command line, or a CliError when it is not one. */
export async function requireFolder(argument: string): Promise<string> {
  const folder = resolve(argument);
  const info = await stat(folder).catch(() => null);
  if (info === null || !info.isDirectory()) {
    throw new CliError(`${folder}: no such folder`);
  }
  return folder;
}

/** The absolute path of a file given on the command line, or a CliError when it is not one. */
export async function requireFile(argument: string): Promise<string> {
  const file = resolve(argument);
  const info = await stat(file).catch(() => null);
  if (info === null || !info.isFile()) {
    throw new CliError(`${file}: no such file`);
  }
  return file;
}
