import { harnessItem, type HarnessItem, type HarnessPerson } from "../harness-item";

const FIRST_NAMES = ["Olga", "Peter", "Sara", "Tom", "Nina", "Omar", "Eva", "Raj"];

/** The rooms the large meeting books: one is also invited by its address, as people often do. */
const ROOMS: HarnessPerson[] = [
  { name: "Conference Room Everest", address: "room.everest@cronus.example" },
  { name: "Projector 2", address: "projector-2@cronus.example" },
];

/**
 * A 40-attendee meeting organised by the mailbox user: known contacts, a company-by-domain address,
 * colleagues, unknown people and a room, enough to cross Outlook's recipient limits.
 */
export function largeMeeting(organizer: HarnessPerson): HarnessItem {
  const known: HarnessPerson[] = [
    { name: "Анна Петрова", address: "anna.petrova@fabrikam.example" },
    { name: "John Smith", address: "john.smith@fabrikam.example" },
    { name: "Lisa Chen", address: "lisa.chen@contoso.example" },
    { name: "Иван Сидоров", address: "ivan.sidorov@roga-kopyta.example" },
    { name: "Someone at Adatum", address: "someone@adatum.example" },
    { name: "Мария Иванова", address: "maria.ivanova@cronus.example" },
  ];
  const guests = Array.from({ length: 40 - known.length - 2 }, (_, index) => {
    const first = FIRST_NAMES[index % FIRST_NAMES.length] ?? "Guest";
    const number = String(index + 1).padStart(2, "0");
    return { name: `${first} Guest ${number}`, address: `guest${number}@partners${(index % 3) + 1}.example` };
  });
  return harnessItem({
    name: "meeting-40",
    kind: "appointment",
    subject: "Partner summit 2027 kick-off",
    body: "Welcome to all partners. Agenda to follow.",
    organizer,
    requiredAttendees: [organizer, ...known, ...guests, ROOMS[0] as HarnessPerson],
    rooms: ROOMS,
    dateTimeCreated: "2026-11-18T10:00:00.000Z",
    start: "2026-12-02T09:00:00.000Z",
    end: "2026-12-02T12:00:00.000Z",
    location: "Conference centre",
    itemId: "AAMkSample-meeting-40",
    iCalUId: "040000008200E00074C5B7101A82E0080000000010SUMMIT27",
  });
}
