import { net } from 'electron';
import { pathToFileURL } from 'node:url';
import type { ServedResponse } from '../services/blog/served-responses';

/** Turns a planned answer into the `Response` a protocol handler returns: the file's bytes streamed from disk, or the text, with exactly the planned status and headers. */
export async function toWebResponse(planned: ServedResponse): Promise<Response> {
  const body = planned.file === null ? planned.text : (await net.fetch(pathToFileURL(planned.file).toString())).body;
  return new Response(body, { status: planned.status, headers: planned.headers });
}
