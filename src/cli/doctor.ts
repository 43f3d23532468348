// `netlog doctor`: which database, and is it sound?
import { defineCommand } from "./spec.js";

export const commands = [
  defineCommand({
    path: "doctor",
    summary: "check the database and explain which one is used",
    description: "Show which database netlog uses and why, and check its schema, integrity and permissions. Exits 1 when something is wrong.",
    options: [{ flags: "--json", description: "print JSON" }],
    examples: ["netlog doctor", "env -i PATH=$PATH HOME=$HOME netlog doctor   # as cron would run it"],
    async run(_invocation, ctx) {
      const [{ doctor }, view, { NetlogError }, { plural }] = await Promise.all([
        import("../commands/doctor.js"),
        import("../render/doctor.js"),
        import("../errors.js"),
        import("../text/plural.js"),
      ]);
      const report = await doctor(ctx);
      const problems = report.checks.filter((check) => !check.ok).length;
      const failure = problems
        ? new NetlogError(`netlog doctor found ${problems === 1 ? "a problem" : plural(problems, "problem")}`, { hint: "each is marked ✗ above, with its fix" })
        : undefined;
      return { text: () => view.renderDoctor(report, ctx.style, new Date(ctx.now)), json: () => view.doctorJson(report), failure };
    },
  }),
];
