/**
 * A tiny static server that serves `dist/` under a base path the way GitHub Pages serves a
 * project site: folder URLs map to `index.html`, a folder without its trailing slash redirects
 * to it, `name` falls back to `name.html`, anything missing (or outside the base) gets
 * `404.html` with status 404, there are no directory listings, text is gzipped.
 *
 * Used by the browser quality gates and `npm run audit`. Run it by hand with
 * `npx tsx scripts/serve-dist.ts [--port 4430] [--base /papershelf/] [--dist dist]`.
 */
import { readFileSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { extname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

/** What a path on disk is, relative to the served folder; `undefined` when it does not exist. */
export type Lookup = (relativePath: string) => "file" | "dir" | undefined;

/** How a request path is answered. `file` is relative to the served folder. */
export type Resolution =
  | { status: 200; file: string }
  | { status: 301; location: string }
  | { status: 404; file: string | undefined };

/**
 * Maps a request pathname to a file the way GitHub Pages does. Pure: the disk is behind `lookup`.
 * @param pathname URL pathname, still percent-encoded (e.g. `/papershelf/papers/x/`).
 * @param base Base path, starting and ending with `/`.
 */
export function resolveRequest(pathname: string, base: string, lookup: Lookup): Resolution {
  const notFound: Resolution = {
    status: 404,
    file: lookup("404.html") === "file" ? "404.html" : undefined,
  };
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return notFound;
  }
  // `/papershelf` (no slash) is the site root folder too.
  if (`${decoded}/` === base) return { status: 301, location: base };
  if (!decoded.startsWith(base)) return notFound;
  const rel = decoded.slice(base.length);
  // No escaping the folder, no hidden files, no NUL tricks.
  if (rel.split("/").some((part) => part === ".." || part === ".") || rel.includes("\0")) {
    return notFound;
  }
  if (rel === "" || rel.endsWith("/")) {
    const index = `${rel}index.html`;
    return lookup(index) === "file" ? { status: 200, file: index } : notFound;
  }
  const kind = lookup(rel);
  if (kind === "file") return { status: 200, file: rel };
  if (kind === "dir" && lookup(`${rel}/index.html`) === "file") {
    return { status: 301, location: `${pathname}/` };
  }
  if (lookup(`${rel}.html`) === "file") return { status: 200, file: `${rel}.html` };
  return notFound;
}

/** Lookup over a real folder. */
export function diskLookup(root: string): Lookup {
  return (rel) => {
    try {
      const stat = statSync(join(root, rel));
      return stat.isFile() ? "file" : stat.isDirectory() ? "dir" : undefined;
    } catch {
      return undefined;
    }
  };
}

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  // Served as a file, as GitHub Pages does: no Content-Encoding, so clients get the gzip bytes.
  ".gz": "application/gzip",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".gif": "image/gif",
  ".webp": "image/webp",
  ".avif": "image/avif",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".wasm": "application/wasm",
  ".webmanifest": "application/manifest+json",
};

/** Content type for a file name; unknown types (Pagefind's index chunks) are opaque bytes. */
export function contentType(file: string): string {
  return CONTENT_TYPES[extname(file).toLowerCase()] ?? "application/octet-stream";
}

const COMPRESSIBLE = /^(text\/|application\/(json|xml|manifest\+json|wasm)|image\/svg)/;

/** Options for {@link startServer}. */
export interface ServeOptions {
  /** Folder to serve (default `dist`). */
  dist?: string;
  /** Base path (default `/papershelf/`). */
  base?: string;
  /** Port (default 4430); 0 picks a free one. */
  port?: number;
}

/** Starts the server; resolves once it listens. `url` is the site root, e.g. `http://127.0.0.1:4430/papershelf/`. */
export async function startServer(
  options: ServeOptions = {},
): Promise<{ url: string; server: Server; close: () => Promise<void> }> {
  const root = resolve(options.dist ?? "dist");
  const base = options.base ?? "/papershelf/";
  const lookup = diskLookup(root);
  const gzipped = new Map<string, Buffer>();
  const server = createServer((req, res) => {
    const { pathname } = new URL(req.url ?? "/", "http://localhost");
    const answer = resolveRequest(pathname, base, lookup);
    if (answer.status === 301) {
      res.writeHead(301, { location: answer.location }).end();
      return;
    }
    if (answer.file === undefined) {
      res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("Not found\n");
      return;
    }
    const type = contentType(answer.file);
    const headers: Record<string, string> = {
      "content-type": type,
      // GitHub Pages sends max-age=600; the gates disable the cache where it matters.
      "cache-control": "max-age=600",
    };
    let body: Buffer = readFileSync(join(root, answer.file));
    if (COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""))) {
      let zipped = gzipped.get(answer.file);
      if (!zipped) {
        zipped = gzipSync(body);
        gzipped.set(answer.file, zipped);
      }
      body = zipped;
      headers["content-encoding"] = "gzip";
      headers.vary = "Accept-Encoding";
    }
    headers["content-length"] = String(body.length);
    res.writeHead(answer.status, headers);
    res.end(req.method === "HEAD" ? undefined : body);
  });
  // Node closes an idle keep-alive socket after 5 s; a client that reuses it at that moment gets
  // ECONNRESET (seen under load in the browser tests, which now all share this server). Clients
  // (Chromium, Playwright's request context) give up idle sockets sooner than 2 minutes.
  server.keepAliveTimeout = 120_000;
  server.headersTimeout = 121_000;
  await new Promise<void>((done, fail) => {
    server.once("error", fail);
    server.listen(options.port ?? 4430, "127.0.0.1", done);
  });
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : options.port;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    server,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

function argValue(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at === -1 ? undefined : process.argv[at + 1];
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dist = argValue("dist") ?? "dist";
  if (lookupIndexMissing(dist)) {
    console.error(
      `serve-dist: ${dist}/index.html not found; run BASE_PATH=/papershelf/ npm run build`,
    );
    process.exit(1);
  }
  const port = Number(argValue("port") ?? process.env.PORT ?? 4430);
  const { url } = await startServer({ dist, base: argValue("base") ?? "/papershelf/", port });
  console.log(`serve-dist: ${dist}/ at ${url}`);
}

function lookupIndexMissing(dist: string): boolean {
  return diskLookup(resolve(dist))("index.html") !== "file";
}
