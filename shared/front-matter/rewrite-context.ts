import type { Document } from 'yaml';
import type { LineTable } from './source-text';
import type { WriteStyle } from './write-style';

/** What an in-place rewrite needs: the YAML source (`\n` endings), its lines, its document and the file's style. */
export interface RewriteContext {
  readonly source: string;
  readonly lines: LineTable;
  readonly document: Document.Parsed;
  readonly style: WriteStyle;
}
