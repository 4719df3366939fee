/** The `inkpost` command: Inkpost's services on plain Node, for scripting. */
import { runCli } from './run-cli';

runCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  error: (text) => process.stderr.write(text),
})
  .then((code) => {
    process.exitCode = code;
  })
  .catch((error: unknown) => {
    process.stderr.write(`inkpost: ${String(error)}\n`);
    process.exitCode = 2;
  });
