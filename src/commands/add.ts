import type { Ctx, NewContactAnswers } from "../context.js";
import type { Database } from "../store/db.js";
import { CHANNEL_HINT, type Channel, defaultDirection, isMessageChannel, parseChannel } from "../domain/channels.js";
import type { CalendarDate } from "../domain/dates.js";
import { type Direction, type FollowUp, openFollowUp } from "../domain/due.js";
import { matchName } from "../domain/names.js";
import { parseWhen } from "./when-flag.js";
import { usageError } from "../errors.js";
import { findByNameKey, getContact, insertContact, listContactRefs, updateContactState } from "../store/contacts.js";
import { hasUndoneFollowUp, latestConversationId, setFollowUp } from "../store/follow-ups.js";
import { moveFollowUpAnchor, openFollowUpAnchor } from "../store/conversation-log.js";
import { insertConversation, trackedContact } from "../store/conversations.js";
import { contactName, optionalNote } from "./fields.js";
import { type Resolution, resolveContact } from "./resolve-contact.js";
import { scheduleFor } from "./schedule.js";
import { recordChange } from "../store/journal.js";
import type { Logged } from "../reports/add.js";

export interface AddOptions {
  name?: string;
  via?: string;
  note?: string;
  date?: string;
  new?: boolean;
  sent?: boolean;
  received?: boolean;
  twoWay?: boolean;
  followUp?: string;
  followUpNote?: string;
  /** Keep the open follow-up open although this conversation would fulfil it. */
  keepFollowUp?: boolean;
}

/**
 * What an add writes: the conversation, the contact it creates or brings back (unarchived,
 * unsnoozed, tracked), and the follow-up it sets, keeps or fulfils. The undo journal covers
 * these alone (store/journal.ts); test/commands/undo-add.test.ts undoes each path.
 */
const ADD_WRITES = ["contacts", "conversations", "follow_ups"];

/** Channel used when none is given and nobody can be asked. */
const DEFAULT_CHANNEL: Channel = "other";

/** Logs a conversation. Every question is asked before the one write transaction opens. */
export async function add(options: AddOptions, ctx: Ctx): Promise<Logged> {
  const parseDate = (text: string) => parseWhen(text, ctx.today, { flag: "--date", allowFuture: false });
  let channel = options.via === undefined ? undefined : channelFlag(options.via);
  let date: CalendarDate | undefined = options.date === undefined ? undefined : await parseDate(options.date);
  let note = optionalNote(options.note);
  let direction = directionFlags(options);
  const followUp = options.followUp === undefined ? undefined : await parseWhen(options.followUp, ctx.today, { flag: "--follow-up", allowFuture: true, futureOnly: true });
  if (options.keepFollowUp && followUp !== undefined)
    throw usageError("--keep-follow-up and --follow-up exclude each other", "keep the open follow-up, or promise a new one in its place");
  if (options.followUpNote !== undefined && followUp === undefined)
    throw usageError("--follow-up-note needs --follow-up WHEN", 'netlog add elaine --via phone --follow-up "next friday" --follow-up-note "send the deck"');
  const named = options.name !== undefined && options.name.trim() !== "";
  if (!named && !ctx.prompter) {
    throw usageError("whom did you talk to? netlog add needs a name when it cannot ask", 'netlog add "Elaine Longmire" --via phone --note "talked about her move"');
  }
  const db = ctx.db();

  let who: Resolution;
  if (named) {
    who = await resolveContact(db, options.name!, ctx, options.new ? "always" : "ask");
  } else {
    const refs = listContactRefs(db);
    const prompter = ctx.prompter!;
    const picked = await prompter.searchContact((term) => (term.trim() ? matchName(term, refs).matches : refs));
    who = "ref" in picked ? { ref: picked.ref, kind: "exact" } : picked;
    channel ??= await prompter.channel();
    // A LinkedIn message they sent, logged as yours, would come back a week later as "no reply".
    if (direction === undefined && isMessageChannel(channel)) direction = await prompter.direction(channel);
    date ??= await prompter.date(ctx.today, parseDate);
    note ??= optionalNote(await prompter.note());
  }
  const finalDirection = (c: Channel) => direction ?? defaultDirection(c);
  // A promise still open after this conversation (they wrote, or --keep-follow-up) and a new
  // --follow-up: one would replace the other. Asked on a terminal; without one, the new wins.
  const stillOpen = "ref" in who ? openFollowUpOf(db, who.ref.id, ctx.today) : null;
  const replacing = followUp !== undefined && stillOpen !== null && (finalDirection(channel ?? DEFAULT_CHANNEL) === "received" || options.keepFollowUp === true);
  const replace = replacing && ctx.prompter && "ref" in who ? await ctx.prompter.replaceFollowUp(who.ref.name, stillOpen!, ctx.today) : replacing;
  let details: NewContactAnswers = { company: null, cadenceDays: null };
  const closeTo = "newName" in who ? who.closeTo : undefined;
  if ("newName" in who) {
    who = { newName: contactName(who.newName) };
    if (ctx.prompter && !options.new) details = await ctx.prompter.newContactDetails(who.newName);
  }

  const finalChannel = channel ?? DEFAULT_CHANNEL;
  const fields = { date: date ?? ctx.today, channel: finalChannel, note, direction: finalDirection(finalChannel) };
  const target = who;
  // What is reported is read inside the transaction too: if reading fails (a damaged page),
  // the conversation is not saved either, and trying again cannot log it twice.
  return recordChange(
    db,
    { command: "add", now: ctx.now, writes: ADD_WRITES },
    () => {
      const { contactId, matchedBy } = "ref" in target ? { contactId: target.ref.id, matchedBy: target.kind } : findOrCreate(ctx, target.newName, details);
      const openBefore = openFollowUpOf(db, contactId, ctx.today);
      const conversation = insertConversation(db, contactId, fields, { now: ctx.now, today: ctx.today });
      let earlierFollowUp: Logged["earlierFollowUp"] = null;
      if (openBefore && options.keepFollowUp) {
        // Kept: only a conversation after this one fulfils it.
        const latest = latestConversationId(db, contactId);
        const anchor = openFollowUpAnchor(db, contactId);
        if (anchor) moveFollowUpAnchor(db, anchor.id, { setOn: latest.date!, afterId: latest.id });
        earlierFollowUp = { followUp: openBefore, outcome: "kept" };
      } else if (openBefore && !openFollowUpOf(db, contactId, ctx.today)) {
        earlierFollowUp = { followUp: openBefore, outcome: "fulfilled" };
      }
      // Talking to someone you archived or snoozed means you are back in touch.
      // A conversation also starts tracking a connection that was imported untracked.
      updateContactState(db, contactId, { archivedAt: null, snoozedUntil: null, snoozeNote: null, tracked: true }, ctx.now);
      if (followUp !== undefined && replacing && !replace) {
        earlierFollowUp = { followUp: stillOpen!, outcome: "stands" };
      } else if (followUp !== undefined) {
        if (replacing) earlierFollowUp = { followUp: stillOpen!, outcome: "replaced" };
        // Promised now: only a conversation logged after every one so far fulfils it, even
        // when this one is back-dated behind another.
        const latest = latestConversationId(db, contactId);
        const fu = { date: followUp, note: optionalNote(options.followUpNote), setOn: latest.date!, afterConversationId: latest.id };
        setFollowUp(db, contactId, fu, ctx.now);
      }
      return {
        contact: getContact(db, contactId)!,
        conversation,
        matchedBy,
        schedule: scheduleFor(db, contactId, ctx.today),
        earlierFollowUp,
        ...(closeTo && matchedBy === "created" ? { closeTo } : {}),
      };
    },
    (logged) => ({ kind: "add", channel: fields.channel, name: logged.contact.name, date: fields.date }),
  );
}

/**
 * The contact's follow-up still open on `today`, if any. Most contacts have none, which one
 * index lookup tells: reading the whole tracked contact took half a millisecond each time.
 */
function openFollowUpOf(db: Database, contactId: number, today: CalendarDate): FollowUp | null {
  if (!hasUndoneFollowUp(db, contactId)) return null;
  return openFollowUp(trackedContact(db, contactId, today), today);
}

/**
 * Looks the name up again inside the write lock: another netlog (`add --new` from two
 * terminals, or cron) may have created the same person since the name was resolved.
 */
function findOrCreate(ctx: Ctx, name: string, details: NewContactAnswers): { contactId: number; matchedBy: Logged["matchedBy"] } {
  const [existing] = findByNameKey(ctx.db(), name);
  if (existing) return { contactId: existing.id, matchedBy: "exact" };
  // The fields it was not asked about start empty (the store stores a missing field as null).
  return { contactId: insertContact(ctx.db(), { name, ...details }, [], ctx.today, ctx.now).id, matchedBy: "created" };
}

export function directionFlags(options: Pick<AddOptions, "sent" | "received" | "twoWay">): Direction | undefined {
  const given = (["sent", "received", "twoWay"] as const).filter((flag) => options[flag]);
  if (given.length > 1) throw usageError("--sent, --received and --two-way exclude each other", "pick the one that says who spoke");
  return given[0] === "twoWay" ? "both" : given[0];
}

export function channelFlag(value: string): Channel {
  const channel = parseChannel(value);
  if (!channel) throw usageError(`--via: '${value}' is not a channel`, CHANNEL_HINT);
  return channel;
}
