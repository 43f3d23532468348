// Rewrites the command reference in docs/reference.md (between its two marker comments) with the
// --help of every command, from the built netlog: `npm run docs` builds first.
// test/e2e/reference.test.ts fails when docs/reference.md and the help differ.
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const readmePath = `${root}docs/reference.md`;
const reference = execFileSync(process.execPath, [`${root}bin/netlog.js`, "__reference"], { encoding: "utf8", env: { PATH: process.env.PATH }, timeout: 60_000 }).trimEnd();
// The reference begins and ends with the markers, so they are defined in one place (src/render/reference.ts).
const lines = reference.split("\n");
const [start, end] = [lines[0], lines.at(-1)];
const readme = readFileSync(readmePath, "utf8");
const from = readme.indexOf(start);
const to = readme.indexOf(end);
if (from < 0 || to < from) {
  console.error(`error: docs/reference.md has no command reference markers\nhint: put these two lines where the reference goes:\n${start}\n${end}`);
  process.exit(1);
}
const updated = readme.slice(0, from) + reference + readme.slice(to + end.length);
if (updated === readme) console.log("docs/reference.md: the command reference is up to date");
else {
  writeFileSync(readmePath, updated);
  console.log("docs/reference.md: command reference rewritten");
}
