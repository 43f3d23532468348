// How a contact is named wherever a person reads it: `Elaine Longmire (Jefferson Bank)`. Views,
// prompts and commands' questions all build it here. The parts come in as they are to be shown
// (neutralised, painted, marked): each caller decides that, so output stays what it was.

/** ` (Jefferson Bank)` after a name, or nothing for a contact without a company. */
export function companyAfterName(company: string | null): string {
  return company ? ` (${company})` : "";
}

/** `Elaine Longmire (Jefferson Bank)`, or the name alone. */
export function nameAndCompany(name: string, company: string | null): string {
  return name + companyAfterName(company);
}
