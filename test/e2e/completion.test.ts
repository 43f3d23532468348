// The completion scripts in the shells themselves: bash's function called as bash calls it, and
// bash, zsh and fish in a real terminal (tmux), typing a name and pressing Tab.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BIN } from "../helpers/cli.js";
import { tempDir } from "../helpers/ctx.js";
import { netlogInProcess } from "../helpers/in-process.js";
import { programPath } from "../helpers/machine-needs.js";
import { needs } from "../helpers/needs.js";
import { Terminal } from "../helpers/tmux.js";

async function setUp(names = ["Elaine Longmire", "Conan O'Brien", "Sam Ortiz"]) {
  const home = tempDir();
  const env = { HOME: home, TZ: "America/Los_Angeles", NETLOG_DB: join(home, "netlog.db") };
  for (const name of names) await netlogInProcess(["contact", "add", name], env);
  return { home, env };
}

/** COMPREPLY after bash calls the completion function for `words`, the last one being typed. */
async function bashCompletes(words: string[], env: Record<string, string>): Promise<string[]> {
  const script = (await netlogInProcess(["completion", "bash"], env)).stdout;
  const call = `${script}
COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); COMP_LINE="$*"; COMP_POINT=\${#COMP_LINE}
_netlog
printf '%s\\n' "\${COMPREPLY[@]}"`;
  const out = execFileSync("/bin/bash", ["--norc", "-c", call, "bash", ...words], { env: { PATH: "/usr/bin:/bin", ...env }, encoding: "utf8", timeout: 15_000 });
  return out === "\n" ? [] : out.trimEnd().split("\n");
}

describe("bash completion", () => {
  it("completes a contact name with a space, escaped or inside the quote it was started with", async () => {
    const { env } = await setUp();
    expect(await bashCompletes(["netlog", "contact", "show", "Ela"], env)).toEqual(["Elaine\\ Longmire"]);
    expect(await bashCompletes(["netlog", "contact", "show", "elaine\\ l"], env)).toEqual(["Elaine\\ Longmire"]);
    expect(await bashCompletes(["netlog", "follow-up", "'Con"], env)).toEqual(["Conan O'\\''Brien"]);
    expect(await bashCompletes(["netlog", "add", '"S'], env)).toEqual(["Sam Ortiz"]);
  });

  it("completes commands, subcommands and flags", async () => {
    const { env } = await setUp();
    expect(await bashCompletes(["netlog", "c"], env)).toEqual(["cron", "contact", "config", "completion"]);
    expect(await bashCompletes(["netlog", "contact", "sh"], env)).toEqual(["show"]);
    expect(await bashCompletes(["netlog", "due", "--w"], env)).toEqual(["--within"]);
  });

  it("completes a channel after --via, also written --via=", async () => {
    const { env } = await setUp();
    expect(await bashCompletes(["netlog", "add", "sam", "--via", "ph"], env)).toEqual(["phone"]);
    expect(await bashCompletes(["netlog", "add", "sam", "--via", "=", "li"], env)).toEqual(["linkedin"]);
  });

  it("reads names from the database named by --db on the line, ~ and quotes included", async () => {
    const { env, home } = await setUp();
    mkdirSync(join(home, "work dbs"));
    await netlogInProcess(["--db", join(home, "work dbs", "other.db"), "contact", "add", "Priya Natarajan"], env);
    expect(await bashCompletes(["netlog", "--db", "'~/work dbs/other.db'", "contact", "show", "P"], env)).toEqual([]);
    expect(await bashCompletes(["netlog", "--db", "~/'work dbs'/other.db", "contact", "show", ""], env)).toEqual(["Priya\\ Natarajan"]);
  });

  it("offers nothing, creates nothing and runs nothing for a database that is not there", async () => {
    const { env, home } = await setUp();
    expect(await bashCompletes(["netlog", "--db", "~/missing.db", "contact", "show", "E"], env)).toEqual([]);
    expect(await bashCompletes(["netlog", "--db", "$(touch ~/ran)", "contact", "show", "E"], env)).toEqual(["Elaine\\ Longmire"]);
    expect([existsSync(join(home, "missing.db")), existsSync(join(home, "ran"))]).toEqual([false, false]);
  });

  it("completes file names where a command takes a file", async () => {
    const { env, home } = await setUp();
    writeFileSync(join(home, "Connections.csv"), "");
    expect(await bashCompletes(["netlog", "import", "linkedin", `${home}/Conn`], env)).toEqual([`${home}/Connections.csv`]);
  });
});

describe("zsh and fish completion", () => {
  for (const [shell, flags] of [
    ["zsh", ["-n"]],
    ["fish", ["--no-execute"]],
  ] as const) {
    needs(shell).it(`the ${shell} script is valid ${shell}`, async () => {
      const { env, home } = await setUp([]);
      const file = join(home, `netlog.${shell}`);
      writeFileSync(file, (await netlogInProcess(["completion", shell], env)).stdout);
      // fish makes its runtime folder (a FIFO for universal variables) in XDG_RUNTIME_DIR, else in /tmp.
      const shellEnv = { ...process.env, HOME: home, XDG_RUNTIME_DIR: home };
      expect(execFileSync(shell, [...flags, file], { encoding: "utf8", timeout: 15_000, cwd: home, env: shellEnv })).toBe("");
    });
  }
});

describe("Tab in a real terminal", () => {
  const load = {
    // No history files (bash's is unset before anything is typed; zsh -f and fish --private
    // keep none): the shell may still be writing one when the test removes its folder.
    bash: { start: "/bin/bash --norc --noprofile", source: (netlogCommand: string) => `unset HISTFILE; source <(${netlogCommand} completion bash)` },
    zsh: { start: `'${programPath("zsh")}' -f`, source: (netlogCommand: string) => `autoload -Uz compinit && compinit -u -D && source <(${netlogCommand} completion zsh)` },
    fish: { start: `'${programPath("fish")}' --no-config --private`, source: (netlogCommand: string) => `${netlogCommand} completion fish | source` },
  };

  /** The line the cursor is on: what the shell's command line now holds. */
  const lastLine = (screen: string) => screen.trimEnd().split("\n").at(-1)!;

  for (const shell of Object.keys(load) as (keyof typeof load)[]) {
    needs("tmux", ...(shell === "bash" ? [] : ([shell] as const))).it(`${shell} completes netlog contact show Ela to Elaine Longmire`, async () => {
      const { env, home } = await setUp();
      // XDG_RUNTIME_DIR: fish's runtime folder goes there, inside the test's own, not into /tmp.
      const vars = Object.entries({ ...env, PATH: "/usr/bin:/bin", TERM: "xterm", LANG: "C.UTF-8", XDG_RUNTIME_DIR: home }).map(([k, v]) => `${k}='${v}'`);
      const terminal = new Terminal(`cd '${home}' && env -i ${vars.join(" ")} ${load[shell].start}`);
      terminal.type(`${load[shell].source(`'${process.execPath}' '${BIN}'`)}; echo loaded`, "Enter");
      await terminal.waitFor("\nloaded");
      terminal.type("netlog contact show Ela", "Tab");
      expect(lastLine(await terminal.waitFor("netlog contact show Elaine\\ Longmire"))).toMatch(/netlog contact show Elaine\\ Longmire ?$/);
      terminal.type("C-u", "netlog add sam --via ph", "Tab");
      expect(lastLine(await terminal.waitFor("netlog add sam --via phone"))).toMatch(/netlog add sam --via phone ?$/);
    });
  }
});
