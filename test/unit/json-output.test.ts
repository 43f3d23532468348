import { describe, expect, it } from "vitest";
import { JsonItems } from "../../src/reports/json-items.js";
import { toJsonOutput, toJsonText } from "../../src/render/json.js";

/** What toJsonOutput writes, joined. */
const written = (value: unknown) => {
  const output = toJsonOutput(value);
  return typeof output === "string" ? output : [...output].join("");
};

describe("JSON written as its items are read", () => {
  const note = { id: 1, note: "line one\nline two \u001b[31m", tags: ["a", "b"], nested: { empty: [], none: {}, gone: undefined, at: null } };
  it.each<[string, unknown, unknown]>([
    ["an array", new JsonItems([note, { id: 2 }]), [note, { id: 2 }]],
    ["an empty array", new JsonItems([]), []],
    ["an array of arrays and scalars", new JsonItems([[1, [2]], "x", 3, null, undefined]), [[1, [2]], "x", 3, null, undefined]],
    [
      "an object's arrays",
      { version: 1, contacts: new JsonItems([note]), none: new JsonItems([]), skipped: undefined, tags: ["t"] },
      { version: 1, contacts: [note], none: [], tags: ["t"] },
    ],
    ["arrays deeper in objects", { data: { list: new JsonItems([{ a: 1 }]) }, after: "x" }, { data: { list: [{ a: 1 }] }, after: "x" }],
  ])("writes %s exactly as JSON.stringify with two spaces does", (_, streamed, whole) => {
    expect(written(streamed)).toBe(toJsonText(whole));
  });

  it("reads the items as it writes them, and once", () => {
    const read: number[] = [];
    function* items() {
      for (let i = 1; i <= 3; i++) {
        read.push(i);
        yield { i };
      }
    }
    const output = toJsonOutput(new JsonItems(items()));
    expect(typeof output).not.toBe("string");
    const chunks = (output as Iterable<string>)[Symbol.iterator]();
    expect(chunks.next().value).toBe('[\n  {\n    "i": 1\n  }');
    expect(read).toEqual([1]);
  });

  it("writes a value without JsonItems in one piece, as before", () => {
    expect(toJsonOutput([{ a: 1 }])).toBe('[\n  {\n    "a": 1\n  }\n]\n');
  });
});
