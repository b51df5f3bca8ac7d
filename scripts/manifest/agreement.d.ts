import type { Problem } from "./checks";
export function compareManifests(input: {
  fullXml: string;
  taskpaneXml: string;
  unified: Record<string, any>;
  localizations: Record<string, Record<string, any>>;
}): { problems: Problem[]; checks: number };
