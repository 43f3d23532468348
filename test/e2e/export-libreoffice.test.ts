// The CSV export opened by a real spreadsheet: headless LibreOffice Calc, told to evaluate
// formulas and not to take quoted fields as text (its most trusting settings), converts it to a
// flat ODS file, and no cell of netlog's may come out as a formula.
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect } from "vitest";
import { contactAdd } from "../../src/commands/contact-add.js";
import { exportContacts } from "../../src/commands/export.js";
import { contactsCsv } from "../../src/render/export.js";
import { giveValue } from "../../src/store/value-lists.js";
import { tempDir, testCtx } from "../helpers/ctx.js";
import { needs } from "../helpers/needs.js";
import { debianPython } from "../helpers/python.js";

/** Comma, double quote, UTF-8, from line 1, …, quoted field as text: no, …, evaluate formulas: yes. */
const CSV_IMPORT = "CSV:44,34,76,1,,0,false,true,false,false,false,0,true";

/** Each row's non-empty cells as [formula or null, text], the lines of a cell joined by LF. */
const READ_FODS = `
import sys, json, xml.etree.ElementTree as ET
T = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
P = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}p"
rows = []
for row in ET.parse(sys.stdin.buffer).getroot().iter(T + "table-row"):
    cells = []
    for cell in row:
        if cell.tag == T + "table-cell":
            cells += [[cell.get(T + "formula"), "\\n".join("".join(p.itertext()) for p in cell.iter(P))]] * int(cell.get(T + "number-columns-repeated", "1"))
    while cells and cells[-1] == [None, ""]:
        cells.pop()
    if cells:
        rows.append(cells)
print(json.dumps(rows))
`;

/** The sheet LibreOffice makes of a CSV file. */
function calcSheet(csv: string): Array<Array<[string | null, string]>> {
  const dir = tempDir();
  writeFileSync(join(dir, "contacts.csv"), csv);
  execFileSync(
    "soffice",
    ["--headless", `-env:UserInstallation=file://${dir}/profile`, `--infilter=${CSV_IMPORT}`, "--convert-to", "fods", "--outdir", dir, join(dir, "contacts.csv")],
    {
      cwd: dir,
      stdio: "ignore",
      timeout: 90_000,
      env: { PATH: process.env.PATH, HOME: dir, LANG: "C.UTF-8" },
    },
  );
  return debianPython(READ_FODS, readFileSync(join(dir, "contacts.fods"), "utf8")) as Array<Array<[string | null, string]>>;
}

describe("netlog export csv in LibreOffice Calc", () => {
  needs("libreoffice", "python3").it("has no cell evaluated as a formula, a line break inside a value included", { timeout: 120_000 }, async () => {
    const ctx = testCtx({ today: "2026-03-31" });
    const ann = await contactAdd(
      { name: "Ann Bell", company: "Acme\n=1+1", title: "=1+1", location: "Spokane\r\n@SUM(1)", met: "+cmd|' /C calc'!A0", tag: ['=HYPERLINK("http://evil.example")'] },
      ctx,
    );
    const other = await contactAdd({ name: "-2+3", company: "Acme\r=2+2", title: "＝3+3", phone: ["+1 509 555 0100"] }, ctx);
    // The values beside the primary, a label from someone's address book among them.
    giveValue(ctx.db(), ann.contact.id, "email", { value: "ann@work.example", label: "work" }, ctx.now);
    giveValue(ctx.db(), ann.contact.id, "email", { value: "ann@bell.example", label: "=1+1" }, ctx.now);
    giveValue(ctx.db(), ann.contact.id, "email", { value: "ann@home.example", label: "home" }, ctx.now);
    giveValue(ctx.db(), ann.contact.id, "url", { value: "https://ann.example", label: null }, ctx.now);
    giveValue(ctx.db(), other.contact.id, "phone", { value: "+1 509 555 0199", label: null }, ctx.now);
    giveValue(ctx.db(), other.contact.id, "phone", { value: "-1 509 555 0142", label: null }, ctx.now);
    giveValue(ctx.db(), ann.contact.id, "phone", { value: "+1 509 555 0111", label: null }, ctx.now);
    giveValue(ctx.db(), ann.contact.id, "phone", { value: "+1 509 555 0143", label: "work" }, ctx.now);
    // A control row, not written by netlog: proves this LibreOffice does evaluate formulas.
    const sheet = calcSheet(`${contactsCsv(await exportContacts(ctx))}control,=1+1\r\n`);

    expect(sheet.map((r) => r.filter(([formula]) => formula !== null))).toEqual([[], [], [], [["of:=1+1", "2"]]]);
    expect(sheet).toHaveLength(4);
    const [header, ...rows] = sheet.map((r) => r.map(([, text]) => text));
    const cells = (name: string, columns: string[]) => columns.map((c) => rows.find((r) => r[header!.indexOf("name")] === name)?.[header!.indexOf(c)]);
    expect(cells("Ann Bell", ["company", "title", "location", "met", "tags"])).toEqual([
      "Acme\n=1+1",
      "'=1+1",
      "Spokane\n@SUM(1)",
      "'+cmd|' /C calc'!A0",
      `'=HYPERLINK("http://evil.example")`,
    ]);
    // A CR inside a cell is a line break to Calc, as an LF is.
    expect(cells("'-2+3", ["company", "title", "phone"])).toEqual(["Acme\n=2+2", "'＝3+3", "+1 509 555 0100"]);
    expect([...cells("Ann Bell", ["other_emails", "other_phones", "other_links"]), ...cells("'-2+3", ["other_emails", "other_phones", "other_links"])]).toEqual([
      "'=1+1: ann@bell.example; home: ann@home.example",
      "work: +1 509 555 0143",
      // A link given without a label is a website, as every import labels one.
      "website: https://ann.example",
      "",
      // A list of phone numbers is no formula, and is left as it is.
      "+1 509 555 0199; -1 509 555 0142",
      undefined,
    ]);
  });
});
