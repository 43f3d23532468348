// The command table: every command's spec, in the order `netlog --help` lists them. A module of
// its own so that the build can give `netlog due` and `netlog add` a bundle holding only their
// own spec (scripts/build.mjs), without the others' flags, help texts and lazy imports.
import { commands as add } from "./add.js";
import { commands as backup } from "./backup.js";
import { commands as completion } from "./completion.js";
import { commands as config } from "./config.js";
import { commands as contact } from "./contact.js";
import { commands as cron } from "./cron.js";
import { commands as dismiss } from "./dismiss.js";
import { commands as doctor } from "./doctor.js";
import { commands as due } from "./due.js";
import { commands as exportCommands } from "./export.js";
import { commands as followUp } from "./follow-up.js";
import { commands as importCommands } from "./import.js";
import { commands as importMail } from "./import-mail.js";
import { commands as importCalendar } from "./import-calendar.js";
import { commands as log } from "./log.js";
import { commands as review } from "./review.js";
import { commands as search } from "./search.js";
import { commands as stats } from "./stats.js";
import { commands as tag } from "./tag.js";
import { commands as undo } from "./undo.js";
import type { AnyCommandSpec } from "./spec.js";

/** In the order `netlog --help` lists them; a group's subcommands follow the group. */
export const COMMANDS: readonly AnyCommandSpec[] = [
  ...[add, log, due, cron, contact, followUp, review, dismiss, tag, config, importCommands, importMail, importCalendar, exportCommands],
  ...[search, stats, backup, doctor, undo, completion],
].flat();
