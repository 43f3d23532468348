import { describe, expect, it } from "vitest";
import { add } from "../../src/commands/add.js";
import { contactAdd } from "../../src/commands/contact-add.js";
import { due } from "../../src/commands/due.js";
import { renderDue } from "../../src/render/due.js";
import { dueJson } from "../../src/render/json.js";
import { testCtx } from "../helpers/ctx.js";

const TODAY = "2026-11-25";

async function manyDue(count: number) {
  const ctx = testCtx({ today: "2026-01-01" });
  for (let i = 1; i <= count; i++) await contactAdd({ name: `Person ${String(i).padStart(2, "0")}`, every: `${i}d` }, ctx);
  return { ...ctx, today: TODAY };
}

describe("netlog due", () => {
  it("shows ten people by default and says how many more there are", async () => {
    const ctx = await manyDue(12);
    const text = renderDue(await due({}, ctx), ctx.style, false).split("\n");
    expect(text[0]).toBe("12 people due today:");
    expect(text[1]).toBe("  Person 01: 327 days overdue (never contacted, added 1 Jan)");
    expect(text.slice(11)).toEqual(["  … and 2 more (netlog due --limit 0 shows everyone)", ""]);
  });

  it("--limit 0 shows everyone; --json lists everyone unless --limit is given", async () => {
    const ctx = await manyDue(12);
    expect(renderDue(await due({ limit: "0" }, ctx), ctx.style, false).split("\n").length).toBe(14);
    expect(dueJson(await due({}, ctx)).length).toBe(12);
    expect(dueJson(await due({ limit: "3" }, ctx)).map((i) => i.name)).toEqual(["Person 01", "Person 02", "Person 03"]);
  });

  it.each([["-1"], ["three"], ["2.5"]])("refuses --limit %s", async (limit) => {
    const ctx = testCtx({ today: TODAY });
    await expect(due({ limit }, ctx)).rejects.toMatchObject({ message: `--limit: '${limit}' is not a number of people`, exitCode: 2 });
  });

  it("accepts natural dates for --on, in the future too", async () => {
    const ctx = testCtx({ today: TODAY });
    await contactAdd({ name: "Elaine Longmire", every: "1w" }, ctx);
    const report = await due({ on: "next friday" }, ctx);
    expect([report.on, dueJson(report).map((i) => [i.due_on, i.days_overdue])]).toEqual(["2026-12-04", [["2026-12-02", 2]]]);
    expect(renderDue(report, ctx.style, false).split("\n")[0]).toBe("1 person due on Fri 4 Dec 2026:");
  });

  it("on a terminal with an empty database, says how to start", async () => {
    const ctx = testCtx({ today: TODAY });
    expect(renderDue(await due({}, ctx), ctx.style, true)).toBe('Nobody to keep in touch with yet. Add someone: netlog contact add "Elaine Longmire" --every monthly\n');
  });

  it("shortens a long, multi-line last note to one line", async () => {
    const ctx = testCtx({ today: "2026-01-01" });
    await contactAdd({ name: "Elaine Longmire", every: "1w" }, ctx);
    await add({ name: "Elaine Longmire", via: "meeting", note: "Lunch at the Davenport.\nHer daughter starts at Gonzaga in the fall; she wants an intro to Sam." }, ctx);
    const line = renderDue(await due({}, { ...ctx, today: TODAY }), ctx.style, false).split("\n")[1];
    expect(line).toBe("  Elaine Longmire: 321 days overdue (last: meeting, 1 Jan) — Lunch at the Davenport. Her daughter starts at Gonzaga in…");
  });
});
