import type { Database } from "better-sqlite3";
import { up as initial } from "./001-initial.js";
import { up as relationships } from "./002-relationships.js";
import { up as tracking } from "./003-tracking.js";
import { up as changes } from "./004-changes.js";
import { up as contactHistory } from "./005-contact-history.js";
import { up as search } from "./006-search.js";
import { up as loggedOn } from "./007-logged-on.js";
import { up as dismissals } from "./008-dismissals.js";
import { up as changeSummaryData } from "./009-change-summary-data.js";
import { up as conversations } from "./010-conversations.js";
import { up as contactDates } from "./011-contact-dates.js";
import { up as contactValues } from "./012-contact-values.js";
import { up as plansAndRoles } from "./013-plans-and-roles.js";
import { up as schedules } from "./014-schedules.js";
import { up as countingDue } from "./015-counting-due.js";
import { up as journalTriggers } from "./016-journal-triggers.js";
import { up as untrackedNotQueued } from "./017-untracked-not-queued.js";
import { up as namesInNameIndex } from "./018-names-in-name-index.js";

/** Migration N brings the schema to `PRAGMA user_version` N. Append only; never edit a shipped one. */
export const MIGRATIONS: ReadonlyArray<(db: Database) => void> = [
  initial,
  relationships,
  tracking,
  changes,
  contactHistory,
  search,
  loggedOn,
  dismissals,
  changeSummaryData,
  conversations,
  contactDates,
  contactValues,
  plansAndRoles,
  schedules,
  countingDue,
  journalTriggers,
  untrackedNotQueued,
  namesInNameIndex,
];

export const SCHEMA_VERSION = MIGRATIONS.length;
