/**
 * Public documentation the checks and the error decoder rest on: first-party (Microsoft) or the
 * meeting service's own, at their current address (checked against Microsoft's docs repositories:
 * cmdlets moved to /powershell/module/exchangepowershell/, the Teams article to exchange-integration/).
 * Titles are kept as the publisher wrote them. "Give mailbox permissions…" carries the sentence on
 * hidden mailboxes since MicrosoftDocs/microsoft-365-docs pull request 8785 (2022).
 */
import type { Check, ServiceKind, Source } from "./types";

export const SOURCES = {
  delegateAccess: {
    title: "Microsoft Support: Allow someone else to manage your mail and calendar",
    url: "https://support.microsoft.com/office/allow-someone-else-to-manage-your-mail-and-calendar-41c40c04-3bd1-4d22-963a-28eafec25926",
  },
  webDelegation: {
    title: "Microsoft Support: Calendar delegation in Outlook on the web",
    url: "https://support.microsoft.com/office/calendar-delegation-in-outlook-on-the-web-532e6410-ee80-42b5-9b1b-a09345ccef1b",
  },
  folderPermission: {
    title: "Microsoft Learn: Add-MailboxFolderPermission",
    url: "https://learn.microsoft.com/powershell/module/exchangepowershell/add-mailboxfolderpermission",
  },
  sendOnBehalf: {
    title: "Microsoft Learn: Set-Mailbox, GrantSendOnBehalfTo",
    url: "https://learn.microsoft.com/powershell/module/exchangepowershell/set-mailbox",
  },
  hiddenSendOnBehalf: {
    title: "Microsoft Learn: Give mailbox permissions to another user in Microsoft 365 (hidden mailboxes)",
    url: "https://learn.microsoft.com/microsoft-365/admin/add-users/give-mailbox-permissions-to-another-user",
  },
  teamsExchange: {
    title: "Microsoft Learn: Resolve interaction issues between Teams and Exchange Server",
    url: "https://learn.microsoft.com/troubleshoot/microsoftteams/exchange-integration/teams-exchange-interaction-issue",
  },
  lyncAddin: {
    title: "Microsoft Learn: Lync client administrative delegates cannot use the Lync Meeting add-in",
    url: "https://learn.microsoft.com/skypeforbusiness/troubleshoot/server-meetings/cannot-use-lync-meeting-add-in",
  },
  lyncOnBehalf: {
    title: "Microsoft Support: Set up a Lync Meeting on behalf of someone else",
    url: "https://support.microsoft.com/office/set-up-a-lync-meeting-on-behalf-of-someone-else-dd35d8e8-147a-4b51-abf2-9b02121ea3c3",
  },
  clientPolicy: {
    title: "Microsoft Learn: Set-CsClientPolicy (EnableExchangeDelegateSync)",
    url: "https://learn.microsoft.com/powershell/module/skypeforbusiness/set-csclientpolicy?view=skype-ps",
  },
  zoomPrivilege: {
    title: "Zoom Support: Scheduling privilege",
    url: "https://support.zoom.com/hc/en/article?id=zm_kb&sysparm_article=KB0061756",
  },
  zoomApi: {
    title: "Zoom Developer: Meetings API, create a meeting (schedule_for)",
    url: "https://developers.zoom.us/docs/api/meetings/",
  },
  webexOnBehalf: {
    title: "Webex Help Center: Troubleshoot Schedule on Behalf of issues (WBX28944)",
    url: "https://help.webex.com/en-us/article/WBX28944",
  },
  webexPermission: {
    title: "Webex Help Center: Allow someone to schedule Webex meetings for you in Microsoft Outlook",
    url: "https://help.webex.com/en-us/nxlczft/Allow-Someone-to-Schedule-Webex-Meetings-for-You-in-Microsoft-Outlook-for-Cisco-Webex-Scheduler",
  },
  sendAsDenied: {
    title: "Microsoft Learn: SmtpResponse.SendAsDenied (550 5.7.1 Client does not have permission to send as this sender)",
    url: "https://learn.microsoft.com/previous-versions/office/developer/exchange-server-2007/aa494038(v=exchg.80)",
  },
  actingOnBehalf: {
    title: "Microsoft Learn: [MS-OXODLGT] 1.3.3 Acting on Behalf of a Delegator",
    url: "https://learn.microsoft.com/openspecs/exchange_server_protocols/ms-oxodlgt/f7260f00-86df-44b2-aaff-a76a14abc07a",
  },
  // The English article behind the KB number Microsoft's localized AlchemyInsights pages link to (3187524).
  sharingPolicyError: {
    title:
      'Microsoft Learn: "Policy does not allow granting permissions at this level to one or more of the recipient(s)" error when sharing a calendar',
    url: "https://learn.microsoft.com/troubleshoot/exchange/calendars/policy-permissions-issue",
  },
  // KB 983062: the same refusal, or "shared with some of the recipients", when Outlook picked a colleague's external address.
  sharingAutocomplete: {
    title:
      "Microsoft Learn: Internet Connection Sharing file instead of calendar sharing, or Policy does not allow granting permissions error",
    url: "https://learn.microsoft.com/troubleshoot/outlook/calendaring/error-occurs-when-sending-sharing-invitation",
  },
} satisfies Record<string, Source>;

/**
 * The documents a check rests on, shown in its details. Looked up when the details open, not carried
 * by the verdict: the first screen never shows them, so this table loads after it.
 */
export function sourcesFor(check: Check): Source[] {
  switch (check.id) {
    case "calendar-editor":
      return [SOURCES.delegateAccess, SOURCES.webDelegation, SOURCES.folderPermission];
    case "send-on-behalf":
      return [SOURCES.delegateAccess, SOURCES.sendOnBehalf, SOURCES.hiddenSendOnBehalf];
    case "online-meeting-delegate":
      // The check names the service it is about: this meeting's, or the one whose refusal was pasted.
      return check.service ? serviceSources(check.service.kind) : [];
  }
}

/** The documents behind each service's delegate right. */
export function serviceSources(service: ServiceKind): Source[] {
  switch (service) {
    case "teams":
      return [SOURCES.teamsExchange, SOURCES.webDelegation];
    case "skype":
      return [SOURCES.lyncAddin, SOURCES.clientPolicy];
    case "zoom":
      return [SOURCES.zoomPrivilege];
    case "webex":
      return [SOURCES.webexPermission, SOURCES.webexOnBehalf];
    case "jitsi":
    case "other":
      return [];
  }
}

/** The site a source lives on, as the pane labels it ("learn.microsoft.com"). */
export function sourceSite(source: Source): string {
  const match = /^https:\/\/([^/?#]+)/i.exec(source.url);
  return match?.[1]?.toLowerCase() ?? source.url;
}
