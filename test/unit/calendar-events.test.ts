import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { channelOf, type EventPlace } from "../../src/formats/calendar-channel.js";
import { readCalendar } from "../../src/formats/calendar-events.js";
import { needs } from "../helpers/needs.js";
import { debianPython } from "../helpers/python.js";

const fixture = (name: string) => readFileSync(fileURLToPath(new URL(`../fixtures/calendar/${name}`, import.meta.url)), "utf8");
const calendar = (events: string, extra = "") =>
  `BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n${extra}${events
    .trim()
    .split("\n")
    .map((l) => l.trim())
    .join("\r\n")}\r\nEND:VCALENDAR\r\n`;
const when = (r: ReturnType<typeof readCalendar>) => ({ past: r.past.map((o) => [o.date, o.occurrence]), next: r.next.map((o) => [o.date, o.occurrence]), cancelled: r.cancelled });

describe("readCalendar", () => {
  it("expands ical.js's own sample (Zimbra): RRULE, RDATE and EXDATE, overrides moving an occurrence, with their own attendees", () => {
    const read = readCalendar(fixture("ical.js-recur_instances.ics"), "2013-01-15");
    expect(when(read)).toEqual({
      past: [
        // Overridden to 15:00 the same day.
        ["2012-10-02", "20121002T170000Z"],
        // The RDATE of 5 Nov, moved by an override (its RECURRENCE-ID in UTC) to the 6th.
        ["2012-11-06", "20121105T180000Z"],
        ["2012-11-06", "20121106T180000Z"],
        ["2012-11-10", "20121110T180000Z"],
        ["2012-11-30", "20121130T180000Z"],
        // 4 Dec is an EXDATE.
        ["2013-01-01", "20130101T180000Z"],
      ],
      // 5 Feb is an EXDATE too.
      next: [["2013-03-05", "20130305T180000Z"]],
      cancelled: 0,
    });
    expect(read.past[0]!.people).toEqual([{ email: "jlal@mozilla.com", declined: false }]);
    expect(read.past[2]!.people.map((p) => p.email)).toEqual(["jlal@mozilla.com", "calmozilla1@gmail.com", "james@lightsofapollo.com", "iam.revelation@gmail.com"]);
    expect(read.past[2]).toMatchObject({ uid: "623c13c0-6c2b-45d6-a12b-c33ad61c4868", channel: "meeting", summary: "Crazy Event Thingy!" });
  });

  it("reads Google's export: its name, a cancelled week, a declined attendee", () => {
    const read = readCalendar(fixture("google/basic.ics"), "2026-12-04");
    expect(read.name).toBe("me@example.com");
    expect(read.cancelled).toBe(2);
    expect(read.uids.size).toBe(5);
    expect(read.next.map((o) => [o.date, o.summary, o.channel])).toEqual([
      ["2026-12-08", "Elaine / me 1:1", "video"],
      ["2026-12-10", "coffee", "meeting"],
    ]);
    expect(read.past.find((o) => o.summary === "Planning day")?.people).toEqual([
      { email: "me@example.com", declined: false },
      { email: "elaine@example.com", declined: true },
    ]);
  });

  it("puts an all-day event on its date, a UTC time on its local day, and a floating time on its written day", () => {
    const read = readCalendar(
      calendar(`
        BEGIN:VEVENT
        UID:a
        DTSTART;VALUE=DATE:20261201
        END:VEVENT
        BEGIN:VEVENT
        UID:b
        DTSTART:20261202T063000Z
        END:VEVENT
        BEGIN:VEVENT
        UID:c
        DTSTART:20261202T233000
        END:VEVENT`),
      "2026-12-04",
    );
    expect(when(read).past).toEqual([
      ["2026-12-01", "20261201"],
      ["2026-12-01", "20261202T063000Z"],
      ["2026-12-02", "20261202T233000"],
    ]);
  });

  it("reads a TZID the file does not define by its IANA name, and one nobody knows as floating", () => {
    const read = readCalendar(
      calendar(`
        BEGIN:VEVENT
        UID:a
        DTSTART;TZID=Europe/Berlin:20261202T060000
        END:VEVENT
        BEGIN:VEVENT
        UID:b
        DTSTART;TZID=Nowhere/Middle:20261202T060000
        END:VEVENT
        BEGIN:VEVENT
        UID:c
        DTSTART;TZID=Asia/Tokyo:20261201T080000
        RRULE:FREQ=DAILY;COUNT=2
        END:VEVENT`),
      "2026-12-04",
    );
    // 06:00 in Berlin is 21:00 the day before here; 08:00 in Tokyo is 15:00 the day before.
    expect(read.past.map((o) => [o.uid, o.date])).toEqual([
      ["a", "2026-12-01"],
      ["b", "2026-12-02"],
      ["c", "2026-11-30"],
      ["c", "2026-12-01"],
    ]);
  });

  it("matches a UTC UNTIL and EXDATE (RFC 5545 wants UNTIL in UTC) to a series in a TZID the file does not define", () => {
    const read = readCalendar(
      calendar(`
        BEGIN:VEVENT
        UID:a
        DTSTART;TZID=Europe/Berlin:20261019T083000
        RRULE:FREQ=WEEKLY;UNTIL=20261116T073000Z
        EXDATE:20261026T073000Z
        EXDATE;TZID=Asia/Tokyo:20261102T163000
        END:VEVENT
        BEGIN:VEVENT
        UID:a
        RECURRENCE-ID:20261109T073000Z
        DTSTART;TZID=Europe/Berlin:20261110T120000
        SUMMARY:moved
        END:VEVENT`),
      "2026-12-01",
    );
    // 08:30 in Berlin, 23:30 the day before here: 26 Oct and 2 Nov are out (07:30 UTC, after
    // Berlin left summer time), 9 Nov moved to noon on the 10th, and 16 Nov, the UNTIL itself, is in.
    expect(read.past.map((o) => [o.date, o.summary])).toEqual([
      ["2026-10-18", null],
      ["2026-11-10", "moved"],
      ["2026-11-15", null],
    ]);
  });

  it("leaves out, whole, an event whose dates ical.js cannot read, and reads the others", () => {
    const read = readCalendar(
      calendar(`
        BEGIN:VEVENT
        UID:bad-exdate
        DTSTART:20261101T170000Z
        RRULE:FREQ=WEEKLY
        EXDATE:garbage
        END:VEVENT
        BEGIN:VEVENT
        UID:bad-start
        DTSTART:notadate
        END:VEVENT
        BEGIN:VEVENT
        UID:good
        DTSTART:20261202T170000Z
        END:VEVENT`),
      "2026-12-04",
    );
    expect([read.unreadable, read.past.map((o) => o.uid), read.next]).toEqual([2, ["good"], []]);
  });

  it("leaves out an event whose RRULE ical.js refuses as it parses, rather than refuse the whole calendar for it", () => {
    const read = readCalendar(
      calendar(`
        BEGIN:VEVENT
        UID:good-before
        DTSTART:20261130T170000Z
        END:VEVENT
        BEGIN:VEVENT
        UID:bad-rule
        DTSTART:20261101T170000Z
        RRULE:FREQ=WEEKLY;BYDAY=XX
        END:VEVENT
        BEGIN:VEVENT
        UID:good
        DTSTART:20261202T170000Z
        END:VEVENT`),
      "2026-12-04",
    );
    // Its UID is still the file's: a meeting it planned before is no longer planned.
    expect([read.unreadable, read.past.map((o) => o.uid), [...read.uids].sort()]).toEqual([1, ["good-before", "good"], ["bad-rule", "good", "good-before"]]);
  });

  it("finds the link in RFC 7986's CONFERENCE and in URL, and a dial-in in CONFERENCE", () => {
    const read = readCalendar(
      calendar(`
        BEGIN:VEVENT
        UID:a
        DTSTART:20261202T170000Z
        CONFERENCE;VALUE=URI;FEATURE=PHONE:tel:+1-555-0100,,1234
        CONFERENCE;VALUE=URI;FEATURE=VIDEO;LABEL=Join:https://acme.zoom.us/j/84512345678
        END:VEVENT
        BEGIN:VEVENT
        UID:b
        DTSTART:20261202T180000Z
        CONFERENCE;VALUE=URI;FEATURE=PHONE,AUDIO:tel:+1-555-0100
        END:VEVENT
        BEGIN:VEVENT
        UID:c
        DTSTART:20261202T190000Z
        URL:https://teams.live.com/meet/9385581234
        END:VEVENT`),
      "2026-12-04",
    );
    expect(read.past.map((o) => [o.uid, o.channel])).toEqual([
      ["a", "video"],
      ["b", "phone"],
      ["c", "video"],
    ]);
  });

  it("leaves rooms and other resources out of the people", () => {
    const read = readCalendar(
      calendar(`
        BEGIN:VEVENT
        UID:a
        DTSTART:20261202T170000Z
        ATTENDEE;CUTYPE=RESOURCE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=HQ-4-Lisbon (8):mailto:c_1889@resource.calendar.google.com
        ATTENDEE;CUTYPE=ROOM:mailto:room4@example.com
        ATTENDEE;CUTYPE=INDIVIDUAL:mailto:ann@example.com
        END:VEVENT`),
      "2026-12-04",
    );
    expect(read.past[0]!.people).toEqual([{ email: "ann@example.com", declined: false }]);
  });

  it("leaves out a cancelled series once, and plans nothing when a series has ended", () => {
    const read = readCalendar(
      calendar(`
        BEGIN:VEVENT
        UID:a
        DTSTART:20260105T170000Z
        RRULE:FREQ=DAILY
        STATUS:CANCELLED
        END:VEVENT
        BEGIN:VEVENT
        UID:b
        DTSTART:20261101T170000Z
        RRULE:FREQ=WEEKLY;COUNT=2
        END:VEVENT`),
      "2026-12-04",
    );
    expect(when(read)).toEqual({
      past: [
        ["2026-11-01", "20261101T170000Z"],
        ["2026-11-08", "20261108T170000Z"],
      ],
      next: [],
      cancelled: 1,
    });
  });

  it("takes an hourly (or finer) series as one meeting a day, at its day's first occurrence", () => {
    const read = readCalendar(
      calendar(`
        BEGIN:VEVENT
        UID:s
        DTSTART:20261130T235958Z
        RRULE:FREQ=SECONDLY
        END:VEVENT
        BEGIN:VEVENT
        UID:h
        DTSTART:20261129T060000Z
        RRULE:FREQ=HOURLY;INTERVAL=12;COUNT=4
        END:VEVENT`),
      "2026-12-01",
    );
    // A FREQ=SECONDLY rule is 86,400 meetings a day, each a conversation, up to the expansion cap.
    expect(when(read)).toEqual({
      past: [
        ["2026-11-30", "20261130T235958Z"],
        // 22:00 and 10:00 in Los Angeles, then 22:00 on the 29th (left out) and 10:00 on the 30th.
        ["2026-11-28", "20261129T060000Z"],
        ["2026-11-29", "20261129T180000Z"],
        ["2026-11-30", "20261130T180000Z"],
      ],
      next: [],
      cancelled: 0,
    });
  });

  it("counts a cancelled occurrence of the past, and plans the next one that is not cancelled", () => {
    const read = readCalendar(
      calendar(`
        BEGIN:VEVENT
        UID:a
        DTSTART;VALUE=DATE:20261130
        RRULE:FREQ=DAILY
        END:VEVENT
        BEGIN:VEVENT
        UID:a
        RECURRENCE-ID;VALUE=DATE:20261201
        DTSTART;VALUE=DATE:20261201
        STATUS:CANCELLED
        END:VEVENT
        BEGIN:VEVENT
        UID:a
        RECURRENCE-ID;VALUE=DATE:20261203
        DTSTART;VALUE=DATE:20261203
        STATUS:CANCELLED
        END:VEVENT`),
      "2026-12-02",
    );
    expect(when(read)).toEqual({
      past: [
        ["2026-11-30", "20261130"],
        ["2026-12-02", "20261202"],
      ],
      next: [["2026-12-04", "20261204"]],
      cancelled: 1,
    });
  });

  it("reads an invitation to one occurrence of someone else's series (an override without its master)", () => {
    const read = readCalendar(
      calendar(`
        BEGIN:VEVENT
        UID:theirs
        RECURRENCE-ID:20261203T170000Z
        DTSTART:20261203T180000Z
        ATTENDEE;PARTSTAT=ACCEPTED:MAILTO:Ann@Example.com
        END:VEVENT`),
      "2026-12-04",
    );
    expect(read.past.map((o) => [o.date, o.occurrence, o.people])).toEqual([["2026-12-03", "20261203T170000Z", [{ email: "ann@example.com", declined: false }]]]);
  });
});

describe("channelOf", () => {
  const place = (p: Partial<EventPlace>): EventPlace => ({ location: null, description: null, url: null, conferences: [], ...p });
  it.each([
    [place({ conferences: ["https://meet.google.com/xqe-rbvn-kpa"] }), "video"],
    [place({ description: "Join: https://us02web.zoom.us/j/84512345678?pwd=x" }), "video"],
    [place({ location: "Microsoft Teams Meeting", description: "<https://teams.microsoft.com/l/meetup-join/19%3a>" }), "video"],
    [place({ url: "https://zoom.us/my/elaine" }), "video"],
    // A Meet link with a dial-in: the video link wins.
    [place({ conferences: ["https://meet.google.com/abc", "tel:+1-402-555-0100"] }), "video"],
    [place({ location: "tel:+1-212-555-0199,,,4431#" }), "phone"],
    [place({ location: "+1 415-555-0100" }), "phone"],
    [place({ location: "(415) 555-0100" }), "phone"],
    [place({ location: "Blue Bottle Coffee, Oakland" }), "meeting"],
    [place({ location: "Room 101" }), "meeting"],
    [place({}), "meeting"],
    // A web page that only mentions Zoom is not a Zoom link.
    [place({ description: "we use zoom.us for calls" }), "meeting"],
  ] as const)("%o is %s", (p, channel) => {
    expect(channelOf(p)).toBe(channel);
  });
});

/** Each one-off event's local day in Los Angeles, as python-icalendar reads the file: another parser's word on the fixtures' zones. */
const PYTHON_DAYS = `
import sys, json, datetime, icalendar, zoneinfo
here = zoneinfo.ZoneInfo("America/Los_Angeles")
days = {}
for e in icalendar.Calendar.from_ical(sys.stdin.buffer.read()).walk("VEVENT"):
    if "RRULE" in e or "RECURRENCE-ID" in e or str(e.get("STATUS", "")) == "CANCELLED":
        continue
    start = e.decoded("DTSTART")
    if isinstance(start, datetime.datetime) and start.tzinfo is not None:
        start = start.astimezone(here)
    days[str(e["UID"])] = (start.date() if isinstance(start, datetime.datetime) else start).isoformat()
print(json.dumps(days))
`;

needs("python3-icalendar").describe("the fixtures, read by python-icalendar", () => {
  it.each(["google/basic.ics", "outlook/calendar.ics", "thunderbird/export.ics"])("%s: each one-off event is on the day python-icalendar gives", (name) => {
    const text = fixture(name);
    const days = debianPython(PYTHON_DAYS, text) as Record<string, string>;
    const read = readCalendar(text, "2026-12-04");
    const ours = Object.fromEntries([...read.past, ...read.next].filter((o) => o.uid in days).map((o) => [o.uid, o.date]));
    expect(Object.keys(days).length).toBeGreaterThan(1);
    expect(ours).toEqual(days);
  });
});
