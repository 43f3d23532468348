import { readFileSync } from "node:fs";
import { defineConfig } from "vitest/config";

const { version } = JSON.parse(readFileSync(new URL("./package.json", import.meta.url), "utf8"));

export default defineConfig({
  // As scripts/build.mjs does, for tests that build the commander program in-process.
  define: { NETLOG_VERSION: JSON.stringify(version) },
  test: {
    include: ["test/**/*.test.ts"],
    // Build dist/ for the end-to-end tests, then take the checkout's git status to compare at the end.
    globalSetup: ["test/helpers/build.ts", "test/helpers/checkout-unchanged.ts"],
    // A test without an assertion fails.
    setupFiles: ["test/helpers/every-test-asserts.ts"],
    // The default report, then a summary of the tests that stepped aside for want of a program or root.
    reporters: ["default", "./test/helpers/skip-summary.ts"],
    // Every date in the suite is read in a zone with DST; e2e tests pass TZ to the processes they spawn.
    env: { TZ: "America/Los_Angeles" },
    testTimeout: 20_000,
  },
});
