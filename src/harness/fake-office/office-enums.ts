/** The enum values of office.js the add-in compares against (the same strings Outlook uses). */
export const officeEnums = {
  AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
  HostType: { Outlook: "Outlook" },
  PlatformType: { OfficeOnline: "OfficeOnline" },
  CoercionType: { Text: "text", Html: "html" },
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
    EntityType: { MeetingSuggestion: "meetingSuggestion", EmailAddress: "emailAddress" },
    RestVersion: { v1_0: "v1.0", v2_0: "v2.0", Beta: "beta" },
    SourceProperty: { Body: "body", Subject: "subject" },
    AttachmentType: { File: "file", Item: "item", Cloud: "cloud" },
  },
} as const;
