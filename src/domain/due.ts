// The cadence engine: pure, deterministic, with "today" passed in.
import type { Channel } from "./channels.js";
import { addCalendarDays, type CalendarDate, calendarDaysBetween } from "./dates.js";
import { type History, type Stage, stageOf, suggestionFor } from "./stage.js";
import type { ContactBirthday } from "./birthdays.js";
import { compareKeys, nameOrderKey } from "./name-order.js";

export type Direction = "sent" | "received" | "both";

export interface Conversation {
  date: CalendarDate;
  channel: Channel;
  note: string | null;
  direction: Direction;
  /** Orders conversations logged on the same day. */
  id: number;
  /** The day it was logged, when known: history imported long after the fact is not chased. */
  loggedOn?: CalendarDate | null;
}

export interface FollowUp {
  date: CalendarDate;
  note: string | null;
  /** Promised in the conversation of this date and id: only a later one fulfils it. */
  setOn: CalendarDate;
  afterId: number;
  /**
   * The day of the first conversation after the promise in which you spoke (sent or two-way),
   * or null. A message they sent never fulfils it: they wrote, and you still owe the deck.
   */
  fulfilledOn: CalendarDate | null;
}

export interface TrackedContact {
  /** The store's row id, when the contact was read from the store. */
  id?: number;
  uuid: string;
  name: string;
  company: string | null;
  /** The contact's own cadence; null means its tags' or the default applies. */
  cadenceDays: number | null;
  /** The shortest cadence among its tags, if any has one. */
  tagCadence: { days: number; tag: string } | null;
  addedOn: CalendarDate;
  /** The latest conversation on or before the day asked about. */
  lastContact: Conversation | null;
  followUp: FollowUp | null;
  snoozedUntil: CalendarDate | null;
  paused: boolean;
  resumedOn: CalendarDate | null;
  archived: boolean;
  /** False for connections imported without a conversation: kept, but not on the morning list. */
  tracked: boolean;
  history: History;
  /**
   * How many messages you sent in a row end the contact's history (known only for a recent
   * sent message; undefined reads as one). From two on, netlog stops chasing replies.
   */
  sentInARow?: number;
  /** The latest `netlog dismiss` of each kind (undefined: none). */
  dismissed?: Dismissed;
  /** The birthday, when it is known, with the latest day its reminder was dismissed. */
  birthday?: ContactBirthday;
  /** The earliest meeting a calendar has with the contact on or after the day asked about. */
  planned?: PlannedMeeting;
  /** The latest change of company or title a re-imported Connections.csv showed. */
  jobChange?: JobChange;
}

export interface PlannedMeeting {
  date: CalendarDate;
  channel: Channel;
  note: string | null;
}

export interface JobChange {
  noticedOn: CalendarDate;
  company: string | null;
  title: string | null;
  previousCompany: string | null;
  previousTitle: string | null;
}

export interface Dismissed {
  /** Your messages up to this day need no reply. */
  repliesOn: CalendarDate | null;
  /** A cadence round was skipped this day: the cadence counts from it. */
  cadenceOn: CalendarDate | null;
  /** Suggestions not to offer again (each belongs to one stage, so a new stage brings new ones). */
  suggestions: ReadonlyArray<"suggest_call" | "suggest_meeting">;
  /** A job change noticed up to this day was let go (undefined: never). */
  jobChangeOn?: CalendarDate | null;
}

export interface Policy {
  defaultCadenceDays: number;
  replyWindowDays: number;
  /** How many days ahead a birthday is named (the `birthday-notice` setting; 3 when not given). */
  birthdayNoticeDays?: number;
}

export type CadenceSource = "contact" | "tag" | "default";
export type Reason = "cadence" | "follow_up" | "no_reply" | "never_contacted" | "suggest_call" | "suggest_meeting" | "birthday" | "job_change";

export interface DueItem {
  contact: TrackedContact;
  /** Null while the contact is paused with nothing promised. */
  dueOn: CalendarDate | null;
  /** 0 on the day it falls due; negative before. */
  daysOverdue: number;
  cadenceDays: number;
  cadenceSource: CadenceSource;
  reason: Reason;
  /** The open follow-up, if any. */
  followUp: FollowUp | null;
  stage: Stage | null;
  /** For reason `birthday`: the day (29 Feb falls on 28 Feb in other years) and the age then, if the year is known. */
  birthday?: { date: CalendarDate; turns: number | null };
  /** The meeting that holds the contact off the list until the day after it. */
  planned?: PlannedMeeting;
  /** For reason `job_change`: what changed. */
  jobChange?: JobChange;
}

export function effectiveCadence(contact: TrackedContact, policy: Policy): { days: number; source: CadenceSource; tag?: string } {
  if (contact.cadenceDays !== null) return { days: contact.cadenceDays, source: "contact" };
  if (contact.tagCadence) return { days: contact.tagCadence.days, source: "tag", tag: contact.tagCadence.tag };
  return { days: policy.defaultCadenceDays, source: "default" };
}

/** A follow-up is open on `on` until a conversation of yours after the promise, on or before that day. */
export function openFollowUp(contact: TrackedContact, on: CalendarDate): FollowUp | null {
  const fu = contact.followUp;
  if (!fu) return null;
  return fu.fulfilledOn !== null && fu.fulfilledOn <= on ? null : fu;
}

/** An unanswered-message reminder stands on the list for at most this many mornings. */
export const NO_REPLY_MORNINGS = 7;

/** A new job is news for a month: after that, congratulating would be late, and the list moves on. */
export const JOB_CHANGE_DAYS = 30;

/**
 * The job change worth a line on `on`: noticed on or before it, less than JOB_CHANGE_DAYS ago,
 * with no conversation and no dismissal of it since it was noticed.
 */
function newJob(contact: TrackedContact, on: CalendarDate): JobChange | undefined {
  const job = contact.jobChange;
  if (!job || job.noticedOn > on || calendarDaysBetween(job.noticedOn, on) >= JOB_CHANGE_DAYS) return undefined;
  if (contact.lastContact !== null && contact.lastContact.date >= job.noticedOn) return undefined;
  const dismissedOn = contact.dismissed?.jobChangeOn ?? null;
  if (dismissedOn !== null && dismissedOn >= job.noticedOn && dismissedOn <= on) return undefined;
  return job;
}

/** After this many unanswered messages in a row, netlog stops chasing replies until they write. */
export const UNANSWERED_IN_A_ROW_LIMIT = 2;

/**
 * Whether an unanswered message of yours is worth a reminder on `on`: it was logged before its
 * reply window ended (imported history is history), it is not the second unanswered one in a
 * row, and its reminder has not yet stood for NO_REPLY_MORNINGS mornings.
 */
function chasesReply(contact: TrackedContact, last: Conversation, replyDue: CalendarDate, on: CalendarDate): boolean {
  if ((contact.sentInARow ?? 1) >= UNANSWERED_IN_A_ROW_LIMIT) return false;
  const dismissedOn = contact.dismissed?.repliesOn ?? null;
  if (dismissedOn !== null && last.date <= dismissedOn && dismissedOn <= on) return false;
  if (last.loggedOn != null && last.loggedOn > replyDue) return false;
  return calendarDaysBetween(replyDue, on) < NO_REPLY_MORNINGS;
}

/**
 * When a contact falls due and why. A promised follow-up sets the date whatever the cadence
 * says; otherwise an unanswered message comes back after the reply window, or the cadence runs
 * out, whichever is first. A pause stops both; on resuming, the cadence counts from that day.
 * A reminder nobody acts on ages: after NO_REPLY_MORNINGS mornings the contact falls back to
 * its cadence, still counted from the unanswered message.
 */
function cadenceSchedule(contact: TrackedContact, on: CalendarDate, policy: Policy): DueItem {
  const cadence = effectiveCadence(contact, policy);
  const followUp = openFollowUp(contact, on);
  const stage = stageOf(contact.history)?.stage ?? null;
  const item = (dueOn: CalendarDate | null, reason: Reason): DueItem => ({
    contact,
    dueOn,
    daysOverdue: dueOn === null ? -Infinity : calendarDaysBetween(dueOn, on),
    cadenceDays: cadence.days,
    cadenceSource: cadence.source,
    reason,
    followUp,
    stage,
  });
  if (followUp) return item(followUp.date, "follow_up");
  if (contact.paused || !contact.tracked) return item(null, "cadence");
  // A new job is the best reason to write: it stands in for the cadence while it is news.
  const job = newJob(contact, on);
  if (job) return { ...item(job.noticedOn, "job_change"), jobChange: job };
  const last = contact.lastContact;
  // A skipped round (netlog dismiss) restarts the cadence from that day, as a resume does.
  const skipped = contact.dismissed?.cadenceOn ?? null;
  const base = latest(latest(last?.date ?? contact.addedOn, contact.resumedOn), skipped !== null && skipped <= on ? skipped : null);
  const cadenceDue = addCalendarDays(base, cadence.days);
  // A message sent before a pause ended is not chased: the cadence counts from the resume.
  const beforeResume = contact.resumedOn !== null && last !== null && last.date < contact.resumedOn;
  if (last?.direction === "sent" && !beforeResume) {
    const replyDue = addCalendarDays(last.date, policy.replyWindowDays);
    if (replyDue <= cadenceDue && chasesReply(contact, last, replyDue, on)) return item(replyDue, "no_reply");
  }
  return item(cadenceDue, last ? "cadence" : "never_contacted");
}

function latest(a: CalendarDate, b: CalendarDate | null): CalendarDate {
  return b !== null && b > a ? b : a;
}

/** Archived contacts are off every list; snoozed ones until the day they wake. */
export function isVisible(contact: TrackedContact, on: CalendarDate): boolean {
  return !contact.archived && !(contact.snoozedUntil !== null && contact.snoozedUntil > on);
}

/** Follow-ups first, then new jobs, then the rest: the first key of compareDue (and of contact_schedule.rank). */
export function rankOf(reason: Reason): number {
  return reason === "follow_up" ? 2 : reason === "job_change" ? 1 : 0;
}

/**
 * Follow-ups past their date first (a promise outranks a habit), then new jobs (news is best
 * answered while it is news), then most overdue relative to cadence, then name and uuid, so the
 * order never depends on storage. The store orders its rows the same way (store/schedules.ts).
 */
export function compareDue(a: DueItem, b: DueItem): number {
  return (
    rankOf(b.reason) - rankOf(a.reason) ||
    b.daysOverdue / b.cadenceDays - a.daysOverdue / a.cadenceDays ||
    compareKeys(nameOrderKey(a.contact.name), nameOrderKey(b.contact.name)) ||
    // In code points, as SQLite orders the uuid column: a uuid written by hand may hold anything.
    compareKeys(a.contact.uuid, b.contact.uuid)
  );
}

export interface DayPlan {
  /** Everyone due on the day, most pressing first. */
  items: DueItem[];
  /** Relationships ready for a call or a meeting (a few a day), among those not due. */
  suggestions: DueItem[];
  /** With `within`: who comes due in the following days, soonest first. */
  upcoming: DueItem[];
  /** Who falls due first after the day, when nobody is due. */
  next: DueItem | undefined;
}

/**
 * A contact with a meeting planned on or after `on` is on no list until the day after it: an
 * item due by then falls due the day after, with the meeting, so the days to come can say so.
 */
function heldByMeeting(item: DueItem, on: CalendarDate): DueItem {
  const planned = item.contact.planned;
  // Due after the meeting anyway: nothing is held.
  if (!planned || planned.date < on || item.dueOn === null || item.dueOn > planned.date) return item;
  const dueOn = addCalendarDays(planned.date, 1);
  return { ...item, dueOn, daysOverdue: calendarDaysBetween(dueOn, on), planned };
}

/**
 * When a contact falls due and why, as every list, profile and count shows it: by the cadence
 * engine above, then held by a meeting planned with them (heldByMeeting).
 */
export function scheduleOf(contact: TrackedContact, on: CalendarDate, policy: Policy): DueItem {
  return heldByMeeting(cadenceSchedule(contact, on, policy), on);
}

/** The whole morning list for `on`, scheduling each contact once. */
export function planDay(contacts: readonly TrackedContact[], on: CalendarDate, policy: Policy, within?: number): DayPlan {
  const items: DueItem[] = [];
  const later: DueItem[] = [];
  for (const contact of contacts) {
    if (!isVisible(contact, on)) continue;
    const item = scheduleOf(contact, on, policy);
    if (item.dueOn === null) continue;
    if (item.daysOverdue >= 0) items.push(item);
    else later.push(item);
  }
  items.sort(compareDue);
  const suggested = suggestionsAmong(later, on);
  const soonest = later.sort(bySoonest);
  return {
    items,
    suggestions: suggested,
    // One held by a meeting within the days asked about is among them: the meeting is what comes.
    upcoming: within === undefined ? [] : soonest.filter((item) => item.daysOverdue >= -within || (item.planned && calendarDaysBetween(item.planned.date, on) >= -within)),
    next: items.length === 0 ? soonest[0] : undefined,
  };
}

function bySoonest(a: DueItem, b: DueItem): number {
  return a.dueOn! < b.dueOn! ? -1 : a.dueOn! > b.dueOn! ? 1 : compareDue(a, b);
}

export function dueList(contacts: readonly TrackedContact[], on: CalendarDate, policy: Policy): DueItem[] {
  return planDay(contacts, on, policy).items;
}

/** Whoever falls due soonest after `on`, to tell a user with nobody due what comes next. */
export function nextDue(contacts: readonly TrackedContact[], on: CalendarDate, policy: Policy): DueItem | undefined {
  return planDay(contacts, on, policy, Number.MAX_SAFE_INTEGER).upcoming[0];
}

export const SUGGESTIONS_PER_DAY = 3;

/**
 * Whether a contact's suggestion may be offered on `on`: only when whole weeks have passed since
 * the last conversation (7, 14, 21… days). Two offers are then always a week or more apart, a
 * conversation in between included, and different contacts fall on different days.
 */
export function suggestionDay(contact: TrackedContact, on: CalendarDate): boolean {
  if (!contact.lastContact) return false;
  const days = calendarDaysBetween(contact.lastContact.date, on);
  return days > 0 && days % 7 === 0;
}

/** The call or meeting a contact's history is ready for, unless it is paused, untracked or said no to. */
export function suggestionOf(contact: TrackedContact): "suggest_call" | "suggest_meeting" | null {
  if (contact.paused || !contact.tracked) return null;
  const reason = suggestionFor(contact.history);
  return reason && !contact.dismissed?.suggestions.includes(reason) ? reason : null;
}

/**
 * Relationships ready for a call or a meeting, among visible, unpaused contacts not due today,
 * at most once a week each (suggestionDay). Longest at their stage first, so the same few do
 * not crowd out the rest forever.
 */
function suggestionsAmong(notDue: readonly DueItem[], on: CalendarDate): DueItem[] {
  const found: Array<{ item: DueItem; since: CalendarDate }> = [];
  for (const schedule of notDue) {
    const { contact } = schedule;
    // A meeting is planned: the suggestion would be of what is about to happen.
    if (schedule.planned || !suggestionDay(contact, on)) continue;
    const reason = suggestionOf(contact);
    if (!reason) continue;
    found.push({ item: { ...schedule, dueOn: on, daysOverdue: 0, reason }, since: stageOf(contact.history)!.since });
  }
  return found
    .sort((a, b) => (a.since < b.since ? -1 : a.since > b.since ? 1 : compareDue(a.item, b.item)))
    .slice(0, SUGGESTIONS_PER_DAY)
    .map((s) => s.item);
}
