/** What the sender check needs to know about the frame a call came from. */
export interface SenderFrame {
  readonly url: string;
  /** The frame's parent, or null for a top-level frame. */
  readonly parent: unknown;
}

/** Where the app's pages live: `scheme://host/…`. */
export interface AppLocation {
  /** The URL scheme with its colon, e.g. `inkpost-app:`. */
  readonly protocol: string;
  readonly host: string;
}

/**
 * True when `url` is a page of the app. Compares scheme and host rather than
 * `URL.origin`: for a custom scheme such as `inkpost-app:` the WHATWG URL
 * parser (Node's, in Electron's main process) reports the origin as "null".
 */
export function isAppUrl(url: string, app: AppLocation): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === app.protocol && parsed.host === app.host;
  } catch {
    return false;
  }
}

/**
 * True for a call from the top frame of an app page. Subframes (a preview
 * iframe, should one ever exist), pages elsewhere (after a navigation that
 * slipped through) and unparseable URLs are refused.
 */
export function isTrustedSenderFrame(frame: SenderFrame | null | undefined, app: AppLocation): boolean {
  return frame !== null && frame !== undefined && frame.parent === null && isAppUrl(frame.url, app);
}
