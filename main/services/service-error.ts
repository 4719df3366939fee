import type { InkpostErrorCode } from '../../shared/contract';

/** A failure a service expects and explains; it crosses the bridge as `{ code, message }`. */
export class ServiceError extends Error {
  readonly code: InkpostErrorCode;

  constructor(code: InkpostErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ServiceError';
    this.code = code;
  }
}
