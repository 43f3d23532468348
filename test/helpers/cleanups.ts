// What a test leaves behind (temp folders, open databases, tmux servers), undone after it, last
// first. A module of its own, importing nothing of netlog: run-cleanups.ts, a setup file, loads it
// before each test file, and a setup file that loaded netlog's modules would load them before a
// test file's vi.mock could replace what they import.
const cleanups: Array<() => void> = [];

/** Runs `cleanup` after the test, before the cleanups registered earlier (last in, first out). */
export function onCleanup(cleanup: () => void): void {
  cleanups.push(cleanup);
}

/** Runs what the test registered, last first. */
export function runCleanups(): void {
  while (cleanups.length) cleanups.pop()!();
}
