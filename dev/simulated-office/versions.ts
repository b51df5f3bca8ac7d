/** Requirement-set version arithmetic ("1.10" is newer than "1.9"). */

/** Compares dotted versions numerically: negative when a < b, 0 when equal, positive when a > b. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map((part) => Number.parseInt(part, 10));
  const pb = b.split(".").map((part) => Number.parseInt(part, 10));
  const length = Math.max(pa.length, pb.length);
  for (let i = 0; i < length; i++) {
    const x = pa[i] ?? 0;
    const y = pb[i] ?? 0;
    const dx = Number.isNaN(x) ? 0 : x;
    const dy = Number.isNaN(y) ? 0 : y;
    if (dx !== dy) return dx - dy;
  }
  return 0;
}

/** True when a host supporting up to `max` supports requirement set version `wanted`. */
export function supportsVersion(max: string, wanted: string): boolean {
  return compareVersions(wanted, max) <= 0;
}

/** Office.context.requirements.isSetSupported for an Outlook host: only the Mailbox sets are known. */
export function isSetSupported(maxMailboxVersion: string, name: unknown, version?: unknown): boolean {
  if (typeof name !== "string" || name.toLowerCase() !== "mailbox") return false;
  if (version === undefined || version === null || version === "") return true;
  const wanted = String(version);
  if (!/^\d+(\.\d+)*$/.test(wanted)) return false;
  return supportsVersion(maxMailboxVersion, wanted);
}
