// How often to touch base, in days. Months and years are fixed lengths (30 and 365 days) so that
// "days overdue ÷ cadence" compares people fairly and a cadence never drifts with month lengths.

export const DEFAULT_CADENCE_DAYS = 90;
const MAX_CADENCE_DAYS = 3650;

const UNIT_DAYS: Readonly<Record<string, number>> = { d: 1, w: 7, m: 30, y: 365 };
const NAMED: Readonly<Record<string, number>> = {
  daily: 1,
  weekly: 7,
  biweekly: 14,
  fortnightly: 14,
  monthly: 30,
  quarterly: 90,
  yearly: 365,
  annually: 365,
};
const UNIT_WORDS: Readonly<Record<string, string>> = {
  day: "d",
  days: "d",
  week: "w",
  weeks: "w",
  month: "m",
  months: "m",
  year: "y",
  years: "y",
};

/** A stored cadence: a whole number of days that parseCadence could have given. */
export function isCadenceDays(days: unknown): days is number {
  return Number.isInteger(days) && (days as number) >= 1 && (days as number) <= MAX_CADENCE_DAYS;
}

export const CADENCE_HINT = "use a number and a unit, like 10d, 2w, 3m or 1y, or weekly, monthly, quarterly, yearly";

/** `10d`, `2w`, `3m`, `1y`, `3 months`, `monthly` → days; undefined when it is not a cadence. */
export function parseCadence(text: string): number | undefined {
  const days = parseDuration(text);
  return days !== undefined && days >= 1 ? days : undefined;
}

/** Like a cadence, but `0d` is allowed: `--within 0d` means nothing ahead. */
export function parseDuration(text: string): number | undefined {
  const input = text.trim().toLowerCase();
  if (NAMED[input] !== undefined) return NAMED[input];
  const m = /^(\d{1,4})\s*([a-z]+)$/.exec(input);
  if (!m) return undefined;
  const unit = UNIT_DAYS[m[2]!] !== undefined ? m[2]! : UNIT_WORDS[m[2]!];
  if (!unit) return undefined;
  const days = Number(m[1]) * UNIT_DAYS[unit]!;
  return days <= MAX_CADENCE_DAYS ? days : undefined;
}

/**
 * A span from today to a day, as snooze takes it: `2w` is 14 days, but `1m` and `1y` are calendar
 * months and years (31 Jan + 1m is 28 Feb, not 2 Mar), which is what "a month from now" means.
 * A cadence stays in fixed days; a snooze is a date on the calendar.
 */
export function parseSpan(text: string): { days: number } | { months: number } | undefined {
  const input = text.trim().toLowerCase();
  const months = NAMED_MONTHS[input] ?? monthCount(input);
  if (months !== undefined) return { months };
  const days = parseDuration(input);
  return days === undefined ? undefined : { days };
}

const NAMED_MONTHS: Readonly<Record<string, number>> = { monthly: 1, quarterly: 3, yearly: 12, annually: 12 };

function monthCount(input: string): number | undefined {
  const m = /^(\d{1,4})\s*(m|months?|y|years?)$/.exec(input);
  if (!m) return undefined;
  const months = Number(m[1]) * (m[2]!.startsWith("y") ? 12 : 1);
  return months * 30 <= MAX_CADENCE_DAYS ? months : undefined;
}

/** A span of days for --within and --days: a bare number means days (0 included), else as a cadence (2w). */
export function parseDays(text: string): number | undefined {
  const input = text.trim();
  if (/^\d{1,4}$/.test(input)) return Number(input);
  return parseDuration(input);
}

/** 7 → `1 week`, 30 → `1 month`, 90 → `3 months`, 10 → `10 days`. */
export function formatCadence(days: number): string {
  const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? "" : "s"}`;
  if (days % 365 === 0) return plural(days / 365, "year");
  if (days % 30 === 0) return plural(days / 30, "month");
  if (days % 7 === 0) return plural(days / 7, "week");
  return plural(days, "day");
}
