import type { InkpostErrorCode } from '../../../shared/contract';

/** A failure a service expects and explains; it crosses the bridge as `{ code, message }`. */
export class ServiceError extends Error {
  readonly code: InkpostErrorCode;
  /** Where in the file the failure is, when it has a place (1-based). */
  readonly position: { readonly line: number; readonly column: number } | undefined;

  constructor(code: InkpostErrorCode, message: string, options?: { cause?: unknown; position?: { line: number; column: number } }) {
    super(message, options);
    this.name = 'ServiceError';
    this.code = code;
    this.position = options?.position;
  }
}
