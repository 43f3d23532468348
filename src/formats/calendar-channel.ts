// How a calendar event was held, from what it says about where: a Meet, Zoom or Teams link is a
// video call, a dial-in alone is a phone call, anything else (a place, or nothing said) a meeting.
import type { Channel } from "../domain/channels.js";

/** Where the text of an event may say how to join it. */
export interface EventPlace {
  location: string | null;
  description: string | null;
  url: string | null;
  /** X-GOOGLE-CONFERENCE, CONFERENCE (RFC 7986) and Outlook's Teams properties, as written. */
  conferences: readonly string[];
}

const VIDEO_LINK = /\b(?:meet\.google\.com\/|(?:[\w-]+\.)*zoom\.us\/(?:j|my|w|s)\/|teams\.microsoft\.com\/l\/meetup-join|teams\.live\.com\/meet)/i;
const DIAL_IN = /\btel:/i;
/** A location that is only a phone number: `+1 415 555 0100`, `(415) 555-0100`. */
const PHONE_NUMBER = /^\+?[\d\s().-]{7,}$/;

export function channelOf(place: EventPlace): Channel {
  const texts = [place.location, place.description, place.url, ...place.conferences].filter((t): t is string => t !== null);
  if (texts.some((t) => VIDEO_LINK.test(t))) return "video";
  const location = place.location?.trim() ?? "";
  if (texts.some((t) => DIAL_IN.test(t)) || (PHONE_NUMBER.test(location) && location.replace(/\D/g, "").length >= 7)) return "phone";
  // A place, or nothing said at all: netlog cannot tell a meeting room from a coffee shop, and
  // an invitation with neither a place nor a link was most often held where the people were.
  return "meeting";
}
