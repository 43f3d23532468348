// The files scripts/bench.mjs imports, written as the programs that make them write them, in
// blocks, so that a file of hundreds of megabytes never sits in the benchmark's memory.
import { closeSync, openSync, writeSync } from "node:fs";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/**
 * A LinkedIn Connections.csv, with its preamble: `rows` rows, or rows until the file reaches
 * `bytes`. Person i is "Person Number i" with its own profile URL (no seeded contact shares
 * either), every fourth with an email. Returns the rows written.
 */
export function writeConnections(path, { rows = Number.POSITIVE_INFINITY, bytes = Number.POSITIVE_INFINITY, position = "Engineer" }) {
  const fd = openSync(path, "w");
  try {
    let written = writeSync(
      fd,
      'Notes:\n"When exporting your connection data, you may notice that some of the email addresses are missing."\n\nFirst Name,Last Name,URL,Email Address,Company,Position,Connected On\n',
    );
    let i = 0;
    while (i < rows && written < bytes) {
      let block = "";
      for (const end = Math.min(rows, i + 10_000); i < end; i++) {
        block += `Person,Number ${i},https://www.linkedin.com/in/import-${i},${i % 4 === 0 ? `import${i}@example.com` : ""},"Company ${i % 2000}, Inc.",${position},${String((i % 28) + 1).padStart(2, "0")} ${MONTHS[i % 12]} ${2014 + (i % 12)}\n`;
      }
      written += writeSync(fd, block);
    }
    return i;
  } finally {
    closeSync(fd);
  }
}

/** An mbox as a mail program writes one: every tenth a list, every twentieth no-reply, the rest between you and a contact or a stranger. */
export function writeMbox(path, count) {
  const fd = openSync(path, "w");
  const pad = `${"Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tem\n".repeat(250)}>From a quoted line\n`;
  const start = Date.parse("2024-11-25T12:00:00Z");
  let chunk = "";
  try {
    for (let i = 0; i < count; i++) {
      const date = new Date(start + Math.floor((i / count) * 730 * 86400_000)).toUTCString().replace("GMT", "+0000");
      const contact = `Person Number ${(i % 500) * 4} <import${(i % 500) * 4}@example.com>`;
      const other = i % 7 === 0 ? `Someone ${i} <someone${i % 3000}@elsewhere.example>` : contact;
      const [from, to] = i % 2 ? [other, "Me <me@example.com>"] : ["Me <me@example.com>", `${other},\n Cc Person <cc${i % 50}@elsewhere.example>`];
      const extra = i % 10 === 0 ? "List-Id: <team.lists.example>\n" : i % 20 === 5 ? "Auto-Submitted: auto-generated\n" : "";
      chunk +=
        `From MAILER-DAEMON Mon Nov 25 12:00:00 2024\nFrom: ${from}\nTo: ${to}\nSubject: =?UTF-8?B?Q2Fmw6kgbmV4dCB3ZWVrPw==?= ${i}\nDate: ${date}\n` +
        `Message-ID: <bench.${i}@example.com>\n${extra}MIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\n\n${pad}\n`;
      if (chunk.length > 4 * 1024 * 1024) {
        writeSync(fd, chunk);
        chunk = "";
      }
    }
    writeSync(fd, chunk);
  } finally {
    closeSync(fd);
  }
}
