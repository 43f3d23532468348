// A time in a zone the file names but does not define (a TZID without its VTIMEZONE, which RFC
// 5545 forbids and invitations from smaller programs still send): by its IANA name, through
// Intl, which knows every zone Node's ICU has. A Windows name ("Pacific Standard Time") comes
// with its VTIMEZONE from Outlook, and is not an IANA name.

export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const formats = new Map<string, Intl.DateTimeFormat | null>();

function formatIn(zone: string): Intl.DateTimeFormat | null {
  let format = formats.get(zone);
  if (format === undefined) {
    try {
      format = new Intl.DateTimeFormat("en-US", {
        timeZone: zone,
        hourCycle: "h23",
        year: "numeric",
        month: "numeric",
        day: "numeric",
        hour: "numeric",
        minute: "numeric",
        second: "numeric",
      });
    } catch {
      format = null;
    }
    formats.set(zone, format);
  }
  return format;
}

/** The instant `wall` is in `zone`; undefined for a zone Intl does not know. */
export function instantIn(zone: string, wall: WallTime): Date | undefined {
  const format = formatIn(zone);
  if (!format) return undefined;
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  // The zone's offset at a guess, then at the instant that gives: right on both sides of a DST change.
  const offsetAt = (instant: number) => {
    const parts = Object.fromEntries(format.formatToParts(new Date(instant)).map((p) => [p.type, Number(p.value)]));
    return Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!) - instant;
  };
  const first = asUtc - offsetAt(asUtc);
  return new Date(asUtc - offsetAt(first));
}

/** The wall time of `instant` in `zone`; undefined for a zone Intl does not know. */
export function wallTimeIn(zone: string, instant: Date): WallTime | undefined {
  const format = formatIn(zone);
  if (!format) return undefined;
  const parts = Object.fromEntries(format.formatToParts(instant).map((p) => [p.type, Number(p.value)]));
  return { year: parts.year!, month: parts.month!, day: parts.day!, hour: parts.hour!, minute: parts.minute!, second: parts.second! };
}
