import type { ChalkInstance } from "chalk";
import type { ContactAdded } from "../reports/contact-add.js";
import type { ContactSummary } from "../reports/contact-list.js";
import type { ContactProfile } from "../reports/contact-show.js";
import type { RoleChange } from "../store/contact-roles.js";
import type { PlannedMeeting } from "../store/planned-meetings.js";
import { formatCadence } from "../domain/cadence.js";
import { type CalendarDate, formatLongDate, formatShortDate, localDateOf } from "../domain/dates.js";
import type { DueItem } from "../domain/due.js";
import { fieldsWith } from "../domain/contact-fields.js";
import { stageOf } from "../domain/stage.js";
import { labeledText, type ListedValue } from "../domain/value-lists.js";
import { neutralise, neutraliseLines } from "../text/neutralise.js";
import { describeLastConversation, describeOverdue, plural, shorten, who } from "./text.js";
import { renderTimeline } from "./timeline.js";
import { birthdayLine, namedDatesLine } from "./contact-dates.js";

export function renderContactAdded({ contact, schedule }: ContactAdded, style: ChalkInstance, today: CalendarDate): string {
  return `Added ${who(contact, style)}. Touch base every ${cadenceText(schedule, false)}. First touch-base due ${formatShortDate(schedule.dueOn!, today)}.\n`;
}

/** `1 month (own)`, `1 month (tag investors)` or `3 months (default)`: where the cadence comes from. */
function cadenceText(schedule: DueItem, showOwn = true): string {
  const tag = schedule.contact.tagCadence?.tag;
  const own = showOwn ? " (own)" : "";
  const source = schedule.cadenceSource === "tag" ? ` (tag ${neutralise(tag!)})` : schedule.cadenceSource === "default" ? " (default)" : own;
  return `${formatCadence(schedule.cadenceDays)}${source}`;
}

/** `Sat 10 Oct 2026 (46 days overdue)`, `paused`, or `not tracked`. */
function nextDueText(schedule: DueItem, tracked: boolean): string {
  if (schedule.dueOn === null) return tracked ? "paused" : "not tracked (imported; logging a conversation starts tracking)";
  return `${formatLongDate(schedule.dueOn)} (${describeOverdue(schedule)})`;
}

/**
 * One line per contact, led by its id: `contact merge` and `rm` take `#ID` to tell apart people
 * of the same name. An empty list says so on a terminal, and prints nothing to a program.
 */
export function renderContactList(summaries: readonly ContactSummary[], style: ChalkInstance, today: CalendarDate, onTerminal = false): string {
  const largestId = summaries.reduce<number | null>((max, { contact }) => Math.max(max ?? 0, contact.id), null);
  return [...contactListLines(summaries, largestId, style, today, onTerminal)].join("");
}

/** renderContactList's text a line at a time as the contacts are read; `largestId` sizes the id column (null: no contacts). */
export function* contactListLines(summaries: Iterable<ContactSummary>, largestId: number | null, style: ChalkInstance, today: CalendarDate, onTerminal = false): Generator<string> {
  if (largestId === null) {
    if (onTerminal) yield 'No contacts yet. Add someone:\n  netlog contact add "Elaine Longmire" --every monthly\n';
    return;
  }
  const idWidth = String(largestId).length + 1;
  for (const { contact, schedule } of summaries) {
    const tags = contact.tags.length ? ` ${style.cyan(contact.tags.map((t) => `#${neutralise(t)}`).join(" "))}` : "";
    const status =
      schedule.dueOn === null
        ? contact.tracked
          ? "paused"
          : "not tracked"
        : schedule.daysOverdue >= 0
          ? style.red(describeOverdue(schedule))
          : `due ${formatShortDate(schedule.dueOn, today)}`;
    const archived = contact.archivedAt ? style.dim(" (archived)") : "";
    yield `${style.dim(`#${contact.id}`.padStart(idWidth))}  ${who(contact, style)}${archived}${tags} — ${describeLastConversation(schedule.contact.lastContact, contact.addedOn, today)}; ${status}\n`;
  }
}

const EDGE_SPACE = /^[ \t\r\n]+|[ \t\r\n]+$/g;

const PROFILE_FIELDS = fieldsWith("profile");

const STAGE_NAMES = { online: "online", voice: "voice (calls)", in_person: "in person" } as const;

const DISMISSED: Readonly<Record<string, string>> = {
  no_reply: "no reply needed",
  cadence: "a round skipped",
  never_contacted: "a round skipped",
  follow_up: "a follow-up let go",
  suggest_call: "no call suggestions",
  suggest_meeting: "no meeting suggestions",
  birthday: "a birthday reminder",
  job_change: "a new job noted",
};

/** `Loan Officer, Jefferson Bank → VP Lending, Numerica (noticed 1 Dec)`: a job history's line. */
function jobLine(j: RoleChange, today: CalendarDate): string {
  const role = (title: string | null, company: string | null) => [title, company].filter((t) => t !== null).join(", ") || "—";
  return `${role(j.previousTitle, j.previousCompany)} → ${role(j.title, j.company)} (noticed ${formatShortDate(j.noticedOn, today)})`;
}

/** `meeting Thu 10 Dec: coffee`: the weekday, as a calendar shows it. */
function plannedText(meeting: PlannedMeeting, today: CalendarDate): string {
  return `${meeting.channel} ${formatLongDate(meeting.date).slice(0, 3)} ${formatShortDate(meeting.date, today)}${meeting.note ? `: ${meeting.note}` : ""}`;
}

/** A row's value: one line, several (a list of values, one per line), or nothing to show. */
type RowValue = string | string[] | null;

export function renderProfile(
  { contact, schedule, conversations, timeline, dismissals, dates, values, jobs, planned }: ContactProfile,
  style: ChalkInstance,
  today: CalendarDate,
): string {
  const stage = stageOf(schedule.contact.history);
  const birthday = dates.find((d) => d.kind === "birthday");
  const list = (items: ListedValue[]): RowValue => (items.length === 0 ? null : items.map(labeledText));
  // Every email and phone, the primary first; the LinkedIn profile, then the other links.
  const listed: Partial<Record<string, RowValue>> = {
    email: list(values.emails),
    phone: list(values.phones),
  };
  const fieldRows = (last: boolean): Array<[string, RowValue]> =>
    PROFILE_FIELDS.filter((f) => ("last" in f.profile && f.profile.last) === last).flatMap((f): Array<[string, RowValue]> => {
      if (f.key === "linkedinUrl")
        return [
          [f.profile.label, contact.linkedinUrl],
          ["Links", list(values.urls.filter((u) => !u.primary))],
        ];
      return [[f.profile.label, f.key in listed ? listed[f.key]! : contact[f.key]]];
    });
  const rows: Array<[string, RowValue]> = [
    ...fieldRows(false),
    ["Jobs", jobs.length === 0 ? null : jobs.map((j) => jobLine(j, today))],
    ["Tags", contact.tags.length ? contact.tags.join(", ") : null],
    ["Birthday", birthday ? birthdayLine(birthday, today) : null],
    ["Dates", namedDatesLine(dates)],
    ["Cadence", `every ${cadenceText(schedule)}${contact.paused ? ", paused" : ""}`],
    ["Stage", stage ? `${STAGE_NAMES[stage.stage]} since ${formatLongDate(stage.since)}` : null],
    ["Added", formatLongDate(contact.addedOn)],
    ["Next due", nextDueText(schedule, contact.tracked)],
    ["Planned", planned[0] ? plannedText(planned[0], today) : null],
    ["Follow-up", schedule.followUp ? `${formatLongDate(schedule.followUp.date)}${schedule.followUp.note ? `: ${schedule.followUp.note}` : ""}` : null],
    [
      "Snoozed",
      contact.snoozedUntil && contact.snoozedUntil > today ? `until ${formatLongDate(contact.snoozedUntil)}${contact.snoozeNote ? `: ${contact.snoozeNote}` : ""}` : null,
    ],
    ["Archived", contact.archivedAt ? `since ${formatLongDate(localDateOf(new Date(contact.archivedAt)))}` : null],
    [
      "Dismissed",
      dismissals[0] ? `${formatShortDate(dismissals[0].date, today)}: ${DISMISSED[dismissals[0].reason]}${dismissals[0].note ? ` (${dismissals[0].note})` : ""}` : null,
    ],
    ...fieldRows(true),
  ];
  const lines = [style.bold(neutralise(contact.name))];
  for (const [label, value] of rows) {
    if (value === null) continue;
    // Notes keep their line breaks, each line under the first; every other field is one line.
    // Only spaces and line breaks are trimmed, after neutralising: trim() would drop a BOM unseen.
    const one = (text: string) => neutralise(text).replace(EDGE_SPACE, "");
    const shown = Array.isArray(value) ? value.map(one).join("\n") : label === "Notes" ? neutraliseLines(value).join("\n").replace(EDGE_SPACE, "") : one(value);
    lines.push(`  ${style.dim(label.padEnd(9))} ${shown.split("\n").join(`\n${" ".repeat(12)}`)}`);
  }
  if (conversations.length > 0) lines.push("", ...renderTimeline(timeline, style));
  lines.push("", style.bold(conversations.length ? `Timeline (${plural(conversations.length, "conversation")})` : "No conversations logged yet."));
  for (const i of conversations) {
    const way = i.direction === "sent" ? "→" : i.direction === "received" ? "←" : "↔";
    lines.push(`  ${formatShortDate(i.date, today).padStart(11)}  ${way} ${i.channel.padEnd(8)}  ${i.note ? shorten(i.note, 100) : style.dim("—")}`);
  }
  return `${lines.join("\n")}\n`;
}
