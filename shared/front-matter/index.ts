// Inkpost's front matter engine: reads YAML (as Jekyll does), TOML and JSON front matter, and
// edits YAML front matter by splicing the text, so every byte the user did not change stays.
export { editFrontMatter, type EditFrontMatterOptions } from './edit-front-matter';
export { FrontMatterError } from './front-matter-error';
export type { FrontMatterChanges, FrontMatterValue } from './front-matter-value';
export type { FrontMatterFormat } from './locate-front-matter';
export { parsePost, type ParsedPost } from './parse-post';
