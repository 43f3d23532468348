// Words for POSIX shells: quoting what netlog writes into a crontab line, and reading and
// quoting the words bash hands to completion (which arrive exactly as typed).

/** A word /bin/sh reads back as `text`: as it is when that is safe, else in single quotes. */
export function shellWord(text: string): string {
  return /^[\w@+=:,./-]+$/.test(text) ? text : `'${text.replaceAll("'", "'\\''")}'`;
}

export type Quote = "'" | '"';

/**
 * What bash will make of a word typed so far (`'Elaine Lo`, `Elaine\ Lo`, `"Ela`), and the quote
 * left open at its end, if any. Expansions ($, ~) are left as typed: completion only needs names.
 */
export function readTypedWord(word: string): { text: string; openQuote: Quote | undefined } {
  let text = "";
  let quote: Quote | undefined;
  for (let i = 0; i < word.length; i++) {
    const c = word[i]!;
    if (quote === "'") {
      if (c === "'") quote = undefined;
      else text += c;
    } else if (c === "\\" && i + 1 < word.length && (quote === undefined || '"\\$`'.includes(word[i + 1]!))) {
      text += word[++i];
    } else if (quote === '"' && c === '"') {
      quote = undefined;
    } else if (quote === undefined && (c === "'" || c === '"')) {
      quote = c;
    } else {
      text += c;
    }
  }
  return { text, openQuote: quote };
}

/**
 * A completion for bash to put in place of the word being typed. Inside an open quote readline
 * replaces only what follows the quote, and closes it itself; otherwise every character the
 * shell would split or expand is escaped (`Elaine\ Longmire`). Those are all ASCII: anything
 * outside it (a letter of any script, a typographic apostrophe, an emoji) is left as it is.
 * Telling letters by Unicode's classes (\p{L}) cost a Tab press 1-2 ms of compiling the pattern.
 */
export function bashReply(text: string, openQuote: Quote | undefined): string {
  if (openQuote === "'") return text.replaceAll("'", "'\\''");
  if (openQuote === '"') return text.replace(/["\\$`]/g, "\\$&");
  return text.replace(/[^A-Za-z0-9_@%+,./\u0080-\uffff-]/g, "\\$&");
}

/**
 * bashReply of each text, one a line, in one pass of the pattern over them all: per text, the
 * calls cost a Tab press offering 1,858 names about 1.3 ms more (cold code, a string a call).
 * A line break is the separator and so is never escaped; a text holding one cannot be a reply
 * of a line (`__complete` offers none: names that hold one are left out).
 */
export function bashReplies(texts: readonly string[], openQuote: Quote | undefined): string {
  if (texts.some((text) => text.includes("\n"))) throw new Error("a completion cannot hold a line break");
  const lines = texts.join("\n");
  if (openQuote !== undefined) return bashReply(lines, openQuote);
  return lines.replace(/[^A-Za-z0-9_@%+,./\n\u0080-\uffff-]/g, "\\$&");
}
