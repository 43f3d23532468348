/**
 * The layer rules of docs/GUIDE.md ("The shape of the program", practice 3), checked in
 * `npm test` so a wrong import fails the build instead of waiting for a reviewer.
 *
 * Data flows one way: argv → command → domain + store → report → view → stdout. Each rule
 * below forbids one arrow pointing the other way.
 */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "no-network",
      severity: "error",
      comment: "netlog keeps other people's details on this machine: no module may import a way to reach the network (sockets, HTTP, TLS, DNS).",
      from: { path: "^src/" },
      to: { dependencyTypes: ["core"], path: "^(net|http|https|http2|dgram|tls|dns)$" },
    },
    {
      name: "programs-start-only-in-main",
      severity: "error",
      comment: "The only programs netlog starts are crontab and notify-send (context.ts's ExternalProgram), from runProgram in main.ts; no other module may reach child_process.",
      from: { path: "^src/", pathNot: "^src/main\\.[jt]s$" },
      to: { dependencyTypes: ["core"], path: "^child_process$" },
    },
    {
      name: "no-circular",
      severity: "error",
      comment:
        "A cycle means two modules can only be understood (and loaded) together; it also makes " +
        "the lazy loading of `netlog due` fragile, since importing one drags in the other.",
      from: { path: "^src/" },
      to: { circular: true },
    },
    {
      name: "domain-is-pure",
      severity: "error",
      comment:
        "domain/ is the pure logic (due engine, dates, names): it may use node built-ins and npm " +
        "packages but no other layer, so it can be tested with tables of cases and no database. " +
        "Not even errors.ts: domain failures are typed values (GUIDE practice 10), which the " +
        "command layer words with the flag's name (commands/when-flag.ts).",
      from: { path: "^src/domain/" },
      to: { path: "^src/", pathNot: "^src/domain/" },
    },
    {
      name: "formats-are-pure-converters",
      severity: "error",
      comment:
        "formats/ turns outside formats into Incoming* records and back; it reads domain types " + "and the leaf report/record types, never the store, the commands or the views.",
      from: { path: "^src/formats/" },
      to: { path: "^src/", pathNot: "^src/(domain|formats|reports)/" },
    },
    {
      name: "store-owns-sql-only",
      severity: "error",
      comment: "store/ is all the SQL and nothing else: it may read domain types, errors.ts and leaf " + "types, but never a command, a view, a format or the terminal.",
      from: { path: "^src/store/" },
      to: { path: "^src/", pathNot: "^src/(store|domain|reports)/|^src/errors\\.[jt]s$" },
    },
    {
      name: "views-do-not-import-commands",
      severity: "error",
      comment:
        "Views are pure (report) => string. The report types they read live in leaf modules " +
        "(src/reports/) that commands import too, as changesets keeps ReleasePlan in " +
        "@changesets/types; a view that imports a command also loads its SQL and its logic.",
      from: { path: "^src/render/" },
      to: { path: "^src/commands/" },
    },
    {
      name: "views-do-not-import-store-values",
      severity: "error",
      comment:
        "A view never runs SQL. Row types from the store are only shapes (erased at build), so " +
        "type-only imports are allowed; a value import would put the database under the view. " +
        "(scripts/check-layers.mjs writes type-only imports as require(), hence the name.)",
      from: { path: "^src/render/" },
      to: { path: "^src/store/", dependencyTypesNot: ["require"] },
    },
    {
      name: "commands-do-not-import-views",
      severity: "error",
      comment:
        "A command returns data and its spec (src/cli/) hands it to its view; a command that formats text " +
        "itself cannot be used for --json and couples the logic to chalk and widths. Pure " +
        "helpers both need (plural, the neutraliser) live in src/text/.",
      from: { path: "^src/commands/" },
      to: { path: "^src/render/" },
    },
    {
      name: "specs-load-their-work-lazily",
      severity: "error",
      comment:
        "src/cli/ holds every command's spec, and cli.ts loads them all for any command: a spec " +
        "that imported its command or view statically would load it for `netlog due` too. They " +
        "reach their work only through import(), and name other modules' types; the one static " +
        "import is the table of contact fields, whose flags contact add and edit spread.",
      from: { path: "^src/cli/" },
      to: { path: "^src/", pathNot: "^src/cli/|^src/domain/contact-field-flags\\.[jt]s$", dependencyTypesNot: ["dynamic-import", "require"] },
    },
    {
      name: "only-ui-and-the-edge-import-ui",
      severity: "error",
      comment: "ui/ (inquirer, progress bars) is the terminal; views and lower layers stay pure so they " + "run the same under cron and in tests.",
      from: { path: "^src/(domain|formats|store|render|reports|text)/" },
      to: { path: "^src/ui/" },
    },
    {
      name: "nothing-imports-the-entry-points",
      severity: "error",
      comment:
        "main.ts and cli.ts are the top of the program (ctx, commander, exit code); only " +
        "bin/netlog.js (through dist/) starts them, so importing them would be importing upward.",
      from: { path: "^src/", pathNot: "^src/(main|cli)\\.[jt]s$" },
      to: { path: "^src/(main|cli)\\.[jt]s$" },
    },
    {
      name: "reports-are-leaves",
      severity: "error",
      comment:
        "src/reports/ holds the report types commands return and views read (changesets' " +
        "@changesets/types): it may name domain, format and store types and other reports, nothing above them, " +
        "or the cycles it exists to break would come back.",
      from: { path: "^src/reports/" },
      to: { path: "^src/", pathNot: "^src/(domain|formats|reports|store)/" },
    },
    {
      name: "reports-name-store-rows-as-types-only",
      severity: "error",
      comment: "A report carries rows read by the store (Contact, LogEntry), so it names their types; " + "a value import would make the leaf load the database code.",
      from: { path: "^src/reports/" },
      to: { path: "^src/store/", dependencyTypesNot: ["require"] },
    },
    {
      name: "text-helpers-are-leaves",
      severity: "error",
      comment:
        "src/text/ (the neutraliser, plural, field labels) is pure text that commands, views and " + "prompts all use; it reads domain types at most, so any layer may import it.",
      from: { path: "^src/text/" },
      to: { path: "^src/", pathNot: "^src/(domain|text|reports)/" },
    },
  ],
  options: {
    // Type-only imports are coupling too (a view that names a command's type changes when the
    // command does), so they are cruised (as require(), see scripts/check-layers.mjs, which is
    // how this config is run: dependency-cruiser cannot read TypeScript 7 itself); the one rule
    // that allows them says so.
    doNotFollow: { path: "node_modules" },
    // src/, and the built-ins the no-network and programs rules watch (depcruise names them
    // without their node: prefix).
    includeOnly: "^src/|^(net|http|https|http2|dgram|tls|dns|child_process)$",
    enhancedResolveOptions: { extensions: [".ts", ".js"] },
  },
};
