/**
 * Child process of packaged-chromium.ts: `node tests/e2e/unpack-chromium.ts <package dir>` with
 * TMPDIR set to the target folder. Unpacks the browser, its fonts and SwiftShader (the package's
 * executablePath) and the NSS/expat libraries it links against (al2023.tar.br, which the package
 * itself unpacks only on Amazon Linux), so it runs on a machine without them.
 */
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const pkg = process.argv[2];
if (!pkg) throw new Error("usage: node tests/e2e/unpack-chromium.ts <@sparticuz/chromium folder>");
const { default: Chromium, inflate } = (await import(
  pathToFileURL(join(pkg, "build", "index.js")).href
)) as {
  default: { executablePath(input?: string): Promise<string> };
  inflate(file: string): Promise<string>;
};
const bin = join(pkg, "bin");
await Chromium.executablePath(bin);
await inflate(join(bin, "al2023.tar.br"));
