// A series whose TZID the file does not define (no VTIMEZONE) is expanded by ical.js as floating
// wall times. Its UNTIL (in UTC, as RFC 5545 §3.3.10 requires with a TZID), and EXDATEs or
// RECURRENCE-IDs written in UTC or another zone, are then compared with those wall times as
// if they were in the same zone, and miss by the zone's offset: an excluded meeting is logged,
// the last one dropped. Rewritten as wall times in the event's zone (by its IANA name), they meet.
import ICAL from "ical.js";
import { instantIn, wallTimeIn } from "./calendar-zones.js";

/** The zone an event's DTSTART names but the file does not define, when Intl knows it. */
function undefinedZone(vevent: ICAL.Component): string | undefined {
  const start = vevent.getFirstProperty("dtstart");
  const tzid = start?.getParameter("tzid");
  const time = start?.getFirstValue() as ICAL.Time | null | undefined;
  if (typeof tzid !== "string" || !time || time.isDate) return undefined;
  if (time.zone && time.zone !== ICAL.Timezone.localTimezone) return undefined;
  return wallTimeIn(tzid, new Date(0)) ? tzid : undefined;
}

/**
 * `time` as a wall time in `zone`, when it names an instant: UTC, a zone the file defines, or
 * another zone it does not (`tzid`, its property's) that Intl knows. Else itself.
 */
function asWallTime(time: ICAL.Time, zone: string, tzid?: unknown): ICAL.Time {
  if (time.isDate) return time;
  const floating = !time.zone || time.zone === ICAL.Timezone.localTimezone;
  const instant = !floating ? time.toJSDate() : typeof tzid === "string" && tzid !== zone ? instantIn(tzid, time) : undefined;
  const wall = instant && wallTimeIn(zone, instant);
  return wall ? new ICAL.Time({ ...wall, isDate: false }, ICAL.Timezone.localTimezone) : time;
}

/** Rewrites, in place, the UNTIL, EXDATEs and RECURRENCE-IDs of a series in a zone the file does not define. */
export function floatInstants(master: ICAL.Component, overrides: readonly ICAL.Component[]): void {
  const zone = undefinedZone(master);
  if (!zone) return;
  for (const rrule of master.getAllProperties("rrule")) {
    const recur = rrule.getFirstValue() as ICAL.Recur;
    if (recur.until) recur.until = asWallTime(recur.until, zone);
  }
  for (const exdate of master.getAllProperties("exdate")) {
    const values = exdate.getValues() as ICAL.Time[];
    const walls = values.map((t) => asWallTime(t, zone, exdate.getParameter("tzid")));
    if (walls.some((t, i) => t !== values[i])) {
      exdate.removeParameter("tzid");
      exdate.setValues(walls);
    }
  }
  for (const override of overrides) {
    const id = override.getFirstProperty("recurrence-id");
    const time = id?.getFirstValue() as ICAL.Time | undefined;
    if (!id || !time) continue;
    const wall = asWallTime(time, zone, id.getParameter("tzid"));
    if (wall !== time) {
      id.removeParameter("tzid");
      id.setValue(wall);
    }
  }
}
