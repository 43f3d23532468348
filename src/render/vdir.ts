// The views of `netlog export vdir`.
import type { VdirExported, VdirImported } from "../reports/vdir.js";
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

export function renderVdirImported(r: VdirImported): string {
  const lines = [`Imported ${neutralise(r.dir)}: ${r.created} created, ${r.updated} updated, ${r.unchanged} unchanged, ${r.archived} archived.`];
  if (r.skipped.length > 0) {
    lines.push(`${plural(r.skipped.length, "card")} could not be read, and ${r.skipped.length === 1 ? "was" : "were"} left as ${r.skipped.length === 1 ? "it is" : "they are"}:`);
    for (const s of r.skipped) lines.push(`  ${neutralise(s.file)}: ${neutralise(s.reason)}`);
  }
  return `${lines.join("\n")}\n`;
}

export function vdirImportedJson(r: VdirImported) {
  return { dir: r.dir, created: r.created, updated: r.updated, unchanged: r.unchanged, archived: r.archived, skipped: r.skipped };
}
