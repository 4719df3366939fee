// Inkpost's front matter engine: reads YAML (as Jekyll does), TOML and JSON front matter, and
// edits YAML front matter by splicing the text, so every byte the user did not change stays.
//
// Why not gray-matter: its `stringify` hands the data to a YAML dumper (losing quoting, flow lists,
// comments and key order, and unquoting `time: "18:30"`, which Jekyll's YAML 1.1 then reads as the
// number 1110), then trims the dump and appends line breaks, so even a post without a final newline
// would change. Reading finds the fences itself too: exact lines and positions, Hugo's bare JSON, no cache.
export { editFrontMatter, type EditFrontMatterOptions } from './edit-front-matter';
export { FrontMatterError } from './front-matter-error';
export type { FrontMatterChanges, FrontMatterValue } from './front-matter-value';
export type { FrontMatterFormat } from './locate-front-matter';
export { parsePost, type ParsedPost } from './parse-post';
