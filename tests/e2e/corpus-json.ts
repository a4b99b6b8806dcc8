import { gunzipSync } from "node:zlib";
import { type APIRequestContext, expect } from "@playwright/test";

/** Where the site publishes its corpus, relative to the base URL (src/pages/papers.json.gz.ts). */
export const CORPUS_PATH = "papers.json.gz";

/**
 * The built corpus as the site publishes it, the tests' oracle for what the pages must show: the
 * gzip file is served as a file (like GitHub Pages: `application/gzip`, no `Content-Encoding`),
 * so the request hands back the compressed bytes and they are gunzipped here, as a client would.
 * `T` names the fields a test reads.
 */
export async function publishedCorpus<T>(request: APIRequestContext): Promise<T[]> {
  const response = await request.get(CORPUS_PATH);
  expect(response.ok(), `${CORPUS_PATH} is served`).toBe(true);
  const data: unknown = JSON.parse(gunzipSync(await response.body()).toString("utf8"));
  expect(Array.isArray(data), `${CORPUS_PATH} holds a JSON array`).toBe(true);
  return data as T[];
}
