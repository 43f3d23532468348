import { beforeAll, describe, expect, it } from "vitest";
import { cutToWidth, displayWidth, loadWidthsFor } from "../../src/render/width.js";

beforeAll(() => loadWidthsFor(["李"]));

describe("display width", () => {
  it.each([
    ["Elaine", 6],
    ["Zoë Ångström", 12],
    ["李小龍", 6],
    ["Sam 👋", 6],
    ["e\u0301", 1],
  ])("%s is %i columns", (text, width) => expect(displayWidth(text)).toBe(width));
});

describe("loadWidthsFor", () => {
  it("counts Latin text and netlog's own punctuation one column each", () => {
    expect(displayWidth("Zoë Ångström — Straße…")).toBe(22);
  });
});

describe("cutToWidth", () => {
  it.each([
    ["talked about her move", 30, "talked about her move"],
    ["talked about her move", 10, "talked…"],
    ["talked about her move", 14, "talked about…"],
    ["李小龍的新工作", 7, "李小龍…"],
    ["李小龍的新工作", 6, "李小…"],
    ["👋👋👋👋", 5, "👋👋…"],
    ["abc", 0, ""],
  ])("%j in %i columns is %j", (text, max, expected) => {
    const cut = cutToWidth(text, max);
    expect(cut).toBe(expected);
    expect(displayWidth(cut)).toBeLessThanOrEqual(max);
  });
});
