/**
 * "Check with Microsoft 365": MSAL and the one call, in the "graph" chunk, loaded only by the click.
 * An answer that is evidence waits for its rules, so the panel and the checks change together.
 */
import type { GraphSettings } from "../../config/types";
import type { GraphReading } from "../../diagnosis/evidence/graph";
import { checkWithGraph } from "../../graph";

export async function askGraph(
  app: GraphSettings,
  owner: string,
  loginHint: string | undefined,
  rules: Promise<unknown>,
): Promise<GraphReading> {
  const reading = await checkWithGraph({ app, owner, ...(loginHint ? { loginHint } : {}) });
  if (reading.kind === "evidence") await rules;
  return reading;
}
