import { needsInteraction, tokenFailure } from "../../src/graph/tokenErrors";

/** Errors as MSAL raises them through the NAA bridge (see msal-browser's WebBrokerBridgeErrorMap). */
const msal = (name: string, errorCode: string, errorMessage = "") => ({
  name,
  errorCode,
  errorMessage,
  message: `${errorCode}: ${errorMessage}`,
});

describe("tokenFailure: MSAL's failures in the pane's words", () => {
  test.each<[string, unknown, string]>([
    ["the user closed the pop-up", msal("ClientAuthError", "user_canceled", "User cancelled the flow."), "consent-refused"],
    ["consent refused", msal("InteractionRequiredAuthError", "consent_required", "AADSTS65001"), "consent-refused"],
    ["still needs interaction after the pop-up", msal("InteractionRequiredAuthError", "", ""), "consent-refused"],
    ["bridge disabled", msal("ClientAuthError", "nested_app_auth_bridge_disabled"), "bridge-missing"],
    ["bridge unavailable", msal("AuthError", "bridge_unavailable"), "bridge-missing"],
    ["no network", msal("ClientAuthError", "no_network_connectivity"), "network"],
    ["empty ServerError (Outlook for Mac)", msal("ServerError", "", ""), "sign-in-failed"],
    ["untrusted origin", msal("ServerError", "untrusted_origin", "AADSTS50011"), "sign-in-failed"],
    ["something thrown that is not an error", "boom", "sign-in-failed"],
    ["nothing at all", undefined, "sign-in-failed"],
  ])("%s → %s", (_name, error, why) => {
    expect(tokenFailure(error).why).toBe(why);
  });

  test("the empty ServerError says in words where it is known from", () => {
    expect(tokenFailure(msal("ServerError", "", "")).detail).toBe("ServerError with no details (reported on Outlook for Mac)");
  });

  test("a detail keeps MSAL's code and message once, and never a token", () => {
    const jwt = "eyJ0eXAiOiJKV1QiLCJhbGciOiJub25lIn0.eyJzY3AiOiJDYWxlbmRhcnMuUmVhZC5TaGFyZWQifQ.c2ln";
    const { detail } = tokenFailure(msal("ServerError", "invalid_grant", `bad token ${jwt}`));
    expect(detail).toBe("ServerError invalid_grant: bad token [token]");
  });

  test.each<[unknown, boolean]>([
    [msal("InteractionRequiredAuthError", "login_required"), true],
    [msal("ClientAuthError", "no_account_found"), true],
    [msal("ClientAuthError", "user_canceled"), false],
    [msal("ServerError", ""), false],
  ])("needsInteraction(%p) → %p", (error, expected) => {
    expect(needsInteraction(error)).toBe(expected);
  });
});
