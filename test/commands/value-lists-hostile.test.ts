// Several emails, phones and links used as an unlucky user would: flags that contradict each
// other, labels that no flag could type, and netlog's own exports read back.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { contactAdd } from "../../src/commands/contact-add.js";
import { contactShow } from "../../src/commands/contact-show.js";
import { exportVcard, importVcard } from "../../src/commands/vcard.js";
import { snapshot, tempDir, testCtx } from "../helpers/ctx.js";

const TODAY = "2026-11-25";

describe("several values, used carelessly", () => {
  it("a link added without a label reads back from netlog's own vCard unchanged", async () => {
    const ctx = testCtx({ today: TODAY });
    await contactAdd({ name: "Cat Two", linkedin: "linkedin.com/in/cat-one", url: ["https://cat.example", "linkedin.com/in/cat-two"] }, ctx);
    expect((await contactShow({ name: "cat" }, ctx)).values.urls).toEqual([
      { value: "https://www.linkedin.com/in/cat-one", label: "linkedin", primary: true },
      { value: "https://cat.example", label: "website", primary: false },
      { value: "https://www.linkedin.com/in/cat-two", label: "linkedin", primary: false },
    ]);
    const file = join(tempDir(), "netlog.vcf");
    writeFileSync(file, await exportVcard(ctx));
    const before = snapshot(ctx.db());
    expect(await importVcard({ file }, ctx)).toMatchObject({ created: 0, updated: 0, unchanged: 1 });
    expect(snapshot(ctx.db())).toEqual(before);
  });
});
