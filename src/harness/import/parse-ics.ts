import ICAL from "ical.js";
import { displayAddress } from "../../domain/normalize-address";
import { fail, ok, type Result } from "../../domain/result";
import { harnessItem, type HarnessItem, type HarnessPerson } from "../harness-item";
import { importedItemName, type ImportError } from "./import-error";

type IcalProperty = InstanceType<typeof ICAL.Property>;
type IcalComponent = InstanceType<typeof ICAL.Component>;

/** Calendar users that are places or things, not people: Outlook books them as the meeting's rooms. */
const NOT_PEOPLE = new Set(["ROOM", "RESOURCE"]);

/**
 * Turns iCalendar text into a meeting: the first event (the series master when there is one), its
 * ORGANIZER and ATTENDEEs with their CN, UID, start/end, and RRULE as a series. Never throws.
 */
export function parseIcs(text: string, fileName: string): Result<HarnessItem, ImportError> {
  let calendars: IcalComponent[];
  try {
    const parsed: unknown = ICAL.parse(text);
    // A file of several concatenated VCALENDARs parses to a list of them; the first event wins.
    const roots = Array.isArray(parsed) && Array.isArray(parsed[0]) ? (parsed as unknown[]) : [parsed];
    calendars = roots.map(
      (root) => new ICAL.Component(root as ConstructorParameters<typeof ICAL.Component>[0]),
    );
  } catch (error) {
    return fail({
      code: "HARNESS_UNREADABLE_FILE",
      message: `${fileName} is not valid iCalendar: ${describe(error)}`,
    });
  }
  for (const calendar of calendars) {
    const events = findEvents(calendar);
    const master = events.find((event) => !event.hasProperty("recurrence-id")) ?? events[0];
    if (master === undefined) continue;
    registerTimezones(calendar);
    return ok(eventToItem(master, fileName));
  }
  return fail({ code: "HARNESS_NO_EVENT", message: `${fileName} holds no meeting (no VEVENT).` });
}

function findEvents(calendar: IcalComponent): IcalComponent[] {
  if (calendar.name === "vevent") return [calendar];
  const nested = calendar
    .getAllSubcomponents("vcalendar")
    .flatMap((inner) => inner.getAllSubcomponents("vevent"));
  return [...calendar.getAllSubcomponents("vevent"), ...nested];
}

function registerTimezones(calendar: IcalComponent): void {
  for (const zone of calendar.getAllSubcomponents("vtimezone")) {
    try {
      ICAL.TimezoneService.register(zone);
    } catch {
      // An unusable VTIMEZONE leaves its times floating (read as local), which is what Outlook does too.
    }
  }
}

function eventToItem(vevent: IcalComponent, fileName: string): HarnessItem {
  const uid = stringValue(vevent.getFirstProperty("uid"));
  const rrule = vevent.getFirstProperty("rrule");
  const recurrence = rrule === null ? undefined : rruleText(rrule);
  const organizerProperty = vevent.getFirstProperty("organizer");
  const required: HarnessPerson[] = [];
  const optional: HarnessPerson[] = [];
  const rooms: HarnessPerson[] = [];
  for (const attendee of vevent.getAllProperties("attendee")) {
    const cutype = String(attendee.getParameter("cutype") ?? "").toUpperCase();
    const person = toPerson(attendee);
    if (person === undefined) continue;
    if (NOT_PEOPLE.has(cutype)) {
      rooms.push(person);
      continue;
    }
    const role = String(attendee.getParameter("role") ?? "").toUpperCase();
    (role === "OPT-PARTICIPANT" || role === "NON-PARTICIPANT" ? optional : required).push(person);
  }
  const start = timeValue(vevent.getFirstProperty("dtstart"));
  const end = timeValue(vevent.getFirstProperty("dtend")) ?? endFromDuration(vevent, start);
  const created =
    timeValue(vevent.getFirstProperty("dtstamp")) ?? timeValue(vevent.getFirstProperty("created"));
  return harnessItem({
    name: importedItemName(fileName),
    kind: "appointment",
    subject: stringValue(vevent.getFirstProperty("summary")) ?? "",
    body: stringValue(vevent.getFirstProperty("description")) ?? "",
    organizer: organizerProperty === null ? undefined : toPerson(organizerProperty),
    requiredAttendees: required,
    optionalAttendees: optional,
    dateTimeCreated: created ?? start ?? new Date().toISOString(),
    start,
    end,
    location: stringValue(vevent.getFirstProperty("location")),
    ...(rooms.length > 0 ? { rooms } : {}),
    iCalUId: uid,
    seriesId: recurrence !== undefined ? (uid ?? importedItemName(fileName)) : undefined,
    recurrence,
    origin: fileName,
  });
}

/**
 * ORGANIZER/ATTENDEE → person: mailto in any case, or a bare address, even quoted as some clients write
 * it (`ORGANIZER:"mailto:a@b"`); CN already RFC 6868-decoded by ical.js; an internationalised domain in
 * Unicode, as a mail client shows it.
 */
function toPerson(property: IcalProperty): HarnessPerson | undefined {
  const raw = unquote(stringValue(property) ?? "");
  const address = displayAddress(unquote(raw.replace(/^mailto:/i, "")));
  const cn = property.getParameter("cn");
  const name = (Array.isArray(cn) ? cn.join(", ") : (cn ?? "")).trim();
  if (address.length === 0 && name.length === 0) return undefined;
  // Some clients put a name where the address belongs; keep it visible as a name, as Outlook does.
  if (!address.includes("@")) return { name: name || address, address: "" };
  return { name, address };
}

/** A value wrapped in double quotes, unwrapped (a URI value is never quoted in RFC 5545, but clients do). */
function unquote(text: string): string {
  const trimmed = text.trim();
  return trimmed.length >= 2 && trimmed.startsWith('"') && trimmed.endsWith('"')
    ? trimmed.slice(1, -1).trim()
    : trimmed;
}

function stringValue(property: IcalProperty | null): string | undefined {
  if (property === null) return undefined;
  const value: unknown = property.getFirstValue();
  if (value === null || value === undefined) return undefined;
  return String(value);
}

function rruleText(property: IcalProperty): string {
  const value: unknown = property.getFirstValue();
  return value !== null && typeof value === "object" && "toString" in value ? String(value) : "";
}

function timeValue(property: IcalProperty | null): string | undefined {
  if (property === null) return undefined;
  const value: unknown = property.getFirstValue();
  if (value instanceof ICAL.Time) {
    const date = value.toJSDate();
    return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
  }
  return undefined;
}

function endFromDuration(vevent: IcalComponent, start: string | undefined): string | undefined {
  const duration: unknown = vevent.getFirstPropertyValue("duration");
  if (start === undefined || !(duration instanceof ICAL.Duration)) return undefined;
  return new Date(Date.parse(start) + duration.toSeconds() * 1000).toISOString();
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
