import { describe, expect, it } from "vitest";
import { type CalendarEntry, toIcs } from "../../src/formats/ics.js";
import { expectContentLines } from "../helpers/content-lines.js";
import { needs } from "../helpers/needs.js";
import { debianPython } from "../helpers/python.js";

const NOW = "2026-11-25T08:00:00.000Z";
const entry = (uuid: string, summary: string, description: string): CalendarEntry => ({ uuid, date: "2026-12-04", kind: "follow-up", summary, description });

// A follow-up note that tries to end its event and start one of its own, with bare CRs, and a
// description pasted with Windows line ends, long enough to fold, in three widths of UTF-8.
const injected = entry("3c0f5e1a-7b2d-4c8e-9f10-a1b2c3d4e5f6", "Follow up with Ann Bell: deck\rEND:VEVENT\rBEGIN:VEVENT\rUID:x\rSUMMARY:Injected", "due today");
const pasted = entry(
  "0d9b6f4a-3c21-4f7e-8a10-5b2e9c4d1f66",
  `Touch base with Zoë ${"é".repeat(50)}`,
  `Met at the fair.\r\nLikes tea.\r${"a".repeat(80)} ${"€".repeat(30)} ${"😀".repeat(25)}`,
);

describe("toIcs with line breaks and long lines in values", () => {
  it("writes CR and CRLF inside a value as an escaped newline, never raw", () => {
    const text = toIcs([injected, pasted], NOW);
    const unfolded = text.replace(/\r\n /g, "");
    expect(unfolded).toContain("\r\nSUMMARY:Follow up with Ann Bell: deck\\nEND:VEVENT\\nBEGIN:VEVENT\\nUID:x\\nSUMMARY:Injected\r\n");
    expect(unfolded).toContain("\r\nDESCRIPTION:Met at the fair.\\nLikes tea.\\naaaa");
    expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    expect(text.match(/^BEGIN:VEVENT\r$/gm)).toHaveLength(2);
  });

  it("folds every line to at most 75 octets, the fold's space included, between whole characters", () => {
    const text = toIcs([injected, pasted], NOW);
    expect(text.split("\r\n").filter((l) => l.startsWith(" ")).length).toBeGreaterThan(3);
    expectContentLines(text);
  });

  needs("python3-icalendar").it("is read by python3-icalendar as the same two events, line breaks as LF", () => {
    const events = debianPython(
      "import sys, json, icalendar\nprint(json.dumps([[str(e['UID']), str(e['SUMMARY']), str(e['DESCRIPTION'])] for e in icalendar.Calendar.from_ical(sys.stdin.buffer.read().decode('utf-8')).walk('VEVENT')]))",
      toIcs([injected, pasted], NOW),
    );
    const lf = (text: string) => text.replace(/\r\n?/g, "\n");
    expect(events).toEqual([
      [`${injected.uuid}-follow-up@netlog`, lf(injected.summary), injected.description],
      [`${pasted.uuid}-follow-up@netlog`, pasted.summary, lf(pasted.description)],
    ]);
  });
});
