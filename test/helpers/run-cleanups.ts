// After every test, in every test file: remove its temp folders, close its databases, end its
// tmux servers (test/helpers/cleanups.ts). A setup file, so that it is registered for each file:
// test files share loaded modules (vitest.config.ts, isolate off), so a hook registered by a
// module when it loads would belong to the first file that loaded it, and the others' would leak.
import { afterEach } from "vitest";
import { runCleanups } from "./cleanups.js";

afterEach(runCleanups);
