// `netlog add` journals only the tables it declares it writes (ADD_WRITES in commands/add.ts):
// each path through it, undone, must leave every table as it was. A table an add writes and
// does not declare would keep the add's change after the undo, and fail here.
import { describe, expect, it } from "vitest";
import { add } from "../../src/commands/add.js";
import { contactAdd } from "../../src/commands/contact-add.js";
import { followUp, setArchived, setPaused, snooze } from "../../src/commands/contact-state.js";
import { importLinkedin } from "../../src/commands/import-linkedin.js";
import { undo } from "../../src/commands/undo.js";
import { snapshot, testCtx, type TestCtx } from "../helpers/ctx.js";
import { fileURLToPath } from "node:url";

const TODAY = "2026-11-25";
const CONNECTIONS = fileURLToPath(new URL("../fixtures/Connections.csv", import.meta.url));

/** Elaine with a conversation, a tag and a cadence; Sam imported from LinkedIn, untracked. */
async function people(ctx: TestCtx): Promise<TestCtx> {
  await contactAdd({ name: "Elaine Longmire", company: "Jefferson Bank", every: "monthly", tag: ["bankers"] }, ctx);
  await add({ name: "Elaine", via: "phone", note: "talked about her move", date: "2026-11-02" }, ctx);
  await importLinkedin({ file: CONNECTIONS, tag: [] }, ctx);
  return ctx;
}

/** Runs `prepare`, then an add, then undo: every table must be as it was before the add. */
async function undoneAdd(options: Parameters<typeof add>[0], prepare: (ctx: TestCtx) => Promise<unknown> = async () => {}, prompter?: Parameters<typeof testCtx>[0]["prompter"]) {
  const setUp = await people(testCtx({ today: TODAY }));
  await prepare(setUp);
  const before = snapshot(setUp.db());
  setUp.db().close();
  // A connection of its own, as each netlog run has: the set-up's changes made every table's
  // triggers on theirs.
  const ctx = testCtx({ today: TODAY, prompter, dbPath: setUp.dbPath });
  await add(options, ctx);
  const written = snapshot(ctx.db());
  await undo(ctx);
  return { before, written, after: snapshot(ctx.db()) };
}

function changedTables(from: Record<string, unknown[]>, to: Record<string, unknown[]>): string[] {
  return Object.keys(to).filter((table) => JSON.stringify(from[table]) !== JSON.stringify(to[table]));
}

describe("undo after each kind of add", () => {
  const cases: Array<[string, Parameters<typeof add>[0], ((ctx: TestCtx) => Promise<unknown>)?]> = [
    [
      "a new contact, with a follow-up and its note",
      { name: "Priya Raman", new: true, via: "coffee", note: "met at the meetup", followUp: "2026-12-04", followUpNote: "send the deck" },
    ],
    ["an existing contact, back-dated", { name: "Elaine", via: "email", date: "2026-11-20", note: "her new address" }],
    [
      "a contact archived, snoozed and paused, back in touch",
      { name: "Elaine", via: "phone" },
      async (ctx) => {
        await snooze({ name: "Elaine", until: "2w", note: "on leave" }, ctx);
        await setPaused({ name: "Elaine" }, true, ctx);
        await setArchived({ name: "Elaine" }, true, ctx);
      },
    ],
    ["an imported, untracked contact, now tracked", { name: "Sam", via: "inmail", sent: true }],
    ["a conversation that fulfils the open follow-up", { name: "Elaine", via: "phone" }, (ctx) => followUp({ name: "Elaine", when: "2026-12-04", note: "the deck" }, ctx)],
    ["--keep-follow-up, which moves the follow-up's anchor", { name: "Elaine", via: "phone", keepFollowUp: true }, (ctx) => followUp({ name: "Elaine", when: "2026-12-04" }, ctx)],
    [
      "a new follow-up in place of the open one",
      { name: "Elaine", via: "email", received: true, followUp: "2026-12-10" },
      (ctx) => followUp({ name: "Elaine", when: "2026-12-04" }, ctx),
    ],
  ];
  for (const [kind, options, prepare] of cases) {
    it(`puts back every table: ${kind}`, async () => {
      const { before, written, after } = await undoneAdd(options, prepare);
      expect(changedTables(before, written)).not.toEqual([]);
      expect(changedTables(before, after)).toEqual([]);
      expect(after).toEqual(before);
    });
  }

  it("puts back a contact created with what the prompts asked (company, cadence)", async () => {
    const prompter = { confirm: async () => true, newContactDetails: async () => ({ company: "Acme", cadenceDays: 14 }) };
    const { before, written, after } = await undoneAdd({ name: "Dana Whitfield", via: "phone", date: "2026-11-24", note: "intro call" }, undefined, prompter);
    expect((written.contacts as Array<{ name: string; company: string }>).find((c) => c.name === "Dana Whitfield")?.company).toBe("Acme");
    expect(after).toEqual(before);
  });
});
