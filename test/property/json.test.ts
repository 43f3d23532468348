// Property test: whatever text a contact holds, `export json` writes it exactly (JSON escapes
// every control character) and `import json` of that file into an empty database gives it back
// exactly: no normalisation at all.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { contactAdd } from "../../src/commands/contact-add.js";
import { exportJson, importJson } from "../../src/commands/json-transfer.js";
import { toJsonText } from "../../src/render/json.js";
import { NetlogError } from "../../src/errors.js";
import { tempDir, testCtx } from "../helpers/ctx.js";
import { hostileText } from "../helpers/hostile-text.js";

const FIELDS = ["name", "company", "title", "location", "met", "notes"] as const;

describe("JSON export, property", () => {
  it("comes back through netlog's own import as the same text, one contact each", async () => {
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ name: hostileText(), company: hostileText(), title: hostileText(), location: hostileText(), met: hostileText(), note: hostileText(20) }), {
          // At least 30 contacts over the runs: with fewer, a draw of many blank names (refused)
          // left 9 accepted in one run, under the check below.
          minLength: 3,
          maxLength: 5,
        }),
        async (contacts) => {
          const ctx = testCtx({ today: "2026-03-31" });
          for (const c of contacts) {
            try {
              await contactAdd({ ...c, allowDuplicate: true }, ctx);
            } catch (error) {
              // What `contact add` refuses (an empty name) never reaches an export.
              if (!(error instanceof NetlogError)) throw error;
            }
          }
          const exported = await exportJson(ctx);
          const file = join(tempDir(), "netlog.json");
          writeFileSync(file, toJsonText(exported));
          const other = testCtx({ today: "2026-03-31" });
          await importJson({ file }, other);
          const fields = (data: Awaited<ReturnType<typeof exportJson>>) => data.contacts.map((c) => [c.uuid, ...FIELDS.map((f) => c[f])]);
          expect(fields(await exportJson(other))).toEqual(fields(exported));
          expect(exported.contacts.length).toBe((ctx.db().prepare("SELECT count(*) AS n FROM contacts").get() as { n: number }).n);
          accepted += exported.contacts.length;
        },
      ),
      { numRuns: 10 },
    );
    // Most names are not blank: the property saw contacts, not only refusals.
    expect(accepted).toBeGreaterThan(10);
  });
});
