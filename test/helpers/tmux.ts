import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { onCleanup, tempDir } from "./ctx.js";

/**
 * A real terminal for prompt tests: tmux runs the command, send-keys types, capture-pane reads
 * the screen. Each terminal is its own tmux server on a socket inside its own temp folder
 * (`tmux -S`), so the tests never touch another tmux server, and write nothing outside that
 * folder. The command runs in that folder, with HOME set to it. The server is killed, by its
 * socket alone, after the test, whether it passed or not, and before the folder is removed.
 */
export class Terminal {
  /** The terminal's folder: the command's working directory and HOME. */
  readonly dir = tempDir();
  private readonly socket = join(this.dir, "tmux.sock");
  private readonly config = join(this.dir, "tmux.conf");

  /** `config`: lines of tmux.conf for this server, e.g. `set -s set-clipboard on`. */
  constructor(command: string, config = "") {
    writeFileSync(this.config, config);
    onCleanup(() => this.close());
    this.tmux("new-session", "-d", "-x", "120", "-y", "40", "-c", this.dir, `${command}; echo "[exit $?]"; sleep 60`);
  }

  type(...keys: string[]): void {
    this.tmux("send-keys", ...keys);
  }

  /** The screen as text; with `escapes`, colour codes included. */
  screen(escapes = false): string {
    return this.tmux("capture-pane", "-p", ...(escapes ? ["-e"] : []));
  }

  /** The pane's title, which a program can set with OSC 0 or OSC 2 (tmux starts it as the host name). */
  title(): string {
    return this.tmux("display-message", "-p", "#{pane_title}").trimEnd();
  }

  /** tmux's paste buffers, one a line: with set-clipboard on, OSC 52 from the program writes one. */
  buffers(): string {
    return this.tmux("list-buffers", "-F", "#{buffer_sample}");
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

  /** Ends this terminal's tmux server; a second call does nothing. */
  close(): void {
    try {
      this.tmux("kill-server");
    } catch {
      // already gone
    }
  }

  private tmux(...args: string[]): string {
    return execFileSync("tmux", ["-S", this.socket, "-f", this.config, ...args], {
      encoding: "utf8",
      env: { ...process.env, HOME: this.dir },
      stdio: ["ignore", "pipe", "pipe"],
    });
  }
}
