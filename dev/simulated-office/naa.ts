/**
 * A simulated nested-app-authentication bridge: what Outlook puts at window.nestedAppAuthBridge for
 * MSAL.js (createNestablePublicClientApplication). It speaks the protocol of msal-browser's
 * BridgeProxy and of the MockBridge in MSAL's own tests: the add-in posts a JSON
 * NestedAppAuthRequest (GetInitContext, GetToken, GetTokenPopup, each with a requestId) and the
 * bridge answers on its "message" listeners with a JSON NestedAppAuthResponse for that requestId
 * ({ success, initContext | token + account | error: { status, code, description } }).
 *
 * Like Outlook, the silent request needs the user's consent first: until the pop-up was accepted,
 * GetToken answers USER_INTERACTION_REQUIRED. No real token exists here.
 */
import { base64Url, SIMULATED_CLAIMS, simulatedAccessToken, type GraphScenarioId } from "./graph";

interface BridgeRequest {
  readonly messageType?: string;
  readonly method?: string;
  readonly requestId?: string;
  readonly tokenParams?: { readonly clientId?: string; readonly scope?: string; readonly claims?: string };
}

type Listener = (response: string | { data: string }) => void;

export interface SimulatedUser {
  readonly emailAddress: string;
  readonly displayName: string;
}

const TENANT = "9188040d-6c67-4c5b-b112-36a304b66dad";
const OBJECT_ID = "00000000-0000-0000-66f3-3332eca7ea81";

/** Installs the bridge (unless the scenario has none) and says whether NestedAppAuth 1.1 is reported. */
export function installNestedAppAuth(target: Window, scenario: GraphScenarioId, user: SimulatedUser): { readonly supported: boolean } {
  if (scenario === "no-naa") return { supported: false };
  if (scenario === "bridge-missing") return { supported: true };
  const listeners = new Set<Listener>();
  let consented = false;
  let issued = 0;
  const answer = (response: object) => {
    const text = JSON.stringify({ messageType: "NestedAppAuthResponse", ...response });
    // A later task, like a real host's message channel.
    setTimeout(() => listeners.forEach((listener) => listener({ data: text })), 10);
  };
  const token = (request: BridgeRequest) => {
    const scope = scenario === "scope-missing" ? "User.Read" : "Calendars.Read.Shared";
    issued += 1;
    return {
      token: {
        // MSAL always sends its client capabilities (CP1) as claims; only the challenge's own claim counts.
        access_token: simulatedAccessToken({ scp: scope, claims: answersChallenge(request.tokenParams?.claims), n: issued }),
        expires_in: 3600,
        id_token: idToken(user, request.tokenParams?.clientId ?? ""),
        scope,
        properties: null,
      },
      account: {
        homeAccountId: `${OBJECT_ID}.${TENANT}`,
        environment: "login.microsoftonline.com",
        tenantId: TENANT,
        username: user.emailAddress,
        localAccountId: OBJECT_ID,
        name: user.displayName,
      },
    };
  };
  const bridge = {
    addEventListener: (_event: string, listener: Listener) => listeners.add(listener),
    removeEventListener: (_event: string, listener: Listener) => listeners.delete(listener),
    postMessage: (message: string) => {
      let request: BridgeRequest;
      try {
        request = JSON.parse(message) as BridgeRequest;
      } catch {
        return;
      }
      if (request.messageType !== "NestedAppAuthRequest" || typeof request.requestId !== "string") return;
      const requestId = request.requestId;
      switch (request.method) {
        case "GetInitContext":
          return answer({
            requestId,
            success: true,
            initContext: { sdkName: "simulated-outlook", sdkVersion: "1.0.0", capabilities: { queryAccount: false } },
          });
        case "GetToken":
          if (!consented) {
            return answer({
              requestId,
              success: false,
              error: { status: "USER_INTERACTION_REQUIRED", code: "interaction_required", description: "AADSTS65001: consent required" },
            });
          }
          return answer({ requestId, success: true, ...token(request) });
        case "GetTokenPopup":
          if (scenario === "consent-refused") {
            return answer({
              requestId,
              success: false,
              error: { status: "USER_CANCEL", code: "user_canceled", description: "User cancelled the flow." },
            });
          }
          consented = true;
          return answer({ requestId, success: true, ...token(request) });
        default:
          return answer({ requestId, success: false, error: { status: "PERSISTENT_ERROR", code: "unsupported_method" } });
      }
    },
  };
  (target as unknown as { nestedAppAuthBridge: typeof bridge }).nestedAppAuthBridge = bridge;
  return { supported: true };
}

/** The request carries the claim Graph's challenge asked for (MSAL merges it with its capabilities). */
function answersChallenge(claims: string | undefined): boolean {
  const wanted = (JSON.parse(SIMULATED_CLAIMS) as { access_token: { nbf: { value: string } } }).access_token.nbf.value;
  return typeof claims === "string" && claims.includes(wanted);
}

/** An unsigned ID token with the claims MSAL reads; MSAL in a nested app never validates it itself. */
function idToken(user: SimulatedUser, clientId: string): string {
  const now = Math.floor(Date.now() / 1000);
  const claims = {
    aud: clientId,
    iss: `https://login.microsoftonline.com/${TENANT}/v2.0`,
    iat: now,
    nbf: now,
    exp: now + 3600,
    name: user.displayName,
    oid: OBJECT_ID,
    preferred_username: user.emailAddress,
    login_hint: "simulated-login-hint",
    sub: "simulated-subject",
    tid: TENANT,
    ver: "2.0",
  };
  return `${base64Url(JSON.stringify({ typ: "JWT", alg: "none" }))}.${base64Url(JSON.stringify(claims))}.`;
}
