// A row an import could not take, and why: every reader (CSV, LinkedIn, vCard) yields these, so
// the type lives apart from any one of them (it sat in linkedin.ts, which made csv-records.ts and
// linkedin.ts import each other).
export interface RowProblem {
  /** The file line the row ends on. */
  line: number;
  reason: string;
}
