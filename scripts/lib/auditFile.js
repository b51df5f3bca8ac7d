// @ts-check
/**
 * Audit files as the organisation-wide script writes them (issue 32; docs/audit-script.md), generated
 * for the audit page's tests and its bench row: any number of owners and pairs, with the broken shapes
 * IT hunts for planted at known places, and what the page must show for each. Deterministic: the same
 * options always give the same file.
 */

/**
 * The shapes a pair can have, and the three layers the page must decide for each (src/audit/decide.ts).
 * `health` is the row's: "problem" to fix, "unclear" (something unseen, nothing wrong seen), "ok".
 */
const SHAPES = {
  healthy: { calendar: "granted", sending: "granted", teams: "granted", health: "ok" },
  /** "Can edit" without the Delegate flag: Teams refuses. */
  "no-delegate-flag": { calendar: "granted", sending: "granted", teams: "missing", health: "problem" },
  /** Reviewer, not in GrantSendOnBehalfTo: believes to be a delegate, is not. */
  reviewer: { calendar: "missing", sending: "missing", teams: "missing", health: "problem" },
  /** Editor with the flag, not allowed to send on behalf. */
  "no-send-on-behalf": { calendar: "granted", sending: "missing", teams: "missing", health: "problem" },
  /** Author with the flag: creates meetings, cannot change others'. */
  author: { calendar: "partial", sending: "granted", teams: "granted", health: "problem" },
  /** EWS closed on the owner's mailbox: Teams' scheduling service cannot reach the calendar. */
  "ews-blocked": { calendar: "granted", sending: "granted", teams: "missing", health: "problem" },
  /** Send on behalf granted to someone Exchange cannot find (someone who left). */
  orphan: { calendar: "unknown", sending: "unknown", teams: "unknown", health: "problem" },
  /** Exchange Server prints no SharingPermissionFlags: the Delegate flag is unseen, Teams can't be told. */
  "flag-unseen": { calendar: "granted", sending: "granted", teams: "unknown", health: "unclear" },
};

/** The order shapes are planted in: every pair index picks SHAPE_CYCLE[index % length]. */
const SHAPE_CYCLE = [
  "healthy",
  "healthy",
  "no-delegate-flag",
  "healthy",
  "reviewer",
  "healthy",
  "no-send-on-behalf",
  "author",
  "healthy",
  "ews-blocked",
  "orphan",
  "flag-unseen",
];

/** The organisation's EWS settings every generated file carries: EWS open to every app. */
const ORG_CONFIG = { EwsEnabled: true, EwsApplicationAccessPolicy: null, EwsAllowList: null, EwsBlockList: null, EwsAllowedAppIDs: null };

/**
 * @typedef {keyof typeof SHAPES} Shape
 * @typedef {{ owner: string, delegate: string, shape: Shape, calendar: string, sending: string, teams: string, health: string }} Planted
 * @typedef {{ owners?: number, pairsPerOwner?: number, failedOwners?: number[], names?: Record<number, string>, shapeOf?: (ownerIndex: number, pairIndex: number, n: number) => Shape, finished?: boolean, organizationConfig?: object | null }} AuditOptions
 */

/**
 * @param {AuditOptions} [options]
 *   owners (default 10), pairsPerOwner (default 3), failedOwners: owner indexes whose read failed,
 *   names: display names by global pair index (hostile names), shapeOf: each pair's shape
 *   (default SHAPE_CYCLE by global pair index), finished: false for a partial run.
 * @returns {{ file: Record<string, unknown>, planted: Planted[] }}
 */
function generateAudit(options = {}) {
  const owners = options.owners ?? 10;
  const perOwner = options.pairsPerOwner ?? 3;
  const failed = new Set(options.failedOwners ?? []);
  const started = Date.parse("2026-12-07T17:00:00Z");
  /** @type {Planted[]} */
  const planted = [];
  const ownerEntries = [];
  let n = 0;
  for (let o = 0; o < owners; o++) {
    const owner = `owner${pad(o)}@contoso.com`;
    const readAt = iso(started + o * 1000);
    if (failed.has(o)) {
      ownerEntries.push({
        Owner: owner,
        ReadAtUtc: readAt,
        Error: { Cmdlet: "Get-Mailbox", Message: `The operation couldn't be performed because object '${owner}' couldn't be found.` },
        Retries: 2,
        Pairs: [],
      });
      continue;
    }
    const pairs = [];
    for (let p = 0; p < perOwner; p++, n++) {
      const shape = options.shapeOf ? options.shapeOf(o, p, n) : /** @type {Shape} */ (SHAPE_CYCLE[n % SHAPE_CYCLE.length]);
      const name = options.names?.[n] ?? `Assistant ${pad(n)}`;
      const pair = pairObject({ owner, ownerName: `Owner ${pad(o)}`, delegateIndex: n, delegateName: name, shape, ranAt: readAt });
      pairs.push(pair);
      planted.push({ owner, delegate: /** @type {string} */ (pair.Delegate), shape, ...SHAPES[shape] });
    }
    ownerEntries.push({ Owner: owner, ReadAtUtc: readAt, Error: null, Retries: o % 7 === 3 ? 1 : 0, Pairs: pairs });
  }
  const file = {
    Format: "schedule-on-behalf-audit",
    Version: 1,
    ScriptVersion: "1.0.0",
    StartedAtUtc: iso(started),
    FinishedAtUtc: options.finished === false ? null : iso(started + owners * 1000 + 5000),
    Scope: "csv",
    OrganizationConfig: options.organizationConfig === undefined ? ORG_CONFIG : options.organizationConfig,
    Throttled: Math.floor(owners / 50),
    Owners: ownerEntries,
  };
  return { file, planted };
}

/**
 * One pair as the script writes it: the read-only block's JSON object without RequestId, with
 * OrganizationConfig null (the file's applies) and Found.
 * @param {{ owner: string, ownerName: string, delegateIndex: number, delegateName: string, shape: Shape, ranAt: string }} p
 * @returns {Record<string, unknown>}
 */
function pairObject({ owner, ownerName, delegateIndex, delegateName, shape, ranAt }) {
  const orphan = shape === "orphan";
  const address = `assistant${pad(delegateIndex)}@contoso.com`;
  const delegate = orphan ? delegateName : address;
  const onCalendar = !orphan;
  const inSendOnBehalf = shape !== "reviewer" && shape !== "no-send-on-behalf";
  const rights = shape === "reviewer" ? ["Reviewer"] : shape === "author" ? ["Author"] : ["Editor"];
  const flags = shape === "no-delegate-flag" || shape === "reviewer" ? "" : shape === "flag-unseen" ? null : "Delegate";
  return {
    Version: 1,
    RanAtUtc: ranAt,
    Owner: owner,
    Delegate: delegate,
    OwnerMailbox: {
      PrimarySmtpAddress: owner,
      DisplayName: ownerName,
      Alias: owner.split("@")[0],
      RecipientTypeDetails: "UserMailbox",
      HiddenFromAddressListsEnabled: false,
      GrantSendOnBehalfTo: inSendOnBehalf
        ? [orphan ? { Listed: delegateName, PrimarySmtpAddress: null } : { Listed: delegateName, PrimarySmtpAddress: address }]
        : [],
    },
    DelegateRecipient: orphan ? null : { PrimarySmtpAddress: address, DisplayName: delegateName, Alias: address.split("@")[0] },
    CalendarFolder: { Name: "Calendar", FolderPath: "/Calendar" },
    CalendarPermission: {
      EntriesRead: 3,
      DelegateEntry: onCalendar ? { User: delegateName, AccessRights: rights, SharingPermissionFlags: flags } : null,
    },
    CasMailbox: { EwsEnabled: shape !== "ews-blocked", EwsApplicationAccessPolicy: null, EwsAllowList: null, EwsBlockList: null },
    OrganizationConfig: null,
    Found: [...(onCalendar ? ["calendar"] : []), ...(inSendOnBehalf ? ["send-on-behalf"] : [])],
  };
}

/** @param {number} i */
function pad(i) {
  return String(i).padStart(5, "0");
}

/** @param {number} ms */
function iso(ms) {
  return new Date(ms).toISOString().replace(/\.(\d{3})Z$/, ".$10000Z");
}

module.exports = { generateAudit, pairObject, ORG_CONFIG, SHAPES, SHAPE_CYCLE };
