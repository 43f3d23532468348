// The report src/commands/review.ts returns and its views in src/render/ read: a leaf both import.

export interface ReviewReport {
  total: number;
  /** How many actions were taken (each one change undo knows). */
  changes: number;
}
