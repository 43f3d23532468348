// A year of mornings through the real commands: is the list still short, varied and honest in
// month twelve? A persona with 40 contacts acts on the first two items most mornings, always
// ignores five people, leaves messages unanswered, keeps a remote colleague on weekly video
// calls, and imported years of LinkedIn history on day one. The outcomes are numbers, printed
// and asserted.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { add } from "../../src/commands/add.js";
import { contactAdd } from "../../src/commands/contact-add.js";
import { followUp } from "../../src/commands/contact-state.js";
import { due } from "../../src/commands/due.js";
import { importLinkedinFile } from "../../src/commands/import-linkedin.js";
import { tagSet } from "../../src/commands/tags.js";
import { addCalendarDays } from "../../src/domain/dates.js";
import { renderDue } from "../../src/render/due.js";
import { displayWidth } from "../../src/render/width.js";
import { type TestCtx, tempDir, testCtx } from "../helpers/ctx.js";

const START = "2026-01-05";
const MORNINGS = 365;
const IGNORED = ["Ivy Ignored", "Ike Ignored", "Ida Ignored", "Ian Ignored", "Isla Ignored"];
const REMOTE = "Rémy Remote";

/** A small deterministic generator (mulberry32), so every run plays the same year. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function persona(ctx: TestCtx) {
  const on = (today: string) => ({ ...ctx, today, now: `${today}T08:00:00.000Z` });
  const day0 = on(START);
  await tagSet({ name: "investors", every: "6 months" }, day0);
  const cadences = ["1w", "2w", "monthly", "monthly", "quarterly", "quarterly", "quarterly", undefined];
  const names: string[] = [];
  for (let i = 0; i < 33; i++) {
    const name = `Person ${String(i + 1).padStart(2, "0")}`;
    names.push(name);
    await contactAdd({ name, every: cadences[i % cadences.length], tag: i % 6 === 0 ? ["investors"] : undefined }, day0);
  }
  for (const name of [...IGNORED, REMOTE]) await contactAdd({ name, every: "monthly" }, day0);
  // Day one: LinkedIn connections last messaged years ago, then messages.csv with that history,
  // some of it unanswered.
  const old = Array.from({ length: 13 }, (_, i) => `Connection ${String(i + 1).padStart(2, "0")}`);
  const connections = join(tempDir(), "Connections.csv");
  writeFileSync(connections, `First Name,Last Name,URL,Email Address,Company,Position,Connected On\n${old.map((n) => `${n.split(" ").join(",")},,,,,01 Jan 2019`).join("\n")}\n`);
  await importLinkedinFile({ file: connections }, day0);
  const csv = join(tempDir(), "messages.csv");
  const rows = ["CONVERSATION ID,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,CONTENT"];
  for (const [i, name] of [...old.slice(0, 12), names[0]!].entries()) {
    const year = 2019 + (i % 5);
    rows.push(`c${i},Me Myself,,${name},,${year}-04-02 17:00:00 UTC,Hello from ${year}`);
    if (i % 2 === 0) rows.push(`c${i},${name},,Me Myself,,${year}-04-05 17:00:00 UTC,Nice to hear from you`);
  }
  writeFileSync(csv, `${rows.join("\n")}\n`);
  const imported = await importLinkedinFile({ file: csv }, day0);
  // The five ignored people got a message once, which they never answer.
  for (const name of IGNORED) await add({ name, via: "linkedin", note: "quick question" }, day0);
  return { on, names, imported };
}

describe("a year of mornings", () => {
  it("stays short, varied and honest: numbers over 365 mornings", { timeout: 120_000 }, async () => {
    const ctx = testCtx({ today: START });
    const { on, imported } = await persona(ctx);
    const next = random(20260105);
    const shownPerMorning: number[] = [];
    const noReplyRun = new Map<string, number>();
    let longestNoReplyRun = 0;
    let onlySuggestionsPrinted = 0;
    let widest = 0;
    let mornings = 0;
    let printed = 0;
    let followUpsClosedByThem = 0;
    let importedHistoryShown = 0;
    const pendingReplies: Array<{ on: string; name: string }> = [];
    // For each person: mornings in a row shown, and mornings in a row due but not shown.
    const shownRun = new Map<string, number>();
    const waitingRun = new Map<string, number>();
    let longestShownRun = 0;
    let longestWait = 0;
    for (let d = 0; d < MORNINGS; d++) {
      const today = addCalendarDays(START, d);
      const ctxToday = on(today);
      // Replies that were due to arrive come in before the morning list.
      for (const reply of pendingReplies.filter((r) => r.on === today)) {
        const logged = await add({ name: reply.name, via: "linkedin", received: true, note: "thanks, talk soon" }, ctxToday);
        if (logged.earlierFollowUp?.outcome === "fulfilled") followUpsClosedByThem++;
      }
      if (d % 7 === 3) await add({ name: REMOTE, via: "video", note: "weekly sync" }, ctxToday);

      const report = await due({}, ctxToday);
      const text = renderDue(report, ctx.style, false);
      mornings++;
      if (text !== "") printed++;
      if (text !== "" && report.items.length === 0) onlySuggestionsPrinted++;
      for (const line of text.split("\n")) widest = Math.max(widest, displayWidth(line));
      shownPerMorning.push(report.shown.length);
      for (const item of report.shown) {
        if (item.contact.name.startsWith("Connection ") || (item.reason === "no_reply" && item.contact.lastContact!.date < "2025-01-01")) importedHistoryShown++;
      }
      const shownNames = new Set(report.shown.map((i) => i.contact.name));
      for (const item of report.items) {
        const name = item.contact.name;
        shownRun.set(name, shownNames.has(name) ? (shownRun.get(name) ?? 0) + 1 : 0);
        waitingRun.set(name, shownNames.has(name) ? 0 : (waitingRun.get(name) ?? 0) + 1);
        longestShownRun = Math.max(longestShownRun, shownRun.get(name)!);
        longestWait = Math.max(longestWait, waitingRun.get(name)!);
      }
      for (const name of shownRun.keys()) if (!report.items.some((i) => i.contact.name === name)) shownRun.set(name, 0);
      for (const name of waitingRun.keys()) if (!report.items.some((i) => i.contact.name === name)) waitingRun.set(name, 0);
      const shownNoReply = new Set(report.shown.filter((i) => i.reason === "no_reply").map((i) => i.contact.name));
      for (const name of new Set([...noReplyRun.keys(), ...shownNoReply])) {
        const run = shownNoReply.has(name) ? (noReplyRun.get(name) ?? 0) + 1 : 0;
        noReplyRun.set(name, run);
        longestNoReplyRun = Math.max(longestNoReplyRun, run);
      }

      // Most mornings (not one in seven), act on the first two items, unless they are ignored.
      if (d % 7 === 6) continue;
      for (const item of report.shown.slice(0, 2)) {
        const name = item.contact.name;
        if (IGNORED.includes(name)) continue;
        const r = next();
        if (r < 0.35) {
          // A message; most are answered within a few days, some never.
          await add({ name, via: "linkedin", note: "checking in" }, ctxToday);
          if (next() < 0.7) pendingReplies.push({ on: addCalendarDays(today, 1 + Math.floor(next() * 5)), name });
        } else if (r < 0.85) {
          const promise = next() < 0.25;
          await add({ name, via: "phone", note: "caught up", ...(promise ? { followUp: addCalendarDays(today, 10), followUpNote: "send the deck" } : {}) }, ctxToday);
          // They write a thank-you before the deck is sent: that must not close the promise.
          if (promise) pendingReplies.push({ on: addCalendarDays(today, 2), name });
        } else {
          await followUp({ name, when: addCalendarDays(today, 14), note: "lunch" }, ctxToday);
        }
      }
    }
    const outcome = {
      mornings,
      printed,
      longestNoReplyRun,
      onlySuggestionsPrinted,
      widest,
      followUpsClosedByThem,
      importedHistoryShown,
      longestShownRun,
      longestWait,
      medianShown: median(shownPerMorning),
      maxShown: Math.max(...shownPerMorning),
      leftUntrackedByImport: (imported.summary as { leftUntracked: number }).leftUntracked,
    };
    console.log(`year of mornings: ${JSON.stringify(outcome)}`);
    expect(outcome.longestNoReplyRun).toBeLessThanOrEqual(7);
    expect(outcome.onlySuggestionsPrinted).toBe(0);
    expect(outcome.widest).toBeLessThanOrEqual(80);
    expect(outcome.followUpsClosedByThem).toBe(0);
    expect(outcome.importedHistoryShown).toBe(0);
    expect(outcome.maxShown).toBeLessThanOrEqual(5);
    // Everyone who waits comes back: nobody due goes a month unshown.
    expect(outcome.longestWait).toBeLessThan(30);
    expect(outcome.leftUntrackedByImport).toBe(12);
  });

  it("over 5 mornings of doing nothing, with 20 due and a limit of 5, shows at least 15 people", async () => {
    const ctx = testCtx({ today: "2026-01-01" });
    for (let i = 1; i <= 20; i++) await contactAdd({ name: `Waiting ${String(i).padStart(2, "0")}`, every: `${i}d` }, ctx);
    const seen = new Set<string>();
    for (let d = 0; d < 5; d++) for (const item of (await due({}, { ...ctx, today: addCalendarDays("2026-03-01", d) })).shown) seen.add(item.contact.name);
    console.log(`5 mornings of doing nothing, 20 due, limit 5: ${seen.size} distinct people shown`);
    expect(seen.size).toBeGreaterThanOrEqual(15);
  });
});
