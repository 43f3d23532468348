// The rows an import could not take, for the all-or-nothing rule: without --skip-invalid only the
// first three are named (and the rest counted), so a file of a million bad rows costs no memory.
import { NetlogError } from "../errors.js";
import type { UnreadableCsv } from "../formats/csv-records.js";
import type { RowProblem } from "../formats/row-problem.js";

export class RowProblems {
  readonly kept: RowProblem[] = [];
  private count = 0;

  constructor(private readonly skipInvalid: boolean) {}

  none(): boolean {
    return this.count === 0;
  }

  add(problem: RowProblem): void {
    this.count++;
    if (this.skipInvalid || this.kept.length < 3) this.kept.push(problem);
  }

  /** All or nothing: one bad record and nothing is written, unless the user asked to skip them. */
  refuse(file: string, what: string): void {
    if (this.count === 0 || this.skipInvalid) return;
    const listed = this.kept.map((p) => `line ${p.line}: ${p.reason}`).join("; ");
    const more = this.count > this.kept.length ? ` (and ${this.count - this.kept.length} more)` : "";
    throw new NetlogError(`${file}: ${listed}${more}; nothing was imported`, { hint: `fix those ${what}, or pass --skip-invalid to import the rest` });
  }
}

/** Past a broken quote the rest of the file cannot be read: all of it is refused, even with --skip-invalid. */
export function unreadable(file: string, error: UnreadableCsv): NetlogError {
  return new NetlogError(`${file}: ${error.message}; nothing was imported`, { hint: "fix that line: the rest of the file cannot be read past it" });
}
