import fc from "fast-check";
import {
  calendarEditorRemedies,
  DELEGATE_PLACEHOLDER,
  onlineMeetingRemedies,
  OWNER_PLACEHOLDER,
  type Parties,
  psAddress,
  sendOnBehalfRemedies,
} from "../../src/diagnosis/remedies";
import type { Remedy, RemedyStep, ServiceKind } from "../../src/diagnosis/types";
import { de } from "../../src/i18n/de";
import { fr } from "../../src/i18n/fr";
import { nl } from "../../src/i18n/nl";
import { ALEX, MEGAN, t } from "./fixtures";

const PARTIES: Parties = { owner: ALEX, delegate: MEGAN };
const SERVICES: readonly ServiceKind[] = ["teams", "skype", "zoom", "webex", "jitsi", "other"];

function commands(remedies: readonly Remedy[]): string[] {
  return remedies.flatMap((r) => r.steps).flatMap((s) => (s.kind === "command" ? [s.text] : []));
}

function allRemedies(parties: Parties): Remedy[] {
  return [
    ...calendarEditorRemedies(parties, t),
    ...sendOnBehalfRemedies(parties, t),
    ...SERVICES.flatMap((service) => onlineMeetingRemedies(service, parties, t)),
  ];
}

function stepsOf(remedies: readonly Remedy[], kind: RemedyStep["kind"]): RemedyStep[] {
  return remedies.flatMap((r) => r.steps).filter((s) => s.kind === kind);
}

/** Splits a command into PowerShell single-quoted literals, failing when a quote is left open. */
function quotedLiterals(command: string): { literals: string[]; balanced: boolean } {
  const literals: string[] = [];
  let current: string | undefined;
  const isQuote = (c: string | undefined) => c !== undefined && "'\u2018\u2019\u201A\u201B".includes(c);
  for (let i = 0; i < command.length; i++) {
    const c = command[i];
    if (current === undefined) {
      if (isQuote(c)) current = "";
    } else if (isQuote(c)) {
      if (isQuote(command[i + 1])) {
        current += "'";
        i++;
      } else {
        literals.push(current);
        current = undefined;
      }
    } else {
      current += c;
    }
  }
  return { literals, balanced: current === undefined };
}

describe("admin commands carry the real addresses", () => {
  it("gives the delegate Editor with the Delegate flag on the owner's calendar", () => {
    expect(commands(calendarEditorRemedies(PARTIES, t))).toContain(
      "Add-MailboxFolderPermission -Identity 'alex@contoso.com:\\Calendar' -User 'megan@contoso.com' -AccessRights Editor -SharingPermissionFlags Delegate",
    );
  });

  it("grants and confirms send-on-behalf without replacing the existing list", () => {
    const text = commands(sendOnBehalfRemedies(PARTIES, t));
    expect(text).toContain("Set-Mailbox -Identity 'alex@contoso.com' -GrantSendOnBehalfTo @{Add='megan@contoso.com'}");
    expect(text).toContain("Get-Mailbox -Identity 'alex@contoso.com' | Select-Object -ExpandProperty GrantSendOnBehalfTo");
  });

  it("covers every Teams prerequisite: delegate access, send-on-behalf, EWS for the organisation and for the owner's mailbox", () => {
    const remedies = onlineMeetingRemedies("teams", PARTIES, t);
    const text = commands(remedies).join("\n");
    expect(text).toContain("-SharingPermissionFlags Delegate");
    expect(text).toContain("-GrantSendOnBehalfTo @{Add='megan@contoso.com'}");
    expect(text).toContain("Set-OrganizationConfig -EwsAllowList @{Add='*SchedulingService*'}");
    expect(text).toContain("Get-CASMailbox -Identity 'alex@contoso.com' | Format-List Ews*");
    expect(JSON.stringify(remedies)).toMatch(/EwsEnabled/);
    expect(JSON.stringify(remedies)).toMatch(/October 2026/);
    // Undocumented for Teams: no claim that a hidden owner blocks Teams scheduling.
    expect(text).not.toContain("HiddenFromAddressListsEnabled");
  });

  it("looks up the real calendar folder first, then uses the likely name and says it is likely", () => {
    const remedies = calendarEditorRemedies(PARTIES, t);
    expect(commands(remedies)[0]).toBe(
      "Get-MailboxFolderStatistics -Identity 'alex@contoso.com' -FolderScope Calendar | Select-Object Name, FolderPath, FolderType",
    );
    expect(commands(remedies)[1]).toContain(`'alex@contoso.com:\\${t.remedies.calendarFolder}'`);
    const notes = stepsOf(remedies, "note").map((s) => (s.kind === "note" ? s.text : ""));
    expect(notes).toContain(t.adminCommands.likelyFolder({ folder: t.remedies.calendarFolder }));
    // A Dutch user's commands use the Dutch name, and say it is only the likely one.
    const dutch = calendarEditorRemedies(PARTIES, nl);
    expect(commands(dutch)[1]).toContain("'alex@contoso.com:\\Agenda'");
    expect(JSON.stringify(dutch)).toContain("waarschijnlijke naam");
  });

  it("shows the current entry and the Delegate flag before changing anything, then Add- or Set- with when to use which", () => {
    for (const remedies of [calendarEditorRemedies(PARTIES, t), onlineMeetingRemedies("teams", PARTIES, t)]) {
      const text = commands(remedies);
      const view = text.indexOf("Get-MailboxFolderPermission -Identity 'alex@contoso.com:\\Calendar' -User 'megan@contoso.com'");
      const add = text.findIndex((c) => c.startsWith("Add-MailboxFolderPermission"));
      const set = text.findIndex((c) => c.startsWith("Set-MailboxFolderPermission"));
      expect(view).toBeGreaterThanOrEqual(0);
      expect(add).toBeGreaterThan(view);
      expect(set).toBeGreaterThan(view);
      const steps = remedies.flatMap((r) => r.steps);
      const purposeOf = (prefix: string) => steps.find((s) => s.kind === "command" && s.text.startsWith(prefix));
      expect(purposeOf("Get-MailboxFolderPermission")).toMatchObject({ purpose: t.adminCommands.viewPurpose });
      expect(purposeOf("Set-MailboxFolderPermission")).toMatchObject({ purpose: t.adminCommands.setPurpose });
      expect(t.adminCommands.viewPurpose).toMatch(/SharingPermissionFlags/);
      expect(t.adminCommands.setPurpose).toMatch(/Add- fails on an existing entry/);
    }
  });

  it("says which shell every Exchange command runs in, before the commands", () => {
    const all = allRemedies(PARTIES);
    for (const remedy of all) {
      const firstCommand = remedy.steps.findIndex((s) => s.kind === "command" && s.shell === "exchange-powershell");
      if (firstCommand < 0) continue;
      const shellNote = remedy.steps.findIndex((s) => s.kind === "note" && s.text === t.adminCommands.shell);
      expect(shellNote).toBeGreaterThanOrEqual(0);
      expect(shellNote).toBeLessThan(firstCommand);
    }
    expect(t.adminCommands.shell).toMatch(/Connect-ExchangeOnline/);
    expect(t.adminCommands.shell).toMatch(/Exchange Management Shell/);
  });

  it("turns on Exchange delegate sync for Skype for Business Server only, and tells the owner to sign out and in", () => {
    const remedies = onlineMeetingRemedies("skype", PARTIES, t);
    const step = stepsOf(remedies, "command")[0];
    expect(step).toMatchObject({
      shell: "skype-powershell",
      text: "Set-CsClientPolicy -Identity Global -EnableExchangeDelegateSync $true",
    });
    const words = JSON.stringify(remedies);
    expect(words).toMatch(/signs out .* in again/);
    expect(words).toMatch(/same Skype for Business deployment/);
    expect(words).toMatch(/on-premises/);
    expect(words).toMatch(/retired on 31 July 2021/);
    // The wait before escalating is a range: about ten minutes, up to a day.
    expect(words).toMatch(/ten minutes.*24 hours/);
  });

  it("doubles an apostrophe in a real address so the quoting stays balanced", () => {
    const parties: Parties = { owner: { emailAddress: "o'brien@contoso.com", displayName: "Pat O'Brien" }, delegate: MEGAN };
    expect(commands(sendOnBehalfRemedies(parties, t))).toContain(
      "Set-Mailbox -Identity 'o''brien@contoso.com' -GrantSendOnBehalfTo @{Add='megan@contoso.com'}",
    );
  });
});

describe("the owner's own clicks", () => {
  it("are given for classic Windows, new Outlook / web and Mac, naming the delegate to pick", () => {
    const clicks = stepsOf(calendarEditorRemedies(PARTIES, t), "clicks");
    expect(clicks.map((c) => (c.kind === "clicks" ? c.client : undefined))).toEqual(["classic-windows", "new-outlook-web", "mac"]);
    expect(clicks[0]).toMatchObject({ where: "File > Account Settings > Delegate Access" });
    expect(clicks[1]).toMatchObject({ where: expect.stringContaining("Calendar > Share") });
    expect(clicks.every((c) => c.kind === "clicks" && c.text.includes("Megan Bowen (megan@contoso.com)"))).toBe(true);
  });

  it("tell the owner of Zoom and Webex where the service's own setting lives", () => {
    expect(stepsOf(onlineMeetingRemedies("zoom", PARTIES, t), "clicks")[0]).toMatchObject({
      where: expect.stringContaining("Schedule privilege"),
    });
    const webex = onlineMeetingRemedies("webex", PARTIES, t);
    expect(stepsOf(webex, "clicks")[0]).toMatchObject({ where: expect.stringContaining("Scheduling permission") });
    expect(JSON.stringify(webex)).toMatch(/same Webex site/);
    expect(JSON.stringify(webex)).toMatch(/primary address, not an alias/);
    expect(JSON.stringify(onlineMeetingRemedies("zoom", PARTIES, t))).toMatch(/same Zoom account \(or of linked main and sub accounts\)/);
  });

  // The word each language uses for the reader (it was people.you in the catalogues, which no sentence reads any more).
  it.each([
    ["en", t, "you"],
    ["nl", nl, "u"],
    ["fr", fr, "la personne déléguée"],
    ["de", de, "Sie"],
  ] as const)("%s: name the delegate even when Outlook gave no name, never with the word for the reader", (_language, messages, reader) => {
    // These steps speak to the owner: "Add you" / „Sie hinzufügen“ would mean the owner.
    const clicks = [
      ...stepsOf(calendarEditorRemedies({ owner: ALEX }, messages), "clicks"),
      ...(["skype", "zoom"] as const).flatMap((service) => stepsOf(onlineMeetingRemedies(service, { owner: ALEX }, messages), "clicks")),
    ];
    expect(clicks).toHaveLength(5);
    for (const click of clicks) {
      expect(click.kind === "clicks" && click.text).toContain(messages.remedyPeople.delegate);
      expect(click.kind === "clicks" && click.text).not.toMatch(new RegExp(`(^|> )${reader} `, "i"));
    }
  });

  it("say who acts: the owner first, then the admin", () => {
    expect(calendarEditorRemedies(PARTIES, t).map((r) => r.actor)).toEqual(["owner", "admin"]);
    expect(sendOnBehalfRemedies(PARTIES, t).map((r) => r.actor)).toEqual(["you", "owner", "admin"]);
  });
});

it("needs nothing for Jitsi and other links without a host account", () => {
  expect(onlineMeetingRemedies("jitsi", PARTIES, t)).toEqual([]);
  expect(onlineMeetingRemedies("other", PARTIES, t)).toEqual([]);
});

it("mentions the help desk when one is configured", () => {
  const remedies = calendarEditorRemedies({ ...PARTIES, helpdesk: "IT help desk, help@contoso.com, ext. 4357" }, t);
  expect(remedies.at(-1)).toMatchObject({ actor: "you" });
  expect(JSON.stringify(remedies.at(-1))).toContain("IT help desk, help@contoso.com, ext. 4357");
  expect(JSON.stringify(calendarEditorRemedies(PARTIES, t))).not.toContain("help desk");
});

describe("hostile or missing addresses", () => {
  it("uses readable placeholders and says to replace them when Outlook gave no address", () => {
    const remedies = sendOnBehalfRemedies({}, t);
    expect(commands(remedies)).toContain(
      `Set-Mailbox -Identity '${OWNER_PLACEHOLDER}' -GrantSendOnBehalfTo @{Add='${DELEGATE_PLACEHOLDER}'}`,
    );
    const notes = stepsOf(remedies, "note").map((s) => (s.kind === "note" ? s.text : ""));
    expect(notes.some((n) => n.includes(`replace ${OWNER_PLACEHOLDER}`) && n.includes(DELEGATE_PLACEHOLDER))).toBe(true);
  });

  it("never puts an injection attempt into a command", () => {
    const evil = "alex@contoso.com'; Remove-Mailbox -Identity ceo@contoso.com -Confirm:$false; '";
    const text = commands(allRemedies({ owner: { emailAddress: evil, displayName: evil }, delegate: MEGAN })).join("\n");
    expect(text).not.toContain("Remove-Mailbox");
    expect(text).toContain(`'${OWNER_PLACEHOLDER}'`);
  });

  it("psAddress escapes even a caller's placeholder that contains an apostrophe", () => {
    expect(psAddress(undefined, "<owner's address>")).toBe("<owner''s address>");
  });

  it("never produces a command with a newline, ; or backtick, or with an unbalanced quote, whatever the names and addresses", () => {
    const anyText = fc.oneof(
      fc.string({ unit: "binary", maxLength: 60 }),
      fc.constantFrom("o'brien@contoso.com", "a@b.co\n", "x@y.com'; rm", "`whoami`@x.com", "\u2019@x.com", "alex@contoso.com"),
    );
    const person = fc.record({ emailAddress: anyText, displayName: anyText });
    fc.assert(
      fc.property(person, person, fc.option(anyText, { nil: undefined }), (owner, delegate, helpdesk) => {
        const parties: Parties = { owner, delegate, ...(helpdesk === undefined ? {} : { helpdesk }) };
        for (const command of commands(allRemedies(parties))) {
          expect(command).not.toMatch(/[\r\n\u2028\u2029;`]/);
          const { literals, balanced } = quotedLiterals(command);
          expect(balanced).toBe(true);
          for (const literal of literals) {
            const address = literal.replace(/:\\Calendar$/, "");
            const allowed = [
              owner.emailAddress.trim(),
              delegate.emailAddress.trim(),
              OWNER_PLACEHOLDER,
              DELEGATE_PLACEHOLDER,
              "*SchedulingService*",
            ];
            expect(allowed).toContain(address);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
