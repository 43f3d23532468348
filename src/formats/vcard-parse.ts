// One card through ical.js. A property it cannot parse (a broken parameter, a stray line) costs
// only itself: the card is parsed again without the lines that ical.js refuses one by one, and
// those are named, so that the import can say what it skipped.
import ICAL from "ical.js";
import { clipped } from "./clipped.js";
import { nameOf } from "./vcard-lines.js";

/** A line ical.js refused: the property's name, and why (at most the start of the line quoted). */
export interface Unreadable {
  name: string;
  reason: string;
}

/** The parsed card and the lines left out of it, or why the card cannot be read. */
export function parsedCard(text: string): { card: ICAL.Component; unreadable: Unreadable[] } | { reason: string } {
  try {
    return { card: new ICAL.Component(ICAL.parse(text)), unreadable: [] };
  } catch {
    // Read again below without the lines that ical.js refuses on their own.
  }
  const lines = text.split("\r\n");
  const unreadable: Unreadable[] = [];
  const kept = lines.filter((line, i) => {
    const problem = i === 0 || i === lines.length - 1 ? undefined : parseProblem(line);
    if (problem !== undefined) unreadable.push({ name: nameOf(line), reason: unreadableReason(problem) });
    return problem === undefined;
  });
  try {
    return { card: new ICAL.Component(ICAL.parse(kept.join("\r\n"))), unreadable };
  } catch (error) {
    return { reason: unreadableReason((error as Error).message) };
  }
}

/** ical.js quotes the line it refuses, a photo's megabytes and all. */
function unreadableReason(message: string): string {
  return `unreadable vCard: ${clipped(message, 80)}`;
}

function parseProblem(line: string): string | undefined {
  try {
    ICAL.parse(`BEGIN:VCARD\r\n${line}\r\nEND:VCARD`);
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}
