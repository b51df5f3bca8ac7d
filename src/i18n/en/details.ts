/**
 * English, details part: what the pane shows after the first screen (remedies, the request to
 * the owner, the report, the meeting panel, the error decoder). How it is written: ./style.ts.
 */
import { dateTimeOf } from "../dateTime";
import { dateOf, numberOf } from "../format";
import { aLink, meetingsOf, serviceIn, unnamed, linksStart, serviceStart } from "./services";
import { DELEGATE, LOCALE, delegateToAdd, list, of, start } from "./style";

/** Dates as the rest of the catalogue writes them: day before month ("3 December"). */
const DATES = "en-GB";

export const enDetails = {
  meeting: {
    heading: "Online meeting",
    service: "Meeting service",
    replace: "Replace meeting link",
    remove: "Remove meeting link",
    added: "The meeting link was added to the meeting.",
    replaced: "The meeting link was replaced.",
    removed: "The meeting link was removed; the rest of the meeting's text is as it was.",
    alreadyThere: "This meeting already has a link from this add-in.",
    recordedButChanged:
      "A link from this add-in was added earlier, but it has since been edited or removed from the text. Change it by hand, or add a new one.",
    guidance: {
      teamsSelf:
        'Use Outlook\'s own "Teams meeting" button on the meeting\'s ribbon (in new Outlook and on the web, the "Teams meeting" switch). This add-in doesn\'t add Teams links.',
      teamsDelegate: (p: { owner: string }) =>
        `Use Outlook's own "Teams meeting" button on the meeting's ribbon (in new Outlook and on the web, the "Teams meeting" switch): as ${of(p.owner)} delegate, Outlook creates the meeting for ${p.owner}. This add-in can't create Teams meetings for someone else.`,
      skypeSelf: "Use Outlook's own \"Skype Meeting\" button on the meeting's ribbon. This add-in doesn't add Skype for Business links.",
      skypeDelegate: (p: { owner: string }) =>
        `Use Outlook's own "Skype Meeting" button on the meeting's ribbon: as ${of(p.owner)} delegate, it creates the meeting for ${p.owner}. This add-in can't create Skype for Business meetings for someone else.`,
    },
    problem: {
      unreadable: "Outlook didn't let this pane read the meeting's text, so nothing was changed.",
      exists: "This meeting already has a link from this add-in. Use Replace or Remove.",
      missing: "The link from this add-in is no longer in the meeting's text, so there is nothing to change.",
      tooLarge: (p: { limit: number }) =>
        `The meeting's text is too long for Outlook to take the link (at most ${numberOf(LOCALE, p.limit)} characters), so nothing was changed.`,
      changed: "The meeting changed while the link was being added, so nothing was changed. Please try again.",
      invalidFormat: "Outlook refused the link because it didn't match the meeting's text format; nothing was changed.",
      refused: "Outlook didn't accept the change, so the meeting was left as it was.",
      failed: "Something went wrong, so nothing was changed.",
    },
    note: {
      locationUnreadable: "The location couldn't be read, so it was left as it was.",
      locationNotChanged: "The location couldn't be changed.",
      locationTooLong: "The link is too long for the location field, so the location was left empty.",
      recordRejected: "Outlook didn't keep the add-in's note on this meeting; the link is in the text all the same.",
      recordNotSaved: "Outlook couldn't save the add-in's note on this meeting; the link is in the text all the same.",
    },
    linkProblem: {
      randomness: "The browser gave too little randomness for a private meeting room, so no link was made.",
      "owner-missing": "Outlook didn't give the owner's name or address, so their personal meeting room link can't be made.",
      "owner-unusable": "The owner's name or address can't be used in a meeting link, so no link was made.",
      "bad-link": "The meeting link from your organisation's settings isn't a safe https link, so it wasn't added. Ask IT.",
      "too-long": "The meeting link made for the owner is too long, so it wasn't added.",
      "not-available": "This meeting service doesn't add links; use Outlook's own button.",
    },
  },

  sendCheck: {
    "at-send":
      "When you press Send, Outlook checks that the join link is really in the invitation (if IT installed this add-in for everyone).",
    "popped-out-only":
      "Outlook checks the join link at Send only if this meeting is open in its own window: open it in a new window before you send.",
    "not-on-this-client":
      "This Outlook can't check the join link when you press Send, so make sure it is in the invitation before you send.",
  },

  decoder: {
    heading: "Got an error message?",
    label: "Error message",
    hint: "Paste the message you saw (or the whole bounce email). It stays on this device.",
    truncated: (p: { max: number }) => `Only the first ${numberOf(LOCALE, p.max)} characters were read.`,
    notRecognised: "Not recognised",
    notRecognisedBody:
      "This pane doesn't recognise the message, so it won't guess. The checks above show what to look at; or send the report to IT.",
    announce: (p: { title: string }) => `Recognised: ${p.title}.`,
    announceUnknown: "Not recognised.",
    concerns: (p: { check: string }) => `This is about "${p.check}" above: its details say who can fix it.`,
    concernsNone: "It doesn't prove any of your permissions missing.",
    ownCalendar:
      "This message is about scheduling for someone else, but this meeting is in your own calendar. If you got it in someone else's calendar, open that calendar (as a shared calendar) and this pane from there. If you opened another person's mailbox in Outlook on the web, Outlook reports it as yours.",
    whoFixes: "Who fixes it",
    unavailable: "The explanations did not load. Close the pane and open it again; the checks above still apply.",
    notRead:
      "This message is in a language this pane doesn't read (it reads English, French, Dutch and German), so the sentence itself was not read: only the codes and product names in it were looked at.",
    seen: (p: { items: string }) => `Found in it: ${p.items}.`,
  },

  errors: {
    "lync-delegate": {
      title: "You are not the owner's delegate in Lync / Skype for Business",
      cause:
        "Lync and Skype for Business keep their own list of delegates, separate from Outlook's, and you are not on the owner's. Today this message means a Lync or Skype for Business Server in your organisation (Skype for Business Online was retired in July 2021). Usual reasons: the owner never added you there; the owner added you in Outlook only and the server never picked it up; or you and the owner are on different Skype for Business deployments.",
    },
    "teams-delegate": {
      title: "Teams doesn't see you as the owner's delegate",
      cause:
        "Before Teams creates a meeting hosted by someone else, it checks the owner's mailbox: you must be a real delegate there (Author or Editor, added as a delegate, not only shared with) and be allowed to send for them. With mailboxes in Exchange Server (on-premises or hybrid), it also fails when EWS is blocked for the Teams scheduling service, or OAuth between Exchange and Teams is not set up.",
    },
    "teams-hybrid-oauth": {
      title: "Teams couldn't reach the owner's mailbox to check your delegation",
      cause:
        "When the owner's mailbox is in Exchange on-premises, Teams reads their delegate list through OAuth; if that is not set up, Teams only says it can't connect. When every mailbox is in Exchange Online, the same words usually mean a passing network or service problem.",
    },
    "send-on-behalf": {
      title: "You may not send for the owner",
      cause:
        'Exchange refused to send the invitation as "you on behalf of the owner": you don\'t have their send-on-behalf right (nor Send As). Edit access to the calendar does not include it. It happens when the owner shared the calendar with "Can edit" instead of adding you as a delegate, which is what grants it. Sending for someone also fails in Outlook for Windows when their mailbox is hidden from the address list.',
    },
    "calendar-read-only": {
      title: "Your access to the owner's calendar is read-only",
      cause:
        "You can see the owner's calendar but not add to it: your permission on it is Reviewer (read only) or less. Adding a meeting needs Editor (Author at the very least). If the owner confirms you already have Editor, classic Outlook can show the same message while it is still synchronising many shared calendars.",
    },
    "webex-scheduling-permission": {
      title: "The host hasn't given you Webex scheduling permission",
      cause:
        "Webex has its own delegate list: the host (the owner) must name you under Scheduling permission on their Webex site. It also fails when you and the owner are on different Webex sites, when the owner's Webex account uses an alias instead of the primary address Outlook knows, or for calendars in a shared mailbox.",
    },
    "zoom-scheduling-privilege": {
      title: "The owner hasn't given you Zoom scheduling privilege",
      cause:
        "Zoom only lets you schedule for someone who gave you scheduling privilege in their Zoom settings. It works only within one Zoom account (or linked main and sub accounts), both of you need a licence, and after it is given you have to sign out of Zoom and back in.",
    },
    "sharing-invitation-failed": {
      title: "Calendar sharing was changed, but the notification couldn't be sent",
      cause:
        "Someone with Full Access to the owner's mailbox, but not the right to send for the owner, changed the owner's calendar sharing in Outlook on the web: the change usually applied, only the email about it could not be sent. Exchange Server 2013 also shows it, by design, when delegate access is given to a security group in Outlook Web App.",
    },
    "sharing-policy-refused": {
      title: "Outlook's sharing policy refused the permission for this person",
      cause:
        "Outlook refused to share the calendar, at the permission level chosen, with one or more people in the invitation: for them nothing changed. Exchange's sharing policy limits what may be shared with people outside the organisation. When the person is a colleague, the usual reason is that Outlook took their address from its own typing suggestions, which hold their external address instead of their entry in the address book.",
    },
    unknown: {
      title: "Not recognised",
      cause: "This pane doesn't recognise the message, so it won't guess.",
    },
  },

  actor: {
    owner: (p: { owner: string }) => start(p.owner),
    admin: "IT",
    you: "You",
  },

  client: {
    "classic-windows": "Classic Outlook for Windows",
    "new-outlook-web": "New Outlook and Outlook on the web",
    mac: "Outlook for Mac",
  },

  /** The owner's clicks and the admin's steps. Menu paths are the labels Outlook shows in English. */
  remedies: {
    /** The calendar folder's name in a mailbox of this language (admin commands address it). */
    calendarFolder: "Calendar",
    where: {
      classicDelegateAccess: "File > Account Settings > Delegate Access",
      webShare: "Calendar > Share (or right-click the calendar > Sharing and permissions)",
      webShareShort: "Calendar > Share",
      macDelegates: "Tools > Accounts > Delegation and Sharing (older Outlook for Mac: Tools > Accounts > Advanced > Delegates)",
      skype: "Skype for Business / Lync: Tools > Options > Call Forwarding Settings > Edit my delegate members",
      zoom: "Zoom web portal: Settings > Meeting > Other > Schedule privilege",
      webex: "Webex site: Preferences > Scheduling > Scheduling permission",
    },
    addDelegateClassic: (p: { who: string }) =>
      `Add > choose ${p.who} > set Calendar to Editor > OK. Adding a delegate here also lets them send invitations for you.`,
    addDelegateWeb: (p: { who: string }) =>
      `Add ${p.who} and choose "Delegate". "Can edit" lets them edit the calendar but not send invitations for you, and Teams ignores it.`,
    addDelegateMac: (p: { who: string }) =>
      `Under "Delegates who can act on my behalf" click +, add ${p.who}, set Calendar to Editor, then OK.`,
    calendar: {
      owner: (p: { delegate: string }) => `Add ${delegateToAdd(p.delegate)} as your delegate, with Editor on your calendar`,
      admin: (p: { owner: string; delegate: string }) => `Or give ${p.delegate} Editor, as a delegate, on ${of(p.owner)} calendar`,
      addPurpose:
        "Gives the delegate Editor on the owner's calendar and sets the Delegate flag (what Teams and Outlook's Delegate Access expect).",
      setPurpose: "Use this instead when the first command says a permission entry already exists (for example Reviewer).",
      folderNote: (p: { folder: string }) =>
        `The calendar folder is named in the owner's mailbox language (${p.folder}); if the command says it can't find it, the last command shows its real name. -SharingPermissionFlags exists in Exchange Online only; on Exchange Server leave it out.`,
      findFolderPurpose: "Shows the real name of the owner's calendar folder, whatever the mailbox language.",
    },
    sending: {
      confirm: (p: { owner: string }) => `Confirm whether you may send invitations for ${p.owner}`,
      invisible: "Outlook does not show this right to add-ins, so this pane cannot check it for you.",
      ownerLooks: (p: { delegate: string }) => `If ${p.delegate} is listed here, they may already send invitations for you.`,
      listPurpose: (p: { owner: string; delegate: string }) =>
        `Lists everyone who may send invitations for ${p.owner}; ${p.delegate} should be in the list.`,
      owner: (p: { delegate: string }) => `Add ${delegateToAdd(p.delegate)} as your delegate, which lets them send invitations for you`,
      admin: (p: { owner: string; delegate: string }) => `Or let ${p.delegate} send invitations for ${p.owner}`,
      grantPurpose: 'Lets invitations go out as "delegate on behalf of owner"; @{Add=…} keeps everyone already in the list.',
      hiddenNote: "Sending for the owner also fails in Outlook for Windows when the owner's mailbox is hidden from the address list.",
    },
    teams: {
      owner: (p: { delegate: string }) =>
        `Add ${delegateToAdd(p.delegate)} as your delegate (sharing your calendar is not enough for Teams)`,
      admin: "Make sure Teams can see the delegation",
      ewsOrgPurpose:
        "Shows whether EWS is limited to an allow list; if EwsApplicationAccessPolicy is EnforceAllowList, run the next command.",
      ewsAllowPurpose: "Lets the Teams scheduling service read the owner's calendar through EWS (Exchange Server and hybrid mailboxes).",
      ewsMailboxPurpose:
        "Checks the owner's own mailbox: EwsEnabled must be True (or empty), and its own allow list, if any, must include *SchedulingService*.",
      ewsRetirementNote:
        "Exchange Online blocks EWS by default from October 2026 and retires it in April 2027 (Microsoft's announcement); check these settings again if Teams scheduling for delegates stops then.",
    },
    skype: {
      owner: (p: { delegate: string }) => `Add ${p.delegate} as a delegate in Skype for Business (Lync)`,
      ownerClicks: (p: { who: string }) => `Add ${p.who}, then OK.`,
      alternative: (p: { delegate: string }) =>
        `Or add ${p.delegate} in Outlook's Delegate Access with Calendar: Editor (which also lets them send for you), while signed in to both Outlook and Skype for Business. It usually shows within about ten minutes, sometimes only after 24 hours.`,
      admin: "Let Outlook's delegates count in Lync / Skype for Business Server (on-premises)",
      syncPurpose:
        "On Lync or Skype for Business Server only: needed when the owner is not enabled for Enterprise Voice. Afterwards the owner signs out of Skype for Business and in again. If the owner has a client policy of their own, set it on that policy instead of Global.",
      deploymentNote: (p: { owner: string }) =>
        `${start(p.owner)} and the delegate must be homed in the same Skype for Business deployment.`,
      retiredNote: "Skype for Business Online was retired on 31 July 2021, so this applies to an on-premises server only.",
    },
    zoom: {
      owner: (p: { delegate: string }) => `Give ${p.delegate} Zoom scheduling privilege`,
      ownerClicks: (p: { who: string }) => `Add ${p.who} as someone who can schedule for you.`,
      admin: "Check both Zoom accounts (needs a Zoom admin)",
      accountsNote: (p: { owner: string }) =>
        `${start(p.owner)} and the delegate must both be licensed users of the same Zoom account (or of linked main and sub accounts).`,
    },
    webex: {
      owner: (p: { delegate: string }) => `Give ${p.delegate} Webex scheduling permission`,
      ownerClicks: (p: { email: string }) => `Add ${p.email}, then Save.`,
      yourEmail: (p: { address: string }) => `their email address (${p.address})`,
      yourEmailUnknown: "their email address",
      admin: "Check both Webex accounts (needs a Webex admin)",
      accountsNote: (p: { owner: string }) =>
        `${start(p.owner)} and the delegate must be on the same Webex site, and each Webex account's email must be the person's primary address, not an alias.`,
    },
    placeholders: (p: { items: readonly string[] }) =>
      `Outlook did not give a usable address, so replace ${list(p.items)} before running these commands.`,
    placeholderOwner: (p: { placeholder: string }) => `${p.placeholder} with the owner's address`,
    placeholderDelegate: (p: { placeholder: string }) => `${p.placeholder} with the delegate's address`,
    helpdesk: "Need help? Contact your help desk",
    helpdeskSend: (p: { contact: string }) => `Send the report from this pane to ${p.contact}.`,
    stuckSend: (p: { contact: string }) => `Copy the report from this pane and send it, with the message you saw, to ${p.contact}.`,
    sharing: {
      check: "Check whether the change was saved anyway",
      checkWhere: (p: { owner: string }) => `Calendar > ${of(p.owner)} calendar > Sharing and permissions`,
      checkText:
        "The person you added or removed is usually already listed as you left it; only the notification email is missing. Tell them yourself.",
      owner: "Add the person who manages your calendar as your delegate",
      ownerWeb: 'Choose the person and "Delegate": this gives Editor and sending for you together.',
      ownerClassic: "Calendar: Editor.",
      group:
        "Give delegate access to people, not to a security group: Outlook Web App on Exchange Server 2013 can't send that invitation (use Outlook for Windows instead).",
      admin: (p: { owner: string }) => `Let the person managing ${of(p.owner)} calendar send for them`,
      adminPurpose: "Full Access alone does not include sending for the owner.",
    },
    sharingPolicy: {
      owner: (p: { delegate: string }) => `Share again with ${p.delegate}, chosen from the address book`,
      ownerClassic:
        "Add > find the person in the Global Address List (not the address Outlook suggests while you type) > set Calendar to Editor > OK.",
      ownerWeb:
        'Type the name and choose the person from your organisation\'s directory, not an address from your own contacts; then choose "Delegate".',
      admin: (p: { owner: string }) => `Check which sharing policy applies to ${of(p.owner)} mailbox`,
      policyPurpose: "Shows the sharing policy that limits what the owner may share outside the organisation.",
      externalNote:
        "Sharing policies apply only to people outside the organisation. If the person works in the same organisation, the policy is not the cause: the invitation used their external address, so share again choosing them from the address book.",
    },
    hybrid: {
      admin: "If the owner's mailbox is in Exchange on-premises: let Teams read it",
      recipientPurpose:
        "In Exchange Online PowerShell, MailUser means the owner's mailbox is on-premises (the hybrid case); UserMailbox means it is in the cloud.",
      oauthNote:
        'Configure OAuth between Exchange on-premises and Exchange Online (Hybrid Configuration Wizard), then the partner application for Teams scheduling, as Microsoft\'s "Configure integration and OAuth between Skype for Business Online and Exchange Server" describes.',
      editorNote: "Check also that the delegate has Editor with the Delegate flag on the owner's calendar; Owner is not a substitute.",
      cloud: "If every mailbox is in Exchange Online: try again later",
      cloudNote: "The message then usually means a passing network or service problem, not a missing permission.",
      report: "Send the report to IT",
    },
  },

  ownerRequest: {
    subject: (p: { me: string }) => `Calendar delegate access for ${p.me}`,
    subjectAnonymous: "Calendar delegate access",
    /** A given name ("Alex") where the shape is clear, else the full name; ownerFull is the whole name without Mr/Mrs. */
    greeting: (p: { owner: string; ownerFull: string }) => `Hi ${p.owner},`,
    greetingAnonymous: "Hi,",
    introAsk: "So that I can schedule meetings in your calendar for you, could you please give me the following access?",
    introCheck:
      "So that I can schedule meetings in your calendar for you, could you please check that I am set up as your calendar delegate?",
    delegate:
      "Add me as a delegate on your calendar with Editor access, so I can create and update your meetings and send the invitations for you.",
    checkDelegate: "Please check that I am your calendar delegate with Editor access (Outlook could not tell me).",
    sending: "Let me send meeting invitations for you. Adding me as a delegate in Outlook does this.",
    checkSending:
      "Please check that I am listed as your delegate in Outlook, which lets me send meeting invitations for you (Outlook does not show me this).",
    teams: (p: { service: string; check: boolean }) =>
      `${p.check ? "Please check that" : "Please make sure"} I am added as a delegate in Outlook (sharing the calendar alone is not enough), so ${serviceIn(p.service)} lets me create meetings for you.`,
    skype: (p: { service: string; check: boolean }) =>
      `${p.check ? "Please check that" : "Please make sure"} I am one of your delegates in ${serviceIn(p.service)}, so I can create online meetings hosted by you.`,
    zoom: (p: { service: string; check: boolean }) =>
      `${p.check ? "Please check that" : "Please make sure"} I have scheduling privilege in ${serviceIn(p.service)}, so I can create meetings hosted by you.`,
    webex: (p: { service: string; check: boolean }) =>
      `${p.check ? "Please check that" : "Please make sure"} I have scheduling permission in ${serviceIn(p.service)}, so I can create meetings hosted by you.`,
    howTo: "How to do it:",
    classic: (p: { me: string }) =>
      `- Outlook for Windows: File > Account Settings > Delegate Access > Add > choose ${p.me} > set Calendar to Editor > OK.`,
    web: (p: { me: string }) =>
      `- New Outlook or Outlook on the web: Calendar > Share > add ${p.me} > choose "Delegate" (not only "Can edit").`,
    mac: (p: { me: string }) =>
      `- Outlook for Mac: Tools > Accounts > Delegation and Sharing (older versions: Advanced > Delegates) > + > add ${p.me} > set Calendar to Editor > OK.`,
    skypeHow: (p: { me: string }) =>
      `- Skype for Business: Tools > Options > Call Forwarding Settings > Edit my delegate members > Add ${p.me}.`,
    zoomHow: (p: { me: string }) => `- Zoom web portal: Settings > Meeting > Other > Schedule privilege > add ${p.me}.`,
    webexHow: (p: { address: string }) =>
      `- Webex site: Preferences > Scheduling > Scheduling permission > add my email address${p.address ? ` (${p.address})` : ""}.`,
    wait: "Changes can take from a few minutes up to a day to reach Teams or Skype for Business.",
    helpdesk: (p: { contact: string }) => `If anything is unclear, ${p.contact} can help.`,
    thanks: (p: { me: string }) => `Thank you,\n${p.me}`,
    thanksAnonymous: "Thank you",
    me: "me",
    /** Header lines when the request is copied instead of opened as a draft. */
    toLabel: "To",
    subjectLabel: "Subject",
  },

  report: {
    title: "Schedule on behalf: delegation report",
    version: (p: { version: string }) => `Add-in version: ${p.version}`,
    generated: (p: { at: string }) => `Generated: ${p.at}`,
    outlook: "Outlook",
    host: "Host",
    hostVersion: "Version",
    platform: "Platform",
    language: "Display language",
    sets: "Mailbox requirement sets supported",
    facts: "Facts",
    user: "Signed-in user",
    organizer: "Organizer",
    shared: "Shared calendar",
    source: (p: { source: string }) => `source: ${p.source}`,
    unknownBecause: (p: { reason: string }) => `unknown because ${p.reason}`,
    sharedValue: (p: { owner: string; target: string; bits: string }) =>
      `owner ${p.owner}${p.target ? `, target mailbox ${p.target}` : ""}, delegate permissions ${p.bits}`,
    answer: "Answer",
    conclusion: "Conclusion",
    delegation: "Delegation",
    checks: "Checks",
    noChecks: "None needed: this is the user's own calendar.",
    adding: "Adding a meeting link",
    allowed: "Allowed",
    blocked: (p: { reason: string }) => `Blocked: ${p.reason}`,
    warning: (p: { text: string }) => `Warning: ${p.text}`,
    service: (p: { name: string; kind: string }) => `Meeting service: ${p.name} (${p.kind})`,
    sendCheck: (p: { reach: string }) => `Send-time check on this client: ${p.reach}`,
    reported: "Errors the user reported",
    none: "None",
    commands: "Admin commands suggested for the checks above",
    helpdesk: (p: { contact: string }) => `Help desk: ${p.contact}`,
    helpdeskNone: "Help desk: not configured",
    notReady: "The add-in has not finished reading Outlook yet.",
    invalidBits: (p: { value: string }) => `${p.value} (not a valid value)`,
    none_reported: "none reported",
  },
  /** "Check with Microsoft 365" (issue 21): what Graph showed about the owner's calendar, with its source. */
  graph: {
    heading: "Microsoft 365",
    check: "Check with Microsoft 365",
    again: "Check again",
    checking: "Asking Microsoft 365…",
    intro: (p: { owner: string }) =>
      `Microsoft 365 can say whether you can write to ${of(p.owner)} calendar. Outlook may ask you to sign in once.`,
    source: (p: { at: string }) => `According to Microsoft 365, ${dateTimeOf(DATES, p.at)}:`,
    canEdit: (p: { owner: string }) => `You can add and change items in ${of(p.owner)} calendar.`,
    cannotEdit: (p: { owner: string }) =>
      `Microsoft 365 shows no write access for you to ${of(p.owner)} calendar (it can miss access given through a group).`,
    delegate: (p: { owner: string }) => `You are ${of(p.owner)} delegate (you may see private items).`,
    delegateNotShown: "Whether you are a delegate isn't shown: Microsoft 365 proves it only for delegates who may see private items.",
    teamsAllowed: (p: { owner: string; service: string }) => `${start(p.owner)}'s calendar allows ${meetingsOf(p.service)}.`,
    teamsNotAllowed: (p: { owner: string; service: string }) => `${start(p.owner)}'s calendar doesn't allow ${meetingsOf(p.service)}.`,
    notShown: "Microsoft 365 doesn't show sending on behalf or where meeting copies go; those stay as above.",
    otherOwner: (p: { calendar: string }) => `Microsoft 365 answered for another calendar (${p.calendar}), so nothing was taken from it.`,
    noAccess: (p: { owner: string }) => `Microsoft 365 says you have no access to ${of(p.owner)} calendar.`,
    unknown: (p: { reason: string }) => `Microsoft 365 couldn't answer: ${p.reason}`,
    unsupported: "This Outlook can't let add-ins ask Microsoft 365 (it needs a newer version), so this check can't be made here.",
    /** Graph's answer inside the checks (rule 7 of evidence/merge.ts), always with its source and date. */
    checks: {
      calendarCanWrite: (p: { owner: string; at: string }) =>
        `According to Microsoft 365 (${dateOf(DATES, p.at)}), you can add meetings to ${of(p.owner)} calendar; whether you can change ones others made isn't shown.`,
      calendarCannotWrite: (p: { owner: string; at: string }) =>
        `Microsoft 365 (${dateOf(DATES, p.at)}) shows no write access for you to ${of(p.owner)} calendar, but it can miss access given through a group, so this isn't certain.`,
      agrees: (p: { at: string }) => `Microsoft 365 agrees (${dateOf(DATES, p.at)}).`,
      conflict: (p: { owner: string }) => `The sources below don't agree about your access to ${of(p.owner)} calendar.`,
      conflictLine: (p: { owner: string }) =>
        `Outlook, Exchange and Microsoft 365 don't all agree about your access to ${of(p.owner)} calendar, so none of them is taken. Ask IT to check.`,
      canWriteLine: (p: { owner: string }) =>
        `Microsoft 365 confirms you can add meetings to ${of(p.owner)} calendar, not whether you can change ones others made.`,
      line: (p: { at: string; text: string }) => `According to Microsoft 365, ${dateOf(DATES, p.at)}: ${p.text}`,
      delegateConflict: (p: { owner: string }) =>
        `Exchange shows no Delegate flag, but Microsoft 365 shows you as ${of(p.owner)} delegate, so neither is taken.`,
      serviceNotOffered: (p: { owner: string; at: string; service: string }) =>
        `According to Microsoft 365 (${dateOf(DATES, p.at)}), ${of(p.owner)} calendar doesn't offer ${meetingsOf(p.service)}; only IT can turn them on for ${p.owner}.`,
      notOffered: (p: { owner: string; service: string }) => `Not yet: IT must turn on ${meetingsOf(p.service)} for ${p.owner}`,
      teamsGranted: (p: { owner: string; at: string; graphAt: string }) =>
        `According to Exchange, as IT sent it on ${dateOf(DATES, p.at)}, and Microsoft 365 (${dateOf(DATES, p.graphAt)}), you are ${of(p.owner)} delegate and EWS does not stop Teams from reaching ${of(p.owner)} mailbox.`,
    },
    why: {
      "not-supported": "this Outlook can't let add-ins sign in to Microsoft 365.",
      "bridge-missing": "Outlook didn't offer its sign-in to the add-in.",
      "consent-refused": "the sign-in was cancelled or the permission wasn't given.",
      "sign-in-failed": "the sign-in failed.",
      "scope-missing": "the permission to read shared calendars (Calendars.Read.Shared) wasn't granted.",
      "still-unauthorized": "Microsoft 365 refused the sign-in twice.",
      throttled: "Microsoft 365 is busy. Try again in a minute.",
      "server-error": "Microsoft 365 had a problem. Try again later.",
      network: "Microsoft 365 couldn't be reached.",
      "timed-out": "Microsoft 365 didn't answer in time.",
      unexpected: "its answer couldn't be read.",
    },
  },

  /** Changes the pane makes to what the meeting already holds: its location's claim, its block's service. */
  meetingFix: {
    locationFixed: (p: { quote: string }) => `"${p.quote}" was taken out of the location; the rest of the location is as it was.`,
    locationChanged: "The location no longer says that, so nothing was changed.",
    replaceWith: (p: { service: string }) => `Replace with ${unnamed(p.service) ? "an online meeting" : p.service}`,
    blockIs: (p: { service: string }) => `The link in this meeting's text is ${aLink(p.service)}.`,
  },

  /** Who a remedy step is written for: the owner's steps speak to the owner about the delegate. */
  remedyPeople: {
    /**
     * Stands for the delegate when Outlook gave no usable name. The owner's card and IT's card both use it,
     * so it says "you" to neither ("your delegate" would be IT's own delegate in IT's card).
     */
    delegate: DELEGATE,
    askBelow: (p: { owner: string }) => `${start(p.owner)} or IT can check it: their steps are below.`,
  },
  /** IT's answer from Exchange: pasted into the error box, sent for in "Send this to IT", kept in the report. */
  adminPaste: {
    also: 'IT\'s answer to the Exchange check (from "Send this to IT") can be pasted here too.',
    heading: "IT's answer from Exchange",
    applied: "Read: the checks above now show what Exchange said.",
    remembered: (p: { owner: string }) =>
      `Remembered for ${of(p.owner)} calendar in your Outlook settings, so the next meeting starts from it.`,
    ambiguous: "Some names in it could not be matched to you or the owner for certain; those parts were not used.",
    otherPair: (p: { who: string }) => `This output is about ${p.who}, not about this calendar and you, so nothing changed.`,
    otherPairUnnamed: "This output is about another owner or delegate, not about this calendar and you, so nothing changed.",
    incomplete: "Incomplete: ask IT to paste the whole block, from the first marker line to the last. Nothing changed.",
    tooLong: (p: { limit: number }) =>
      `Too long to read (more than ${numberOf(LOCALE, p.limit)} characters): paste only what IT's check printed. Nothing changed.`,
    unattributed: (p: { cmdlets: string }) =>
      `This output (${p.cmdlets}) doesn't say whose mailbox it is, so nothing changed. To make it count, paste it together with the command line that names the mailbox (-Identity), or ask IT to run the read-only check from "Send this to IT".`,
    unattributedPart: (p: { cmdlets: string }) =>
      `Part of it (${p.cmdlets}) doesn't say whose mailbox it is, so that part was not used. To make it count, paste it together with the command line that names the mailbox (-Identity).`,
    noRequestId:
      'Not an answer to your request: this block carries no request number (blocks from older versions of the add-in don\'t), so nothing changed. Send IT the check from "Send this to IT" and paste its answer.',
    notRequested:
      'Not an answer to your request: this pane did not ask for this block for this calendar and you, so nothing changed. Paste the answer to the check from "Send this to IT".',
    futureDated: (p: { at: string }) =>
      `This block says it ran later than now (${dateOf(DATES, p.at)}), so it was refused and nothing changed. Ask IT to run the check again.`,
    conflict: (p: { newer: string; older: string; layers: string }) =>
      `Two blocks in this paste (run on ${dateOf(DATES, p.older)} and on ${dateOf(DATES, p.newer)}) disagree about ${p.layers}, so none was used and nothing changed. Ask IT to run the check once more and paste only that answer.`,
    layers: {
      calendarRole: "your access to the calendar",
      delegateFlag: "the Delegate flag",
      sendOnBehalf: "sending on behalf",
      ewsForTeams: "EWS for Teams",
    },
    announce: "IT's answer from Exchange was read.",
    announceIgnored: "IT's answer changed nothing.",
    /** The message "Send this to IT" opens (or copies). */
    mail: {
      subject: (p: { owner: string }) => `Schedule on behalf: please check my delegate permissions for ${p.owner}`,
      intro:
        "Please run the read-only check below in Exchange Online PowerShell (after Connect-ExchangeOnline) and send me everything it prints, from the first marker line to the last. I will paste it into the Schedule on behalf add-in, which then shows which permission is missing. The add-in's report follows the check.",
      check: "Read-only check (changes nothing):",
      opened:
        "A message to IT opened in Outlook, with the report and the check. Press Send; when IT replies, paste the answer into the Error message box.",
      copied:
        "Report and check copied: paste them into your ticket or an email to IT. When IT replies, paste the answer into the Error message box.",
    },
    report: {
      heading: "Exchange (an admin's output pasted into the pane)",
      none: "none pasted",
      when: (p: { form: string; ranAt: string; pastedAt: string }) => `form: ${p.form}; ran: ${p.ranAt}; pasted: ${p.pastedAt}`,
      remembered: "remembered from an earlier paste",
      stale: "more than 30 days old: not used by the checks",
      conclusions: "conclusions",
      notMatched: "not matched",
      check: "Read-only check for IT (Exchange Online PowerShell, after Connect-ExchangeOnline)",
    },
    /** The round trip, told to the owner in the request for access. */
    ownerRoundTrip:
      "If you are not sure what is set today, our IT can run a read-only check and send me its answer; I paste it into my scheduling add-in, which then shows which permission is still missing.",
  },

  /** Admin commands: where they run, and looking before changing (new with the Exchange round trip). */
  adminCommands: {
    shell:
      "Run these in Exchange Online PowerShell, after Connect-ExchangeOnline. On Exchange Server (on-premises), run them in the Exchange Management Shell and leave out -SharingPermissionFlags, which only Exchange Online has.",
    likelyFolder: (p: { folder: string }) =>
      `The commands below use "${p.folder}", the likely name of the calendar folder; the first command shows its real name (the line whose FolderType is Calendar). If that name differs, use it instead.`,
    viewPurpose:
      "Shows the delegate's current rights on the owner's calendar and whether the Delegate flag is set (SharingPermissionFlags), before anything changes. If it shows an entry, use Set-MailboxFolderPermission below; if it says there is no entry, use Add-MailboxFolderPermission.",
    setPurpose:
      "Use this instead of Add-MailboxFolderPermission when the delegate already has an entry (for example Reviewer): Add- fails on an existing entry.",
  },

  evidence: {
    reported: (p: { quote: string }) => `You reported: "${p.quote}"`,
    permissions: (p: { owner: string; role: string }) => `Outlook reports your access to ${of(p.owner)} calendar as ${p.role}.`,
    notEditOthers: "You can create new meetings, but cannot change ones others created.",
    notDeleteOthers: "You cannot delete meetings others created.",
    notRead: "You cannot see the other items in the calendar.",
    macZero: (p: { owner: string }) =>
      `Outlook for Mac reported no access to ${of(p.owner)} calendar. It is known to do that for real delegates, so this proves nothing; save a plain appointment in ${of(p.owner)} calendar to find out.`,
    badBits: (p: { value: string }) => `Outlook returned an access value this add-in does not understand (${p.value}).`,
    sharedUnknown: (p: { owner: string; why: string }) =>
      `Outlook did not give your access to ${of(p.owner)} calendar: ${p.why}. Save a plain appointment in ${of(p.owner)} calendar: if Outlook refuses, you need edit access.`,
    whoseUnknown: "This pane could not tell whose calendar this is, so it cannot say whether this permission is needed or granted.",
    sendingInvisible: (p: { owner: string }) =>
      `Outlook does not show add-ins whether you may send invitations for ${p.owner}, so this can't be checked here.`,
    sendingHowToConfirm: (p: { owner: string }) =>
      `To confirm: ${start(p.owner)} opens Delegate Access in Outlook and sees you listed, or IT runs the command below.`,
    serviceNotNeeded: (p: { service: string }) => `${linksStart(p.service)} have no host account, so nobody needs to give you a right.`,
    serviceUnchecked: (p: { service: string; owner: string }) =>
      `${serviceStart(p.service)} keeps its own record of who may schedule for ${p.owner}; Outlook cannot show it.`,
    teamsNeeds: (p: { owner: string }) =>
      `Teams needs you to be ${of(p.owner)} real delegate (Author or Editor on the calendar, added as a delegate, not only shared with) with permission to send for them.`,
    skypeNeeds: (p: { owner: string }) =>
      `Skype for Business needs you in ${of(p.owner)} delegate list, with Editor on the calendar and permission to send for them.`,
    prerequisiteCalendar: (p: { service: string; owner: string }) =>
      `${serviceStart(p.service)} only schedules for ${p.owner} when you can create meetings in their calendar, and you can't (see above).`,
    prerequisiteSending: (p: { service: string; owner: string }) =>
      `${serviceStart(p.service)} also needs you to be able to send invitations for ${p.owner}, and you reported that you can't.`,
    chosenNeedsNothing: (p: { tried: string; chosen: string }) =>
      `That refusal came from ${p.tried}. ${serviceStart(p.chosen)}, which this meeting uses, needs no such right.`,
    otherService: (p: { quote: string; service: string }) =>
      `You reported: "${p.quote}". That message comes from another meeting service, so it says nothing about ${serviceIn(p.service)}.`,
  },

  roles: {
    Editor: "Editor (read, create, edit and delete all items)",
    Author: "Author (read and create items, edit and delete only their own)",
    "Nonediting Author": "Nonediting Author (read and create items, delete only their own)",
    Reviewer: "Reviewer (read only)",
    Contributor: "Contributor (create items only, cannot read the calendar)",
    None: "None (no access to items)",
    custom: (p: { rights: readonly string[] }) => `a custom level: ${list(p.rights)}`,
    right: {
      Read: "read items",
      Write: "create items",
      DeleteOwn: "delete own items",
      DeleteAll: "delete all items",
      EditOwn: "edit own items",
      EditAll: "edit all items",
    },
  },

  delegation: {
    user: (p: { who: string }) => `Signed in: ${p.who}.`,
    userUnknown: (p: { why: string }) => `Outlook did not say who is signed in (${p.why}).`,
    owner: (p: { address: string }) => `Outlook reports that this calendar belongs to ${p.address}.`,
    sharedUnknown: (p: { why: string }) =>
      `Outlook gave no shared-calendar details (${p.why}); it does that for your own calendar too, so this alone proves nothing.`,
    organizer: (p: { who: string }) => `Organizer: ${p.who}.`,
    organizerUnknown: (p: { why: string }) => `Outlook did not give the organizer (${p.why}).`,
    organizerDisagrees: "The organizer differs from the calendar's owner; the calendar's owner decides whose meeting this is.",
    selfByOwner: "The calendar is yours, so no one else's permission is involved.",
    selfByOrganizer: "You are the organizer and the meeting is not in a shared calendar, so it is your own calendar.",
    delegateByOwner: (p: { owner: string }) => `The calendar belongs to ${p.owner}, not you, so you act as their delegate.`,
    delegateByOrganizer: (p: { owner: string }) => `The organizer is ${p.owner}, not you, so you act as their delegate.`,
    unknownBecauseUser: "Without knowing who is signed in, the pane cannot tell whether this is your calendar or someone else's.",
    unknownBecauseOwner:
      "Without the calendar's owner or the organizer, the pane cannot tell whether this is your calendar or someone else's.",
  },
};

export type DetailsMessages = typeof enDetails;
