import type { ChalkInstance } from "chalk";
import { JsonItems, mapItems } from "../reports/json-items.js";
import type { SearchReport, SearchResult, SearchStream } from "../reports/search.js";
import { type CalendarDate, formatShortDate } from "../domain/dates.js";
import { type Piece, piecesOf } from "../domain/search-query.js";
import type { FoundContact } from "../store/search.js";
import { neutralise } from "../text/neutralise.js";
import { nameAndCompany } from "../text/name-and-company.js";
import { plural } from "./text.js";

/**
 * Each contact found, best first, with the fields and the few conversations that hold the
 * words; the words themselves stand out on a terminal (bold red, as grep shows them).
 */
export function renderSearch(report: SearchReport, style: ChalkInstance, today: CalendarDate): string {
  return [...searchLines({ ...report, shown: report.results.length }, style, today)].join("");
}

/** renderSearch's text a contact at a time, as the results are read. */
export function* searchLines(report: SearchStream, style: ChalkInstance, today: CalendarDate): Generator<string> {
  if (report.total === 0) return;
  yield `${style.bold(`${plural(report.total, "contact")} ${report.total === 1 ? "matches" : "match"} '${neutralise(report.text)}':`)}\n`;
  for (const result of report.results) yield `${resultLines(result, style, today).join("\n")}\n`;
  const hidden = report.total - report.shown;
  if (hidden > 0) yield `${style.dim(`  … and ${hidden} more (netlog search --limit 0 shows every match)`)}\n`;
}

function resultLines({ contact, notes, notesMatched }: SearchResult, style: ChalkInstance, today: CalendarDate): string[] {
  const lines = [`  ${heading(contact, style)}`];
  for (const { field, stored, marked } of contact.fields) {
    if (field !== "name" && field !== "company") lines.push(`    ${field}: ${show(piecesOf(marked, stored), style)}`);
  }
  for (const note of notes) lines.push(`    ${formatShortDate(note.date, today)}, ${note.channel}: ${show(piecesOf(note.marked, note.note), style)}`);
  const more = notesMatched - notes.length;
  if (more > 0) lines.push(style.dim(`    … and ${plural(more, "more conversation")}`));
  return lines;
}

/** `Elaine Longmire (Jefferson Bank)`, with the words found in either marked. */
function heading(contact: FoundContact, style: ChalkInstance): string {
  const marked = (field: "name" | "company", text: string) => {
    const found = contact.fields.find((f) => f.field === field);
    return found ? show(piecesOf(found.marked, found.stored), style) : neutralise(text);
  };
  const named = nameAndCompany(style.bold(marked("name", contact.name)), contact.company && marked("company", contact.company));
  return `${named}${contact.archived ? style.dim(" (archived)") : ""}`;
}

/** One line of stored text, never an escape code from it, with the matching words marked. */
function show(pieces: readonly Piece[], style: ChalkInstance): string {
  return pieces
    .map(({ text, match }) => {
      const flat = neutralise(text).replace(/\s+/g, " ");
      return match ? style.bold.red(flat) : flat;
    })
    .join("")
    .trim();
}

/** `netlog search --json`: keys documented in docs/json.md. */
export function searchJson(report: SearchReport) {
  return { query: report.text, total: report.total, results: report.results.map(resultJson) };
}

/** searchJson's value with its results turned as they are read. */
export function searchJsonItems(report: SearchStream) {
  return { query: report.text, total: report.total, results: new JsonItems(mapItems(report.results, resultJson)) };
}

function resultJson({ rank, contact, notes, notesMatched }: SearchResult) {
  return {
    rank,
    uuid: contact.uuid,
    name: contact.name,
    company: contact.company,
    archived: contact.archived,
    matched_fields: contact.fields.map((f) => f.field),
    matched_conversations: notesMatched,
    conversations: notes.map((n) => ({ uuid: n.uuid, date: n.date, channel: n.channel, direction: n.direction, note: n.note })),
  };
}
