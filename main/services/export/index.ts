// Export into a Jekyll blog: learn the blog's conventions, write drafts into `_posts` without
// ever clobbering a file, take posts back to `_drafts`, and create new drafts.
export { inferBlogConventions, sampleOf } from './blog-conventions';
export { findBlogRootOf } from '../blog/blog-root';
export { exportDraft, type ExportOptions } from './export-draft';
export { ExportRecords, type ExportEntry, type ExportRecord } from './export-record';
export { createDraft, newDraftText } from './new-draft';
export { exportSlug, prepareExport, type PreparedExport } from './prepare-export';
export { unpublishPost } from './unpublish-post';
export { FileExistsError, writeNewFileAtomically } from './write-new-file';
