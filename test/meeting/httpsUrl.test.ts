import { checkHttpsUrl, MAX_URL_CHARS } from "../../src/meeting/httpsUrl";

describe("checkHttpsUrl: the one rule for every link", () => {
  test.each([
    "https://meet.jit.si/abc",
    "HTTPS://Contoso.Zoom.us/my/alex",
    "https://contoso.webex.com:8443/meet/alex?x=1#y",
    "https://bücher.example/räume/ü",
    "https://[2001:db8::1]/room",
  ])("accepts %p", (url) => {
    const checked = checkHttpsUrl(url);
    expect(checked.ok).toBe(true);
    if (checked.ok) expect(checked.url.protocol).toBe("https:");
  });

  test.each([
    ["http://meet.jit.si/", "must start with https://"],
    ["javascript:alert(1)", "must start with https://"],
    ["JaVaScRiPt:alert(1)", "must start with https://"],
    ["data:text/html;base64,PHNjcmlwdD4=", "must start with https://"],
    ["vbscript:msgbox", "must start with https://"],
    ["/relative/path", "must start with https://"],
    ["//meet.jit.si/", "must start with https://"],
    ["meet.jit.si/room", "must start with https://"],
    ["https:meet.jit.si", "must start with https://"],
    ["https://user:pass@meet.jit.si/", "must not contain a user name or password"],
    ["https://:pass@meet.jit.si/", "must not contain a user name or password"],
    ["https://@meet.jit.si/", "must not contain a user name or password"],
    ["https:///meet.jit.si/", "must name a server after https://"],
    ["https://?q", "must name a server after https://"],
    ["https://", "must name a server after https://"],
    ["https://meet.jit.si\\@evil.example/", "must not contain backslashes"],
    ["https://meet.jit.si/a b", "must not contain spaces, line breaks or invisible characters"],
    ["https://meet.ji\nt.si/", "must not contain spaces, line breaks or invisible characters"],
    ["https://meet.jit.si/\t", "must not contain spaces, line breaks or invisible characters"],
    ["https://meet.jit.si/\u202Eexe.txt", "must not contain spaces, line breaks or invisible characters"],
    ["https://meet.jit.si/\u200B", "must not contain spaces, line breaks or invisible characters"],
    ["https://exa mple.com", "must not contain spaces, line breaks or invisible characters"],
    ["https://exa%mple.com/", "is not a valid web address"],
    [`https://meet.jit.si/${"a".repeat(MAX_URL_CHARS)}`, `is longer than ${MAX_URL_CHARS} characters`],
  ])("refuses %p: %s", (url, reason) => {
    expect(checkHttpsUrl(url)).toEqual({ ok: false, reason });
  });
});
