/** The Office enumerations the add-in reads, with their runtime (string or number) values. */

export const AsyncResultStatus = Object.freeze({ Succeeded: "succeeded", Failed: "failed" });

export const CoercionType = Object.freeze({ Html: "html", Text: "text" });

export const HostType = Object.freeze({
  Word: "Word",
  Excel: "Excel",
  PowerPoint: "PowerPoint",
  Outlook: "Outlook",
  OneNote: "OneNote",
  Project: "Project",
  Access: "Access",
});

export const PlatformType = Object.freeze({
  PC: "PC",
  OfficeOnline: "OfficeOnline",
  Mac: "Mac",
  iOS: "iOS",
  Android: "Android",
  Universal: "Universal",
});

export const MailboxEnums = Object.freeze({
  DelegatePermissions: Object.freeze({ Read: 1, Write: 2, DeleteOwn: 4, DeleteAll: 8, EditOwn: 16, EditAll: 32 }),
  ItemNotificationMessageType: Object.freeze({
    ProgressIndicator: "progressIndicator",
    InformationalMessage: "informationalMessage",
    ErrorMessage: "errorMessage",
    InsightMessage: "insightMessage",
  }),
  ItemType: Object.freeze({ Message: "message", Appointment: "appointment" }),
  BodyType: Object.freeze({ Html: "html", Text: "text" }),
  AccountType: Object.freeze({ Enterprise: "enterprise", Gmail: "gmail", Office365: "office365", Outlook: "outlookCom" }),
});

export const EventType = Object.freeze({
  ItemChanged: "olkItemSelectedChanged",
  AppointmentTimeChanged: "olkAppointmentTimeChanged",
  RecipientsChanged: "olkRecipientsChanged",
});
