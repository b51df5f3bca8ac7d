import { openDraft, textToHtml } from "../../src/office/newMessage";
import type { MailboxLike } from "../../src/office/officeShape";

const draft = { to: "alex@contoso.com", subject: "Calendar access", body: "Hi Alex,\n<b>please</b> & thanks" };

describe("opening the request to the owner", () => {
  test("uses displayNewMessageFormAsync when Outlook has it", async () => {
    const opened: unknown[] = [];
    const mailbox = {
      displayNewMessageFormAsync: (params: unknown, cb: (r: unknown) => void) => {
        opened.push(params);
        cb({ status: "succeeded" });
      },
      displayNewMessageForm: () => {
        throw new Error("should not be used");
      },
    } as unknown as MailboxLike;
    await expect(openDraft(mailbox, draft)).resolves.toBe("opened");
    expect(opened).toEqual([{ toRecipients: ["alex@contoso.com"], subject: "Calendar access", htmlBody: textToHtml(draft.body) }]);
  });

  test("falls back to the synchronous form when the async one fails", async () => {
    const opened: unknown[] = [];
    const mailbox = {
      displayNewMessageFormAsync: (_: unknown, cb: (r: unknown) => void) => cb({ status: "failed", error: { name: "x", message: "y" } }),
      displayNewMessageForm: (params: unknown) => opened.push(params),
    } as unknown as MailboxLike;
    await expect(openDraft(mailbox, draft)).resolves.toBe("opened");
    expect(opened).toHaveLength(1);
  });

  test("says 'unavailable' (so the pane copies the text) when neither exists or both throw", async () => {
    await expect(openDraft({} as MailboxLike, draft)).resolves.toBe("unavailable");
    const throwing = {
      displayNewMessageForm: () => {
        throw new Error("nope");
      },
    } as unknown as MailboxLike;
    await expect(openDraft(throwing, draft)).resolves.toBe("unavailable");
  });

  test("the body is escaped text, never markup from names or pasted errors", () => {
    expect(textToHtml('<img src=x onerror="alert(1)">\nline')).toBe("<div>&#60;img src=x onerror=&#34;alert(1)&#34;&#62;<br>line</div>");
  });
});
