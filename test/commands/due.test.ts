import { describe, expect, it } from "vitest";
import { add } from "../../src/commands/add.js";
import { contactAdd } from "../../src/commands/contact-add.js";
import { due } from "../../src/commands/due.js";
import { renderDue, shownTexts } from "../../src/render/due.js";
import { dueJson } from "../../src/render/json.js";
import { displayWidth, loadWidthsFor } from "../../src/render/width.js";
import { testCtx } from "../helpers/ctx.js";

const TODAY = "2026-11-25";

async function manyDue(count: number) {
  const ctx = testCtx({ today: "2026-01-01" });
  for (let i = 1; i <= count; i++) await contactAdd({ name: `Person ${String(i).padStart(2, "0")}`, every: `${i}d` }, ctx);
  return { ...ctx, today: TODAY };
}

describe("netlog due", () => {
  it("shows five people by default, and says how many are due in all and how to see them", async () => {
    const ctx = await manyDue(12);
    const text = renderDue(await due({}, ctx), ctx.style, false).split("\n");
    expect(text[0]).toBe("12 people due today, 5 shown (netlog due --all lists everyone):");
    expect(text[1]).toMatch(/^ {2}Person \d\d: \d+ days overdue$/);
    expect(text[2]).toBe("    never contacted, added 1 Jan");
    expect(text.length).toBe(1 + 5 * 2 + 1);
  });

  it("--all and --limit 0 show everyone; --json lists everyone, saying whom today's list shows, unless --limit is given", async () => {
    const ctx = await manyDue(12);
    expect(renderDue(await due({ all: true }, ctx), ctx.style, false).split("\n")[0]).toBe("12 people due today:");
    expect(renderDue(await due({ limit: "0" }, ctx), ctx.style, false).split("\n").length).toBe(1 + 12 * 2 + 1);
    const json = dueJson(await due({}, ctx));
    expect([json.length, json.filter((i) => i.shown_today).length]).toEqual([12, 5]);
    // --limit N gives a program the same N a person sees, marked as shown.
    const three = await due({ limit: "3" }, ctx);
    expect(dueJson(three).map((i) => [i.name, i.shown_today])).toEqual(three.shown.map((i) => [i.contact.name, true]));
    expect(
      renderDue(three, ctx.style, false)
        .split("\n")
        .filter((l) => /^ {2}\S/.test(l))
        .map((l) => l.split(":")[0]!.trim()),
    ).toEqual(three.shown.map((i) => i.contact.name));
    await expect(due({ all: true, limit: "3" }, ctx)).rejects.toMatchObject({ message: "--all and --limit exclude each other", exitCode: 2 });
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
    expect(renderDue(await due({}, ctx), ctx.style, true)).toBe('Nobody to keep in touch with yet. Add someone:\n  netlog contact add "Elaine Longmire" --every monthly\n');
  });

  it("shortens a long, multi-line last note to one line within 80 columns", async () => {
    const ctx = testCtx({ today: "2026-01-01" });
    await contactAdd({ name: "Elaine Longmire", every: "1w" }, ctx);
    await add({ name: "Elaine Longmire", via: "meeting", note: "Lunch at the Davenport.\nHer daughter starts at Gonzaga in the fall; she wants an intro to Sam." }, ctx);
    const lines = renderDue(await due({}, { ...ctx, today: TODAY }), ctx.style, false)
      .split("\n")
      .slice(1, 3);
    expect(lines).toEqual(["  Elaine Longmire: 321 days overdue", "    last: meeting, 1 Jan — Lunch at the Davenport. Her daughter starts at…"]);
  });

  it("fits every line to the terminal's width, counting wide characters as two columns", async () => {
    const ctx = testCtx({ today: "2026-01-01" });
    await contactAdd({ name: "李小龍 Bruce Lee", company: "Golden Harvest Film Company of Hong Kong", every: "1w" }, ctx);
    await add({ name: "Bruce", via: "phone", note: "聊了他的新电影，他想介绍一位导演给我认识，下个月在香港见面" }, ctx);
    const report = await due({}, { ...ctx, today: TODAY });
    await loadWidthsFor(shownTexts(report.shown));
    for (const width of [40, 60, 80]) {
      const lines = renderDue(report, ctx.style, false, width).trimEnd().split("\n");
      expect(lines.map((l) => displayWidth(l) <= width)).toEqual(lines.map(() => true));
      expect(lines[1]).toMatch(/^ {2}李小龍 Bruce Lee/);
    }
    expect(renderDue(report, ctx.style, false, 40).split("\n").slice(1, 3)).toEqual(["  李小龍 Bruce Lee: 321 days overdue", "    last: phone, 1 Jan — 聊了他的新电影…"]);
  });
});
