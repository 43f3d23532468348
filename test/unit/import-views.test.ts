import { describe, expect, it } from "vitest";
import { exportWrittenJson } from "../../src/render/export.js";
import { importJson, jsonImportJson, renderImport, renderJsonImport } from "../../src/render/import.js";

describe("the views of import json", () => {
  const counts = { contacts: 3, interactions: 4, follow_ups: 1, dismissals: 0 };

  it("says what was added, the file's name made inert", () => {
    expect(renderJsonImport("netlog.json", counts)).toBe("Imported netlog.json: 3 contacts, 4 conversations, 1 follow-ups added (rows already here by uuid are kept).\n");
    expect(renderJsonImport("a\u001b[2J.json", counts)).toBe("Imported a␛[2J.json: 3 contacts, 4 conversations, 1 follow-ups added (rows already here by uuid are kept).\n");
  });

  it("gives the counts as JSON, conversations by that name", () => {
    expect(jsonImportJson(counts)).toEqual({ contacts: 3, conversations: 4, follow_ups: 1, dismissals: 0 });
  });
});

describe("the views of import linkedin and import vcard", () => {
  const summary = { created: 2, updated: 1, unchanged: 0, tracked: 2, skipped: [{ line: 5, reason: "no name (FN or N)" }] };

  it("is one summary, in words and as JSON", () => {
    expect(renderImport("cards.vcf", summary)).toBe(
      "Imported cards.vcf: 2 created, 1 updated, 0 unchanged, 1 skipped.\n  skipped line 5: no name (FN or N)\nAll 2 new contacts are on your morning list.\n",
    );
    expect(importJson(summary)).toEqual({ created: 2, updated: 1, unchanged: 0, tracked: 2, skipped: [{ line: 5, reason: "no name (FN or N)" }] });
  });

  it("counts the properties import vcard skipped, by name, in one line of 80 columns", () => {
    const skippedProperties = [
      { name: "PHOTO", count: 2 },
      { name: "X-FOO", count: 1 },
    ];
    expect(renderImport("cards.vcf", { ...summary, skipped: [], skippedProperties }).split("\n")[1]).toBe("3 properties skipped (PHOTO ×2, X-FOO).");
    expect(importJson({ ...summary, skippedProperties })).toMatchObject({ skipped_properties: skippedProperties });
    const many = Array.from({ length: 12 }, (_, i) => ({ name: `X-EVOLUTION-PROPERTY-${i}`, count: 1 }));
    expect(renderImport("cards.vcf", { ...summary, skipped: [], skippedProperties: many }).split("\n")[1]).toBe(
      "12 properties skipped (X-EVOLUTION-PROPERTY-0, X-EVOLUTION-PROPERTY-1, 10 more).",
    );
    expect(renderImport("cards.vcf", { ...summary, skippedProperties: [] })).toBe(renderImport("cards.vcf", summary));
  });
});

describe("the report of an export written with --out", () => {
  it("names the format and the file, and counts contacts, or a calendar's events", () => {
    expect(exportWrittenJson({ format: "csv", out: "/backups/contacts.csv", contacts: 12 })).toEqual({ format: "csv", out: "/backups/contacts.csv", contacts: 12 });
    expect(exportWrittenJson({ format: "ics", out: "netlog.ics", events: 3 })).toEqual({ format: "ics", out: "netlog.ics", events: 3 });
  });
});
