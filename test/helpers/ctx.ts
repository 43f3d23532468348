import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Chalk } from "chalk";
import type { Ctx, ProgramResult, Prompter } from "../../src/context.js";
import { cacheForOneScan, type Database, openDatabase } from "../../src/store/db.js";
import { NO_PROGRESS } from "../../src/ui/progress.js";
import { dataTables, quoteId } from "../../src/store/tables.js";
import { onCleanup } from "./cleanups.js";

export { onCleanup };

/** A fresh temp folder, removed after the test. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "netlog-test-"));
  onCleanup(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export interface TestCtx extends Ctx {
  dbPath: string;
  /** How many times the database was opened; 0 proves a command rejected its input first. */
  opens: number;
}

/** Stands in for a program on PATH: gets its arguments and stdin, says how it ended. */
export type FakeProgram = (args: readonly string[], input: string | undefined) => ProgramResult;

/**
 * A context on a temp database with a fixed today, no colour, and no terminal unless a prompter
 * is given. Only the `programs` given can run; any other is missing from its PATH.
 */
export function testCtx(options: { today: string; prompter?: Partial<Prompter>; dbPath?: string; programs?: Record<string, FakeProgram> }): TestCtx {
  const dbPath = options.dbPath ?? join(tempDir(), "netlog.db");
  let db: Database | undefined;
  onCleanup(() => db?.close());
  const ctx: TestCtx = {
    today: options.today,
    now: `${options.today}T12:00:00.000Z`,
    dbPath,
    opens: 0,
    dbLocation: () => ({ path: dbPath, source: "--db" }),
    db() {
      if (!db) {
        db = openDatabase(dbPath, options.today);
        ctx.opens++;
      }
      return db;
    },
    readingEverything: () => cacheForOneScan(ctx.db()),
    outputIsLong: () => {},
    prompter: options.prompter ? scripted(options.prompter, () => db) : undefined,
    stdoutIsTTY: options.prompter !== undefined,
    columns: undefined,
    style: new Chalk({ level: 0 }),
    progress: () => NO_PROGRESS,
    invocation: () => ({ node: "/usr/bin/node", script: "/opt/netlog/bin/netlog.js" }),
    timeZone: undefined,
    runProgram: (name, args, { input }) => options.programs?.[name]?.(args, input) ?? { kind: "missing" },
  };
  return ctx;
}

/**
 * A prompter that answers from a script. An unscripted question fails the test instead of
 * hanging it, and so does any question asked while a write transaction is open (it would hold
 * the database lock for as long as the user takes to answer).
 */
function scripted(script: Partial<Prompter>, openDb: () => Database | undefined): Prompter {
  return new Proxy(script as Prompter, {
    get(target, key: string) {
      const answer = target[key as keyof Prompter] as ((...args: unknown[]) => Promise<unknown>) | undefined;
      return (...args: unknown[]) => {
        if (openDb()?.inTransaction) return Promise.reject(new Error(`question ${key} asked inside a transaction`));
        return answer ? answer(...args) : Promise.reject(new Error(`unexpected question: ${key}`));
      };
    },
  });
}

/** Every row of every netlog data table, to prove a failed command changed nothing. */
export function snapshot(db: Database): Record<string, unknown[]> {
  // Read from the schema, so a later migration's table (dates, values) is never left out. The
  // journal and the search index's queues are left out: an undo adds to the one, a search
  // empties the others, and neither is the user's data. settings has no integer key: its rowid
  // (rowColumns) is part of what must come back as it was.
  return Object.fromEntries(
    dataTables(db)
      .filter((t) => !NOT_DATA.has(t.name))
      .map((t) => [t.name, db.prepare(`SELECT ${t.rowColumns.map(quoteId).join(", ")} FROM ${quoteId(t.name)} ORDER BY 1`).all()]),
  );
}

const NOT_DATA: ReadonlySet<string> = new Set([
  "changes",
  "undo_log",
  "contact_search_pending",
  "conversation_search_pending",
  "contact_schedule",
  "schedule_pending",
  "schedule_state",
]);
