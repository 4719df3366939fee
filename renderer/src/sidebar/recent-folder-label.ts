/** How many trailing folders a shortened path keeps. */
const keptSegments = 3;

/**
 * What the recent-folders list shows for a folder: the blog's name with the
 * folder (`metajack.im › _drafts`) when it is a blog's `_posts` or `_drafts`,
 * which alone would be ambiguous across blogs, else the folder's own name;
 * then the path, shortened to its last folders (`…/sites/metajack.im/_drafts`).
 */
export function recentFolderLabel(path: string): { readonly name: string; readonly shortPath: string } {
  const separator = path.includes('\\') && !path.includes('/') ? '\\' : '/';
  const segments = path.split(/[\\/]/).filter(Boolean);
  const last = segments[segments.length - 1] ?? path;
  const parent = segments[segments.length - 2];
  const name = (last === '_posts' || last === '_drafts') && parent !== undefined ? `${parent} › ${last}` : last;
  const shortPath = segments.length > keptSegments ? `…${separator}${segments.slice(-keptSegments).join(separator)}` : path;
  return { name, shortPath };
}
