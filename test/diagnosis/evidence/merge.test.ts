/**
 * The merge rule of evidence/merge.ts, one table per numbered case: what a check shows when Outlook
 * and Exchange say the same, different or nothing.
 */
import {
  joinGraph,
  mergeStatus,
  outcomeOfPaste,
  type Basis,
  type GraphCalendarReading,
  type GraphPart,
  type Merged,
} from "../../../src/diagnosis/evidence/merge";
import type { Reading } from "../../../src/diagnosis/evidence/merge";
import type { AdminPasteReading, ExchangeEvidence } from "../../../src/diagnosis/evidence/exchange";
import type { CheckStatus } from "../../../src/diagnosis/types";
import { CONFIRMED } from "./findings";

type Row = [CheckStatus, Reading | undefined, CheckStatus, Basis];

describe("rule 1: a refusal the user saw stays missing", () => {
  it.each<Row>([
    ["unknown", "granted", "missing", "reported"],
    ["granted", "granted", "missing", "reported"],
    ["unknown", undefined, "missing", "reported"],
  ])("Outlook %s, Exchange %s → %s (%s)", (outlook, exchange, status, basis) => {
    expect(mergeStatus(outlook, exchange, true)).toEqual({ status, basis });
  });
});

describe("rule 2: without a usable Exchange reading, Outlook's status stands", () => {
  it.each<Row>([
    ["granted", undefined, "granted", "outlook"],
    ["missing", "unknown", "missing", "outlook"],
    ["unknown", "unknown", "unknown", "outlook"],
    ["not-needed", "granted", "not-needed", "outlook"],
  ])("Outlook %s, Exchange %s → %s (%s)", (outlook, exchange, status, basis) => {
    expect(mergeStatus(outlook, exchange)).toEqual({ status, basis });
  });
});

describe("rule 3: where Outlook could not see, Exchange decides", () => {
  it.each<Row>([
    ["unknown", "granted", "granted", "exchange"],
    ["unknown", "partial", "partial", "exchange"],
    ["unknown", "missing", "missing", "exchange"],
  ])("Outlook %s, Exchange %s → %s (%s)", (outlook, exchange, status, basis) => {
    expect(mergeStatus(outlook, exchange)).toEqual({ status, basis });
  });
});

describe("rules 4 and 5: agreement, or both able to create meetings", () => {
  it.each<Row>([
    ["granted", "granted", "granted", "both"],
    ["missing", "missing", "missing", "both"],
    ["granted", "partial", "partial", "both"],
    ["partial", "granted", "partial", "both"],
  ])("Outlook %s, Exchange %s → %s (%s)", (outlook, exchange, status, basis) => {
    expect(mergeStatus(outlook, exchange)).toEqual({ status, basis });
  });
});

describe("rule 6: a contradiction is shown as unknown, never resolved toward granted", () => {
  it.each<Row>([
    ["missing", "granted", "unknown", "conflict"],
    ["missing", "partial", "unknown", "conflict"],
    ["granted", "missing", "unknown", "conflict"],
    ["partial", "missing", "unknown", "conflict"],
  ])("Outlook %s, Exchange %s → %s (%s)", (outlook, exchange, status, basis) => {
    expect(mergeStatus(outlook, exchange)).toEqual({ status, basis });
  });
});

describe("rule 7: Graph's canEdit confirms or contests, and never claims Editor", () => {
  type GraphRow = [string, Merged, GraphCalendarReading | undefined, CheckStatus, Basis, GraphPart | undefined];
  it.each<GraphRow>([
    ["no Graph answer", { status: "granted", basis: "outlook" }, undefined, "granted", "outlook", undefined],
    // Where nobody else could see (Mac's 0 bits, no Exchange paste): writing proven, the role not.
    ["Outlook blind, can write", { status: "unknown", basis: "outlook" }, "can-write", "partial", "graph", "decided"],
    // canEdit false alone proves nothing: Graph reports it wrongly for access given through a group.
    ["Outlook blind, cannot write", { status: "unknown", basis: "outlook" }, "cannot-write", "unknown", "graph", "decided"],
    // Agreement leaves the others' answer as it was: canEdit never raises "partial" to "granted".
    ["Editor, can write", { status: "granted", basis: "outlook" }, "can-write", "granted", "outlook", "agrees"],
    ["Author, can write", { status: "partial", basis: "outlook" }, "can-write", "partial", "outlook", "agrees"],
    ["Exchange's Editor, can write", { status: "granted", basis: "exchange" }, "can-write", "granted", "exchange", "agrees"],
    ["Reviewer, cannot write", { status: "missing", basis: "both" }, "cannot-write", "missing", "both", "agrees"],
    // A contradiction: unknown, both shown, never "granted" on one side's word.
    ["Reviewer, can write", { status: "missing", basis: "outlook" }, "can-write", "unknown", "conflict", "conflict"],
    ["Exchange: no entry, can write", { status: "missing", basis: "exchange" }, "can-write", "unknown", "conflict", "conflict"],
    ["Editor, cannot write", { status: "granted", basis: "outlook" }, "cannot-write", "unknown", "conflict", "conflict"],
    ["Author, cannot write", { status: "partial", basis: "both" }, "cannot-write", "unknown", "conflict", "conflict"],
    // What the others already settled otherwise stays so.
    ["a refusal the user saw", { status: "missing", basis: "reported" }, "can-write", "missing", "reported", undefined],
    ["Outlook and Exchange disagree", { status: "unknown", basis: "conflict" }, "can-write", "unknown", "conflict", undefined],
    ["not a right to read", { status: "not-needed", basis: "outlook" }, "can-write", "not-needed", "outlook", undefined],
  ])("%s", (_name, merged, graph, status, basis, part) => {
    const joined = joinGraph(merged, graph);
    expect(joined.status).toBe(status);
    expect(joined.basis).toBe(basis);
    expect(joined.graph).toBe(part);
  });
});

describe("a paste that is not evidence for this pair reaches no rule", () => {
  const conclude = jest.fn(() => CONFIRMED);
  it.each<[string, AdminPasteReading]>([
    ["another owner's output, named", { kind: "other-pair", owner: "Lee Gu", delegate: "Megan Bowen" }],
    ["a truncated block", { kind: "incomplete", why: "the end marker is missing" }],
    ["an oversized paste", { kind: "too-long", limit: 200_000 }],
    ["an error message", { kind: "not-admin-output" }],
  ])("%s: kept as it was read, nothing concluded", (_name, reading) => {
    expect(outcomeOfPaste(reading, conclude, "2026-12-03T12:00:00.000Z")).toEqual(reading);
    expect(conclude).not.toHaveBeenCalled();
  });

  it("evidence for this pair becomes a finding dated when it was pasted and when the block ran", () => {
    const evidence: ExchangeEvidence = {
      source: "exchange",
      form: "block",
      ranAt: "2026-12-03T11:00:00Z",
      blockVersion: 1,
      calendar: { seen: true, value: { folder: "Calendar", accessRights: ["Editor"], sharingPermissionFlags: ["Delegate"] } },
      sendOnBehalf: { seen: true, value: "listed" },
      ownerMailbox: { seen: false },
      ews: { seen: false },
    };
    const outcome = outcomeOfPaste({ kind: "evidence", evidence, ambiguities: [] }, () => CONFIRMED, "2026-12-03T12:00:00.000Z");
    expect(outcome).toEqual({
      kind: "evidence",
      ambiguities: [],
      finding: {
        source: "exchange",
        conclusions: CONFIRMED,
        form: "block",
        ranAt: "2026-12-03T11:00:00Z",
        pastedAt: "2026-12-03T12:00:00.000Z",
        accessRights: ["Editor"],
        sharingPermissionFlags: ["Delegate"],
        remembered: false,
        stale: false,
      },
    });
  });

  it("a block that ran more than 30 days before it was pasted is old at once", () => {
    const evidence: ExchangeEvidence = {
      source: "exchange",
      form: "block",
      ranAt: "2026-10-01T11:00:00Z",
      calendar: { seen: false },
      sendOnBehalf: { seen: true, value: "listed" },
      ownerMailbox: { seen: false },
      ews: { seen: false },
    };
    const outcome = outcomeOfPaste({ kind: "evidence", evidence, ambiguities: [] }, () => CONFIRMED, "2026-12-03T12:00:00.000Z");
    expect(outcome.kind === "evidence" && outcome.finding.stale).toBe(true);
  });
});
