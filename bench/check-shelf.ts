import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseFrontmatter } from "astro/markdown";
import { paperFrontmatterSchema } from "../src/schema/paper.ts";

const [dir, truthFile] = process.argv.slice(2) as [string, string];
const truth = JSON.parse(readFileSync(truthFile, "utf8")) as Record<
  string,
  { listed: string; published?: string }
>;
let n = 0,
  listedOk = 0,
  pubOk = 0,
  pubMissing = 0,
  pubWrong = 0,
  noTruth = 0,
  pubExtra = 0,
  schemaBad = 0;
const wrong: string[] = [];
for (const f of readdirSync(dir).filter((x) => x.endsWith(".md"))) {
  const fm = parseFrontmatter(readFileSync(join(dir, f), "utf8")).frontmatter;
  const p = paperFrontmatterSchema.safeParse(fm);
  if (!p.success) {
    schemaBad++;
    continue;
  }
  n++;
  const t = truth[p.data.title];
  if (!t) {
    noTruth++;
    continue;
  }
  if (p.data.listed === t.listed) listedOk++;
  else wrong.push(`listed ${p.data.listed} vs ${t.listed}: ${p.data.title}`);
  if (t.published) {
    if (p.data.published === t.published) pubOk++;
    else if (!p.data.published) pubMissing++;
    else {
      pubWrong++;
      wrong.push(`published ${p.data.published} vs ${t.published}: ${p.data.title}`);
    }
  } else if (p.data.published) pubExtra++;
}
console.log({ n, schemaBad, noTruth, listedOk, pubOk, pubMissing, pubWrong, pubExtra });
console.log(wrong.slice(0, 10).join("\n"));
