// Files that real address books wrote (test/fixtures/vcards/README.md says where each is from):
// per card what netlog keeps (every email, phone and link with its label), and per file the
// properties it left out.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { IncomingValue } from "../../src/domain/incoming.js";
import { labeledText, type ValueKind } from "../../src/domain/value-lists.js";
import { parseVcards } from "../../src/formats/vcard-read.js";

// The notes as ez-vcard's own tests read them (src/test/java/ezvcard/io/text/SampleVCardsTest.java).
const LICENCE =
  'THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY, OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.';
const OUTLOOK_LICENCE =
  "THIS SOFTWARE IS PROVIDED BY GEORGE EL-HADDAD ''AS IS'' AND ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE DISCLAIMED. IN NO EVENT SHALL GEORGE EL-HADDAD OR CONTRIBUTORS BE LIABLE FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY, OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.";
const LOTUS_LICENCE =
  'THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS"\nAND ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO , THE\nIMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR P URPOSE\nARE DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT OWNER OR CONTRIBUTOR S BE\nLIABLE FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR\nCONSEQUENTIAL DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF\n SUBSTITUTE GOODS OR SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS \nINTERRUPTION) HOWEVER CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN\n CONTRACT, STRICT LIABILITY, OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE)\nA RISING IN ANY WAY OUT OF THE USE OF THIS SOFTWARE, EVEN IF ADVISED OF THE\n POSSIBILITY OF SUCH DAMAGE.';

const N = "Ñ";
/** Ñ, n times, a space between when `spaced`. */
const ns = (n: number, spaced = true) => Array.from({ length: n }, () => N).join(spaced ? " " : "");

function listed(primary: string | null, label: string | null, more: readonly IncomingValue[], kind: ValueKind): string[] {
  return [...(primary === null ? [] : [{ value: primary, label }]), ...more.filter((v) => v.kind === kind)].map(labeledText);
}

function read(path: string) {
  const skipped = new Map<string, number>();
  const parsed = parseVcards(readFileSync(new URL(`../fixtures/vcards/${path}`, import.meta.url), "utf8"), skipped)!;
  return {
    cards: parsed.cards.map((c) => [c.line, c.name, c.email, c.phone, c.company, c.linkedinUrl, c.notes]),
    // Every email, phone and link of each card, the primary first, as `value (label)`.
    values: parsed.cards.map((c) => ({
      emails: listed(c.email, c.emailLabel, c.more, "email"),
      phones: listed(c.phone, c.phoneLabel, c.more, "phone"),
      urls: listed(c.linkedinUrl, "linkedin", c.more, "url"),
    })),
    problems: parsed.problems,
    skipped: Object.fromEntries(skipped),
  };
}

describe("vCards that address books wrote", () => {
  it.each([
    {
      file: "ez-vcard/John_Doe_ANDROID.vcf", // 2.1: bare types, quoted-printable UTF-8 with soft breaks, two NOTEs, a photo
      cards: [
        [11, ns(5), null, "123456789", null, null, null],
        [18, ns(11), null, "123456", null, null, `${ns(8)}${ns(8)}${ns(5)}\n${ns(8)}${ns(8)}${ns(5)}`],
        [36, ns(4), "bob@company.com", "123456", ns(12, false), null, null],
        [71, ns(4, false), "henry@company.com", "55556666", ns(44, false), null, null],
      ],
      values: [
        { emails: [], phones: ["123456789 (mobile)"], urls: [] },
        { emails: [], phones: ["123456 (mobile)", "234567 (home)", "3456789 (mobile)", "45678901 (home)"], urls: [] },
        { emails: ["bob@company.com (work)"], phones: ["123456 (mobile)"], urls: ["www.company.com (website)", "http://www.company.com (website)"] },
        { emails: ["henry@company.com"], phones: ["55556666 (mobile)"], urls: [] },
      ],
      problems: [
        { line: 1, reason: "no name (FN or N)" },
        { line: 6, reason: "no name (FN or N)" },
      ],
      skipped: { PHOTO: 1, EMAIL: 1 },
    },
    {
      file: "ez-vcard/John_Doe_MS_OUTLOOK.vcf", // Outlook, 2.1: TEL;WORK;VOICE, LABEL with =0D=0A= soft breaks, a base64 photo
      cards: [[1, "Mr. John Richter James Doe Sr.", "john.doe@ibm.cm", "(905) 555-1234", "IBM", null, OUTLOOK_LICENCE]],
      values: [{ emails: ["john.doe@ibm.cm"], phones: ["(905) 555-1234 (work)", "(905) 666-1234 (home)"], urls: ["http://www.ibm.com (work)"] }],
      problems: [],
      skipped: { "X-MS-OL-DEFAULT-POSTAL-ADDRESS": 1, "X-MS-ANNIVERSARY": 1, "X-MS-IMADDRESS": 1, PHOTO: 1, "X-MS-OL-DESIGN": 1, "X-MS-MANAGER": 1, "X-MS-ASSISTANT": 1 },
    },
    {
      file: "ez-vcard/outlook-2003.vcf", // quoted-printable NOTE cut by a soft break between =0D and =0A; a base64 KEY
      cards: [[1, "John Doe III", "jdoe@hotmail.com", "BusinessPhone", "Company, The", null, "This is the note field!!\nSecond line\n\nThird line is empty"]],
      values: [{ emails: ["jdoe@hotmail.com"], phones: ["BusinessPhone (work)"], urls: ["http://web-page-address.com (work)"] }],
      problems: [],
      skipped: { TEL: 3, KEY: 1 }, // HomePhone, MobilePhone, BusinessFaxPhone: no phone numbers
    },
    {
      file: "ez-vcard/outlook-2007.vcf", // quoted-printable us-ascii NOTE, an empty KEY, X-MS-TEL;VOICE;CALLBACK
      cards: [
        [
          1,
          "Mr. Michael Angstadt Jr.",
          "mike.angstadt@gmail.com",
          "(111) 555-1111",
          "TheCompany",
          null,
          "This is the NOTE field\t\nI assume it encodes this text inside a NOTE vCard type.\nBut I'm not sure because there's text formatting going on here.\nIt does not preserve the formatting",
        ],
      ],
      values: [
        {
          emails: ["mike.angstadt@gmail.com"],
          phones: ["(111) 555-1111 (work)", "(111) 555-2222 (home)", "(111) 555-4444 (mobile)", "(111) 555-3333 (fax)"],
          urls: ["http://mikeangstadt.name (home)"],
        },
      ],
      problems: [],
      skipped: {
        "X-MS-TEL": 1,
        "X-MS-OL-DEFAULT-POSTAL-ADDRESS": 1,
        "X-MS-ANNIVERSARY": 1,
        KEY: 1,
        "X-MS-IMADDRESS": 1,
        PHOTO: 1,
        "X-MS-OL-DESIGN": 1,
        "X-MS-MANAGER": 1,
        "X-MS-ASSISTANT": 1,
        "X-MS-SPOUSE": 1,
      },
    },
    {
      file: "ez-vcard/John_Doe_IPHONE.vcf", // 3.0 with CR CR LF line ends, item groups, a folded photo
      cards: [[1, "Mr. John Richter James Doe Sr.", "john.doe@ibm.com", "905-555-1234", "IBM", null, null]],
      values: [
        {
          emails: ["john.doe@ibm.com"],
          phones: [
            "905-555-1234 (mobile)",
            "905-666-1234 (home)",
            "905-777-1234 (work)",
            "905-888-1234 (fax)",
            "905-999-1234 (fax)",
            "905-111-1234 (pager)",
            "905-222-1234 (AssistantPhone)",
          ],
          urls: ["http://www.ibm.com (website)"],
        },
      ],
      problems: [],
      skipped: { "X-ABADR": 2, PHOTO: 1 },
    },
    {
      file: "ez-vcard/John_Doe_MAC_ADDRESS_BOOK.vcf", // PHOTO;BASE64:, \" and \: in the NOTE, http\:// in a URL
      cards: [[1, "Mr. John Richter,James Doe Sr.", "john.doe@ibm.com", "905-777-1234", "IBM", null, `${LICENCE}\nFavotire Color: Blue`]],
      values: [
        {
          emails: ["john.doe@ibm.com (work)"],
          phones: [
            "905-777-1234 (work)",
            "905-666-1234 (home)",
            "905-555-1234 (mobile)",
            "905-888-1234 (fax)",
            "905-999-1234 (fax)",
            "905-111-1234 (pager)",
            "905-222-1234 (AssistantPhone)",
          ],
          urls: ["http://www.ibm.com (website)"],
        },
      ],
      problems: [],
      skipped: { "X-PHONETIC-FIRST-NAME": 1, "X-PHONETIC-LAST-NAME": 1, "X-ABADR": 2, PHOTO: 1, "X-ABRELATEDNAMES": 1, "X-ABUID": 1 },
    },
    {
      file: "ez-vcard/John_Doe_GMAIL.vcf",
      cards: [[1, "Mr. John Richter, James Doe Sr.", "john.doe@ibm.com", "905-555-1234", "IBM", null, `${LICENCE}\nFavotire Color: Blue`]],
      values: [{ emails: ["john.doe@ibm.com (home)"], phones: ["905-555-1234 (mobile)", "905-666-1234 (home)"], urls: ["http://www.ibm.com (work)"] }],
      problems: [],
      skipped: { "X-PHONETIC-FIRST-NAME": 1, "X-PHONETIC-LAST-NAME": 1, "X-ABDATE": 1, "X-ABRELATEDNAMES": 1 },
    },
    {
      file: "ez-vcard/gmail-single.vcf", // item groups labelled by X-ABLabel, which is read with its group, not skipped
      cards: [
        [
          1,
          "Greg Dartmouth",
          "gdartmouth@hotmail.com",
          "555 555 1111",
          "TheCompany",
          null,
          "This is GMail's note field.\nIt should be added as a NOTE type.\nACustomField: CustomField",
        ],
      ],
      values: [{ emails: ["gdartmouth@hotmail.com"], phones: ["555 555 1111 (mobile)", "555 555 2222 (GRAND_CENTRAL)"], urls: ["http://TheProfile.com (profile)"] }],
      problems: [],
      skipped: { "X-PHONETIC-FIRST-NAME": 1, "X-PHONETIC-LAST-NAME": 1, "X-ICQ": 1, "X-ABDATE": 1, "X-ABRELATEDNAMES": 2 },
    },
    {
      file: "ez-vcard/John_Doe_EVOLUTION.vcf", // quoted X-COUCHDB-UUID parameters, ORG with two units
      cards: [[1, "Mr. John Richter, James Doe Sr.", "john.doe@ibm.com", "905-666-1234", "IBM", null, LICENCE]],
      values: [{ emails: ["john.doe@ibm.com (work)"], phones: ["905-666-1234 (mobile)", "905-555-1234 (work)"], urls: ["http://www.ibm.com (website)"] }],
      problems: [],
      skipped: {
        "X-COUCHDB-APPLICATION-ANNOTATIONS": 1,
        "X-AIM": 1,
        "X-EVOLUTION-FILE-AS": 1,
        "X-EVOLUTION-SPOUSE": 1,
        "X-EVOLUTION-MANAGER": 1,
        "X-EVOLUTION-ASSISTANT": 1,
        "X-EVOLUTION-ANNIVERSARY": 1,
      },
    },
    {
      file: "ez-vcard/thunderbird-MoreFunctionsForAddressBook-extension.vcf", // CHARSET on 3.0 text, TYPE=PREF,INTERNET
      cards: [
        [
          1,
          "John Doe",
          "doe.john@hotmail.com",
          "555-555-1111",
          "TheOrganization",
          null,
          'This is the notes field.\nSecond Line\n\nFourth Line\nYou can put anything in the "note" field; even curse words.',
        ],
      ],
      values: [
        {
          emails: ["doe.john@hotmail.com", "additional-email@company.com", "additional-email1@company.com", "additional-email2@company.com", "additional-email3@company.com"],
          phones: ["555-555-1111 (work)", "555-555-2222 (home)", "555-555-5555 (mobile)", "555-555-3333 (fax)", "555-555-4444 (pager)"],
          urls: ["http://www.private-webpage.com (home)", "http://www.work-webpage.com (work)"],
        },
      ],
      problems: [],
      skipped: { "X-SPOUSE": 1, "X-ANNIVERSARY": 1, PHOTO: 1 },
    },
    {
      file: "ez-vcard/John_Doe_LOTUS_NOTES.vcf", // folds of two spaces (the second is the value's), GEO, TZ, PROFILE
      cards: [[1, "Mr. Doe John I Johny", "john.doe@ibm.com", "+1 (212) 204-34456", "IBM", null, LOTUS_LICENCE]],
      values: [
        {
          emails: ["john.doe@ibm.com (work)", "billy_bob@gmail.com (work)"],
          phones: ["+1 (212) 204-34456 (mobile)", "00-1-212-555-7777 (fax)"],
          urls: ["http://www.sun.com (website)"],
        },
      ],
      problems: [],
      skipped: { PHOTO: 1, "X-ABUID": 1, "X-GENERATOR": 1, "X-LONG-STRING": 1 },
    },
    {
      file: "sabre-vobject/issue153.vcf", // PHOTO;BASE64: in 3.0, which ical.js refuses
      cards: [[1, "Test Benutzer", null, null, null, null, null]],
      values: [{ emails: [], phones: [], urls: [] }],
      problems: [],
      skipped: { PHOTO: 1 },
    },
  ])("$file", ({ file, cards, values, problems, skipped }) => {
    expect(read(file)).toEqual({ cards, values, problems, skipped });
  });
});
