export type Shape = "healthy" | "no-delegate-flag" | "reviewer" | "no-send-on-behalf" | "author" | "ews-blocked" | "orphan" | "flag-unseen";
export type Status = "granted" | "partial" | "missing" | "unknown";
export interface Planted {
  readonly owner: string;
  readonly delegate: string;
  readonly shape: Shape;
  readonly calendar: Status;
  readonly sending: Status;
  readonly teams: Status;
  readonly health: "problem" | "unclear" | "ok";
}
export interface AuditOptions {
  readonly owners?: number;
  readonly pairsPerOwner?: number;
  readonly failedOwners?: readonly number[];
  readonly names?: Readonly<Record<number, string>>;
  readonly shapeOf?: (ownerIndex: number, pairIndex: number, n: number) => Shape;
  readonly finished?: boolean;
  readonly organizationConfig?: object | null;
}
export function generateAudit(options?: AuditOptions): { file: Record<string, unknown>; planted: Planted[] };
export function pairObject(p: {
  owner: string;
  ownerName: string;
  delegateIndex: number;
  delegateName: string;
  shape: Shape;
  ranAt: string;
}): Record<string, unknown>;
/** The organisation's EWS settings every generated file carries: EWS open to every app. */
export const ORG_CONFIG: {
  readonly EwsEnabled: true;
  readonly EwsApplicationAccessPolicy: null;
  readonly EwsAllowList: null;
  readonly EwsBlockList: null;
  readonly EwsAllowedAppIDs: null;
};
export const SHAPES: Readonly<Record<Shape, Omit<Planted, "owner" | "delegate" | "shape">>>;
export const SHAPE_CYCLE: readonly Shape[];
