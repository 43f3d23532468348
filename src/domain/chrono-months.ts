// Month arithmetic for chrono-node that clamps to the month's last day, as date-fns addMonths
// does: 31 March minus a month is 28 February. chrono adds months and years with Date#setMonth
// and #setFullYear, which roll over instead ("31 February" is 3 March), so on 31 March "last
// month" was 3 March, and on 31 January "next month" was 3 March: a snooze skipped February.
//
// Every English phrase that moves by months, quarters or years ("1 month ago", "in 2 months",
// "next month", "last year", "+1 month", "3 months after jan 31") becomes a date in one place,
// the static ParsingComponents.createRelativeFromReference, and chrono has no option or hook for
// that arithmetic. So that one method is wrapped: the whole months are added here, clamped, and
// chrono adds what is left (a fraction of a month as weeks, then weeks and days) from there, as
// date-fns `add` does. test/unit/month-arithmetic.test.ts pins the result for each phrase.
import { ParsingComponents } from "chrono-node/en";
import { addMonths } from "date-fns/addMonths";

type Reference = Parameters<typeof ParsingComponents.createRelativeFromReference>[0];
type Duration = NonNullable<Parameters<typeof ParsingComponents.createRelativeFromReference>[1]>;

const chronoRelative = ParsingComponents.createRelativeFromReference.bind(ParsingComponents);

ParsingComponents.createRelativeFromReference = (reference: Reference, duration?: Duration): ParsingComponents => {
  const split = duration && wholeMonths(duration);
  if (!split || split.months === 0) return chronoRelative(reference, duration);
  const moved = addMonths(reference.getDateWithAdjustedTimezone(), split.months);
  // The reference with its date moved; its instant and time zone, which chrono also reads, stay.
  const from: Reference = Object.create(reference, { getDateWithAdjustedTimezone: { value: () => new Date(moved) } });
  return chronoRelative(from, split.rest);
};

/**
 * The whole months in a duration, counted the way chrono counts them (a fraction of a year or a
 * quarter is months, a fraction of a month is weeks), and the rest for chrono to add. The units
 * stay in the rest, at zero, because chrono decides from them which parts of the date were said.
 */
function wholeMonths(duration: Duration): { months: number; rest: Duration } {
  const { year = 0, quarter = 0, month = 0, y = 0, mo = 0, M = 0, ...others } = duration;
  const years = year + y;
  const quarters = quarter;
  const monthsAndFractions = month + mo + M + 12 * (years - Math.floor(years)) + 3 * (quarters - Math.floor(quarters));
  const months = 12 * Math.floor(years) + 3 * Math.floor(quarters) + Math.floor(monthsAndFractions);
  const rest: Duration = { ...others };
  if ("year" in duration || "y" in duration) rest.year = 0;
  if ("quarter" in duration) rest.quarter = 0;
  if (monthsAndFractions !== 0 || "month" in duration || "mo" in duration || "M" in duration) rest.month = monthsAndFractions - Math.floor(monthsAndFractions);
  return { months, rest };
}
