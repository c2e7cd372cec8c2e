import type { ItemSnapshot } from "../../../domain/item-snapshot";
import { ok, type Result } from "../../../domain/result";
import type { MailboxError } from "../../ports/mailbox-port";
import { officeAll, officeAsync, officeSkipped } from "./office-async";
import type { SnapshotBase } from "./read-message";
import { isAtRecipientLimit } from "./recipient-limits";
import { supportsMailbox as supports } from "./supports-mailbox";
import { toEmailUser, toEmailUsers } from "./to-email-user";

type Sensitivity = NonNullable<ItemSnapshot["sensitivity"]>;
const SENSITIVITIES: readonly string[] = ["normal", "personal", "private", "confidential"];
const toSensitivity = (value: unknown): Sensitivity | undefined =>
  typeof value === "string" && SENSITIVITIES.includes(value) ? (value as Sensitivity) : undefined;

const iso = (date: Date | string | undefined): string | undefined =>
  date === undefined ? undefined : new Date(date).toISOString();

/** What every form of an appointment gives for its locations (Mailbox 1.8; absent on older hosts). */
type Located = Partial<Pick<Office.AppointmentRead, "enhancedLocation">>;

/**
 * The addresses of the meeting's rooms: Office.js marks no attendee as a room, but a room location's id
 * is the room's address (Mailbox 1.8). Without that requirement set there are none to leave out.
 */
async function roomsOf(office: typeof Office, item: Located): Promise<Result<string[], MailboxError>> {
  const location = item.enhancedLocation;
  if (!supports(office, "1.8") || typeof location?.getAsync !== "function") return ok([]);
  const read = await officeAsync<Office.LocationDetails[]>(office, "Reading the meeting's rooms", (cb) =>
    location.getAsync(cb),
  );
  if (!read.ok) return read;
  return ok(
    (read.value ?? [])
      .filter((place) => String(place.locationIdentifier?.type).toLowerCase() === "room")
      .map((place) => place.emailAddress || place.locationIdentifier.id)
      .filter((address): address is string => typeof address === "string" && address.includes("@")),
  );
}

/** Snapshot of a meeting the user attends (or an organised one opened read-only). */
export async function readAppointmentAttendee(
  office: typeof Office,
  item: Office.AppointmentRead,
  base: SnapshotBase,
): Promise<Result<ItemSnapshot, MailboxError>> {
  const rooms = await roomsOf(office, item);
  if (!rooms.ok) return rooms;
  const requiredAttendees = toEmailUsers(item.requiredAttendees);
  const optionalAttendees = toEmailUsers(item.optionalAttendees);
  return ok({
    ...base,
    kind: "appointment",
    mode: "read",
    itemId: item.itemId || undefined,
    seriesId: item.seriesId || undefined,
    subject: item.subject ?? "",
    organizer: item.organizer ? toEmailUser(item.organizer) : undefined,
    to: [],
    cc: [],
    bcc: [],
    requiredAttendees,
    optionalAttendees,
    ...(rooms.value.length > 0 ? { rooms: rooms.value } : {}),
    start: iso(item.start),
    end: iso(item.end),
    recipientsTruncated:
      isAtRecipientLimit(requiredAttendees.length) || isAtRecipientLimit(optionalAttendees.length),
    sensitivity: toSensitivity(item.sensitivity),
  });
}

/** Snapshot of a meeting the user is organising: every field through its getAsync. */
export async function readAppointmentOrganizer(
  office: typeof Office,
  item: Office.AppointmentCompose,
  base: SnapshotBase,
): Promise<Result<ItemSnapshot, MailboxError>> {
  type People = Office.EmailAddressDetails[];
  const read = await officeAll({
    subject: officeAsync<string>(office, "Reading the subject", (cb) => item.subject.getAsync(cb)),
    required: officeAsync<People>(office, "Reading required attendees", (cb) =>
      item.requiredAttendees.getAsync(cb),
    ),
    optional: officeAsync<People>(office, "Reading optional attendees", (cb) =>
      item.optionalAttendees.getAsync(cb),
    ),
    start: officeAsync<Date>(office, "Reading the start time", (cb) => item.start.getAsync(cb)),
    end: officeAsync<Date>(office, "Reading the end time", (cb) => item.end.getAsync(cb)),
    organizer:
      supports(office, "1.7") && item.organizer
        ? officeAsync<Office.EmailAddressDetails | undefined>(office, "Reading the organizer", (cb) =>
            item.organizer.getAsync(cb),
          )
        : officeSkipped(undefined),
    sensitivity:
      supports(office, "1.14") && item.sensitivity
        ? officeAsync<string | undefined>(office, "Reading the sensitivity", (cb) =>
            item.sensitivity.getAsync(cb),
          )
        : officeSkipped(undefined),
    rooms: roomsOf(office, item),
  });
  if (!read.ok) return read;
  const { subject, organizer, start, end, sensitivity, rooms } = read.value;
  const requiredAttendees = toEmailUsers(read.value.required);
  const optionalAttendees = toEmailUsers(read.value.optional);
  return ok({
    ...base,
    kind: "appointment",
    mode: "compose",
    seriesId: item.seriesId || undefined,
    subject: subject ?? "",
    // Without Mailbox 1.7 the organizer of a meeting being written is the signed-in user.
    organizer: organizer ? toEmailUser(organizer) : base.mailbox.user,
    to: [],
    cc: [],
    bcc: [],
    requiredAttendees,
    optionalAttendees,
    ...(rooms.length > 0 ? { rooms } : {}),
    start: iso(start),
    end: iso(end),
    recipientsTruncated:
      isAtRecipientLimit(requiredAttendees.length) || isAtRecipientLimit(optionalAttendees.length),
    sensitivity: toSensitivity(sensitivity),
  });
}
