// Several emails, phones and links used as an unlucky user would: flags that contradict each
// other, labels that no flag could type, and netlog's own exports read back.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { contactAdd } from "../../src/commands/contact-add.js";
import { contactEdit } from "../../src/commands/contact-edit.js";
import { contactMerge } from "../../src/commands/contact-merge.js";
import { contactShow } from "../../src/commands/contact-show.js";
import { importGoogle } from "../../src/commands/import-google.js";
import { exportVcard, importVcard } from "../../src/commands/vcard.js";
import { mergedJson, renderMerged } from "../../src/render/contact-changes.js";
import { giveValue } from "../../src/store/value-lists.js";
import { snapshot, tempDir, testCtx } from "../helpers/ctx.js";
import { needs } from "../helpers/needs.js";
import { debianPython } from "../helpers/python.js";

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

  needs("python3-vobject").it("a free-text label with commas, semicolons, a caret and a backslash is written escaped: python3-vobject and netlog read it whole", async () => {
    const ctx = testCtx({ today: TODAY });
    await contactAdd({ name: "Kim Lee", email: ["kim@work.example"] }, ctx);
    const id = (await contactShow({ name: "kim" }, ctx)).contact.id;
    const label = "Night, late; ^ask\\first";
    giveValue(ctx.db(), id, "email", { value: "kim@night.example", label }, ctx.now);
    const card = await exportVcard(ctx);
    const read = debianPython(
      [
        "import sys, json, vobject",
        "card = next(vobject.readComponents(sys.stdin.read()))",
        "print(json.dumps([c.value for c in card.getChildren() if c.name == 'X-ABLABEL']))",
      ].join("\n"),
      card,
    );
    expect(read).toEqual([label]);
    const file = join(tempDir(), "netlog.vcf");
    writeFileSync(file, card);
    const other = testCtx({ today: TODAY });
    await importVcard({ file }, other);
    expect((await contactShow({ name: "kim" }, other)).values.emails).toEqual([
      { value: "kim@work.example", label: null, primary: true },
      { value: "kim@night.example", label, primary: false },
    ]);
  });

  it.each([
    [{ email: ["home=f@x.example", "work=F@x.example"] }, "--email gives 'F@x.example' twice, labelled home and work"],
    [{ phone: ["mobile=+1 509 555 0100", "work=(+1) 509-555-0100"] }, "--phone gives '(+1) 509-555-0100' twice, labelled mobile and work"],
  ])("refuses one value given twice with two labels (%j), in contact add and contact edit, changing nothing", async (flags, message) => {
    const ctx = testCtx({ today: TODAY });
    await expect(contactAdd({ name: "Fay", ...flags }, ctx)).rejects.toMatchObject({ message, exitCode: 2, hint: "give it once, with the label it should have" });
    await contactAdd({ name: "Gus" }, ctx);
    const before = snapshot(ctx.db());
    await expect(contactEdit({ contact: "gus", ...flags }, ctx)).rejects.toMatchObject({ message, exitCode: 2 });
    expect(snapshot(ctx.db())).toEqual(before);
  });

  it("one value given twice alike, or once without a label, is one value", async () => {
    const ctx = testCtx({ today: TODAY });
    await contactAdd({ name: "Fay", email: ["f@x.example", "work=F@x.example", "work=f@x.example"] }, ctx);
    expect((await contactShow({ name: "fay" }, ctx)).values.emails).toEqual([{ value: "f@x.example", label: "work", primary: true }]);
  });

  it("a value a card gives twice (in two cases) keeps the label and the preference of either", async () => {
    const ctx = testCtx({ today: TODAY });
    const file = join(tempDir(), "twice.vcf");
    const lines = [
      "BEGIN:VCARD",
      "VERSION:3.0",
      "FN:Dee Twice",
      "EMAIL:d1@x.example",
      "EMAIL;TYPE=HOME:d2@x.example",
      "EMAIL;TYPE=pref,work:D2@X.EXAMPLE",
      "EMAIL;TYPE=work:D1@x.example",
      "TEL:+1 509 555 0100",
      "TEL;TYPE=CELL:+15095550100",
      "END:VCARD",
      "",
    ];
    writeFileSync(file, lines.join("\r\n"));
    await importVcard({ file }, ctx);
    const { emails, phones } = (await contactShow({ name: "dee" }, ctx)).values;
    expect(emails).toEqual([
      { value: "d2@x.example", label: "home", primary: true },
      { value: "d1@x.example", label: "work", primary: false },
    ]);
    expect(phones).toEqual([{ value: "+1 509 555 0100", label: "mobile", primary: true }]);
  });

  it("a Google CSV that stars a value written once before in another case makes it the primary, with a label either gives", async () => {
    const ctx = testCtx({ today: TODAY });
    const file = join(tempDir(), "google.csv");
    const header =
      "First Name,Middle Name,Last Name,Organization Name,Organization Title,Notes,Photo,Labels,E-mail 1 - Label,E-mail 1 - Value,E-mail 2 - Label,E-mail 2 - Value,E-mail 3 - Label,E-mail 3 - Value";
    writeFileSync(file, `${header}\nGia,,Star,,,,,,,g1@x.example,Home,g2@x.example,* Work,G1@X.EXAMPLE\n`);
    await importGoogle({ file }, ctx);
    expect((await contactShow({ name: "gia" }, ctx)).values.emails).toEqual([
      { value: "g1@x.example", label: "work", primary: true },
      { value: "g2@x.example", label: "home", primary: false },
    ]);
  });

  it.each([
    [{ phone: [`${"y".repeat(41)}=+1 509 555 0100`] }, `--phone: '${"y".repeat(41)}' is no label`],
    [{ phone: ["my mobile (old)=+1 509 555 0100"] }, "--phone: 'my mobile (old)' is no label"],
    [{ phone: ["1".repeat(200)] }, `--phone: '${"1".repeat(60)}…' has 200 digits, more than a phone number's 30`],
    [{ email: ["my home 🏠=bob@x.example"] }, "--email: 'my home 🏠' is no label"],
    [{ url: ["my blog!=https://bob.example"] }, "--url: 'my blog!' is no label"],
  ])("refuses %j, in contact add and edit, changing nothing", async (flags, message) => {
    const ctx = testCtx({ today: TODAY });
    await contactAdd({ name: "Gus", phone: ["+1 509 555 0100"] }, ctx);
    const before = snapshot(ctx.db());
    await expect(contactEdit({ contact: "gus", ...flags }, ctx)).rejects.toMatchObject({ message, exitCode: 2 });
    await expect(contactAdd({ name: "Hal", ...flags }, ctx)).rejects.toMatchObject({ message, exitCode: 2 });
    expect(snapshot(ctx.db())).toEqual(before);
  });

  it("contact add takes an empty --email or --phone among others as none, not as the one before it removed", async () => {
    const ctx = testCtx({ today: TODAY });
    await contactAdd({ name: "Yan", email: ["a@x.example", "", "b@x.example"], phone: ["+1 509 555 0100", ""] }, ctx);
    const { emails, phones } = (await contactShow({ name: "yan" }, ctx)).values;
    expect([emails, phones]).toEqual([
      [
        { value: "a@x.example", label: null, primary: true },
        { value: "b@x.example", label: null, primary: false },
      ],
      [{ value: "+1 509 555 0100", label: null, primary: true }],
    ]);
  });

  it("a merge names the other's label of a value both have that the kept contact labels otherwise, and keeps the kept one's", async () => {
    const ctx = testCtx({ today: TODAY });
    await contactAdd({ name: "Hal A", email: ["work=hal@x.example", "hal2@x.example"], phone: ["+1 509 555 0100"] }, ctx);
    await contactAdd({ name: "Hal B", email: ["home=HAL@X.EXAMPLE", "private=Hal2@x.example", "hal3@x.example"], phone: ["mobile=+1 509 555 0100"] }, ctx);
    const merged = await contactMerge({ keep: "Hal A", other: "Hal B", yes: true }, ctx);
    expect((await contactShow({ name: "hal a" }, ctx)).values.emails).toEqual([
      { value: "hal@x.example", label: "work", primary: true },
      { value: "hal2@x.example", label: "private", primary: false },
      { value: "hal3@x.example", label: null, primary: false },
    ]);
    expect(
      renderMerged(merged, ctx.style, TODAY)
        .split("\n")
        .filter((l) => l.includes("Not taken")),
    ).toEqual(["  Not taken (it keeps its own): email HAL@X.EXAMPLE labelled home."]);
    expect(mergedJson(merged).labels_not_taken).toEqual([{ kind: "email", value: "HAL@X.EXAMPLE", label: "home" }]);
  });
});
