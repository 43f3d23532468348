import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    globalSetup: ["test/helpers/build.ts"],
    // Every date in the suite is read in a zone with DST; e2e tests pass TZ to the processes they spawn.
    env: { TZ: "America/Los_Angeles" },
    testTimeout: 20_000,
  },
});
