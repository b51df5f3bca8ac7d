import { csvCell, toCsv } from "../../src/audit/csv";

describe("CSV export", () => {
  test.each([
    ["plain", "plain"],
    ["a, b", '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ["two\nlines", '"two\nlines"'],
    ['=HYPERLINK("http://x")', '"\'=HYPERLINK(""http://x"")"'],
    ["+1", "'+1"],
    ["-2", "'-2"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tx", "'\tx"],
    ["\rx", '"\'\rx"'],
  ])("%j → %j", (value, cell) => expect(csvCell(value)).toBe(cell));

  test("rows end with CRLF under one header line", () => {
    const csv = toCsv(
      [{ a: "1", b: "x,y" }],
      [
        { header: "A", value: (r) => r.a },
        { header: "B", value: (r) => r.b },
      ],
    );
    expect(csv).toBe('A,B\r\n1,"x,y"\r\n');
  });
});
