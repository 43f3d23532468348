import { readFileSync } from "node:fs";
import { defineConfig } from "vitest/config";

/** The test files that vi.mock a module: the replacement must not reach, or miss, another file. */
const MOCKS_MODULES = ["test/store/safe-file.test.ts", "test/unit/prompts.test.ts"];

const { version } = JSON.parse(readFileSync(new URL("./package.json", import.meta.url), "utf8"));

export default defineConfig({
  // As scripts/build.mjs does, for tests that build the commander program in-process.
  define: { NETLOG_VERSION: JSON.stringify(version) },
  test: {
    // Build dist/ for the end-to-end tests, then take the checkout's git status, and the temp folders, to compare at the end.
    globalSetup: ["test/helpers/build.ts", "test/helpers/checkout-unchanged.ts", "test/helpers/temp-folders-removed.ts"],
    // A test without an assertion fails.
    // After each test, its temp folders, databases and terminals are cleaned up.
    setupFiles: ["test/helpers/every-test-asserts.ts", "test/helpers/run-cleanups.ts"],
    // The default report, then a summary of the tests that stepped aside for want of a program or root.
    reporters: ["default", "./test/helpers/skip-summary.ts"],
    // Every date in the suite is read in a zone with DST; e2e tests pass TZ to the processes they spawn.
    env: { TZ: "America/Los_Angeles" },
    testTimeout: 20_000,
    // (Arrays merge into the projects' own, so each project names its files; none are listed here.)
    // vitest's default is one worker less than the cores, which on a 2-core laptop is one: the
    // end-to-end tests mostly wait on the processes they start, so every core gets a worker.
    maxWorkers: "100%",
    projects: [
      {
        extends: true,
        // Test files share each worker's loaded modules (a fresh module graph per file cost about
        // 20 s of the suite). The store and the commands keep no state in their modules that one
        // test could leave for the next: each test opens its own database.
        test: { name: "shared", include: ["test/**/*.test.ts"], exclude: [...MOCKS_MODULES, "**/node_modules/**"], isolate: false },
      },
      // A file that replaces a module (vi.mock) gets a module graph of its own.
      { extends: true, test: { name: "isolated", include: MOCKS_MODULES } },
    ],
  },
});
