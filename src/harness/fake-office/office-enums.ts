/**
 * The enums of office.js the harness's `Office` carries, with the values office.js has at run time.
 *
 * Each object is checked against the member names @types/office-js declares (a renamed or removed member
 * fails type checking); the values are office.js's own strings ("succeeded", "olkItemSelectedChanged",
 * "Outlook"), which the add-in compares against through these same objects.
 */
type Members<E> = Partial<Record<Exclude<keyof E, number>, string>>;

export const officeEnums = {
  AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
  HostType: { Outlook: "Outlook" },
  PlatformType: { OfficeOnline: "OfficeOnline" },
  CoercionType: { Text: "text", Html: "html" },
  InitializationReason: { Inserted: "inserted", DocumentOpened: "documentOpened" },
  EventType: {
    ItemChanged: "olkItemSelectedChanged",
    OfficeThemeChanged: "officeThemeChanged",
    RecipientsChanged: "olkRecipientsChanged",
    AppointmentTimeChanged: "olkAppointmentTimeChanged",
    DialogMessageReceived: "dialogMessageReceived",
    DialogEventReceived: "dialogEventReceived",
  },
  MailboxEnums: {
    ItemType: { Message: "message", Appointment: "appointment" },
    ItemNotificationMessageType: {
      ProgressIndicator: "progressIndicator",
      InformationalMessage: "informationalMessage",
      ErrorMessage: "errorMessage",
      InsightMessage: "insightMessage",
    },
    RecipientType: {
      DistributionList: "distributionList",
      User: "user",
      ExternalUser: "externalUser",
      Other: "other",
    },
    ResponseType: {
      None: "none",
      Organizer: "organizer",
      Tentative: "tentative",
      Accepted: "accepted",
      Declined: "declined",
    },
    AppointmentSensitivityType: {
      Normal: "normal",
      Personal: "personal",
      Private: "private",
      Confidential: "confidential",
    },
    EntityType: { MeetingSuggestion: "meetingSuggestion", EmailAddress: "emailAddress" },
    RestVersion: { v1_0: "v1.0", v2_0: "v2.0", Beta: "beta" },
    SourceProperty: { Body: "body", Subject: "subject" },
    AttachmentType: { File: "file", Item: "item", Cloud: "cloud" },
  },
} as const satisfies {
  AsyncResultStatus: Members<typeof Office.AsyncResultStatus>;
  HostType: Members<typeof Office.HostType>;
  PlatformType: Members<typeof Office.PlatformType>;
  CoercionType: Members<typeof Office.CoercionType>;
  InitializationReason: Members<typeof Office.InitializationReason>;
  EventType: Members<typeof Office.EventType>;
  MailboxEnums: {
    ItemType: Members<typeof Office.MailboxEnums.ItemType>;
    ItemNotificationMessageType: Members<typeof Office.MailboxEnums.ItemNotificationMessageType>;
    RecipientType: Members<typeof Office.MailboxEnums.RecipientType>;
    ResponseType: Members<typeof Office.MailboxEnums.ResponseType>;
    AppointmentSensitivityType: Members<typeof Office.MailboxEnums.AppointmentSensitivityType>;
    EntityType: Members<typeof Office.MailboxEnums.EntityType>;
    RestVersion: Members<typeof Office.MailboxEnums.RestVersion>;
    SourceProperty: Members<typeof Office.MailboxEnums.SourceProperty>;
    AttachmentType: Members<typeof Office.MailboxEnums.AttachmentType>;
  };
};

/**
 * A value of one of these enums as the declared enum type. @types/office-js declares AsyncResultStatus,
 * HostType, PlatformType and InitializationReason as numeric enums although office.js uses strings, and
 * TypeScript keeps string enums nominal: a value office.js really has cannot be written as one. This is
 * the one place the two meet, and it checks the value is one the enum object above carries.
 */
export function officeValue<E>(values: Readonly<Record<string, string>>, value: string): E {
  const isMember = (candidate: unknown): candidate is E =>
    typeof candidate === "string" && Object.values(values).includes(candidate);
  if (!isMember(value)) throw new Error(`${value} is not a value of this office.js enum`);
  return value;
}
