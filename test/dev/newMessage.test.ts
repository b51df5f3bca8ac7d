import { getScenario } from "../../dev/simulated-office/api";
import { call, install, member } from "./simHarness";

describe("opening a new message to the owner", () => {
  it("records displayNewMessageFormAsync (1.9)", async () => {
    const { mailbox, host } = await install("delegate-editor");
    const result = await call(
      mailbox,
      "displayNewMessageFormAsync",
      { toRecipients: ["alex.wilber@contoso.com"], subject: "Please add me", htmlBody: "<p>Hi</p>" },
      { asyncContext: "x" },
    );
    expect(result).toMatchObject({ status: "succeeded", asyncContext: "x" });
    expect(host.getState().openedMessages).toEqual([
      expect.objectContaining({
        via: "displayNewMessageFormAsync",
        toRecipients: ["alex.wilber@contoso.com"],
        ccRecipients: [],
        subject: "Please add me",
        htmlBody: "<p>Hi</p>",
      }),
    ]);
  });

  it("records the synchronous displayNewMessageForm, and accepts EmailAddressDetails recipients", async () => {
    const { mailbox, host } = await install("delegate-editor");
    (member(mailbox, "displayNewMessageForm") as (p: unknown) => void).call(mailbox, {
      toRecipients: [{ emailAddress: "a@contoso.com", displayName: "A" }],
      subject: "s",
    });
    expect(host.getState().openedMessages[0]).toMatchObject({ via: "displayNewMessageForm", toRecipients: ["a@contoso.com"] });
  });

  it("has no displayNewMessageFormAsync below Mailbox 1.9 but still the synchronous form", async () => {
    const { mailbox } = await install("old-client");
    expect("displayNewMessageFormAsync" in mailbox).toBe(false);
    expect(typeof mailbox.displayNewMessageForm).toBe("function");
  });

  it("can be made to throw by a scenario fault", async () => {
    const { mailbox } = await install({
      ...getScenario("delegate-editor"),
      faults: { "mailbox.displayNewMessageForm": { kind: "throw", message: "blocked" } },
    });
    expect(() => (mailbox.displayNewMessageForm as (p: unknown) => void)({ subject: "s" })).toThrow("blocked");
  });
});
