// Every test must assert something: a test that only runs code, or only waits for a timeout,
// passes whatever the code does. (friends runs minitest "hell" mode for the same reason.)
import { beforeEach, expect } from "vitest";

beforeEach(() => {
  expect.hasAssertions();
});
