import { isPlausibleAddress, nameOf, nameWithAddress, sameAddress, shortNameOf, singleLine } from "../../src/diagnosis/address";

describe("sameAddress", () => {
  it.each([
    ["alex@contoso.com", "alex@contoso.com"],
    ["Alex@Contoso.com", "alex@contoso.COM"],
    ["  alex@contoso.com\t", "alex@contoso.com"],
  ])("treats %j and %j as the same mailbox", (a, b) => {
    expect(sameAddress(a, b)).toBe(true);
  });

  it.each([
    ["alex@contoso.com", "megan@contoso.com"],
    ["", ""],
    ["   ", " "],
    [undefined, "alex@contoso.com"],
    ["alex@contoso.com", undefined],
  ])("does not treat %j and %j as the same mailbox", (a, b) => {
    expect(sameAddress(a, b)).toBe(false);
  });
});

describe("isPlausibleAddress", () => {
  it.each([
    "alex@contoso.com",
    "Alex.Wilber@Contoso.onmicrosoft.com",
    "o'brien@contoso.co.uk",
    "first+tag@sub-domain.example.org",
    " alex@contoso.com ",
  ])("accepts %j", (address) => {
    expect(isPlausibleAddress(address)).toBe(true);
  });

  it.each([
    undefined,
    "",
    "alex",
    "alex@contoso",
    "alex@@contoso.com",
    ".alex@contoso.com",
    "al..ex@contoso.com",
    "alex@contoso.com; Remove-Mailbox ceo",
    "alex@contoso.com`n",
    "alex@contoso.com\nGet-Secret",
    "a$(whoami)@contoso.com",
    "alex@-contoso.com",
    "alex\u2019s@contoso.com",
    `${"a".repeat(250)}@contoso.com`,
  ])("rejects %j", (address) => {
    expect(isPlausibleAddress(address)).toBe(false);
  });
});

describe("singleLine", () => {
  it("flattens newlines and control characters so a name cannot add lines", () => {
    expect(singleLine("Alex\r\nBcc: evil@x.com\u0000\u202E")).toBe("Alex Bcc: evil@x.com");
  });

  it("caps long text without splitting a surrogate pair", () => {
    const result = singleLine("😀".repeat(100), 10);
    expect(Array.from(result)).toHaveLength(10);
    expect(result.endsWith("…")).toBe(true);
    expect(result).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });
});

describe("names", () => {
  const alex = { emailAddress: "alex@contoso.com", displayName: "Alex Wilber" };
  it("uses the display name, then the address, then the fallback", () => {
    expect(nameOf(alex, "x")).toBe("Alex Wilber");
    expect(nameOf({ emailAddress: "alex@contoso.com", displayName: " " }, "x")).toBe("alex@contoso.com");
    expect(nameOf(undefined, "the owner")).toBe("the owner");
  });

  it("uses the first name for friendly sentences, but never cuts an address", () => {
    expect(shortNameOf(alex, "x")).toBe("Alex");
    expect(shortNameOf({ emailAddress: "alex@contoso.com", displayName: "alex@contoso.com" }, "x")).toBe("alex@contoso.com");
  });

  it("shows name and address once each", () => {
    expect(nameWithAddress(alex, "x")).toBe("Alex Wilber (alex@contoso.com)");
    expect(nameWithAddress({ emailAddress: "alex@contoso.com", displayName: "ALEX@contoso.com" }, "x")).toBe("ALEX@contoso.com");
  });
});
