import { remediesFor } from "../../src/diagnosis/remedies";
import { sourcesFor } from "../../src/diagnosis/sources";
import { diagnose } from "../../src/diagnosis/verdict";
import type { Check, CheckId, Remedy, ServiceKind, Verdict } from "../../src/diagnosis/types";
import { context, delegateFacts, NOT_SHARED, REPORTED, sharedBits, t, type ContextOverrides } from "./fixtures";

function check(verdictChecks: readonly Check[], id: CheckId): Check {
  const found = verdictChecks.find((c) => c.id === id);
  if (!found) throw new Error(`no ${id} check`);
  return found;
}

/** What the check's details would offer, for the parties the verdict resolved. */
function remediesOf(verdict: Verdict, id: CheckId): Remedy[] {
  return remediesFor(check(verdict.checks, id), verdict.parties, t);
}

function run(bits: number, ctx: ContextOverrides = {}) {
  return diagnose(delegateFacts({ shared: sharedBits(bits) }), context(ctx));
}

describe("reported errors", () => {
  it("turn calendar edit access to missing, with the quote, even when Outlook reports Editor", () => {
    const verdict = run(63, { reported: [REPORTED.readOnly] });
    const calendar = check(verdict.checks, "calendar-editor");
    expect(calendar.status).toBe("missing");
    expect(calendar.evidence[0]).toEqual({ kind: "reported", quote: "You don't have permission to create an entry in this folder." });
    expect(remediesOf(verdict, "calendar-editor").length).toBeGreaterThan(0);
    expect(verdict.insert.allowed).toBe(false);
    expect(verdict.insert.blockers).toContainEqual({ kind: "reported-calendar" });
    expect(calendar.summary).toEqual([{ kind: "calendar-reported" }]);
  });

  it("turn send-on-behalf to missing, which warns but does not block the link", () => {
    const verdict = run(63, { service: "zoom", serviceName: "Zoom", reported: [REPORTED.sendOnBehalf] });
    const sendOnBehalf = check(verdict.checks, "send-on-behalf");
    expect(sendOnBehalf.status).toBe("missing");
    expect(sendOnBehalf.evidence).toEqual([{ kind: "reported", quote: REPORTED.sendOnBehalf.quote }]);
    expect(verdict.insert.allowed).toBe(true);
    expect(verdict.insert.warnings).toContainEqual({ kind: "sending-missing" });
    expect(sendOnBehalf.summary).toEqual([{ kind: "sending-reported" }]);
  });

  it("turn the meeting service's right to missing and block the link", () => {
    const verdict = run(63, { reported: [REPORTED.teams] });
    expect(check(verdict.checks, "online-meeting-delegate")).toMatchObject({
      status: "missing",
      summary: [{ kind: "service-reported", service: "Microsoft Teams" }],
      evidence: [{ kind: "reported", quote: REPORTED.teams.quote }],
    });
    expect(verdict.insert).toMatchObject({
      allowed: false,
      blockers: [{ kind: "service-missing", service: "Microsoft Teams" }],
    });
  });

  it("about another meeting service do not mark this service's right missing", () => {
    const verdict = run(63, { service: "zoom", serviceName: "Zoom", reported: [REPORTED.teams] });
    const online = check(verdict.checks, "online-meeting-delegate");
    expect(online.status).toBe("unknown");
    expect(online.evidence).toContainEqual({ kind: "other-service", quote: REPORTED.teams.quote, service: "Zoom" });
  });

  it("from a service that needs the right, while this meeting uses one that doesn't, are about the service that refused", () => {
    const verdict = run(63, { service: "jitsi", serviceName: "Jitsi Meet", reported: [REPORTED.teams] });
    const online = check(verdict.checks, "online-meeting-delegate");
    expect(online).toMatchObject({
      status: "missing",
      summary: [{ kind: "service-other-refused", tried: "Microsoft Teams", chosen: "Jitsi Meet" }],
      service: { kind: "teams", name: "Microsoft Teams" },
    });
    expect(online.evidence).toEqual([
      { kind: "reported", quote: REPORTED.teams.quote },
      { kind: "chosen-needs-nothing", tried: "Microsoft Teams", chosen: "Jitsi Meet" },
    ]);
    expect(JSON.stringify(remediesOf(verdict, "online-meeting-delegate"))).toContain("SharingPermissionFlags Delegate");
    // Its documents are Teams' too, not the (empty) list of a service without delegation.
    expect(
      sourcesFor(online)
        .map((source) => source.url)
        .join(" "),
    ).toMatch(/exchange-integration/);
    // Teams refusing does not stop a Jitsi link, which is the way out while the owner fixes Teams.
    expect(verdict.insert.allowed).toBe(true);
  });

  it("that prove no layer leave every check as it was", () => {
    expect(run(63, { reported: [REPORTED.hybrid] }).checks.map((c) => c.status)).toEqual(["granted", "unknown", "unknown"]);
  });
});

describe("send-on-behalf", () => {
  it("is always unknown from Outlook and says so plainly, with how to confirm", () => {
    const verdict = run(63);
    const sendOnBehalf = check(verdict.checks, "send-on-behalf");
    expect(sendOnBehalf.status).toBe("unknown");
    expect(sendOnBehalf.evidence).toEqual([{ kind: "sending-invisible" }, { kind: "sending-how-to-confirm" }]);
    expect(sendOnBehalf.summary).toEqual([{ kind: "sending-unknown" }]);
    expect(JSON.stringify(remediesOf(verdict, "send-on-behalf"))).toContain(
      "Get-Mailbox -Identity 'alex@contoso.com' | Select-Object -ExpandProperty GrantSendOnBehalfTo",
    );
  });
});

describe("the meeting service's delegate right", () => {
  it.each<[ServiceKind, string]>([
    ["teams", "Microsoft Teams"],
    ["skype", "Skype for Business"],
    ["zoom", "Zoom"],
    ["webex", "Webex"],
  ])("%s cannot be checked from Outlook and comes with that service's remedies", (service, serviceName) => {
    const verdict = run(63, { service, serviceName });
    const online = check(verdict.checks, "online-meeting-delegate");
    expect(online.status).toBe("unknown");
    expect(online.service).toEqual({ kind: service, name: serviceName });
    expect(online.evidence[0]).toEqual({ kind: "service-unchecked", service: serviceName });
    expect(online.summary).toEqual([{ kind: "service-unknown", service }]);
    expect(sourcesFor(online).length).toBeGreaterThan(0);
    expect(remediesOf(verdict, "online-meeting-delegate").length).toBeGreaterThan(0);
  });

  it.each<[ServiceKind, string]>([
    ["jitsi", "Jitsi Meet"],
    ["other", "Personal room"],
  ])("%s needs no delegate right", (service, serviceName) => {
    const verdict = run(1, { service, serviceName, reported: [REPORTED.sendOnBehalf] });
    expect(check(verdict.checks, "online-meeting-delegate")).toMatchObject({
      status: "not-needed",
      service: { kind: service, name: serviceName },
    });
    expect(remediesOf(verdict, "online-meeting-delegate")).toEqual([]);
  });

  it.each<ServiceKind>(["teams", "skype"])("%s is missing when calendar write access is known to be missing", (service) => {
    const online = check(run(1, { service, serviceName: service }).checks, "online-meeting-delegate");
    expect(online.status).toBe("missing");
    expect(online.evidence[0]).toEqual({ kind: "prerequisite-calendar", service });
    expect(online.summary).toEqual([{ kind: "service-needs-calendar", service }]);
  });

  it.each<ServiceKind>(["zoom", "webex"])("%s stays unknown when calendar access is missing (its right is separate)", (service) => {
    expect(check(run(1, { service, serviceName: service }).checks, "online-meeting-delegate").status).toBe("unknown");
  });

  it.each<[ServiceKind, string]>([
    ["teams", "Microsoft Teams"],
    ["skype", "Skype for Business"],
  ])("%s is missing when send-on-behalf is reported missing (Lync's KB: Editor and Send on Behalf)", (service, serviceName) => {
    const online = check(run(63, { service, serviceName, reported: [REPORTED.sendOnBehalf] }).checks, "online-meeting-delegate");
    expect(online.status).toBe("missing");
    expect(online.summary).toEqual([{ kind: "service-needs-sending", service: serviceName }]);
  });

  it("Teams is not declared missing just because calendar access is unknown", () => {
    const verdict = diagnose(delegateFacts({ shared: NOT_SHARED }), context());
    expect(check(verdict.checks, "online-meeting-delegate").status).toBe("unknown");
  });
});

describe("inserting the link", () => {
  it("is blocked for read-only access with a reason a person understands", () => {
    const verdict = run(1, { service: "jitsi", serviceName: "Jitsi Meet" });
    expect(verdict.insert).toEqual({ allowed: false, blockers: [{ kind: "read-only" }], warnings: [{ kind: "sending-unknown" }] });
  });

  it("is blocked with no access at all, naming both gaps for Teams", () => {
    const verdict = run(0);
    expect(verdict.insert.blockers).toEqual([{ kind: "no-access" }, { kind: "service-missing", service: "Microsoft Teams" }]);
  });

  it("is allowed with warnings when checks are unknown", () => {
    const verdict = diagnose(delegateFacts({ shared: NOT_SHARED }), context({ service: "zoom", serviceName: "Zoom" }));
    expect(verdict.insert.allowed).toBe(true);
    expect(verdict.insert.blockers).toEqual([]);
    expect(verdict.insert.warnings).toEqual([
      { kind: "calendar-unknown" },
      { kind: "sending-unknown" },
      { kind: "service-unknown", service: "Zoom" },
    ]);
  });

  it("is allowed for an Author with a warning about meetings others created", () => {
    const verdict = run(23, { service: "jitsi", serviceName: "Jitsi Meet" });
    expect(verdict.insert.allowed).toBe(true);
    expect(verdict.insert.warnings[0]).toEqual({ kind: "partial" });
  });

  it("is allowed on Mac when Outlook reports 0, because that is a known Mac bug", () => {
    const verdict = diagnose(
      delegateFacts({ shared: sharedBits(0), host: { name: "Outlook", version: "16.89", platform: "Mac" } }),
      context(),
    );
    expect(verdict.insert.allowed).toBe(true);
    expect(check(verdict.checks, "calendar-editor").status).toBe("unknown");
  });
});

describe("the documents behind each check", () => {
  it("are those of its layer, and only https links", () => {
    const verdict = run(63, { service: "teams", serviceName: "Microsoft Teams" });
    const urls = (id: CheckId) => sourcesFor(check(verdict.checks, id)).map((source) => source.url);
    expect(urls("calendar-editor").join(" ")).toMatch(/add-mailboxfolderpermission/i);
    expect(urls("send-on-behalf").join(" ")).toMatch(/allow-someone-else-to-manage-your-mail-and-calendar/);
    expect(urls("online-meeting-delegate").join(" ")).toMatch(/exchange-integration/);
    for (const check of verdict.checks) for (const source of sourcesFor(check)) expect(source.url).toMatch(/^https:\/\//);
  });

  it("are none for a service that has no delegate right to document", () => {
    const verdict = run(63, { service: "jitsi", serviceName: "Jitsi Meet" });
    expect(sourcesFor(check(verdict.checks, "online-meeting-delegate"))).toEqual([]);
  });
});
