import { execFileSync } from "node:child_process";

/**
 * A real terminal for prompt tests: tmux runs the command, send-keys types, capture-pane reads
 * the screen. Each terminal has its own tmux server, so tests never touch the user's sessions.
 */
export class Terminal {
  private readonly socket = `netlog-test-${process.pid}-${Math.random().toString(36).slice(2)}`;

  constructor(command: string) {
    this.tmux("new-session", "-d", "-x", "120", "-y", "40", `${command}; echo "[exit $?]"; sleep 60`);
  }

  type(...keys: string[]): void {
    this.tmux("send-keys", ...keys);
  }

  /** The screen as text; with `escapes`, colour codes included. */
  screen(escapes = false): string {
    return this.tmux("capture-pane", "-p", ...(escapes ? ["-e"] : []));
  }

  /** Waits up to 10 s for text to appear on the screen, and returns the screen. */
  async waitFor(text: string): Promise<string> {
    const deadline = Date.now() + 10_000;
    for (;;) {
      const screen = this.screen();
      if (screen.includes(text)) return screen;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${JSON.stringify(text)}; the screen shows:\n${screen}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  close(): void {
    try {
      this.tmux("kill-server");
    } catch {
      // already gone
    }
  }

  private tmux(...args: string[]): string {
    return execFileSync("tmux", ["-L", this.socket, "-f", "/dev/null", ...args], { encoding: "utf8" });
  }
}
