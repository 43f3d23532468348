// contact_history is kept by triggers; whatever happens to conversations, it must equal a count
// made from scratch.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { add } from "../../src/commands/add.js";
import { contactAdd } from "../../src/commands/contact-add.js";
import { undo } from "../../src/commands/undo.js";
import { CHANNELS } from "../../src/domain/channels.js";
import type { Database } from "../../src/store/db.js";
import { historyOf } from "../../src/store/migrations/005-contact-history.js";
import { testCtx } from "../helpers/ctx.js";

function kept(db: Database): unknown[] {
  return db.prepare("SELECT * FROM contact_history ORDER BY contact_id").all();
}

/** The same table, counted from every conversation in a scratch copy. */
function recounted(db: Database): unknown[] {
  db.exec("SAVEPOINT recount; DELETE FROM contact_history;");
  db.exec(historyOf("1", "conversations"));
  const rows = kept(db);
  db.exec("ROLLBACK TO recount; RELEASE recount;");
  return rows;
}

// Mostly adds, so that contacts build up histories for the undos, deletes and edits to cut into.
const step = fc.oneof(
  {
    arbitrary: fc.record({
      kind: fc.constant("add" as const),
      who: fc.integer({ min: 0, max: 1 }),
      channel: fc.constantFrom(...CHANNELS),
      daysAgo: fc.integer({ min: 0, max: 20 }),
    }),
    weight: 6,
  },
  { arbitrary: fc.record({ kind: fc.constant("undo" as const) }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant("delete" as const), nth: fc.nat() }), weight: 2 },
  {
    arbitrary: fc.record({ kind: fc.constant("edit" as const), nth: fc.nat(), channel: fc.constantFrom(...CHANNELS), daysAgo: fc.integer({ min: 0, max: 20 }), note: fc.string() }),
    weight: 2,
  },
);

describe("contact_history", () => {
  it("equals a count from scratch after any sequence of adds, undos, deletes and edits", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 5, maxLength: 30 }), async (steps) => {
        const ctx = testCtx({ today: "2026-11-25" });
        const names = ["Elaine Longmire", "Sam Ortiz", "José Álvarez"];
        for (const name of names) await contactAdd({ name }, ctx);
        const db = ctx.db();
        for (const s of steps) {
          if (s.kind === "add") {
            const date = new Date(Date.UTC(2026, 10, 25 - s.daysAgo)).toISOString().slice(0, 10);
            await add({ name: names[s.who]!, new: true, via: s.channel, date }, ctx);
          } else if (s.kind === "undo") {
            await undo(ctx).catch(() => undefined);
          } else {
            const ids = db.prepare("SELECT id FROM conversations ORDER BY id").pluck().all() as number[];
            const id = ids[s.nth % Math.max(1, ids.length)];
            if (id !== undefined && s.kind === "delete") db.prepare("DELETE FROM conversations WHERE id = ?").run(id);
            if (id !== undefined && s.kind === "edit") {
              const date = new Date(Date.UTC(2026, 10, 25 - s.daysAgo)).toISOString().slice(0, 10);
              // A note alone, or the channel and date: as an edit command would change them.
              if (s.note.length % 2) db.prepare("UPDATE conversations SET note = ? WHERE id = ?").run(s.note, id);
              else db.prepare("UPDATE conversations SET channel = ?, happened_on = ? WHERE id = ?").run(s.channel, date, id);
            }
          }
          expect(kept(db)).toEqual(recounted(db));
        }
      }),
      { numRuns: 60, seed: 20261125 },
    );
  });
});
