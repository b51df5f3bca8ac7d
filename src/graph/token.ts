/**
 * A Graph token for the signed-in user through Outlook (nested app authentication): MSAL asks the
 * host over its bridge, so no sign-in page of ours, no redirect and no token in the URL. This file
 * and ./index.ts are the only ones that name MSAL; both load in the "graph" chunk, on a click.
 */
import {
  BrowserCacheLocation,
  createNestablePublicClientApplication,
  LogLevel,
  PublicClientApplication,
  type AuthenticationResult,
  type Configuration,
  type IController,
  type IPublicClientApplication,
} from "@azure/msal-browser";
import { GRAPH_SCOPE, scopeGranted, type GraphUnknownWhy } from "../diagnosis/evidence/graph";
import { needsInteraction, tokenFailure } from "./tokenErrors";

export interface GraphApp {
  readonly clientId: string;
  /** https://login.microsoftonline.com/<tenant>. */
  readonly authority: string;
}

export type TokenOutcome =
  { readonly ok: true; readonly accessToken: string } | { readonly ok: false; readonly why: GraphUnknownWhy; readonly detail: string };

const SCOPES = [GRAPH_SCOPE];

/**
 * One MSAL instance per pane (per client id): its cache is memory only, so a token lives as long as
 * the pane and is never written to localStorage, sessionStorage or a cookie.
 */
let instance: { readonly clientId: string; readonly app: Promise<IPublicClientApplication | undefined> } | undefined;

function nestedApp(app: GraphApp): Promise<IPublicClientApplication | undefined> {
  if (instance?.clientId === app.clientId) return instance.app;
  const configuration: Configuration = {
    auth: { clientId: app.clientId, authority: app.authority },
    cache: { cacheLocation: BrowserCacheLocation.MemoryStorage },
    system: { loggerOptions: { loggerCallback: () => undefined, piiLoggingEnabled: false, logLevel: LogLevel.Error } },
  };
  let nested = false;
  // MSAL calls the factory only when the host's bridge answered; otherwise it would fall back to a
  // standard browser sign-in (pop-ups to login.microsoftonline.com), which this add-in never uses.
  const factory = (config: Configuration, controller: IController) => {
    nested = true;
    return new PublicClientApplication(config, controller);
  };
  const created = createNestablePublicClientApplication(configuration, undefined, factory).then((pca) => (nested ? pca : undefined));
  instance = { clientId: app.clientId, app: created };
  // A failed start is not remembered: the next click tries again.
  created.then(
    (pca) => {
      if (!pca && instance?.app === created) instance = undefined;
    },
    () => {
      if (instance?.app === created) instance = undefined;
    },
  );
  return created;
}

/**
 * Silent first (the host's cached sign-in for this user), the host's pop-up only when the silent
 * attempt needs the user; the caller runs this only after the user clicked "Check with Microsoft 365".
 * @param claims the claims of a Graph challenge (one retry), which bypass any cached token.
 */
export async function acquireGraphToken(app: GraphApp, loginHint: string | undefined, claims?: string): Promise<TokenOutcome> {
  let pca: IPublicClientApplication | undefined;
  try {
    pca = await nestedApp(app);
  } catch (error) {
    return { ok: false, ...tokenFailure(error) };
  }
  if (!pca) return { ok: false, why: "bridge-missing", detail: "Outlook reports NestedAppAuth 1.1 but MSAL found no bridge to it" };
  const request = { scopes: SCOPES, ...(claims ? { claims } : {}) };
  let result: AuthenticationResult;
  try {
    const account = pca.getActiveAccount() ?? pca.getAllAccounts()[0];
    result = account
      ? await pca.acquireTokenSilent({ ...request, account })
      : await pca.ssoSilent({ ...request, ...(loginHint ? { loginHint } : {}) });
  } catch (silentError) {
    if (!needsInteraction(silentError)) return { ok: false, ...tokenFailure(silentError) };
    try {
      result = await pca.acquireTokenPopup({ ...request, ...(loginHint ? { loginHint } : {}) });
    } catch (popupError) {
      return { ok: false, ...tokenFailure(popupError) };
    }
  }
  if (result.account) pca.setActiveAccount(result.account);
  if (!result.accessToken) return { ok: false, why: "sign-in-failed", detail: "the host returned no access token" };
  // The token is only good for the call if the user (or the admin) granted the one permission we read with.
  if (!scopeGranted(result.scopes)) {
    return { ok: false, why: "scope-missing", detail: `granted scopes: ${result.scopes.join(" ").slice(0, 200) || "none"}` };
  }
  return { ok: true, accessToken: result.accessToken };
}
