// The schedules the store keeps (store/schedules.ts) against the engine over everyone: after
// random sequences of the writes that move someone's date — conversations, follow-ups, snoozes,
// pauses, archiving, dismissals, tag and default cadences, planned meetings, new jobs, undo —
// made on different days, today's list read from the schedules is the list the engine makes,
// line for line, on each of the days after; and the pieces in force are what a full
// recomputation of everyone gives.
import BetterSqlite3 from "better-sqlite3";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { add } from "../../src/commands/add.js";
import { contactAdd } from "../../src/commands/contact-add.js";
import { followUp, followUpDone, setArchived, setPaused, snooze } from "../../src/commands/contact-state.js";
import { dismiss } from "../../src/commands/dismiss.js";
import { due } from "../../src/commands/due.js";
import { configSet } from "../../src/commands/settings.js";
import { tagSet } from "../../src/commands/tags.js";
import { undo } from "../../src/commands/undo.js";
import { addCalendarDays, type CalendarDate, dayIndex } from "../../src/domain/dates.js";
import { renderDue } from "../../src/render/due.js";
import { recordRoleChange } from "../../src/store/contact-roles.js";
import type { Database } from "../../src/store/db.js";
import { recordChange } from "../../src/store/journal.js";
import { replacePlanned } from "../../src/store/planned-meetings.js";
import { refreshSchedules, schedulesCover } from "../../src/store/schedules.js";
import { tempDir, testCtx } from "../helpers/ctx.js";

const START: CalendarDate = "2026-10-01";
const NAMES = ["Ann Lee", "Bo Chen", "Cy Diaz", "Di Dahl", "Ed Ito"];

type Op =
  | { kind: "add"; who: number; back: number; via: "email" | "phone" | "meeting"; sent: boolean }
  | { kind: "followUp"; who: number; ahead: number }
  | { kind: "followUpDone"; who: number }
  | { kind: "snooze"; who: number; ahead: number }
  | { kind: "pause"; who: number; paused: boolean }
  | { kind: "archive"; who: number; archived: boolean }
  | { kind: "dismiss"; who: number }
  | { kind: "tagCadence"; every: string }
  | { kind: "defaultCadence"; every: string }
  | { kind: "replyWindow"; days: number }
  | { kind: "plan"; who: number; ahead: number }
  | { kind: "newJob"; who: number }
  | { kind: "undo" };

const who = fc.integer({ min: 0, max: NAMES.length - 1 });
const opArb: fc.Arbitrary<Op> = fc.oneof(
  {
    arbitrary: fc.record({
      kind: fc.constant("add" as const),
      who,
      back: fc.integer({ min: 0, max: 20 }),
      via: fc.constantFrom("email" as const, "phone" as const, "meeting" as const),
      sent: fc.boolean(),
    }),
    weight: 4,
  },
  fc.record({ kind: fc.constant("followUp" as const), who, ahead: fc.integer({ min: -3, max: 20 }) }),
  fc.record({ kind: fc.constant("followUpDone" as const), who }),
  fc.record({ kind: fc.constant("snooze" as const), who, ahead: fc.integer({ min: 1, max: 20 }) }),
  fc.record({ kind: fc.constant("pause" as const), who, paused: fc.boolean() }),
  fc.record({ kind: fc.constant("archive" as const), who, archived: fc.boolean() }),
  fc.record({ kind: fc.constant("dismiss" as const), who }),
  fc.record({ kind: fc.constant("tagCadence" as const), every: fc.constantFrom("1w", "2w", "1m", "none") }),
  fc.record({ kind: fc.constant("defaultCadence" as const), every: fc.constantFrom("2w", "1m", "3m") }),
  fc.record({ kind: fc.constant("replyWindow" as const), days: fc.constantFrom(2, 5, 9) }),
  { arbitrary: fc.record({ kind: fc.constant("plan" as const), who, ahead: fc.integer({ min: 0, max: 15 }) }), weight: 2 },
  fc.record({ kind: fc.constant("newJob" as const), who }),
  fc.record({ kind: fc.constant("undo" as const) }),
);
const stepArb = fc.record({ days: fc.integer({ min: 0, max: 6 }), op: opArb });

/** A command's refusal (nothing to undo, nobody due to dismiss…) is a step that wrote nothing. */
async function quietly(run: () => Promise<unknown>): Promise<void> {
  try {
    await run();
  } catch (error) {
    if (!(error instanceof Error && error.name === "NetlogError")) throw error;
  }
}

async function apply(op: Op, ctx: ReturnType<typeof testCtx>, today: CalendarDate, step: number): Promise<void> {
  const name = "who" in op ? NAMES[op.who]! : "";
  const now = ctx.now;
  // A plan or a new job, as the imports write them; nothing for a contact an undo took away.
  const write = (work: (db: Database, id: number) => void) => {
    const id = ctx.db().prepare("SELECT id FROM contacts WHERE name = ?").pluck().get(name) as number | undefined;
    if (id === undefined) return;
    recordChange(
      ctx.db(),
      { command: op.kind, now },
      () => work(ctx.db(), id),
      () => ({ kind: "text", text: op.kind }),
    );
  };
  switch (op.kind) {
    case "add":
      return quietly(() => add({ name, via: op.via, date: addCalendarDays(today, -op.back), ...(op.sent ? { sent: true } : {}), note: `step ${step}` }, ctx));
    case "followUp":
      return quietly(() => followUp({ name, when: addCalendarDays(today, op.ahead), note: "the deck" }, ctx));
    case "followUpDone":
      return quietly(() => followUpDone({ name }, ctx));
    case "snooze":
      return quietly(() => snooze({ name, until: addCalendarDays(today, op.ahead) }, ctx));
    case "pause":
      return quietly(() => setPaused({ name }, op.paused, ctx));
    case "archive":
      return quietly(() => setArchived({ name }, op.archived, ctx));
    case "dismiss":
      return quietly(() => dismiss({ name }, ctx));
    case "tagCadence":
      return quietly(() => tagSet({ name: "close", every: op.every }, ctx));
    case "defaultCadence":
      return quietly(() => configSet({ key: "default-cadence", value: op.every }, ctx));
    case "replyWindow":
      return quietly(() => configSet({ key: "reply-window", value: `${op.days}d` }, ctx));
    case "plan":
      write((db, id) =>
        replacePlanned(
          db,
          { keys: new Set([`plan-${step}`]) },
          [{ contactId: id, sourceKey: `plan-${step}`, date: addCalendarDays(today, op.ahead), channel: "meeting", note: "coffee" }],
          now,
        ),
      );
      return;
    case "newJob":
      write((db, id) => recordRoleChange(db, id, { noticedOn: today, company: `Firm ${step}`, title: null, previousCompany: "Old", previousTitle: null }, now));
      return;
    case "undo":
      return quietly(() => undo(ctx));
  }
}

/** What each contact's pieces in force say on `on`, as rows. */
function inForce(db: Database, on: CalendarDate): unknown[] {
  return db
    .prepare(
      `SELECT contact_id, due_day, reason, cadence_days, planned_day, awake_day, suggest FROM contact_schedule
       WHERE from_day <= @x AND (until_day IS NULL OR until_day > @x) ORDER BY contact_id`,
    )
    .all({ x: dayIndex(on) });
}

describe("the kept schedules", () => {
  it("give the list the engine gives over everyone, after any writes on any days", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(stepArb, { minLength: 1, maxLength: 12 }), fc.constantFrom(1, 2, 5), async (steps, limit) => {
        const dbPath = `${tempDir()}/netlog.db`;
        let today = START;
        const first = testCtx({ today, dbPath });
        for (const [i, name] of NAMES.entries()) await contactAdd({ name, ...(i % 2 === 0 ? { tag: ["close"] } : { every: "3w" }) }, first);
        for (const [step, { days, op }] of steps.entries()) {
          today = addCalendarDays(today, days);
          // Each step a new process, as on the command line: its writes keep the schedules from its day.
          const ctx = testCtx({ today, dbPath });
          await apply(op, ctx, today, step);
          expect(ctx.db().prepare("SELECT count(*) FROM schedule_pending").pluck().get(), `${op.kind} left contacts queued`).toBe(0);
        }
        const ctx = testCtx({ today, dbPath });
        const db = ctx.db();
        for (let ahead = 0; ahead <= 45; ahead += 3) {
          const on = addCalendarDays(today, ahead);
          const day = { ...ctx, today: on };
          expect(schedulesCover(db, on)).toBe(true);
          const fromSchedules = await due({ limit: String(limit), within: "5" }, day, { shareOnly: true });
          const overEveryone = await due({ limit: String(limit), within: "5" }, day);
          expect(renderDue(fromSchedules, ctx.style, false), on).toBe(renderDue(overEveryone, ctx.style, false));
          expect(fromSchedules.dueCount).toBe(overEveryone.items.length);
        }
        // Everyone's pieces made again from scratch say the same on every day checked.
        const kept = [0, 7, 20, 40].map((ahead) => inForce(db, addCalendarDays(today, ahead)));
        db.exec("SAVEPOINT rebuild; INSERT INTO schedule_pending (contact_id) SELECT id FROM contacts WHERE id NOT IN (SELECT contact_id FROM schedule_pending)");
        refreshSchedules(db);
        const rebuilt = [0, 7, 20, 40].map((ahead) => inForce(db, addCalendarDays(today, ahead)));
        db.exec("ROLLBACK TO rebuild; RELEASE rebuild");
        expect(kept).toEqual(rebuilt);
      }),
      { numRuns: 25 },
    );
  }, 120_000);
});

describe("changes made outside netlog's commands", () => {
  it("are taken in by the next due, which then lists what the engine lists", async () => {
    const ctx = testCtx({ today: "2026-11-25" });
    for (const name of NAMES) await contactAdd({ name, every: "1w" }, ctx);
    await add({ name: NAMES[0]!, via: "phone", date: "2026-11-24" }, ctx);
    // By hand, as with the sqlite3 shell: Bo's cadence becomes a year, and Cy is archived.
    const db = ctx.db();
    db.prepare("UPDATE contacts SET cadence_days = 365 WHERE name = ?").run(NAMES[1]);
    db.prepare("UPDATE contacts SET archived_at = ? WHERE name = ?").run(ctx.now, NAMES[2]);
    expect(schedulesCover(db, ctx.today)).toBe(false);
    const on = { ...ctx, today: "2026-12-30" };
    const fromSchedules = await due({ limit: "10" }, on, { shareOnly: true });
    expect(db.prepare("SELECT count(*) FROM schedule_pending").pluck().get()).toBe(0);
    expect(fromSchedules.shown.map((item) => item.contact.name)).toEqual(["Ann Lee", "Di Dahl", "Ed Ito"]);
    expect(renderDue(fromSchedules, ctx.style, false)).toBe(renderDue(await due({ limit: "10" }, on), ctx.style, false));
  });

  it("while another program holds the write lock, leave the pieces behind and the engine lists everyone", async () => {
    const ctx = testCtx({ today: "2026-11-25" });
    for (const name of NAMES) await contactAdd({ name, every: "1w" }, ctx);
    const db = ctx.db();
    db.prepare("UPDATE contacts SET cadence_days = 365 WHERE name = ?").run(NAMES[1]);
    // Another program's write transaction, as long as it takes: `due` only reads, as before.
    const writer = new BetterSqlite3(ctx.dbPath);
    writer.exec("BEGIN IMMEDIATE");
    try {
      db.pragma("busy_timeout = 0");
      const report = await due({ limit: "10" }, { ...ctx, today: "2026-12-30" }, { shareOnly: true });
      expect(report.shown.map((item) => item.contact.name)).toEqual(["Ann Lee", "Cy Diaz", "Di Dahl", "Ed Ito"]);
      expect(db.prepare("SELECT count(*) FROM schedule_pending").pluck().get()).toBe(1);
    } finally {
      writer.exec("ROLLBACK");
      writer.close();
    }
  });
});

describe("a write committed by another netlog while due reads", () => {
  it("is not half seen: the count, the rows of today's window and the contacts are of one moment", async () => {
    const dbPath = `${tempDir()}/netlog.db`;
    const ctx = testCtx({ today: "2026-11-25", dbPath });
    for (const name of NAMES) {
      await contactAdd({ name, every: "1w" }, ctx);
      await add({ name, via: "phone", date: "2026-11-10" }, ctx);
    }
    const before = (await due({ limit: "2" }, ctx)).shown.map((item) => item.contact.name);
    // Right after due has counted who is due, another netlog adds someone due who comes first.
    const other = testCtx({ today: "2026-11-25", dbPath });
    const real = ctx.db();
    let written = false;
    const writeMeanwhile = () => {
      if (written) return;
      written = true;
      const write = other.db();
      write.transaction(() => {
        write
          .prepare(
            "INSERT INTO contacts (uuid, name, name_key, cadence_days, added_on, created_at, updated_at) VALUES ('aaron', 'Aaron Abel', 'aaron abel', 7, '2026-11-01', ?, ?)",
          )
          .run(other.now, other.now);
        refreshSchedules(write);
      })();
    };
    const db = new Proxy(real, {
      get(target, key) {
        if (key === "prepare")
          return (text: string) => {
            const prepared = target.prepare(text);
            if (!text.includes("AS pressing")) return prepared;
            return new Proxy(prepared, { get: (st, k) => (k === "get" ? (...args: unknown[]) => [st.get(...args), writeMeanwhile()][0] : Reflect.get(st, k, st)) });
          };
        const value = Reflect.get(target, key, target);
        return typeof value === "function" ? value.bind(target) : value;
      },
    });
    const report = await due({ limit: "2" }, { ...ctx, db: () => db }, { shareOnly: true });
    expect(written).toBe(true);
    expect(report.shown.map((item) => item.contact.name)).toEqual(before);
    expect(report.dueCount).toBe(NAMES.length);
  });
});

describe("the order of the kept schedules", () => {
  it("breaks a tie of names by uuid as the engine does, whatever characters a uuid written by hand holds", async () => {
    const ctx = testCtx({ today: "2026-11-02" });
    await contactAdd({ name: "Seed", every: "1w" }, ctx);
    const db = ctx.db();
    const insert = db.prepare(
      "INSERT INTO contacts (uuid, name, name_key, cadence_days, added_on, created_at, updated_at) VALUES (?, 'Same Name', 'same name', 7, '2026-11-02', ?, ?)",
    );
    // U+FF5E and U+E000 come before U+1F600 in code points (SQLite's order), after it in UTF-16.
    for (const uuid of ["\uFF5E", "\u{1F600}", "a", "\uE000", "\u{10000}"]) insert.run(uuid, ctx.now, ctx.now);
    for (const ahead of [7, 8, 9, 10, 11]) {
      const on = { ...ctx, today: addCalendarDays(ctx.today, ahead) };
      const shown = async (wanted: { shareOnly?: boolean }) => (await due({ limit: "2" }, on, wanted)).shown.map((item) => item.contact.uuid);
      expect(await shown({ shareOnly: true }), on.today).toEqual(await shown({}));
    }
  });
});

describe("many contacts queued at once", () => {
  it("are made in one scan of those that can be due, and give the engine's list", async () => {
    const ctx = testCtx({ today: "2026-11-25" });
    const db = ctx.db();
    // 300 contacts written by hand, as an import would queue them: 250 tracked on 1–3 weeks, 50 not.
    db.exec(`WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 300)
      INSERT INTO contacts (uuid, name, name_key, added_on, created_at, updated_at, cadence_days, tracked)
      SELECT printf('u%03d', i), 'Person ' || i, 'person ' || i, date('2026-10-01', '+' || (i % 40) || ' days'), 'x', 'x', 7 * (1 + i % 3), i <= 250 FROM n`);
    // The 250 tracked: a contact inserted untracked has no schedule to make, and is not queued (migration 017).
    expect(db.prepare("SELECT count(*) FROM schedule_pending").pluck().get()).toBe(250);
    for (const [on, limit] of [
      ["2026-11-25", "5"],
      ["2026-12-09", "7"],
      ["2027-01-20", "3"],
    ] as const) {
      const day = { ...ctx, today: on };
      const fromSchedules = await due({ limit }, day, { shareOnly: true });
      expect(renderDue(fromSchedules, ctx.style, false)).toBe(renderDue(await due({ limit }, day), ctx.style, false));
    }
    expect(db.prepare("SELECT count(DISTINCT contact_id) FROM contact_schedule").pluck().get()).toBe(250);
    expect(db.prepare("SELECT count(*) FROM schedule_pending").pluck().get()).toBe(0);
  });
});
