// Every command and flag of netlog, declared in one place. Each action turns commander's
// options into a typed object, calls its command (loaded only when that command runs) and
// returns the text to print.
import { Argument, Command, Option } from "commander";
import type { Ctx } from "./context.js";

/**
 * Runs one command's work with a context built from the global flags; prints what it returns,
 * then fails with `failure` when a command has both a report to show and an error to give, or
 * notes a `warning` on stderr when a side task (a desktop notification) did not work.
 */
export type Runner = (command: Command, work: (ctx: Ctx) => Promise<string | { text: string; failure?: Error; warning?: string }>) => Promise<void>;

declare const NETLOG_VERSION: string;

const collect = (value: string, previous: string[] = []) => [...previous, value];

export function buildProgram(run: Runner): Command {
  const program = new Command("netlog")
    // A fixed width, whatever the terminal: docs/reference.md is this very help text.
    .configureHelp({ helpWidth: 100 })
    .description("Keep professional relationships alive: log conversations, see who is due for a touch-base.")
    .version(NETLOG_VERSION, "-V, --version")
    .option("--db <path>", "database file (default: $NETLOG_DB, else $XDG_DATA_HOME/netlog/netlog.db)")
    .option("--today <date>", "act as if today were this date (YYYY-MM-DD)")
    .option("--no-color", "never colour the output (also: NO_COLOR=1)")
    .option("--debug", "show stack traces on errors")
    .addHelpText("after", '\nExamples:\n  netlog add "Elaine Longmire" --via phone --note "talked about her move"\n  netlog due\n  netlog contact --help')
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
    .option("--sent", "you wrote and await an answer (the default for linkedin, inmail, email, text)")
    .option("--received", "they wrote to you")
    .option("--two-way", "a back-and-forth (the default for phone, video, meeting, event, other)")
    .option("--follow-up <when>", "a promised next step on this date: 'next friday', 'in 2 weeks', 2026-12-04")
    .option("--follow-up-note <text>", "what the next step is")
    .option("--keep-follow-up", "keep the open follow-up open, though you spoke (a sent or two-way conversation fulfils it)")
    .addHelpText(
      "after",
      '\nExamples:\n  netlog add "Elaine Longmire" --via phone --note "talked about her move"\n  netlog add elaine --via coffee --date yesterday --follow-up "next friday" --follow-up-note "send the deck"\n  netlog add "Sam Ortiz" --new --via inmail\n  netlog add sam --via linkedin --received --note "replied, wants to talk in January"',
    )
    .action((name: string | undefined, opts, cmd: Command) =>
      run(cmd, async (ctx) => {
        const [{ add }, { renderLogged, closeMatchWarning }] = await Promise.all([import("./commands/add.js"), import("./render/logged.js")]);
        const logged = await add({ ...opts, name }, ctx);
        return { text: renderLogged(logged, ctx.style, ctx.today), warning: closeMatchWarning(logged) };
      }),
    );

  /**
   * commander reads the options written after `log edit ID` as `log`'s own when `log` has them
   * too (`--via`), wherever they are: take back the ones the subcommand also has, and refuse
   * the others (`log rm 412 --json`) rather than ignore them. (commander's positional options
   * would do this only if the program's own were positional too, and `netlog due --db x` must
   * keep working.)
   */
  const optionsTakenByLog = async (cmd: Command, own: readonly string[]): Promise<Record<string, string | undefined>> => {
    const given = cmd.parent!.opts<Record<string, string | undefined>>();
    const stray = Object.keys(given).find((key) => given[key] !== undefined && !own.includes(key));
    if (stray) throw (await import("./errors.js")).usageError(`unknown option '--${stray}'`, `see 'netlog ${cmd.parent!.name()} ${cmd.name()} --help'`);
    return given;
  };

  const log = program
    .command("log")
    .summary("list, correct or remove logged conversations")
    .description("List conversations, newest first, with the ids that log edit and log rm take. Without NAME: everyone's.")
    .argument("[name]", "only this contact's: full name, a unique start of it, or #ID")
    .option("--since <when>", "only from this date on: 2026-09-01, '2 weeks ago', 'last monday'")
    .option("--via <channel>", "only this channel (also call, coffee, sms …)")
    .option("--limit <n>", "show at most N (default on a terminal: 20; 0 shows all)")
    .option("--json", "print JSON (every match unless --limit is given)")
    .addHelpText(
      "after",
      "\nExamples:\n  netlog log\n  netlog log elaine --since '3 months ago'\n  netlog log --via coffee --limit 0\n  netlog log edit 412 --date yesterday\n  netlog log rm 412",
    )
    .action((name: string | undefined, opts: { since?: string; via?: string; limit?: string; json?: boolean }, cmd: Command) =>
      run(cmd, async (ctx) => {
        const [{ log }, { renderLog, logJson }, { toJsonText }] = await Promise.all([import("./commands/log.js"), import("./render/log.js"), import("./render/json.js")]);
        const report = await log({ ...opts, name }, ctx);
        return opts.json ? toJsonText(logJson(report)) : renderLog(report, ctx.style, ctx.today, ctx.stdoutIsTTY);
      }),
    );
  log
    .command("edit")
    .description("Correct a conversation's date, channel, note or who spoke. On a terminal, with no flags, it asks, showing the current values.")
    .argument("<id>", "the conversation's id, as netlog log shows it")
    .option("--date <when>", "when it happened: YYYY-MM-DD, yesterday, '3 days ago', 'last tuesday'")
    .option("--via <channel>", "linkedin, inmail, email, phone, video, text, meeting, event, other (or call, coffee, sms …)")
    .option("--note <text>", "the new note ('' removes it)")
    .option("--sent", "you wrote and await an answer")
    .option("--received", "they wrote to you")
    .option("--two-way", "a back-and-forth")
    .addHelpText(
      "after",
      '\nExamples:\n  netlog log edit 412 --date 2026-11-20\n  netlog log edit 412 --via phone --note "talked about her move"\n  netlog log edit 412      # on a terminal: asks, showing the current values',
    )
    .action((id: string, opts, cmd: Command) =>
      run(cmd, async (ctx) => {
        const [{ logEdit }, { renderEdited }] = await Promise.all([import("./commands/log-change.js"), import("./render/log.js")]);
        const { via } = await optionsTakenByLog(cmd, ["via"]);
        return renderEdited(await logEdit({ ...opts, via: opts.via ?? via, id }, ctx), ctx.style, ctx.today);
      }),
    );
  log
    .command("rm")
    .description("Remove a conversation (netlog undo brings it back).")
    .argument("<id>", "the conversation's id, as netlog log shows it")
    .addHelpText("after", "\nExamples:\n  netlog log rm 412\n  netlog log elaine --limit 1   # find the id first\n  netlog undo                   # put it back")
    .action((id: string, _opts, cmd: Command) =>
      run(cmd, async (ctx) => {
        const [{ logRm }, { renderRemoved }] = await Promise.all([import("./commands/log-change.js"), import("./render/log.js")]);
        await optionsTakenByLog(cmd, []);
        return renderRemoved(await logRm({ id }, ctx), ctx.style, ctx.today);
      }),
    );

  program
    .command("due")
    .summary("who to touch base with")
    .description("List the people you haven't touched base with lately, most overdue first.")
    .option("--on <date>", "who is due on this date instead of today")
    .option("--limit <n>", "show at most N people (default: the daily-limit setting, 5; 0 shows everyone)")
    .option("--all", "show everyone due, not today's share (the same as --limit 0)")
    .option("--within <days>", "also list who comes due in the next days, e.g. 7d")
    .option("--json", "print JSON (all due contacts unless --limit is given)")
    .option("--notify", "also show a desktop notification (notify-send), when someone is due")
    .addHelpText("after", "\nExamples:\n  netlog due\n  netlog due --all\n  netlog due --within 7d\n  netlog due --on 'next monday'\n  netlog due --json --limit 3")
    .action((opts: { on?: string; limit?: string; within?: string; all?: boolean; json?: boolean; notify?: boolean }, cmd: Command) =>
      run(cmd, async (ctx) => {
        const [{ due }, { renderDue, shownTexts }, { dueJson, toJsonText }] = await Promise.all([
          import("./commands/due.js"),
          import("./render/due.js"),
          import("./render/json.js"),
        ]);
        const report = await due(opts, ctx);
        if (!opts.json)
          await (await import("./render/width.js")).loadWidthsFor(shownTexts([...report.shown, ...report.suggestions, ...report.upcoming, ...(report.next ? [report.next] : [])]));
        const text = opts.json ? toJsonText(dueJson(report)) : renderDue(report, ctx.style, ctx.stdoutIsTTY, ctx.columns);
        if (!opts.notify) return text;
        const [{ sendNotification }, { dueNotification }] = await Promise.all([import("./commands/notify.js"), import("./render/notification.js")]);
        return { text, warning: sendNotification(dueNotification(report), ctx) };
      }),
    );

  program
    .command("cron")
    .summary("run netlog due every morning")
    .description("Print the crontab line that runs netlog due every morning, with node, netlog and the database spelled out (cron has no PATH), or put it in your crontab.")
    .option("--at <time>", "when, as HH:MM on a 24-hour clock (default: 08:00)")
    .option("--install", "add the line to your crontab, in place of netlog's earlier one")
    .option("--remove", "take netlog's line out of your crontab")
    .addHelpText("after", "\nExamples:\n  netlog cron\n  netlog cron --install --at 07:30\n  netlog cron --remove")
    .action((opts: { at?: string; install?: boolean; remove?: boolean }, cmd: Command) =>
      run(cmd, async (ctx) => {
        const [{ cron }, { renderCron }] = await Promise.all([import("./commands/cron.js"), import("./render/cron.js")]);
        return renderCron(await cron(opts, ctx));
      }),
    );

  const contact = program
    .command("contact")
    .summary("add, list, show, edit, merge and remove contacts")
    .description("Manage the people you keep in touch with.")
    .addHelpText("after", '\nExamples:\n  netlog contact add "Elaine Longmire" --every monthly\n  netlog contact list\n  netlog contact show elaine');

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
    .addHelpText(
      "after",
      '\nExamples:\n  netlog contact add "Elaine Longmire" --company "Jefferson Bank" --met LinkedIn --every monthly\n  netlog contact add "Sam Ortiz" --tag investors --tag spokane',
    )
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
    .option("--all", "include archived contacts")
    .option("--json", "print JSON")
    .addHelpText("after", "\nExamples:\n  netlog contact list\n  netlog contact list --tag investors --json")
    .action((opts: { tag?: string; all?: boolean; json?: boolean }, cmd: Command) =>
      run(cmd, async (ctx) => {
        const [{ contactList }, { renderContactList }, { contactJson, toJsonText }] = await Promise.all([
          import("./commands/contact-list.js"),
          import("./render/contact.js"),
          import("./render/json.js"),
        ]);
        const list = await contactList(opts, ctx);
        return opts.json ? toJsonText(list.map(contactJson)) : renderContactList(list, ctx.style, ctx.today, ctx.stdoutIsTTY);
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

  contact
    .command("edit")
    .description("Change a contact's details, tags or cadence; an empty value clears a field. On a terminal, with no flags, it shows a form.")
    .argument("<name>", "full name, a unique start of it, or #ID")
    .option("--name <new>", "rename the contact")
    .option("--company <name>")
    .option("--title <title>")
    .option("--email <address>")
    .option("--phone <number>")
    .option("--linkedin <url>", "LinkedIn profile URL")
    .option("--location <place>")
    .option("--met <text>", "how you met")
    .option("--tag <tag>", "add a tag (repeat, or separate with commas)", collect)
    .option("--untag <tag>", "remove a tag (repeat, or separate with commas)", collect)
    .option("--every <cadence>", "its own cadence: 10d, 2w, 3m, monthly …; none: its tags' or the default")
    .option("--note <text>", "notes about the person (replaces them)")
    .option("--allow-duplicate", "with --name: rename even if another contact has that name")
    .option("--json", "print what changed as JSON")
    .addHelpText(
      "after",
      '\nExamples:\n  netlog contact edit elaine --company "Northwind Bank" --title ""\n  netlog contact edit elaine --tag investors --untag banking --every none\n  netlog contact edit "Elain Longmire" --name "Elaine Longmire"\n  netlog contact edit elaine        # on a terminal: a form with the current values',
    )
    .action((name: string, opts, cmd: Command) =>
      run(cmd, async (ctx) => {
        const [{ contactEdit }, view, { toJsonText }] = await Promise.all([
          import("./commands/contact-edit.js"),
          import("./render/contact-changes.js"),
          import("./render/json.js"),
        ]);
        const edited = await contactEdit({ ...opts, contact: name }, ctx);
        return opts.json ? toJsonText(view.editedJson(edited)) : view.renderEdited(edited, ctx.style);
      }),
    );

  contact
    .command("rm")
    .description("Remove a contact with its conversations and follow-ups (netlog undo brings them back).")
    .argument("<name>", "full name, a unique start of it, or #ID")
    .option("--yes", "do not ask for confirmation (needed without a terminal)")
    .option("--json", "print what was removed as JSON")
    .addHelpText("after", "\nExamples:\n  netlog contact rm 'Sam Ortiz'\n  netlog contact rm '#12' --yes")
    .action((name: string, opts: { yes?: boolean; json?: boolean }, cmd: Command) =>
      run(cmd, async (ctx) => {
        const [{ contactRm }, view, { toJsonText }] = await Promise.all([import("./commands/contact-rm.js"), import("./render/contact-changes.js"), import("./render/json.js")]);
        const removed = await contactRm({ name, yes: opts.yes }, ctx);
        return opts.json ? toJsonText(view.removedJson(removed)) : view.renderRemoved(removed, ctx.style);
      }),
    );

  contact
    .command("merge")
    .description("Merge a duplicate into the contact you keep: its conversations, follow-ups, tags and the fields you lack move over, then it is removed.")
    .argument("<keep>", "the contact that stays: name, unique start, or #ID")
    .argument("<other>", "the duplicate that goes")
    .option("--yes", "do not ask for confirmation (needed without a terminal)")
    .option("--json", "print the summary as JSON")
    .addHelpText("after", "\nExamples:\n  netlog contact merge 'Samuel Ortiz' 'Sam Ortiz'\n  netlog contact merge '#3' '#7' --yes     # two contacts with the same name")
    .action((keep: string, other: string, opts: { yes?: boolean; json?: boolean }, cmd: Command) =>
      run(cmd, async (ctx) => {
        const [{ contactMerge }, view, { toJsonText }] = await Promise.all([
          import("./commands/contact-merge.js"),
          import("./render/contact-changes.js"),
          import("./render/json.js"),
        ]);
        const merged = await contactMerge({ keep, other, yes: opts.yes }, ctx);
        return opts.json ? toJsonText(view.mergedJson(merged)) : view.renderMerged(merged, ctx.style, ctx.today);
      }),
    );

  const message = (cmd: Command, change: (ctx: Ctx, m: typeof import("./commands/contact-state.js")) => Promise<{ message: string }>) =>
    run(cmd, async (ctx) => {
      const [state, { renderChange }] = await Promise.all([import("./commands/contact-state.js"), import("./render/review.js")]);
      // The sentence holds the contact's name: renderChange shows it through the neutraliser.
      return renderChange(await change(ctx, state));
    });

  contact
    .command("archive")
    .description("Take a contact off every list, keeping its history.")
    .argument("<name>")
    .addHelpText("after", "\nExamples:\n  netlog contact archive sam\n  netlog contact list --all   # archived ones too")
    .action((name: string, _opts, cmd: Command) => message(cmd, (ctx, m) => m.setArchived({ name }, true, ctx)));
  contact
    .command("unarchive")
    .description("Bring an archived contact back.")
    .argument("<name>")
    .addHelpText("after", "\nExamples:\n  netlog contact unarchive sam\n  netlog add sam --via phone   # logging a conversation brings it back too")
    .action((name: string, _opts, cmd: Command) => message(cmd, (ctx, m) => m.setArchived({ name }, false, ctx)));

  const followUp = program
    .command("follow-up")
    .summary("promise a next step")
    .description("Record a promised next step: due on its date, done when you next log a conversation in which you spoke.")
    .argument("<name>")
    .argument("<when>", "next friday, in 2 weeks, tomorrow, 2026-12-04")
    .argument("[note]", "what the next step is")
    .addHelpText("after", '\nExamples:\n  netlog follow-up elaine "next friday" "send the deck"\n  netlog follow-up list\n  netlog follow-up done elaine')
    .action((name: string, when: string, note: string | undefined, _opts, cmd: Command) => message(cmd, (ctx, m) => m.followUp({ name, when, note }, ctx)));
  followUp
    .command("done")
    .description("Mark a contact's follow-up done without logging a conversation.")
    .argument("<name>")
    .addHelpText("after", '\nExamples:\n  netlog follow-up done elaine\n  netlog follow-up done "Elaine Longmire"')
    .action((name: string, _opts, cmd: Command) => message(cmd, (ctx, m) => m.followUpDone({ name }, ctx)));
  followUp
    .command("list")
    .description("List the open follow-ups, soonest first, with their dates and notes.")
    .option("--json", "print JSON")
    .addHelpText("after", "\nExamples:\n  netlog follow-up list\n  netlog follow-up list --json")
    .action((opts: { json?: boolean }, cmd: Command) =>
      run(cmd, async (ctx) => {
        const [{ followUpList }, { renderFollowUps, followUpsJson }, { toJsonText }] = await Promise.all([
          import("./commands/follow-up-list.js"),
          import("./render/follow-ups.js"),
          import("./render/json.js"),
        ]);
        const report = await followUpList(ctx);
        if (!opts.json) await (await import("./render/width.js")).loadWidthsFor(report.open.flatMap((o) => [o.contact.name, o.followUp.note]));
        return opts.json ? toJsonText(followUpsJson(report)) : renderFollowUps(report, ctx.style, ctx.stdoutIsTTY, ctx.columns);
      }),
    );

  program
    .command("review")
    .summary("go through today's list, one person at a time")
    .description("Walk today's list on a terminal, one person at a time: log a conversation, snooze, dismiss, pause, archive or skip each with one key.")
    .addHelpText(
      "after",
      "\nKeys: l log, s snooze, d dismiss, p pause, a archive, n next (Enter), q quit.\n\nExamples:\n  netlog review\n  netlog due      # the same list, printed",
    )
    .action((_opts, cmd: Command) =>
      run(cmd, async (ctx) => {
        const [{ review }, dueView, loggedView, dismissView, reviewView] = await Promise.all([
          import("./commands/review.js"),
          import("./render/due.js"),
          import("./render/logged.js"),
          import("./render/dismiss.js"),
          import("./render/review.js"),
        ]);
        const width = ctx.columns;
        // review shows people one at a time, after reading the list: widths for any text.
        await (await import("./render/width.js")).loadWidthsFor(["\u4e00"]);
        const report = await review(ctx, {
          item: (item, position, total) => dueView.renderReviewItem(item, position, total, ctx.today, ctx.style, width),
          logged: (logged) => loggedView.renderLogged(logged, ctx.style, ctx.today),
          changed: (change) => reviewView.renderChange(change),
          dismissed: (dismissal) => dismissView.renderDismissed(dismissal, ctx.style, ctx.today),
        });
        return reviewView.renderReviewed(report);
      }),
    );

  program
    .command("dismiss")
    .summary("deal with an item of today's list without a conversation")
    .description(
      "Clear what today's item for a contact is about, without logging a conversation: an unanswered message needs no reply, a cadence round is skipped, a follow-up is let go, a suggestion is not offered again at this stage.",
    )
    .argument("<name>")
    .option("--note <text>", "why")
    .option("--json", "print the result as JSON")
    .addHelpText("after", '\nExamples:\n  netlog dismiss sam\n  netlog dismiss "Rémy Girard" --note "we only ever meet on video"\n  netlog undo   # take a dismissal back')
    .action((name: string, opts: { note?: string; json?: boolean }, cmd: Command) =>
      run(cmd, async (ctx) => {
        const [{ dismiss }, view, { toJsonText }] = await Promise.all([import("./commands/dismiss.js"), import("./render/dismiss.js"), import("./render/json.js")]);
        const result = await dismiss({ name, note: opts.note }, ctx);
        return opts.json ? toJsonText(view.dismissedJson(result, ctx.today)) : view.renderDismissed(result, ctx.style, ctx.today);
      }),
    );

  program
    .command("snooze")
    .summary("hide someone from due for a while")
    .description("Hide a contact (and its follow-ups) from netlog due until a date.")
    .argument("<name>")
    .argument("<until>", "2w, 3m, or a date: 2027-01-10, 'next month'")
    .option("--note <text>", "why")
    .addHelpText("after", '\nExamples:\n  netlog snooze elaine 2w --note "on parental leave"\n  netlog snooze sam 2027-01-10')
    .action((name: string, until: string, opts: { note?: string }, cmd: Command) => message(cmd, (ctx, m) => m.snooze({ name, until, note: opts.note }, ctx)));
  program
    .command("pause")
    .summary("stop a contact's cadence")
    .description("Stop reminders for a contact until you resume it (promised follow-ups still come due).")
    .argument("<name>")
    .addHelpText("after", "\nExamples:\n  netlog pause sam\n  netlog resume sam")
    .action((name: string, _opts, cmd: Command) => message(cmd, (ctx, m) => m.setPaused({ name }, true, ctx)));
  program
    .command("resume")
    .summary("restart a paused cadence")
    .description("Restart a paused contact's cadence, counting from today.")
    .argument("<name>")
    .addHelpText("after", "\nExamples:\n  netlog resume sam\n  netlog --today 2027-01-04 resume sam   # counting from that day")
    .action((name: string, _opts, cmd: Command) => message(cmd, (ctx, m) => m.setPaused({ name }, false, ctx)));

  const tag = program
    .command("tag")
    .summary("tag cadences")
    .description("Give a tag a cadence: its contacts without their own use it.")
    .addHelpText("after", "\nExamples:\n  netlog tag set investors --every 30d\n  netlog tag list");
  tag
    .command("set")
    .description("Set a tag's cadence (the shortest of a contact's tags applies).")
    .argument("<tag>")
    .option("--every <cadence>", "10d, 2w, 3m, 1y, monthly, quarterly, or none")
    .addHelpText("after", "\nExamples:\n  netlog tag set investors --every 30d\n  netlog tag set investors --every none")
    .action((name: string, opts: { every?: string }, cmd: Command) =>
      run(cmd, async (ctx) => {
        const [{ tagSet }, { renderTags }] = await Promise.all([import("./commands/tags.js"), import("./render/settings.js")]);
        return renderTags([await tagSet({ name, every: opts.every }, ctx)]);
      }),
    );
  tag
    .command("list")
    .description("List tags with their cadence and how many contacts have them.")
    .option("--json", "print JSON")
    .addHelpText("after", "\nExamples:\n  netlog tag list\n  netlog tag list --json")
    .action((opts: { json?: boolean }, cmd: Command) =>
      run(cmd, async (ctx) => {
        const [{ tagList }, view, { toJsonText }] = await Promise.all([import("./commands/tags.js"), import("./render/settings.js"), import("./render/json.js")]);
        const tags = await tagList(ctx);
        return opts.json ? toJsonText(view.tagsJson(tags)) : view.renderTags(tags);
      }),
    );

  const config = program
    .command("config")
    .summary("settings")
    .description("Settings, stored in the database: default-cadence, reply-window, daily-limit.")
    .addHelpText("after", "\nExamples:\n  netlog config list\n  netlog config set daily-limit 5");
  config
    .command("set")
    .description("Change a setting; VALUE 'default' restores the default.")
    .argument("<key>", "default-cadence, reply-window or daily-limit")
    .argument("<value>")
    .addHelpText("after", "\nExamples:\n  netlog config set default-cadence 60d\n  netlog config set reply-window 10d\n  netlog config set daily-limit 5")
    .action((key: string, value: string, _opts, cmd: Command) =>
      run(cmd, async (ctx) => {
        const [{ configSet }, { renderSettings }] = await Promise.all([import("./commands/settings.js"), import("./render/settings.js")]);
        return renderSettings([await configSet({ key, value }, ctx)]);
      }),
    );
  config
    .command("get")
    .description("Show one setting.")
    .argument("<key>", "default-cadence, reply-window or daily-limit")
    .option("--json", "print JSON")
    .addHelpText("after", "\nExamples:\n  netlog config get default-cadence\n  netlog config get reply-window --json")
    .action((key: string, opts: { json?: boolean }, cmd: Command) =>
      run(cmd, async (ctx) => {
        const [{ configGet }, view, { toJsonText }] = await Promise.all([import("./commands/settings.js"), import("./render/settings.js"), import("./render/json.js")]);
        const setting = await configGet({ key }, ctx);
        return opts.json ? toJsonText(view.settingJson(setting)) : view.renderSettings([setting]);
      }),
    );
  config
    .command("list")
    .description("Show every setting.")
    .option("--json", "print JSON")
    .addHelpText("after", "\nExamples:\n  netlog config list\n  netlog config list --json")
    .action((opts: { json?: boolean }, cmd: Command) =>
      run(cmd, async (ctx) => {
        const [{ configList }, view, { toJsonText }] = await Promise.all([import("./commands/settings.js"), import("./render/settings.js"), import("./render/json.js")]);
        const settings = await configList(ctx);
        return opts.json ? toJsonText(view.settingsJson(settings)) : view.renderSettings(settings);
      }),
    );

  const importCommand = program
    .command("import")
    .summary("bring contacts in")
    .description("Import contacts from other programs.")
    .addHelpText("after", "\nExamples:\n  netlog import linkedin ~/Downloads/Connections.csv\n  netlog import vcard ~/contacts.vcf\n  netlog import json netlog.json");
  importCommand
    .command("linkedin")
    .description("Import LinkedIn's Connections.csv or messages.csv; run it again with a newer export to update.")
    .argument("<file>", "Connections.csv or messages.csv from LinkedIn's data export")
    .option("--every <cadence>", "track the new contacts with this cadence")
    .option("--tag <tag>", "tag the new contacts (repeatable); a tag with a cadence tracks them", collect)
    .option("--skip-invalid", "import the good rows and list the bad ones (default: a bad row stops the import)")
    .option("--json", "print the summary as JSON")
    .addHelpText("after", "\nExamples:\n  netlog import linkedin ~/Downloads/Connections.csv\n  netlog import linkedin Connections.csv --tag linkedin --every 6m")
    .action((file: string, opts: { every?: string; tag?: string[]; skipInvalid?: boolean; json?: boolean }, cmd: Command) =>
      run(cmd, async (ctx) => {
        const [{ importLinkedinFile }, view, { toJsonText }] = await Promise.all([
          import("./commands/import-linkedin.js"),
          import("./render/import.js"),
          import("./render/json.js"),
        ]);
        const result = await importLinkedinFile({ file, ...opts }, ctx);
        if (result.kind === "messages") return opts.json ? toJsonText(view.messagesJson(result.summary)) : view.renderMessagesImport(file, result.summary);
        return opts.json ? toJsonText(view.importJson(result.summary)) : view.renderImport(file, result.summary);
      }),
    );

  importCommand
    .command("vcard")
    .description("Import vCards (3.0 or 4.0, several per file); run it again to update, matching by email or phone.")
    .argument("<file>", "a .vcf file")
    .option("--every <cadence>", "track the new contacts with this cadence")
    .option("--tag <tag>", "tag the new contacts (repeatable); a tag with a cadence tracks them", collect)
    .option("--skip-invalid", "import the good cards and list the bad ones")
    .addHelpText("after", "\nExamples:\n  netlog import vcard ~/contacts.vcf --tag phonebook\n  netlog import vcard work.vcf --every quarterly --skip-invalid")
    .action((file: string, opts: { every?: string; tag?: string[]; skipInvalid?: boolean }, cmd: Command) =>
      run(cmd, async (ctx) => {
        const [{ importVcard }, { renderImport }] = await Promise.all([import("./commands/vcard.js"), import("./render/import.js")]);
        return renderImport(file, await importVcard({ file, ...opts }, ctx));
      }),
    );

  importCommand
    .command("json")
    .description("Restore a netlog export into an empty database, or merge it by uuid into this one.")
    .argument("<file>", "a file written by netlog export json")
    .addHelpText("after", "\nExamples:\n  netlog import json ~/backups/netlog.json\n  netlog --db ~/new.db import json ~/backups/netlog.json")
    .action((file: string, _opts, cmd: Command) =>
      run(cmd, async (ctx) => {
        const [{ importJson }, { neutralise }] = await Promise.all([import("./commands/json-transfer.js"), import("./text/neutralise.js")]);
        const c = await importJson({ file }, ctx);
        return `Imported ${neutralise(file)}: ${c.contacts} contacts, ${c.interactions} conversations, ${c.follow_ups} follow-ups added (rows already here by uuid are kept).\n`;
      }),
    );

  const exportCommand = program
    .command("export")
    .summary("take your data anywhere")
    .description("Export your data to stdout, or to --out FILE (created 0600).")
    .addHelpText("after", "\nExamples:\n  netlog export json --out ~/backups/netlog.json\n  netlog export csv --out contacts.csv");
  // Every export: text to stdout, or to --out written privately and atomically.
  const textExport = (cmd: Command, out: string | undefined, make: (ctx: Ctx) => Promise<string>) =>
    run(cmd, async (ctx) => {
      const text = await make(ctx);
      if (out === undefined || out === "-") return text;
      (await import("./commands/output-file.js")).writeOutputFile(out, text);
      return "";
    });
  exportCommand
    .command("json")
    .description("Every contact, conversation, tag, follow-up and setting, with uuids (netlog import json reads it back).")
    .option("--out <file>", "write to FILE instead of stdout (- is stdout)")
    .addHelpText("after", "\nExamples:\n  netlog export json > netlog.json\n  netlog export json --out ~/backups/netlog.json")
    .action((opts: { out?: string }, cmd: Command) =>
      textExport(cmd, opts.out, async (ctx) => {
        const [{ exportJson }, { toJsonText }] = await Promise.all([import("./commands/json-transfer.js"), import("./render/json.js")]);
        return toJsonText(await exportJson(ctx));
      }),
    );
  exportCommand
    .command("csv")
    .description("Contacts with last contact and next due date, one row each, for spreadsheets.")
    .option("--out <file>", "write to FILE instead of stdout (- is stdout)")
    .addHelpText("after", "\nExamples:\n  netlog export csv --out contacts.csv\n  netlog export csv | column -s, -t | less -S")
    .action((opts: { out?: string }, cmd: Command) =>
      textExport(cmd, opts.out, async (ctx) => {
        const [{ exportContacts }, { contactsCsv }] = await Promise.all([import("./commands/export.js"), import("./render/export.js")]);
        return contactsCsv(await exportContacts(ctx));
      }),
    );
  exportCommand
    .command("vcard")
    .description("Every contact as a vCard 4.0, with netlog's uuid as UID.")
    .option("--out <file>", "write to FILE instead of stdout (- is stdout)")
    .addHelpText("after", "\nExamples:\n  netlog export vcard --out contacts.vcf\n  netlog export vcard > ~/Dropbox/contacts.vcf")
    .action((opts: { out?: string }, cmd: Command) => textExport(cmd, opts.out, async (ctx) => (await import("./commands/vcard.js")).exportVcard(ctx)));
  exportCommand
    .command("ics")
    .description("An all-day event per upcoming touch-base and follow-up, with stable UIDs, for a calendar to subscribe to.")
    .option("--days <n>", "how far ahead (default 90)")
    .option("--out <file>", "write to FILE instead of stdout (- is stdout)")
    .addHelpText("after", "\nExamples:\n  netlog export ics --out ~/Calendars/netlog.ics\n  netlog export ics --days 30")
    .action((opts: { out?: string; days?: string }, cmd: Command) =>
      textExport(cmd, opts.out, async (ctx) => {
        const [{ exportCalendar }, { calendarIcs }] = await Promise.all([import("./commands/export.js"), import("./render/export.js")]);
        return calendarIcs(await exportCalendar(opts, ctx));
      }),
    );

  program
    .command("search")
    .summary("find contacts and conversations by any word")
    .description(
      "Find contacts by words in their names, companies, titles, places, tags and notes, and in the notes of conversations. Ignores case and accents; the last word may be the start of one. Exits 1 when nothing matches.",
    )
    .argument("<text...>", "the words to find (all of them, anywhere in a contact or its conversations)")
    .option("--limit <n>", "show at most N contacts (default 20; 0 shows every match)")
    .option("--json", "print JSON")
    .addHelpText("after", '\nExamples:\n  netlog search bank spokane\n  netlog search longm\n  netlog search "deck" --json')
    .action((words: string[], opts: { limit?: string; json?: boolean }, cmd: Command) =>
      run(cmd, async (ctx) => {
        const [{ search, nothingFound }, { renderSearch, searchJson }, { toJsonText }] = await Promise.all([
          import("./commands/search.js"),
          import("./render/search.js"),
          import("./render/json.js"),
        ]);
        const report = await search({ text: words.join(" "), limit: opts.limit }, ctx);
        return { text: opts.json ? toJsonText(searchJson(report)) : renderSearch(report, ctx.style, ctx.today), failure: nothingFound(report) };
      }),
    );

  program
    .command("stats")
    .summary("is your networking working?")
    .description("Conversations per month and per channel, where the contacts on your list stand, who has waited longest, and how many relationships reached a call or a meeting.")
    .option("--since <when>", "count from the start of this month (2026-01, '6 months ago'; default: the last 12 months)")
    .option("--json", "print JSON")
    .addHelpText("after", "\nExamples:\n  netlog stats\n  netlog stats --since 2026-01\n  netlog stats --json")
    .action((opts: { since?: string; json?: boolean }, cmd: Command) =>
      run(cmd, async (ctx) => {
        const [{ stats }, { renderStats, statsJson }, { toJsonText }] = await Promise.all([import("./commands/stats.js"), import("./render/stats.js"), import("./render/json.js")]);
        const report = await stats(opts, ctx);
        return opts.json ? toJsonText(statsJson(report)) : renderStats(report, ctx.style);
      }),
    );

  program
    .command("backup")
    .summary("copy the database somewhere safe")
    .description("Copy the database, consistently even while another netlog writes, to FILE (0600). Without FILE: netlog.db.bak-DATE beside the database.")
    .argument("[file]", "where to write the copy (an existing backup there is replaced), or a folder to put it in")
    .addHelpText(
      "after",
      "\nExamples:\n  netlog backup\n  netlog backup ~/Dropbox/netlog.db\n  crontab: 0 3 * * * NETLOG_DB=$HOME/.local/share/netlog/netlog.db netlog backup /mnt/backup/",
    )
    .action((file: string | undefined, _opts, cmd: Command) =>
      run(cmd, async (ctx) => {
        const [{ backup }, { renderBackup }] = await Promise.all([import("./commands/backup.js"), import("./render/backup.js")]);
        return renderBackup(await backup({ file }, ctx));
      }),
    );
  program
    .command("restore")
    .summary("replace the database with a backup")
    .description("Check a backup (integrity, netlog schema, version), keep a copy of the current database, then put the backup's contents in its place.")
    .argument("<file>", "a file made by netlog backup, or a netlog.db.bak-… file")
    .option("--yes", "do not ask for confirmation (needed without a terminal)")
    .addHelpText("after", "\nExamples:\n  netlog restore ~/.local/share/netlog/netlog.db.bak-2026-11-20\n  netlog restore backup.db --yes")
    .action((file: string, opts: { yes?: boolean }, cmd: Command) =>
      run(cmd, async (ctx) => {
        const [{ restore }, { renderRestored }] = await Promise.all([import("./commands/backup.js"), import("./render/backup.js")]);
        return renderRestored(await restore({ file, yes: opts.yes }, ctx));
      }),
    );

  program
    .command("doctor")
    .summary("check the database and explain which one is used")
    .description("Show which database netlog uses and why, and check its schema, integrity and permissions. Exits 1 when something is wrong.")
    .option("--json", "print JSON")
    .addHelpText("after", "\nExamples:\n  netlog doctor\n  env -i PATH=$PATH HOME=$HOME netlog doctor   # as cron would run it")
    .action((opts: { json?: boolean }, cmd: Command) =>
      run(cmd, async (ctx) => {
        const [{ doctor }, { renderDoctor, doctorJson }, { toJsonText }, { NetlogError }] = await Promise.all([
          import("./commands/doctor.js"),
          import("./render/doctor.js"),
          import("./render/json.js"),
          import("./errors.js"),
        ]);
        const report = await doctor(ctx);
        const text = opts.json ? toJsonText(doctorJson(report)) : renderDoctor(report, ctx.style, new Date(ctx.now));
        const problems = report.checks.filter((check) => !check.ok).length;
        const failure = problems
          ? new NetlogError(`netlog doctor found ${problems === 1 ? "a problem" : `${problems} problems`}`, { hint: "each is marked ✗ above, with its fix" })
          : undefined;
        return { text, failure };
      }),
    );

  program
    .command("undo")
    .summary("revert the last change")
    .description("Put back what the last command that changed data wrote (an add, an import, a setting …). Run it again to go further back, up to 20 changes.")
    .option("--list", "show the recent changes, newest first, without undoing anything")
    .option("--json", "with --list: print JSON")
    .addHelpText("after", "\nExamples:\n  netlog undo --list\n  netlog undo")
    .action((opts: { list?: boolean; json?: boolean }, cmd: Command) =>
      run(cmd, async (ctx) => {
        const [{ undo, undoList }, view] = await Promise.all([import("./commands/undo.js"), import("./render/undo.js")]);
        if (!opts.list) return view.renderUndone(await undo(ctx), ctx.style);
        const changes = await undoList(ctx);
        return opts.json ? (await import("./render/json.js")).toJsonText(view.changesJson(changes)) : view.renderChanges(changes, ctx.style);
      }),
    );

  program
    .command("completion")
    .summary("complete with Tab in bash, zsh and fish")
    .description("Print a script that makes Tab complete netlog's commands, flags, channels and contact names.")
    .addArgument(new Argument("<shell>", "bash, zsh or fish").choices(["bash", "zsh", "fish"]))
    .addHelpText(
      "after",
      "\nExamples:\n  source <(netlog completion bash)        # in ~/.bashrc\n  source <(netlog completion zsh)         # in ~/.zshrc, after compinit\n  netlog completion fish > ~/.config/fish/completions/netlog.fish",
    )
    .action((shell: "bash" | "zsh" | "fish", _opts, cmd: Command) =>
      run(cmd, async (ctx) => (await import("./render/completion-scripts.js")).completionScript(shell, ctx.invocation())),
    );
  // What the completion scripts call on each Tab: `netlog __complete SHELL -- WORD...`.
  program
    .command("__complete", { hidden: true })
    .argument("<shell>")
    .argument("[words...]")
    .action((shell: string, words: string[], _opts, cmd: Command) =>
      run(cmd, async (ctx) => {
        // A Tab press offers what fits, or nothing: never an error in the middle of the user's line.
        try {
          const [{ complete, completionRequest, SHELLS }, { renderCompletions }] = await Promise.all([import("./commands/complete.js"), import("./render/completions.js")]);
          const known = SHELLS.find((s) => s === shell);
          if (!known) return "";
          const request = completionRequest(known, words);
          return renderCompletions(await complete(program, request.before, request.current, request.openQuote, ctx), known);
        } catch {
          return "";
        }
      }),
    );
  // What `npm run docs` puts into docs/reference.md.
  program.command("__reference", { hidden: true }).action((_opts, cmd: Command) => run(cmd, async () => `${(await import("./render/reference.js")).commandReference(program)}\n`));

  return program;
}
