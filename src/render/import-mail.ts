// The views of import mail: its summary (nothing at all when nothing was new, for cron) and
// the --suggest list, each with its --json.
import { shellWord } from "../domain/shell-words.js";
import type { MailSuggestion, MailSummary } from "../reports/import-mail.js";
import { neutralise } from "../text/neutralise.js";
import { plural } from "./text.js";
import { leftUntrackedLine } from "./import.js";

/**
 * "Imported mail from inbox.mbox: 5 conversations logged with 4 contacts; 7 skipped (…)."; when
 * nothing was logged, nothing (cron stays silent), or on a terminal what was read.
 */
export function renderMailImport(path: string, s: MailSummary, o: { onTerminal?: boolean } = {}): string {
  if (s.logged === 0) return o.onTerminal ? nothingNew(path, s) : "";
  const reasons = [
    [s.lists, plural(s.lists, "mailing list message")],
    [s.automated, `${s.automated} automated`],
    [s.tooManyRecipients, `${s.tooManyRecipients} to more than ${s.maxRecipients} people`],
    [s.noContact, `${s.noContact} with no contact`],
    [s.duplicates, `${s.duplicates} already logged`],
    [s.undated, `${s.undated} without a date`],
  ] as const;
  const shown = reasons.filter(([n]) => n > 0).map(([, text]) => text);
  const skipped = reasons.reduce((sum, [n]) => sum + n, 0);
  const lines = [
    `Imported mail from ${neutralise(path)}: ${plural(s.logged, "conversation")} logged with ${plural(s.contacts, "contact")}; ` +
      `${skipped} skipped${shown.length ? ` (${shown.join(", ")})` : ""}.`,
  ];
  if (s.leftUntracked > 0) lines.push(leftUntrackedLine(s.leftUntracked, "heard from"));
  return `${lines.join("\n")}\n`;
}

function nothingNew(path: string, s: MailSummary): string {
  const shown = neutralise(path);
  const what = s.duplicates > 0 ? `${s.duplicates} already logged` : "none with a contact of yours";
  const lines = [`Nothing new in ${shown}: ${plural(s.messages, "message")} read, ${what}.`];
  if (s.noContact > 0) lines.push(`netlog import mail ${shellWord(path)} --suggest lists the people you write to who are not contacts yet.`);
  return `${lines.join("\n")}\n`;
}

export function mailImportJson(s: MailSummary) {
  return {
    messages: s.messages,
    logged: s.logged,
    contacts: s.contacts,
    duplicates: s.duplicates,
    lists: s.lists,
    automated: s.automated,
    too_many_recipients: s.tooManyRecipients,
    no_contact: s.noContact,
    undated: s.undated,
    left_untracked: s.leftUntracked,
  };
}

/**
 * The line that makes a suggestion a contact, quoted for a POSIX shell; a name-less address is
 * named by its local part. A name that starts with a dash ("--help", "-Ann") would be read as an
 * option, quoted or not: it comes after `--`, which only positional arguments may follow.
 */
export function contactAddLine(s: MailSuggestion): string {
  const name = shellWord(s.name || s.address.split("@")[0]!);
  const email = shellWord(s.address);
  return name.replace(/^'/, "").startsWith("-") ? `netlog contact add --email ${email} -- ${name}` : `netlog contact add ${name} --email ${email}`;
}

export function renderMailSuggestions(suggestions: readonly MailSuggestion[]): string {
  if (suggestions.length === 0) return "Everyone you write to is a contact already.\n";
  const width = String(suggestions[0]!.count).length;
  const lines = suggestions.map((s) => `${String(s.count).padStart(width)}  ${neutralise(s.address)}\n${" ".repeat(width + 2)}${neutralise(contactAddLine(s))}`);
  return `People you write to who are not contacts yet (messages you sent them):\n${lines.join("\n")}\n`;
}

export function mailSuggestionsJson(suggestions: readonly MailSuggestion[]) {
  return suggestions.map((s) => ({ address: s.address, name: s.name || null, count: s.count, command: contactAddLine(s) }));
}
