import { describe, expect, it } from "vitest";
import { findMojibake, mojibakeWarning, mojibakeWatch } from "../../src/formats/mojibake.js";

/** UTF-8 bytes read as Latin-1: 0x80–0x9F become control codes. */
const asLatin1 = (text: string) => Buffer.from(text, "utf8").toString("latin1");

describe("findMojibake", () => {
  it.each([
    ["é read as either", "Jos\u00C3\u00A9 \u00C1lvarez,Northwind", { garbled: "JosÃ©", repaired: "José", encoding: "Windows-1252/Latin-1" }],
    ["a curly apostrophe read as Windows-1252", "O\u00E2\u20AC\u2122Brien,Acme", { garbled: "Oâ€™Brien", repaired: "O’Brien", encoding: "Windows-1252" }],
    ["an en dash read as Latin-1 (control codes)", `Head ${asLatin1("–")} Sales`, { garbled: "â\u0080\u0093", repaired: "–", encoding: "Latin-1" }],
    ["ñ in a quoted cell", '"Mu\u00C3\u00B1oz",x', { garbled: "MuÃ±oz", repaired: "Muñoz", encoding: "Windows-1252/Latin-1" }],
    [
      "an emoji (four bytes) read as Windows-1252, which leaves 0x8D as it is",
      "Thanks \u00F0\u0178\u2018\u008D",
      { garbled: "ðŸ‘\u008D", repaired: "👍", encoding: "Windows-1252" },
    ],
  ])("finds %s and reads it back", (_, text, found) => {
    expect(findMojibake(text)).toEqual(found);
  });

  it.each([
    ["plain ASCII", "First Name,Last Name\nSam,Ortiz\n"],
    ["names in good UTF-8", "José Álvarez,Zoë Brontë,Muñoz,São Paulo,Björk Guðmundsdóttir,Łukasz,北京,Ñandú"],
    ["French quotes and a degree sign", "«café» 20°C ß"],
    ["lead characters followed by what cannot continue them", "Ã x, Âb, ã o"],
  ])("finds none in %s", (_, text) => {
    expect(findMojibake(text)).toBeUndefined();
  });

  it("words the warning with the likely encoding and an example", () => {
    expect(mojibakeWarning("Connections.csv", findMojibake("Jos\u00C3\u00A9,Longmire")!)).toBe(
      'Connections.csv looks like UTF-8 read as Windows-1252/Latin-1 and saved again: "JosÃ©" is likely "José"; imported as it is',
    );
  });
});

describe("mojibakeWatch", () => {
  it("passes the text through unchanged and sees a sequence split between two chunks", async () => {
    const watch = mojibakeWatch();
    const chunks = ["First Name\nJos\u00C3", "\u00A9\nSam\n"];
    const seen: string[] = [];
    for await (const chunk of watch.watch(
      (async function* () {
        yield* chunks;
      })(),
    ))
      seen.push(chunk);
    expect([seen, watch.found()]).toEqual([chunks, { garbled: "JosÃ©", repaired: "José", encoding: "Windows-1252/Latin-1" }]);
  });

  it("finds nothing in clean text", async () => {
    const watch = mojibakeWatch();
    for await (const _ of watch.watch(
      (async function* () {
        yield "José,Zoë\n";
      })(),
    ));
    expect(watch.found()).toBeUndefined();
  });
});
