import { draftOwnerRequest } from "../../src/documents/ownerRequest";
import type { DelegationFacts, DocumentContext } from "../../src/diagnosis/types";
import { diagnose } from "../../src/diagnosis/verdict";
import { context, delegateFacts, known, MEGAN, NOT_SHARED, REPORTED, sharedBits } from "../diagnosis/fixtures";

function draft(facts: DelegationFacts, ctx: DocumentContext = context()) {
  return draftOwnerRequest(diagnose(facts, ctx), ctx);
}

const OUTLOOK_CLICKS = ["File > Account Settings > Delegate Access", "Calendar > Share", "Tools > Accounts > Delegation and Sharing"];

describe("the message to the owner", () => {
  it("is addressed to the owner, greets them by first name and is signed by the delegate", () => {
    const message = draft(delegateFacts({ shared: sharedBits(1) }));
    expect(message.to).toBe("alex@contoso.com");
    expect(message.subject).toBe("Calendar delegate access for Megan Bowen");
    expect(message.body.startsWith("Hi Alex,\n\n")).toBe(true);
    expect(message.body.trimEnd().endsWith("Thank you,\nMegan Bowen")).toBe(true);
  });

  it("asks for Editor as a delegate, with the owner's clicks in every Outlook client, when access is read-only", () => {
    const { body } = draft(delegateFacts({ shared: sharedBits(1) }));
    expect(body).toContain("Add me as a delegate on your calendar with Editor access");
    for (const click of OUTLOOK_CLICKS) expect(body).toContain(click);
    expect(body).toContain("Megan Bowen (megan@contoso.com)");
  });

  it("asks once when adding a delegate covers both calendar access and send-on-behalf (Teams included)", () => {
    const { body } = draft(delegateFacts({ shared: sharedBits(1) }));
    expect(body.match(/^\d\. /gm)).toEqual(["1. "]);
    expect(body).toContain("send the invitations for you");
  });

  it("asks only to check delegation, not for Editor, when Editor is already granted", () => {
    const { body } = draft(delegateFacts({ shared: sharedBits(63) }), context({ service: "jitsi", serviceName: "Jitsi Meet" }));
    expect(body).not.toContain("with Editor access, so I can create");
    expect(body).toContain("Please check that I am listed as your delegate in Outlook");
    expect(body).not.toMatch(/Jitsi|Zoom|Webex|Skype/);
  });

  it("asks for Zoom scheduling privilege, with the Zoom clicks, only when the meeting is in Zoom", () => {
    const zoom = draft(delegateFacts(), context({ service: "zoom", serviceName: "Zoom", reported: [REPORTED.zoom] })).body;
    expect(zoom).toContain("Please make sure I have scheduling privilege in Zoom");
    expect(zoom).toContain("Settings > Meeting > Other > Schedule privilege");
    const teams = draft(delegateFacts()).body;
    expect(teams).not.toContain("Zoom");
    expect(teams).not.toContain("Webex");
  });

  it("asks for the Skype for Business delegate list with its clicks", () => {
    const { body } = draft(delegateFacts(), context({ service: "skype", serviceName: "Skype for Business" }));
    expect(body).toContain("Edit my delegate members");
  });

  it("asks for the right of the service that refused, when this meeting's own service needs none", () => {
    const lync = { errorId: "lync-delegate", layer: "online-meeting-delegate", quote: "get delegate permissions in Lync" } as const;
    const { body } = draft(
      delegateFacts({ shared: sharedBits(63) }),
      context({ service: "jitsi", serviceName: "Jitsi Meet", reported: [lync] }),
    );
    expect(body).toContain("I am one of your delegates in Skype for Business");
    expect(body).toContain("Edit my delegate members");
    expect(body).not.toContain("Jitsi");
  });

  it("has no jargon or admin commands", () => {
    for (const bits of [0, 1, 23, 63]) {
      for (const service of ["teams", "skype", "zoom", "webex"] as const) {
        const { body } = draft(
          delegateFacts({ shared: sharedBits(bits) }),
          context({ service, serviceName: service, reported: [REPORTED.sendOnBehalf] }),
        );
        expect(body).not.toMatch(
          /bitmask|PowerShell|Set-Mailbox|Add-Mailbox|GrantSendOnBehalfTo|EWS|\b\d{2}\b|Reviewer|Contributor|undefined/,
        );
      }
    }
  });

  it("mentions the help desk when configured", () => {
    const { body } = draft(delegateFacts(), context({ helpdesk: "IT help desk, ext. 4357" }));
    expect(body).toContain("If anything is unclear, IT help desk, ext. 4357 can help.");
  });

  it("keeps hostile names out of the subject's structure and leaves 'to' empty for a bad address", () => {
    const evil = { emailAddress: "x@y.com\r\nBcc: all@contoso.com", displayName: "Eve\r\nBcc: all@contoso.com\u202E" };
    const message = draft(
      delegateFacts({ user: known(evil), shared: NOT_SHARED, organizer: known({ emailAddress: "bad address", displayName: "Boss\nX" }) }),
    );
    expect(message.subject).not.toMatch(/[\r\n\u202E]/);
    expect(message.subject).toBe("Calendar delegate access for Eve Bcc: all@contoso.com");
    expect(message.to).toBe("");
    expect(message.body).not.toMatch(/\r|Eve\n|Boss\n/);
  });

  it("still asks politely when nothing specific is missing (own calendar)", () => {
    const { body } = draft(delegateFacts({ shared: sharedBits(63, MEGAN.emailAddress) }));
    expect(body).toContain("could you please check that I am set up as your calendar delegate?");
  });
});
