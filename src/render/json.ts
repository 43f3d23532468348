// The --json views. Their keys are a public interface, documented in docs/json.md: snake_case,
// dates as YYYY-MM-DD, absent values as null (never missing keys).
import type { ContactDate } from "../domain/birthdays.js";
import type { ListedContact } from "../reports/contact-list.js";
import type { ContactProfile } from "../reports/contact-show.js";
import type { DueReport } from "../reports/due.js";
import type { DueItem, Conversation } from "../domain/due.js";
import { listedFieldsJson } from "../domain/contact-fields.js";
import type { ListedValue } from "../domain/value-lists.js";
import { stageOf } from "../domain/stage.js";
import { JsonItems, mapItems } from "../reports/json-items.js";
import type { ConversationRecord } from "../store/conversations.js";

function lastContactJson(last: Conversation | null) {
  return last && { date: last.date, channel: last.channel, note: last.note, direction: last.direction };
}

function followUpJson(item: DueItem) {
  return item.followUp && { date: item.followUp.date, note: item.followUp.note };
}

export function dueItemJson(item: DueItem) {
  return {
    uuid: item.contact.uuid,
    name: item.contact.name,
    company: item.contact.company,
    reason: item.reason,
    due_on: item.dueOn,
    days_overdue: item.dueOn === null ? null : item.daysOverdue,
    cadence_days: item.cadenceDays,
    last_contact: lastContactJson(item.contact.lastContact),
    follow_up: followUpJson(item),
    stage: item.stage,
    snoozed_until: item.contact.snoozedUntil,
    // Only where they apply, as a birthday's date and age.
    ...(item.jobChange ? { job_change: jobChangeJson(item.jobChange) } : {}),
    ...(item.planned ? { planned: item.planned } : {}),
  };
}

function jobChangeJson(job: NonNullable<DueItem["jobChange"]>) {
  return { company: job.company, title: job.title, previous_company: job.previousCompany, previous_title: job.previousTitle, noticed_on: job.noticedOn };
}

/** What a program gets: everyone due, unless --limit asked for N: then the N a person sees. */
export function jsonItems(report: DueReport): DueItem[] {
  return report.limitGiven && report.limit > 0 ? report.shown : report.items;
}

/** The due items (cut only by --limit), then the suggestions, then with --within what comes up. */
export function dueJson(report: DueReport) {
  const shown = new Set(report.shown);
  const listed = (item: DueItem) => ({ ...dueItemJson(item), shown_today: true });
  const birthdays = report.limitGiven && report.limit > 0 ? report.shownBirthdays : report.birthdays;
  const shownBirthdays = new Set(report.shownBirthdays);
  return [
    ...jsonItems(report).map((item) => ({ ...dueItemJson(item), shown_today: shown.has(item) })),
    ...birthdays.map((item) => ({ ...dueItemJson(item), date: item.birthday!.date, turns: item.birthday!.turns, shown_today: shownBirthdays.has(item) })),
    ...report.suggestions.map(listed),
    ...report.upcoming.map(listed),
  ];
}

/** contactJson of each contact as it is read. */
export function contactJsonItems(contacts: Iterable<ListedContact>) {
  return new JsonItems(mapItems(contacts, contactJson));
}

/** `emails`, `phones`, `urls`: every value of each kind, the primary (the one `email`, `phone` and `linkedin_url` hold) first. */
export function contactJson({ contact, schedule, values }: ListedContact) {
  return {
    id: contact.id,
    uuid: contact.uuid,
    ...listedFieldsJson(contact),
    tags: contact.tags,
    cadence_days: schedule.cadenceDays,
    cadence_source: schedule.cadenceSource,
    cadence_tag: schedule.cadenceSource === "tag" ? schedule.contact.tagCadence!.tag : null,
    added_on: contact.addedOn,
    last_contact: lastContactJson(schedule.contact.lastContact),
    reason: schedule.reason,
    due_on: schedule.dueOn,
    days_overdue: schedule.dueOn === null ? null : schedule.daysOverdue,
    follow_up: followUpJson(schedule),
    stage: schedule.stage,
    stage_since: stageOf(schedule.contact.history)?.since ?? null,
    snoozed_until: contact.snoozedUntil,
    paused: contact.paused,
    archived: contact.archivedAt !== null,
    tracked: contact.tracked,
    created_at: contact.createdAt,
    updated_at: contact.updatedAt,
    emails: values.emails.map(listedValueJson),
    phones: values.phones.map(listedValueJson),
    urls: values.urls.map(listedValueJson),
  };
}

function listedValueJson({ value, label, primary }: ListedValue) {
  return { value, label, primary };
}

export function conversationJson(conversation: ConversationRecord) {
  return {
    id: conversation.id,
    uuid: conversation.uuid,
    date: conversation.date,
    channel: conversation.channel,
    direction: conversation.direction,
    note: conversation.note,
    created_at: conversation.createdAt,
  };
}

export function profileJson(profile: ContactProfile) {
  return {
    ...contactJson(profile),
    interactions: profile.conversations.map(conversationJson),
    timeline: profile.timeline.map((m) => ({ month: m.month, online: m.online, voice: m.voice, in_person: m.inPerson, other: m.other })),
    dismissals: profile.dismissals.map((d) => ({ reason: d.reason, date: d.date, note: d.note })),
    ...contactDatesJson(profile.dates),
    jobs: profile.jobs.map((j) => ({
      company: j.company,
      title: j.title,
      previous_company: j.previousCompany,
      previous_title: j.previousTitle,
      noticed_on: j.noticedOn,
    })),
    planned: profile.planned.map((p) => ({ date: p.date, channel: p.channel, note: p.note })),
  };
}

export function toJsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/**
 * What `toJsonText` would print, byte for byte; when the value holds JsonItems (at the top or as
 * an object's value), piece by piece as the items are read, so that no list is held whole.
 */
export function toJsonOutput(value: unknown): string | Iterable<string> {
  return value instanceof JsonItems || holdsItems(value) ? jsonLines(value) : toJsonText(value);
}

function* jsonLines(value: unknown): Generator<string> {
  yield* jsonChunks(value, "");
  yield "\n";
}

function holdsItems(value: unknown): value is Record<string, unknown> {
  return (
    typeof value === "object" && value !== null && Object.getPrototypeOf(value) === Object.prototype && Object.values(value).some((v) => v instanceof JsonItems || holdsItems(v))
  );
}

/** JSON.stringify(value, null, 2) at `indent`: JSON strings hold no raw line breaks, so indenting after each is exact. */
function* jsonChunks(value: unknown, indent: string): Generator<string> {
  const inner = `${indent}  `;
  if (value instanceof JsonItems) {
    let first = true;
    for (const item of value.items) {
      // As in an array: what JSON cannot hold (undefined, a function) is null.
      const text = JSON.stringify(item, null, 2) ?? "null";
      yield `${first ? "[" : ","}\n${inner}${text.replaceAll("\n", `\n${inner}`)}`;
      first = false;
    }
    yield first ? "[]" : `\n${indent}]`;
  } else if (holdsItems(value)) {
    let first = true;
    for (const [key, v] of Object.entries(value)) {
      if (v === undefined || typeof v === "function" || typeof v === "symbol") continue;
      yield `${first ? "{" : ","}\n${inner}${JSON.stringify(key)}: `;
      yield* jsonChunks(v, inner);
      first = false;
    }
    yield first ? "{}" : `\n${indent}}`;
  } else {
    yield String(JSON.stringify(value, null, 2)).replaceAll("\n", `\n${indent}`);
  }
}

/** `birthday: { month, day, year }` (year null when unknown) or null; `dates`: the named ones. */
export function contactDatesJson(dates: ReadonlyArray<ContactDate & { uuid: string }>) {
  const birthday = dates.find((d) => d.kind === "birthday");
  return {
    birthday: birthday ? { month: birthday.month, day: birthday.day, year: birthday.year } : null,
    dates: dates.filter((d) => d.kind !== "birthday").map((d) => ({ uuid: d.uuid, kind: d.kind, label: d.label, month: d.month, day: d.day, year: d.year })),
  };
}
