// Property tests through the real command line (main, in-process: argv from a shell holds any
// Unicode text but NUL, as these strings do): whatever a user (or a script) types, netlog
// either stores it exactly, or refuses it with one error line and a hint, and changes nothing.
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import BetterSqlite3 from "better-sqlite3";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tempDir } from "../helpers/ctx.js";
import { netlogInProcess } from "../helpers/in-process.js";

const SEED = 20261125;
const TODAY = "2026-11-25";
/** Each run of a property checks this many inputs at once, each on its own database. */
const LANES = 2;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** netlog with `--db DB --today TODAY`; asynchronous, so that lanes overlap. */
function run(db: string, args: readonly string[]): Promise<Run> {
  return netlogInProcess(["--db", db, "--today", TODAY, ...args], { TZ: "America/Los_Angeles" });
}

/** A temp folder that lives for the whole file (tempDir() folders go after each test). */
const shared = mkdtempSync(join(tmpdir(), "netlog-test-"));
afterAll(() => rmSync(shared, { recursive: true, force: true }));

/** Every row of every table (whatever tables this version has, WITHOUT ROWID ones too) and the schema version. */
function dump(db: string): unknown {
  const raw = new BetterSqlite3(db, { readonly: true });
  try {
    const tables = raw.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[];
    return {
      version: raw.pragma("user_version", { simple: true }),
      tables: Object.fromEntries(
        tables.map((t) => [
          t,
          raw
            .prepare(`SELECT * FROM "${t}"`)
            .all()
            .map((row) => JSON.stringify(row))
            .sort(),
        ]),
      ),
    };
  } finally {
    raw.close();
  }
}

/** Runs the property with a fixed seed; failures shrink, but never past the time limit. */
async function check<T>(arb: fc.Arbitrary<T>, numRuns: number, predicate: (value: T) => Promise<void>): Promise<void> {
  await fc.assert(fc.asyncProperty(arb, predicate), { seed: SEED, numRuns, interruptAfterTimeLimit: 40_000 });
}

// ---------------------------------------------------------------------------------------------
// Text that is hard to keep intact: emoji (ZWJ sequences, flags), right-to-left scripts and
// bidi controls, combining marks in NFD, zero-width characters, control characters (terminal
// escapes included), quotes, backslashes, shell and SQL fragments, and any Unicode code point.

const PIECES = [
  "👩‍👩‍👧",
  "🇫🇷",
  "👍🏽",
  "مرحبا",
  "שלום",
  "\u202E",
  "\u202C",
  "\u200F",
  "e\u0301",
  "\u0308",
  "\u0301\u0301",
  "\u200B",
  "\u200D",
  "\x01",
  "\x07",
  "\x1b[31m",
  "\x1b]0;title\x07",
  "\x7f",
  "\t",
  "\n",
  "\r\n",
  " ",
  "'",
  '"',
  "`",
  "\\",
  "%s",
  "%",
  "_",
  "'); DROP TABLE contacts;--",
  '" OR 1=1 --',
  "$(rm -rf ~)",
  // biome-ignore lint/suspicious/noTemplateCurlyInString: shell- and template-looking garbage is the point
  "${HOME}",
  "--",
  "-",
  "#1",
  "ß",
  "İ",
  "ǅ",
  "𝒜",
  "Ω",
  "\u00a0",
  "\u2028",
  "Zoë",
  "Ångström",
  "José",
  "李小龍",
  "Ελένη",
];

const weirdText = (maxLength: number) =>
  fc
    .string({
      unit: fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: "binary", minLength: 1, maxLength: 1 }), fc.string({ unit: "grapheme-ascii", minLength: 1, maxLength: 1 })),
      maxLength,
    })
    // NUL cannot be passed in argv at all (execve ends the string there).
    .filter((s) => !s.includes("\0"));

/**
 * Names netlog accepts (src/commands/fields.ts contactName): it trims them, so surrounding
 * whitespace is not kept (by design); it needs a letter, digit or symbol; at most 300 code
 * points; and `#12` is how a contact is picked by id, so it is not a name. Those refusals are
 * checked one by one in "refuses names it cannot store" below.
 */
function acceptableName(name: string): boolean {
  return name.trim() === name && /[\p{L}\p{N}\p{So}]/u.test(name) && [...name].length <= 300 && !/^#\d+$/.test(name);
}

/** A blank note means "no note" (fields.ts optionalNote); anything else is kept exactly. */
function acceptableNote(note: string): boolean {
  return note.trim() !== "";
}

const names = weirdText(24).filter(acceptableName);
const notes = weirdText(60).filter(acceptableNote);

describe("what you type is what netlog keeps", () => {
  let empty: string;
  let counter = 0;
  beforeAll(async () => {
    empty = join(shared, "empty.db");
    expect((await netlogInProcess(["--db", empty, "due"], {})).code).toBe(0); // created and migrated, no contacts
  });

  /** contact add NAME; add NAME --via phone --note NOTE; contact show NAME --json; on a fresh database. */
  async function roundTrip(dir: string, name: string, note: string): Promise<void> {
    const db = join(dir, `case-${counter++}.db`);
    copyFileSync(empty, db);
    // Names may start with '-': `--` ends the options. Notes may too: `--note=` takes them whole.
    const added = await run(db, ["contact", "add", "--", name]);
    expect({ step: "contact add", code: added.code, stderr: added.stderr }).toEqual({ step: "contact add", code: 0, stderr: "" });
    const logged = await run(db, ["add", "--via", "phone", `--note=${note}`, "--", name]);
    expect({ step: "add", code: logged.code, stderr: logged.stderr }).toEqual({ step: "add", code: 0, stderr: "" });
    const shown = await run(db, ["contact", "show", "--json", "--", name]);
    expect({ step: "contact show", code: shown.code, stderr: shown.stderr }).toEqual({ step: "contact show", code: 0, stderr: "" });
    const contact = JSON.parse(shown.stdout) as { name: string; interactions: Array<{ note: string; channel: string }> };
    expect({ name: contact.name, interactions: contact.interactions.map((i) => [i.channel, i.note]) }).toEqual({ name, interactions: [["phone", note]] });
    const raw = new BetterSqlite3(db, { readonly: true });
    try {
      expect(raw.prepare("SELECT c.name, i.note FROM contacts c JOIN conversations i ON i.contact_id = c.id").all()).toEqual([{ name, note }]);
    } finally {
      raw.close();
    }
  }

  it("keeps these names and notes exactly, a 100 kB note included", { timeout: 60_000 }, async () => {
    const dir = tempDir();
    // 100 kB of UTF-8; one argument may hold at most 128 KiB (Linux MAX_ARG_STRLEN).
    const longNote = Array.from({ length: 1800 }, (_, i) => `line ${String(i).padStart(4, "0")}: «quoted» 'single' "double" \\ \t مرحبا e\u0301 👍🏽`).join("\n");
    expect(Buffer.byteLength(longNote)).toBeGreaterThanOrEqual(100_000);
    expect(Buffer.byteLength(`--note=${longNote}`)).toBeLessThan(128 * 1024);
    const cases: Array<[string, string]> = [
      ["Robert'); DROP TABLE contacts;--", `'); DROP TABLE conversations;-- " OR 1=1 -- %s %n \${HOME} $(id)`],
      ["مريم العلي", "שלום \u202Eevil.exe\u202C mixed עברית and English"],
      ["👩‍💻 Zoë 🇫🇷", "  indented\n\ttabbed  \r\nwindows line\n\ntrailing spaces   "],
      ["Zoe\u0308 A\u030Angstro\u0308m", "NFD stays NFD: e\u0301 a\u0308"],
      ["Ctrl\x01\x07\x1b[31mRed", "\x1b]0;pwned\x07\x1b[2J bell\x07 del\x7f"],
      ["-Minus --help", "--via email --date tomorrow"],
      ["𝒜".repeat(300), "a name of 300 code points (600 UTF-16 units)"],
      ["Long Note", longNote],
    ];
    for (let i = 0; i < cases.length; i += LANES) {
      await Promise.all(cases.slice(i, i + LANES).map(([name, note]) => roundTrip(dir, name, note)));
    }
  });

  it.each([
    ["   ", 'error: a contact needs a name\nhint: netlog contact add "Elaine Longmire" --company "Jefferson Bank"\n'],
    ["!!! ...", "error: a contact's name needs a letter or a digit\nhint: '!!! ...' has none\n"],
    ["#12", "error: '#12' looks like a contact id, not a name\nhint: give the person's name\n"],
    ["a".repeat(301), "error: a name of 301 characters is too long (300 at most)\nhint: keep details in --note\n"],
  ])("refuses names it cannot store: %j", async (name, stderr) => {
    const db = join(tempDir(), "netlog.db");
    copyFileSync(empty, db);
    const before = dump(db);
    expect(await run(db, ["contact", "add", "--", name])).toEqual({ code: 2, stdout: "", stderr });
    expect(dump(db)).toEqual(before);
  });

  const RUNS = 12;
  it(`stores and shows back arbitrary Unicode names and notes exactly (${RUNS} runs × ${LANES} = ${RUNS * LANES} name/note pairs)`, { timeout: 90_000 }, async () => {
    const dir = tempDir();
    let tried = 0;
    await check(fc.array(fc.tuple(names, notes), { minLength: LANES, maxLength: LANES }), RUNS, async (pairs) => {
      tried += pairs.length;
      await Promise.all(pairs.map(([name, note]) => roundTrip(dir, name, note)));
    });
    console.log(`bad-input-property: round trip of ${tried} arbitrary name/note pairs (seed ${SEED})`);
  });
});

// ---------------------------------------------------------------------------------------------
// Garbage where netlog expects a date, a cadence, a channel, a number, a flag or a file.

const FRAGMENTS = [
  "2026-13-01",
  "2026-02-30",
  "0000-00-00",
  "1899-12-31",
  "3000-01-01",
  "2026-11-25T10:00",
  "25/11/2026",
  "today",
  "tomorrow",
  "yesterday",
  "3 days ago",
  "next",
  "last",
  "friday",
  "ago",
  "in",
  "2 weeks",
  "-1",
  "0",
  "7",
  "1e3",
  "NaN",
  "Infinity",
  "99999999999999999999",
  "0x10",
  "١٢",
  "７",
  "d",
  "w",
  "m",
  "y",
  "weekly",
  "monthly",
  "phone",
  "sms",
  "call",
  "'); DROP TABLE contacts;--",
  "\x1b[31m",
  "\n",
  "\r\n",
  "\t",
  " ",
  "\u00a0",
  "\u202e",
  "\u200b",
  "\uFEFF",
  "e\u0301",
  "👩‍👩‍👧",
  "null",
  "{}",
  "%s",
  // biome-ignore lint/suspicious/noTemplateCurlyInString: shell- and template-looking garbage is the point
  "${x}",
  "$(id)",
  "\\",
  '"',
  "'",
  "-",
  "=",
  ",",
  ":",
  ".",
];

const garbage = fc
  .oneof(
    fc.string({ unit: "binary", maxLength: 30 }),
    fc.string({ unit: fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ unit: "grapheme-ascii", minLength: 1, maxLength: 1 })), maxLength: 6 }),
  )
  .filter((s) => !s.includes("\0")); // argv cannot carry NUL

/** The long options netlog knows (global, add's, due's): anything else is an unknown flag. */
const KNOWN_FLAGS = new Set([
  "db",
  "today",
  "color",
  "no-color",
  "debug",
  "help",
  "version",
  "via",
  "note",
  "date",
  "new",
  "sent",
  "received",
  "two-way",
  "follow-up",
  "follow-up-note",
]);
const unknownFlag = garbage.map((g) => `--${g}`).filter((flag) => flag.length > 2 && !KNOWN_FLAGS.has(flag.slice(2).split("=")[0]!));

const FIXTURES = fileURLToPath(new URL("../fixtures/", import.meta.url));
const CONNECTIONS = readFileSync(join(FIXTURES, "Connections.csv"), "utf8");
const VCARDS = readFileSync(join(FIXTURES, "contacts.vcf"), "utf8");

/** A real file cut short, or with garbage put in or written over part of it, or pure garbage. */
function damaged(base: () => string): fc.Arbitrary<Buffer> {
  const mutated = fc.tuple(fc.constantFrom("cut", "insert", "overwrite"), fc.nat(), fc.nat(), garbage).map(([how, a, b, junk]) => {
    const text = base();
    const at = a % (text.length + 1);
    if (how === "cut") return Buffer.from(text.slice(0, at));
    const end = how === "insert" ? at : Math.min(text.length, at + (b % 40));
    return Buffer.from(text.slice(0, at) + junk + text.slice(end));
  });
  return fc.oneof(
    mutated,
    fc.uint8Array({ maxLength: 400 }).map((bytes) => Buffer.from(bytes)), // binary junk, invalid UTF-8 included
    fc.string({ unit: "binary", maxLength: 400 }).map((s) => Buffer.from(s)),
  );
}

interface Lane {
  db: string;
  dir: string;
}

interface Tally {
  tried: number;
  refused: number;
  accepted: number;
}

describe("garbage in: one error line and a hint, and the database untouched", () => {
  let template: string;
  let exportJson: string;
  beforeAll(async () => {
    template = join(shared, "template.db");
    const base = ["--db", template, "--today", TODAY];
    for (const args of [
      ["contact", "add", "Elaine Longmire", "--company", "Jefferson Bank", "--every", "monthly", "--tag", "bank"],
      ["add", "Elaine Longmire", "--via", "phone", "--date", "2026-11-02", "--note", "hello", "--follow-up", "2026-12-04", "--follow-up-note", "send the deck"],
    ]) {
      expect(await netlogInProcess([...base, ...args], {})).toMatchObject({ code: 0, stderr: "" });
    }
    exportJson = (await netlogInProcess([...base, "export", "json"], {})).stdout;
    expect(JSON.parse(exportJson)).toMatchObject({ format: "netlog-export" });
  });

  function lanes(): Lane[] {
    return Array.from({ length: LANES }, () => {
      const dir = tempDir();
      const db = join(dir, "netlog.db");
      copyFileSync(template, db);
      return { db, dir };
    });
  }

  /**
   * Runs the command with one bad value per lane. A refusal must be exit 1 or 2, nothing on
   * stdout, exactly `error: …` and `hint: …` on stderr, no stack trace, and no change to any
   * table. Where the garbage might happen to be valid (`7` for --limit, `sms` for --via), an
   * exit 0 with a quiet stderr is allowed; readOnly commands must not change anything then either.
   */
  async function property<T>(label: string, arb: fc.Arbitrary<T>, args: (value: T, lane: Lane) => string[], options: { runs: number; readOnly?: boolean; mustRefuse?: boolean }) {
    const tally: Tally = { tried: 0, refused: 0, accepted: 0 };
    const ls = lanes();
    await check(fc.array(arb, { minLength: LANES, maxLength: LANES }), options.runs, async (values) => {
      await Promise.all(
        values.map(async (value, i) => {
          const lane = ls[i]!;
          const argv = args(value, lane);
          const before = dump(lane.db);
          const result = await run(lane.db, argv);
          tally.tried++;
          const seen = { argv, code: result.code, stderr: result.stderr };
          expect(result.stderr, JSON.stringify(seen)).not.toContain("\n    at ");
          if (result.code === 0 && !options.mustRefuse) {
            tally.accepted++;
            expect(result.stderr, JSON.stringify(seen)).toBe("");
            if (options.readOnly) expect(dump(lane.db), JSON.stringify(seen)).toEqual(before);
            return;
          }
          tally.refused++;
          expect([1, 2], JSON.stringify(seen)).toContain(result.code);
          expect(result.stdout, JSON.stringify(seen)).toBe("");
          expect(result.stderr, JSON.stringify(seen)).toMatch(/^error: [^\n]*\nhint: [^\n]*\n$/);
          expect(dump(lane.db), JSON.stringify(seen)).toEqual(before);
        }),
      );
    });
    console.log(`bad-input-property: ${label}: ${tally.tried} inputs, ${tally.refused} refused cleanly, ${tally.accepted} accepted as valid (seed ${SEED})`);
  }

  const RUNS = 8;
  const file = (lane: Lane, name: string, content: Buffer) => {
    const path = join(lane.dir, name);
    writeFileSync(path, content);
    return path;
  };

  it.each<[string, fc.Arbitrary<string>, (g: string) => string[], { readOnly?: boolean; mustRefuse?: boolean }]>([
    ["add --date", garbage, (g) => ["add", "Elaine Longmire", "--via", "phone", `--date=${g}`], {}],
    ["add --via", garbage, (g) => ["add", "Elaine Longmire", `--via=${g}`], {}],
    ["add --follow-up", garbage, (g) => ["add", "Elaine Longmire", "--via", "phone", `--follow-up=${g}`], {}],
    ["contact add --every", garbage, (g) => ["contact", "add", "Sam Ortiz", `--every=${g}`], {}],
    ["due --on", garbage, (g) => ["due", `--on=${g}`], { readOnly: true }],
    ["due --limit", garbage, (g) => ["due", `--limit=${g}`], { readOnly: true }],
    ["due --today", garbage, (g) => ["due", "--on", "2027-06-01", `--today=${g}`], { readOnly: true }],
    ["unknown flag on add", unknownFlag, (g) => ["add", "Elaine Longmire", "--via", "phone", "--note", "x", g], { mustRefuse: true }],
  ])(`%s: ${RUNS} runs × ${LANES} garbage values`, { timeout: 60_000 }, async (label, arb, args, options) => {
    await property(label, arb, (g) => args(g), { runs: RUNS, ...options });
  });

  it.each<[string, () => string, string]>([
    ["linkedin", () => CONNECTIONS, "Connections.csv"],
    ["vcard", () => VCARDS, "contacts.vcf"],
    ["json", () => exportJson, "export.json"],
  ])(`import %s of a damaged or garbage file: ${RUNS} runs × ${LANES} files`, { timeout: 60_000 }, async (kind, base, name) => {
    await property(`import ${kind}`, damaged(base), (content, lane) => ["import", kind, file(lane, name, content)], { runs: RUNS });
  });
});
