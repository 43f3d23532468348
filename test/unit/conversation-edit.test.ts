import { describe, expect, it } from "vitest";
import { anchorAfterMove, applyEdit, type ConversationFields, changesBetween } from "../../src/domain/conversation-edit.js";

const EMAIL: ConversationFields = { date: "2026-11-02", channel: "email", direction: "sent", note: "sent the deck" };

describe("applyEdit", () => {
  it.each<[string, ConversationFields, Partial<ConversationFields>, Partial<ConversationFields>]>([
    ["a new channel brings its usual direction when the old one was the usual one", EMAIL, { channel: "phone" }, { channel: "phone", direction: "both" }],
    ["and back", { ...EMAIL, channel: "phone", direction: "both" }, { channel: "text" }, { channel: "text", direction: "sent" }],
    ["a direction that was chosen stays", { ...EMAIL, direction: "received" }, { channel: "phone" }, { channel: "phone", direction: "received" }],
    ["a direction given wins", EMAIL, { channel: "phone", direction: "sent" }, { channel: "phone", direction: "sent" }],
    ["a null note removes the note", EMAIL, { note: null }, { note: null }],
    ["nothing given changes nothing", EMAIL, {}, {}],
  ])("%s", (_label, current, edit, expected) => {
    expect(applyEdit(current, edit)).toEqual({ ...current, ...expected });
  });
});

describe("changesBetween", () => {
  it("lists the fields that differ, date, channel, direction, note", () => {
    expect(changesBetween(EMAIL, { date: "2026-11-20", channel: "email", direction: "both", note: null })).toEqual([
      { field: "date", from: "2026-11-02", to: "2026-11-20" },
      { field: "direction", from: "sent", to: "both" },
      { field: "note", from: "sent the deck", to: null },
    ]);
    expect(changesBetween(EMAIL, { ...EMAIL })).toEqual([]);
  });
});

describe("anchorAfterMove", () => {
  // Promised in conversation 5 of 1 Oct.
  const anchor = { setOn: "2026-10-01", afterId: 5 };
  it.each<[string, { date: string; id: number } | null, { id: number; newDate: string }, typeof anchor | null]>([
    ["the conversation it was promised in moves later: the anchor follows", { date: "2026-10-01", id: 5 }, { id: 5, newDate: "2026-11-24" }, { setOn: "2026-11-24", afterId: 5 }],
    ["an older conversation moves past it: the anchor follows", { date: "2026-10-01", id: 5 }, { id: 3, newDate: "2026-10-20" }, { setOn: "2026-10-20", afterId: 3 }],
    ["an older one moves to the same day with a higher id", { date: "2026-10-01", id: 5 }, { id: 7, newDate: "2026-10-01" }, { setOn: "2026-10-01", afterId: 7 }],
    ["an older one moves to the same day with a lower id: no need", { date: "2026-10-01", id: 5 }, { id: 4, newDate: "2026-10-01" }, null],
    ["a move earlier: no need", { date: "2026-10-01", id: 5 }, { id: 5, newDate: "2026-09-01" }, null],
    ["already fulfilled by a later conversation: left as it is", { date: "2026-11-01", id: 9 }, { id: 5, newDate: "2026-11-24" }, null],
  ])("%s", (_label, latestBefore, moved, expected) => {
    expect(anchorAfterMove(anchor, latestBefore, moved)).toEqual(expected);
  });
});
