// A reporter that ends the run with one plain summary of the test groups that stepped aside
// (test/helpers/needs.ts): which, why, and the one line that would let them run.
import type { Reporter, TestModule, TestSuite } from "vitest/node";
import { relative } from "node:path";
import { howToMeet, type MissingNeed } from "./machine-needs.js";

interface SkippedGroup {
  name: string;
  file: string;
  tests: number;
  missing: MissingNeed[];
}

export default class SkipSummary implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    const groups = modules.flatMap((module) => skippedGroups(module, relative(process.cwd(), module.moduleId)));
    const text = summary(groups);
    if (text) process.stdout.write(text);
  }
}

function skippedGroups(parent: TestModule | TestSuite, file: string): SkippedGroup[] {
  return [...parent.children].flatMap((child): SkippedGroup[] => {
    const missing = child.meta().missingNeeds;
    if (missing) return [{ name: child.fullName, file, tests: child.type === "suite" ? [...child.children.allTests()].length : 1, missing }];
    return child.type === "suite" ? skippedGroups(child, file) : [];
  });
}

/** The summary's text, or "" when nothing was skipped. */
export function summary(groups: readonly SkippedGroup[]): string {
  if (groups.length === 0) return "";
  const tests = groups.reduce((sum, g) => sum + g.tests, 0);
  const lines = [`Skipped ${tests} ${tests === 1 ? "test" : "tests"} in ${groups.length} ${groups.length === 1 ? "group" : "groups"}: this machine lacks what they need.`];
  for (const g of groups) lines.push(`  ${g.file} > ${g.name} (${g.tests}): ${g.missing.map((m) => m.reason).join("; ")}`);
  lines.push(`To run them: ${howToMeet(groups.flatMap((g) => g.missing))}. In CI (CI=true or NETLOG_TEST_STRICT=1) they fail instead.`);
  return `\n${lines.join("\n")}\n`;
}
