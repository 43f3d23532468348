// A progress line on stderr for long imports and exports, shown only on a terminal and only
// once the work has taken a second, so quick runs and cron stay silent.
export interface Progress {
  tick(done: number): void;
  finish(): void;
}

const SHOW_AFTER_MS = 1000;
const REDRAW_EVERY_MS = 100;
const WIDTH = 30;

export const NO_PROGRESS: Progress = { tick() {}, finish() {} };

export function terminalProgress(stream: Pick<NodeJS.WriteStream, "write">, label: string, total: number, clock = () => performance.now()): Progress {
  const started = clock();
  let drawn = 0;
  let shown = false;
  return {
    tick(done) {
      const now = clock();
      if (now - started < SHOW_AFTER_MS || now - drawn < REDRAW_EVERY_MS) return;
      drawn = now;
      shown = true;
      const filled = total > 0 ? Math.round((done / total) * WIDTH) : 0;
      stream.write(`\r${label} [${"#".repeat(filled)}${" ".repeat(WIDTH - filled)}] ${done}/${total}`);
    },
    finish() {
      if (shown) stream.write("\r\x1b[2K");
    },
  };
}
