// Every command and flag of netlog, declared in one place. Each action turns commander's
// options into a typed object, calls its command (loaded only when that command runs) and
// returns the text to print.
import { Command, Option } from "commander";
import type { Ctx } from "./context.js";

/** Runs one command's work with a context built from the global flags; prints what it returns. */
export type Runner = (command: Command, work: (ctx: Ctx) => Promise<string>) => Promise<void>;

declare const NETLOG_VERSION: string;

const collect = (value: string, previous: string[] = []) => [...previous, value];

export function buildProgram(run: Runner): Command {
  const program = new Command("netlog")
    .description("Keep professional relationships alive: log conversations, see who is due for a touch-base.")
    .version(NETLOG_VERSION, "-V, --version")
    .option("--db <path>", "database file (default: $NETLOG_DB, else $XDG_DATA_HOME/netlog/netlog.db)")
    .option("--today <date>", "act as if today were this date (YYYY-MM-DD)")
    .option("--no-color", "never colour the output (also: NO_COLOR=1)")
    .option("--debug", "show stack traces on errors")
    .showSuggestionAfterError();

  program
    .command("add")
    .summary("log a conversation")
    .description("Log a conversation with a contact. On a terminal, with no name, it asks for everything.")
    .argument("[name]", "who you talked to: full name, a unique start of it, or #ID")
    .option("--via <channel>", "linkedin, inmail, email, phone, video, text, meeting, event, other (or call, coffee, sms …)")
    .option("--note <text>", "what was said")
    .option("--date <when>", "when: YYYY-MM-DD, today, yesterday, '3 days ago', 'last tuesday' (default: today)")
    .option("--new", "create the contact if no one has exactly this name")
    .addHelpText("after", '\nExamples:\n  netlog add "Elaine Longmire" --via phone --note "talked about her move"\n  netlog add elaine --via coffee --date yesterday\n  netlog add "Sam Ortiz" --new --via inmail')
    .action((name: string | undefined, opts, cmd: Command) =>
      run(cmd, async (ctx) => {
        const [{ add }, { renderLogged }] = await Promise.all([import("./commands/add.js"), import("./render/logged.js")]);
        return renderLogged(await add({ ...opts, name }, ctx), ctx.style, ctx.today);
      }),
    );

  program
    .command("due")
    .summary("who to touch base with")
    .description("List the people you haven't touched base with lately, most overdue first.")
    .option("--on <date>", "who is due on this date instead of today")
    .option("--limit <n>", "show at most N people (default 10; 0 shows everyone)")
    .option("--json", "print JSON (all due contacts unless --limit is given)")
    .addHelpText("after", "\nExamples:\n  netlog due\n  netlog due --on 'next monday'\n  netlog due --json --limit 3")
    .action((opts: { on?: string; limit?: string; json?: boolean }, cmd: Command) =>
      run(cmd, async (ctx) => {
        const [{ due }, { renderDue }, { dueJson, toJsonText }] = await Promise.all([
          import("./commands/due.js"),
          import("./render/due.js"),
          import("./render/json.js"),
        ]);
        const report = await due(opts, ctx);
        return opts.json ? toJsonText(dueJson(report)) : renderDue(report, ctx.style, ctx.stdoutIsTTY);
      }),
    );

  const contact = program.command("contact").summary("add, list and show contacts").description("Manage the people you keep in touch with.");

  contact
    .command("add")
    .description("Add a contact.")
    .argument("<name>", "full name")
    .option("--company <name>")
    .option("--title <title>")
    .option("--email <address>")
    .option("--phone <number>")
    .option("--linkedin <url>", "LinkedIn profile URL")
    .option("--location <place>")
    .option("--met <text>", "how you met")
    .option("--tag <tag>", "a tag (repeat, or separate with commas)", collect)
    .option("--every <cadence>", "how often to touch base: 10d, 2w, 3m, 1y, monthly, quarterly (default: 90 days)")
    .option("--note <text>", "notes about the person")
    .addOption(new Option("--allow-duplicate", "add even if a contact has the same name"))
    .addHelpText("after", '\nExamples:\n  netlog contact add "Elaine Longmire" --company "Jefferson Bank" --met LinkedIn --every monthly\n  netlog contact add "Sam Ortiz" --tag investors --tag spokane')
    .action((name: string, opts, cmd: Command) =>
      run(cmd, async (ctx) => {
        const [{ contactAdd }, { renderContactAdded }] = await Promise.all([import("./commands/contact-add.js"), import("./render/contact.js")]);
        return renderContactAdded(await contactAdd({ ...opts, name }, ctx), ctx.style, ctx.today);
      }),
    );

  contact
    .command("list")
    .description("List contacts by name, with when you last spoke and when each is due.")
    .option("--tag <tag>", "only contacts with this tag")
    .option("--json", "print JSON")
    .addHelpText("after", "\nExamples:\n  netlog contact list\n  netlog contact list --tag investors --json")
    .action((opts: { tag?: string; json?: boolean }, cmd: Command) =>
      run(cmd, async (ctx) => {
        const [{ contactList }, { renderContactList }, { contactJson, toJsonText }] = await Promise.all([
          import("./commands/contact-list.js"),
          import("./render/contact.js"),
          import("./render/json.js"),
        ]);
        const list = await contactList(opts, ctx);
        return opts.json ? toJsonText(list.map(contactJson)) : renderContactList(list, ctx.style, ctx.today);
      }),
    );

  contact
    .command("show")
    .description("Show a contact's profile and every conversation, newest first.")
    .argument("<name>", "full name, a unique start of it, or #ID")
    .option("--json", "print JSON")
    .addHelpText("after", "\nExamples:\n  netlog contact show elaine\n  netlog contact show 'Elaine Longmire' --json")
    .action((name: string, opts: { json?: boolean }, cmd: Command) =>
      run(cmd, async (ctx) => {
        const [{ contactShow }, { renderProfile }, { profileJson, toJsonText }] = await Promise.all([
          import("./commands/contact-show.js"),
          import("./render/contact.js"),
          import("./render/json.js"),
        ]);
        const profile = await contactShow({ name }, ctx);
        return opts.json ? toJsonText(profileJson(profile)) : renderProfile(profile, ctx.style, ctx.today);
      }),
    );

  return program;
}
