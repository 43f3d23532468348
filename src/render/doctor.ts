import type { ChalkInstance } from "chalk";
import type { DoctorReport } from "../reports/doctor.js";
import type { DbPathSource } from "../store/paths.js";
import { neutralise } from "../text/neutralise.js";
import { plural } from "./text.js";

const WHY: Readonly<Record<DbPathSource, string>> = {
  "--db": "chosen by --db",
  NETLOG_DB: "chosen by NETLOG_DB",
  XDG_DATA_HOME: "chosen by XDG_DATA_HOME ($XDG_DATA_HOME/netlog/netlog.db)",
  HOME: "the default, ~/.local/share/netlog/netlog.db (no --db, NETLOG_DB or XDG_DATA_HOME)",
};

export function renderDoctor(report: DoctorReport, style: ChalkInstance, today: Date): string {
  const label = (text: string) => text.padEnd(12);
  const lines = [`${label("database")}${neutralise(report.location.path)}`, `${label("")}${WHY[report.location.source]}`];
  for (const check of report.checks) {
    const mark = check.ok ? style.green("✓") : style.red("✗");
    lines.push(`${mark} ${check.name.padEnd(label("").length - 2)}${neutralise(check.detail)}`);
    if (!check.ok && check.fix) lines.push(`${label("")}fix: ${neutralise(check.fix)}`);
  }
  const c = report.counts;
  if (c) {
    lines.push(
      `${label("contents")}${plural(c.contacts, "contact")} (${c.tracked} tracked, ${c.archived} archived), ${plural(c.conversations, "conversation")}, ${plural(c.openFollowUps, "open follow-up")}`,
    );
  }
  const last = report.backups[0];
  lines.push(`${label("last backup")}${last ? `${neutralise(last.path)} (${age(last.modifiedAt, today)})` : "none beside the database yet: netlog backup makes one"}`);
  lines.push(
    "",
    "Under cron: cron starts netlog with its own HOME and environment. A different HOME, XDG_DATA_HOME",
    "or NETLOG_DB there means a different, empty database, and netlog due prints nothing, every day.",
    "netlog cron (given the same --db or NETLOG_DB) prints a crontab line that names this database;",
    "netlog cron --install adds it to your crontab.",
  );
  const problems = report.checks.filter((check) => !check.ok).length;
  if (problems) lines.push("", style.red(`${plural(problems, "problem")} found.`));
  return `${lines.join("\n")}\n`;
}

function age(when: Date, today: Date): string {
  const days = Math.floor((today.getTime() - when.getTime()) / 86_400_000);
  return days < 1 ? "less than a day old" : `${plural(days, "day")} old`;
}

export function doctorJson(report: DoctorReport) {
  const c = report.counts;
  return {
    database: report.location.path,
    chosen_by: report.location.source,
    ok: report.checks.every((check) => check.ok),
    checks: report.checks.map((check) => ({ name: check.name, ok: check.ok, detail: check.detail, fix: check.fix ?? null })),
    counts: c && { contacts: c.contacts, tracked: c.tracked, archived: c.archived, interactions: c.conversations, open_follow_ups: c.openFollowUps },
    backups: report.backups.map((b) => ({ path: b.path, bytes: b.bytes, modified_at: b.modifiedAt.toISOString() })),
  };
}
