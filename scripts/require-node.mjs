// Stops a command that needs a newer Node than the rest of the project, with the reason:
//   node scripts/require-node.mjs 22.12 "npm run dist" "electron-builder's @electron/rebuild and node-abi"
// Exits 0 when this Node is at least the given version, else 1 with one line saying what to do.
const [minimum, command, why] = process.argv.slice(2);
if (minimum === undefined || !/^\d+\.\d+$/.test(minimum)) {
  console.error('usage: node scripts/require-node.mjs MAJOR.MINOR "command" "why"');
  process.exit(2);
}
const [wantMajor, wantMinor] = minimum.split('.').map(Number);
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < wantMajor || (major === wantMajor && minor < wantMinor)) {
  console.error(`${command ?? 'this command'} needs Node ${minimum} or newer (${why ?? 'a dependency requires it'}); this is Node ${process.versions.node}. Everything else runs on Node 20.19 or newer.`);
  process.exit(1);
}
