// How far a relationship has come: online messages, then a call, then meeting in person.
import type { Channel } from "./channels.js";
import { type CalendarDate, calendarDaysBetween } from "./dates.js";

export type Stage = "online" | "voice" | "in_person";

const STAGE_OF_CHANNEL: Readonly<Partial<Record<Channel, Stage>>> = {
  linkedin: "online",
  inmail: "online",
  email: "online",
  text: "online",
  phone: "voice",
  video: "voice",
  meeting: "in_person",
  event: "in_person",
};

/** The channels that count toward a stage (`other` counts toward none). */
export function channelsOf(stage: Stage): Channel[] {
  return (Object.keys(STAGE_OF_CHANNEL) as Channel[]).filter((channel) => STAGE_OF_CHANNEL[channel] === stage);
}

/** Counts and first/last dates of a contact's conversations at each stage. */
export interface History {
  online: { count: number; first: CalendarDate | null; last: CalendarDate | null };
  voice: { count: number; first: CalendarDate | null };
  inPerson: { count: number; first: CalendarDate | null };
}

export const NO_HISTORY: History = {
  online: { count: 0, first: null, last: null },
  voice: { count: 0, first: null },
  inPerson: { count: 0, first: null },
};

/** The furthest stage reached, and the day it was first reached; null before any conversation. */
export function stageOf(history: History): { stage: Stage; since: CalendarDate } | null {
  if (history.inPerson.first) return { stage: "in_person", since: history.inPerson.first };
  if (history.voice.first) return { stage: "voice", since: history.voice.first };
  if (history.online.first) return { stage: "online", since: history.online.first };
  return null;
}

export const SUGGEST_CALL_AFTER = { conversations: 3, days: 60 };
export const SUGGEST_MEETING_AFTER = { calls: 3 };

/**
 * Whether it is time to move the relationship on: at least three messages over at least 60
 * days and never a call → suggest a call; at least three calls and never a meeting → a meeting.
 */
export function suggestionFor(history: History): "suggest_call" | "suggest_meeting" | null {
  const stage = stageOf(history)?.stage;
  const { online } = history;
  if (stage === "online" && online.count >= SUGGEST_CALL_AFTER.conversations && calendarDaysBetween(online.first!, online.last!) >= SUGGEST_CALL_AFTER.days) {
    return "suggest_call";
  }
  if (stage === "voice" && history.voice.count >= SUGGEST_MEETING_AFTER.calls) return "suggest_meeting";
  return null;
}
