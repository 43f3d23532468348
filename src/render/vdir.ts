// The views of `netlog export vdir`.
import type { VdirExported } from "../reports/vdir.js";
import { neutralise } from "../text/neutralise.js";
import { plural } from "../text/plural.js";

export function renderVdirExported(r: VdirExported): string {
  const lines = [`Wrote ${plural(r.written, "card")} to ${neutralise(r.dir)}; ${r.unchanged} unchanged, ${r.removed} removed.`];
  if (r.changedThere.length > 0) {
    lines.push(`${plural(r.changedThere.length, "card was", "cards were")} changed in the folder since netlog wrote them, and left as they are:`);
    for (const name of r.changedThere) lines.push(`  ${neutralise(name)}`);
  }
  return `${lines.join("\n")}\n`;
}

export function vdirExportedJson(r: VdirExported) {
  return { dir: r.dir, written: r.written, unchanged: r.unchanged, removed: r.removed, changed_there: r.changedThere };
}
