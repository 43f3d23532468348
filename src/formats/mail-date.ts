// The Date: header (RFC 5322 §3.3), as mailers write it: with or without the weekday and the
// seconds, the obsolete forms too (two-digit years, named zones like EST or GMT, a zone
// comment "(PST)"), and the asctime form some old programs wrote.

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
/** RFC 5322 §4.3's named zones, in minutes east of UTC; any other letters count as UTC (-0000, "unknown"). */
const ZONES: Readonly<Record<string, number>> = { ut: 0, utc: 0, gmt: 0, z: 0, est: -300, edt: -240, cst: -360, cdt: -300, mst: -420, mdt: -360, pst: -480, pdt: -420 };

const RFC = /^(?:[a-z]+\s*,?\s*)?(\d{1,2})[\s-]*([a-z]{3})[a-z]*\.?[\s-]*(\d{2,4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(.*)$/i;
const ASCTIME = /^[a-z]{3},?\s+([a-z]{3})[a-z]*\s+(\d{1,2})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s+(?:([a-z]+|[+-]\d{4})\s+)?(\d{4})(?:\s+(.*))?$/i;

/** The instant a Date: header names; undefined when it names none. */
export function parseMailDate(header: string): Date | undefined {
  const text = header
    .replace(/\([^()]*\)/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  const rfc = RFC.exec(text);
  if (rfc) return instant(year(rfc[3]!), rfc[2]!, rfc[1]!, rfc[4]!, rfc[5]!, rfc[6], rfc[7]!);
  const asc = ASCTIME.exec(text);
  if (asc) return instant(Number(asc[7]), asc[1]!, asc[2]!, asc[3]!, asc[4]!, asc[5], asc[6] ?? asc[8] ?? "");
  return undefined;
}

/** RFC 5322 §4.3: a two-digit year below 50 is 20xx, else 19xx; a three-digit one adds 1900. */
function year(text: string): number {
  const n = Number(text);
  if (text.length === 2) return n < 50 ? 2000 + n : 1900 + n;
  return text.length === 3 ? 1900 + n : n;
}

function instant(y: number, monthName: string, day: string, hour: string, minute: string, second: string | undefined, zoneText: string): Date | undefined {
  const month = MONTHS.indexOf(monthName.toLowerCase());
  const offset = zoneMinutes(zoneText.trim());
  if (month === -1 || offset === undefined) return undefined;
  const [d, h, m, s] = [Number(day), Number(hour), Number(minute), Number(second ?? 0)];
  // Date.UTC rolls 31 Feb over into March; a day the month lacks is no date.
  const utc = Date.UTC(y, month, d, h, m, s);
  const check = new Date(utc);
  if (check.getUTCDate() !== d || check.getUTCMonth() !== month || h > 23 || m > 59 || s > 60) return undefined;
  return new Date(utc - offset * 60_000);
}

/** `+0100`, `-08:00`, `GMT+0100`, `EST`, a military letter, or nothing (obsolete: UTC). */
function zoneMinutes(zone: string): number | undefined {
  const numeric = /^(?:(?:gmt|utc|ut)\s*)?([+-])(\d{2}):?(\d{2})\b/i.exec(zone);
  if (numeric) {
    const minutes = Number(numeric[2]) * 60 + Number(numeric[3]);
    return minutes >= 24 * 60 ? undefined : numeric[1] === "-" ? -minutes : minutes;
  }
  const named = /^([a-z]+)\b/i.exec(zone);
  if (named) return ZONES[named[1]!.toLowerCase()] ?? 0;
  return zone === "" ? 0 : undefined;
}
