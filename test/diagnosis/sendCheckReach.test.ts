import { sendCheckReach } from "../../src/diagnosis/sendCheckReach";
import type { RequirementSets } from "../../src/diagnosis/types";

const upTo = (max: number): RequirementSets => Object.fromEntries(Array.from({ length: max }, (_, i) => [`1.${i + 1}`, true]));

describe("sendCheckReach: where the send-time check can run", () => {
  test.each([
    ["Outlook", "PC", upTo(14), "at-send"],
    ["Outlook", "Mac", upTo(13), "at-send"],
    ["OutlookWebApp", "OfficeOnline", upTo(15), "popped-out-only"],
    ["newOutlookWindows", "OfficeOnline", upTo(15), "popped-out-only"],
    // Office LTSC 2021 (1.9), classic Mac (1.8), Outlook 2019 (1.7): no Smart Alerts at all.
    ["Outlook", "PC", upTo(9), "not-on-this-client"],
    ["Outlook", "Mac", upTo(8), "not-on-this-client"],
    ["OutlookWebApp", "OfficeOnline", upTo(11), "not-on-this-client"],
    // Mobile never runs event-based add-ins, whatever it reports.
    ["OutlookIOS", "iOS", upTo(15), "not-on-this-client"],
    ["OutlookAndroid", "Android", upTo(15), "not-on-this-client"],
    ["unknown", "unknown", {}, "not-on-this-client"],
  ] as const)("%s on %s → %s", (name, platform, sets, expected) => {
    expect(sendCheckReach({ name, platform, version: "x" }, sets)).toBe(expected);
  });
});
