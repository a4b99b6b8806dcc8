import { parseDigest } from "../src/ingest/parse.ts";
import { runIngest } from "../src/ingest/pipeline.ts";
import { generateCorpus } from "./generate.ts";

const enc = new TextEncoder();
const corpus = generateCorpus({ papers: 10000, seed: 1 });
const digests = corpus.files.map((f) => ({ path: `seeds/${f.name}`, bytes: enc.encode(f.text) }));
let t = performance.now();
for (const d of digests) parseDigest(d.path, "x", d.bytes);
console.log("parse only", Math.round(performance.now() - t));
t = performance.now();
const r = runIngest({ digests });
console.log(
  "full runIngest",
  Math.round(performance.now() - t),
  r.summary,
  r.errors.slice(0, 3).map((e) => e.message),
  r.warnings.length,
);
