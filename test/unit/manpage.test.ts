// The man page is roff: what netlog's help says must reach the reader as written, never as a
// roff request, an escape or a hyphen that breaks a flag someone copies.
import { Command } from "commander";
import { describe, expect, it } from "vitest";
import { manPage } from "../../src/render/manpage.js";

function program(): Command {
  const root = new Command("netlog").description("Keep in touch.").version("9.9.9").option("--db <path>", "database file");
  root
    .command("due")
    .description("Who is due. Use --within to look ahead; a back-and-forth counts.")
    .argument("[name]", "who\\what")
    .option("--within <days>", "look ahead … days")
    .addHelpText("after", "\nExamples:\n  netlog due --within 7d\n  .hidden\n  'quoted' \\n");
  root.command("secret", { hidden: true }).description("never shown");
  return root;
}

describe("manPage", () => {
  const page = manPage(program());
  const lines = page.split("\n");

  it("starts with the title and the NAME line from the program's version and description", () => {
    expect(lines.slice(0, 6)).toEqual(['.TH NETLOG 1 "" "netlog 9.9.9" "User Commands"', ".nh", ".ad l", ".SH NAME", "netlog \\- keep in touch", ".SH SYNOPSIS"]);
  });

  it("gives each visible command a section with its usage, arguments, options and examples", () => {
    const due = lines.slice(lines.indexOf('.SS "netlog due"'));
    expect(due.slice(0, 18)).toEqual([
      '.SS "netlog due"',
      ".B netlog due [options] [name]",
      ".PP",
      "Who is due. Use \\-\\-within to look ahead; a back-and-forth counts.",
      ".PP",
      "Arguments:",
      ".TP",
      "\\fIname\\fR",
      "who\\ewhat",
      ".PP",
      "Options:",
      ".TP",
      "\\fB\\-\\-within\\fR \\fI<days>\\fR",
      "look ahead \\[u2026] days",
      ".PP",
      "Examples:",
      ".PP",
      ".RS 4",
    ]);
    expect(due.slice(18, 23)).toEqual([".EX", "netlog due \\-\\-within 7d", "\\&.hidden", "\\&'quoted' \\en", ".EE"]);
    expect(page).not.toContain("secret");
    expect(page).not.toMatch(/\\-h, \\-\\-help\\fR\n/);
  });

  it("is plain ASCII, each non-ASCII character written as a glyph name", () => {
    expect(page).toMatch(/^[\x00-\x7e]*$/);
  });
});
