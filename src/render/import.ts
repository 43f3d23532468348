// The views of every import: a sentence or two for people, and the `--json` of each.
import type { CalendarSummary, ImportSummary, InvitationsSummary, JobChange, MessagesSummary, SkippedProperty } from "../reports/import.js";
import type { MergeCounts } from "../store/snapshot.js";
import { neutralise } from "../text/neutralise.js";
import { plural } from "./text.js";
import { displayWidth } from "./width.js";

const VALUE_PROPERTIES = new Set(["EMAIL", "TEL", "URL"]);
/** The same, as Google Contacts' columns name them. */
const GOOGLE_VALUES = new Set(["E-mail", "Phone", "Website"]);

/** `import linkedin` of a Connections.csv, and `import vcard`. */
export function renderImport(file: string, s: ImportSummary): string {
  const lines = [`Imported ${neutralise(file)}: ${s.created} created, ${s.updated} updated, ${s.unchanged} unchanged, ${s.skipped.length} skipped.`];
  for (const p of s.skipped) lines.push(`  skipped line ${p.line}: ${neutralise(p.reason)}`);
  if (s.skippedProperties?.length) lines.push(skippedPropertiesLine(s.skippedProperties));
  // A contact keeps every email, phone and link: one skipped is one that is none of its kind.
  if (s.skippedProperties?.some((p) => VALUE_PROPERTIES.has(p.name))) lines.push("Each EMAIL, TEL or URL skipped is no email address, phone number or link.");
  if (s.skippedProperties?.some((p) => GOOGLE_VALUES.has(p.name))) lines.push("Each E-mail, Phone or Website skipped is no email address, phone number or link.");
  if (s.jobChanges?.length) lines.push(jobChangesLine(s.jobChanges));
  if (s.created > 0) {
    const untracked = s.created - s.tracked;
    lines.push(
      untracked === 0
        ? `All ${plural(s.created, "new contact")} are on your morning list.`
        : s.created === 1
          ? "The new contact is not tracked for touch-bases. It stays listed and searchable; a conversation (netlog add NAME) starts tracking it, " +
            "and so does importing again with --every CADENCE or --tag TAG (a tag with a cadence)."
          : `${s.tracked} of the ${s.created} new contacts ${s.tracked === 1 ? "is" : "are"} tracked for touch-bases. The others stay listed and searchable; ` +
            "a conversation (netlog add NAME) starts tracking one; importing again with --every CADENCE or --tag TAG (a tag with a cadence) tracks them all.",
    );
  }
  return `${lines.join("\n")}\n`;
}

/** How many named in the summary: the rest are `contact show`'s, or `--json`'s. */
const JOB_CHANGES_NAMED = 3;

/** `2 changed jobs: Elaine Longmire (Loan Officer, Jefferson Bank → VP Lending, Numerica), Sam Ortiz (…).` */
function jobChangesLine(changes: JobChange[]): string {
  const role = (r: JobChange["from"]) =>
    [r.title, r.company]
      .filter((t) => t !== null)
      .map(neutralise)
      .join(", ") || "—";
  const named = changes.slice(0, JOB_CHANGES_NAMED).map((c) => `${neutralise(c.name)} (${role(c.from)} → ${role(c.to)})`);
  const more = changes.length > JOB_CHANGES_NAMED ? `, and ${changes.length - JOB_CHANGES_NAMED} more` : "";
  return `${plural(changes.length, "changed job")}: ${named.join(", ")}${more}.`;
}

/** "3 properties skipped (PHOTO ×2, X-FOO)." in 80 columns: names past them are counted, not listed. */
function skippedPropertiesLine(skipped: SkippedProperty[]): string {
  const total = skipped.reduce((sum, p) => sum + p.count, 0);
  const head = `${plural(total, "property", "properties")} skipped (`;
  const names = skipped.map((p) => neutralise(p.count === 1 ? p.name : `${p.name} ×${p.count}`));
  let shown = names.length;
  const line = (n: number) => `${head}${names.slice(0, n).join(", ")}${n < names.length ? `, ${names.length - n} more` : ""}).`;
  while (shown > 1 && displayWidth(line(shown)) > 80) shown--;
  return line(shown);
}

/**
 * What a conversation import says of contacts it found but left off the morning list, their last
 * conversation being over a year old: how to put one on it.
 */
export function leftUntrackedLine(count: number, last: "heard from" | "met"): string {
  return (
    `${plural(count, "contact")} last ${last} more than a year ago ${count === 1 ? "is" : "are"} not on your morning list; ` +
    "netlog contact edit NAME --every CADENCE (or a conversation, netlog add NAME) puts one on it."
  );
}

/** `import linkedin` of a messages.csv. */
export function renderMessagesImport(file: string, s: MessagesSummary): string {
  const lines = [
    `Imported ${neutralise(file)}: ${plural(s.logged, "message")} logged with ${plural(s.contacts, "contact")}, ${s.duplicates} already imported, ` +
      `${s.ignored} with people who are not contacts, ${s.skipped.length} skipped${s.drafts > 0 ? `, ${plural(s.drafts, "draft")} skipped` : ""}.`,
  ];
  for (const p of s.skipped) lines.push(`  skipped line ${p.line}: ${neutralise(p.reason)}`);
  if (s.leftUntracked > 0) lines.push(leftUntrackedLine(s.leftUntracked, "heard from"));
  return `${lines.join("\n")}\n`;
}

export function messagesJson(s: MessagesSummary) {
  return {
    logged: s.logged,
    duplicates: s.duplicates,
    ignored: s.ignored,
    contacts: s.contacts,
    left_untracked: s.leftUntracked,
    drafts: s.drafts,
    skipped: s.skipped.map((p) => ({ line: p.line, reason: p.reason })),
  };
}

/** `import linkedin` of an Invitations.csv. */
export function renderInvitationsImport(file: string, s: InvitationsSummary): string {
  const lines = [
    `Imported ${neutralise(file)}: ${plural(s.logged, "invitation")} with a note logged with ${plural(s.contacts, "contact")}, ${s.duplicates} already imported, ` +
      `${s.notFound} with people who are not contacts, ${s.withoutMessage} without a note (not logged), ${s.skipped.length} skipped.`,
  ];
  for (const p of s.skipped) lines.push(`  skipped line ${p.line}: ${neutralise(p.reason)}`);
  if (s.leftUntracked > 0) lines.push(leftUntrackedLine(s.leftUntracked, "heard from"));
  return `${lines.join("\n")}\n`;
}

export function invitationsJson(s: InvitationsSummary) {
  return {
    logged: s.logged,
    duplicates: s.duplicates,
    not_found: s.notFound,
    without_message: s.withoutMessage,
    contacts: s.contacts,
    left_untracked: s.leftUntracked,
    skipped: s.skipped.map((p) => ({ line: p.line, reason: p.reason })),
  };
}

/** The `--json` of `import linkedin` (Connections.csv) and of `import vcard`: one summary, one view. */
export function importJson(s: ImportSummary) {
  const json = { created: s.created, updated: s.updated, unchanged: s.unchanged, tracked: s.tracked, skipped: s.skipped.map((p) => ({ line: p.line, reason: p.reason })) };
  // Only import vcard leaves properties out, and only a Connections.csv shows new jobs.
  const jobs = s.jobChanges === undefined ? {} : { job_changes: s.jobChanges.map((c) => ({ name: c.name, from: { ...c.from }, to: { ...c.to } })) };
  return s.skippedProperties === undefined ? { ...json, ...jobs } : { ...json, skipped_properties: s.skippedProperties.map((p) => ({ name: p.name, count: p.count })), ...jobs };
}

/** `import json`: what was added; a row whose uuid is here already is kept as it is. */
export function renderJsonImport(file: string, c: MergeCounts): string {
  return `Imported ${neutralise(file)}: ${c.contacts} contacts, ${c.interactions} conversations, ${c.follow_ups} follow-ups added (rows already here by uuid are kept).\n`;
}

/** The `--json` of `import json`: how many of each were added. */
export function jsonImportJson(c: MergeCounts) {
  return { contacts: c.contacts, conversations: c.interactions, follow_ups: c.follow_ups, dismissals: c.dismissals };
}

/**
 * `import calendar`: what was logged and planned, then what was left out, each part only when
 * there is some; nothing at all when nothing changed, so that a daily cron job stays silent.
 */
/** The summary; when nothing changed, nothing (cron stays silent), or on a terminal that nothing is new and what was left out. */
export function renderCalendarImport(file: string, s: CalendarSummary, o: { onTerminal?: boolean } = {}): string {
  const nothing = s.logged === 0 && s.planned.added === 0 && s.planned.updated === 0 && s.planned.removed === 0;
  if (nothing && !o.onTerminal) return "";
  const some = (parts: string[]) => parts.filter((p) => !p.startsWith("0 ")).join(", ");
  const done = some([
    s.logged > 0 ? `${plural(s.logged, "meeting")} logged with ${plural(s.contacts, "contact")}` : "0 ",
    `${s.planned.added} planned`,
    `${plural(s.planned.updated, "planned meeting")} moved`,
    `${s.planned.removed} no longer planned`,
  ]);
  const lines = [nothing ? `Nothing new in ${neutralise(file)}.` : `Imported ${neutralise(file)}: ${done}.`];
  const left = some([
    `${s.duplicates} already imported`,
    `${s.cancelled} cancelled`,
    `${s.declined} declined`,
    plural(s.notContacts, "person who is not a contact", "people who are not contacts"),
    plural(s.unreadable, "event whose dates could not be read", "events whose dates could not be read"),
  ]);
  if (left) lines.push(`Left out: ${left}.`);
  if (s.leftUntracked > 0) lines.push(leftUntrackedLine(s.leftUntracked, "met"));
  return `${lines.join("\n")}\n`;
}

export function calendarJson(s: CalendarSummary) {
  return {
    logged: s.logged,
    contacts: s.contacts,
    planned: { added: s.planned.added, updated: s.planned.updated, removed: s.planned.removed },
    duplicates: s.duplicates,
    cancelled: s.cancelled,
    declined: s.declined,
    not_contacts: s.notContacts,
    unreadable: s.unreadable,
    left_untracked: s.leftUntracked,
  };
}
