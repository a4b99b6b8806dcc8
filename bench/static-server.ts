import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".css": "text/css",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".xml": "application/xml",
  ".wasm": "application/wasm",
};

/** Running totals of what the server sent; reset them to measure one interaction. */
export interface Served {
  bytes: number;
  requests: number;
  paths: string[];
}

/**
 * Serves `root` like GitHub Pages does (directory → index.html) but without compression, so
 * the bytes counted in `served` are file sizes, on a free localhost port. A `base` prefix such as `/papershelf/` is
 * stripped so a site built for a project page can be served from `/` too.
 */
export async function serveStatic(
  root: string,
  base = "/",
): Promise<{ url: string; server: Server; served: Served }> {
  const served: Served = { bytes: 0, requests: 0, paths: [] };
  const server = createServer(async (req, res) => {
    let path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    if (base !== "/" && path.startsWith(base)) path = `/${path.slice(base.length)}`;
    let file = join(root, normalize(path));
    const info = await stat(file).catch(() => null);
    if (info?.isDirectory()) file = join(file, "index.html");
    const found = await stat(file).catch(() => null);
    if (!found?.isFile()) {
      res.writeHead(404).end("not found");
      return;
    }
    res.writeHead(200, {
      "content-type": TYPES[extname(file)] ?? "application/octet-stream",
      "content-length": found.size,
    });
    served.bytes += found.size;
    served.requests++;
    served.paths.push(path);
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, server, served };
}
