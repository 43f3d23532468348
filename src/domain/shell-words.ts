// Words for POSIX shells: quoting what netlog writes into a crontab line.

/** A word /bin/sh reads back as `text`: as it is when that is safe, else in single quotes. */
export function shellWord(text: string): string {
  return /^[\w@+=:,./-]+$/.test(text) ? text : `'${text.replaceAll("'", "'\\''")}'`;
}
