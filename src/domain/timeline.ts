// A year of a relationship at a glance: how many conversations each month, at each stage.
import type { Channel } from "./channels.js";
import type { CalendarDate } from "./dates.js";
import { channelsOf, type Stage } from "./stage.js";

export interface MonthActivity {
  /** `YYYY-MM`. */
  month: string;
  online: number;
  voice: number;
  inPerson: number;
  /** Conversations on `other`, which counts toward no stage. */
  other: number;
}

export const TIMELINE_MONTHS = 12;

const STAGE_KEY: Readonly<Record<Stage, "online" | "voice" | "inPerson">> = { online: "online", voice: "voice", in_person: "inPerson" };

function keyOf(channel: Channel): "online" | "voice" | "inPerson" | "other" {
  for (const stage of ["online", "voice", "in_person"] as const) if (channelsOf(stage).includes(channel)) return STAGE_KEY[stage];
  return "other";
}

/** The month `offset` months after `month` (`YYYY-MM`), with plain integers: no time zone involved. */
function addMonths(month: string, offset: number): string {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + offset;
  return `${String(Math.floor(index / 12)).padStart(4, "0")}-${String((index % 12) + 1).padStart(2, "0")}`;
}

/** The twelve months up to and including today's, oldest first; later conversations are left out. */
export function lastTwelveMonths(conversations: ReadonlyArray<{ date: CalendarDate; channel: Channel }>, today: CalendarDate): MonthActivity[] {
  const last = today.slice(0, 7);
  const months = Array.from(
    { length: TIMELINE_MONTHS },
    (_, i): MonthActivity => ({ month: addMonths(last, i - TIMELINE_MONTHS + 1), online: 0, voice: 0, inPerson: 0, other: 0 }),
  );
  const byMonth = new Map(months.map((m) => [m.month, m]));
  for (const { date, channel } of conversations) {
    if (date > today) continue;
    const month = byMonth.get(date.slice(0, 7));
    if (month) month[keyOf(channel)]++;
  }
  return months;
}
