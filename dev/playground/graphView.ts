/**
 * "Check with Microsoft 365" in the playground: a picker for what Microsoft 365 answers, and the
 * simulated Graph behind the pane's fetch (development only: the playground page is never shipped,
 * and only requests to graph.microsoft.com are answered here; everything else goes to the network).
 */
import { chooseGraphScenario, GRAPH_SCENARIOS, simulatedGraphAnswer } from "../simulated-office/graph";
import { navigation, urlWith } from "./navigate";

const GRAPH_ORIGIN = "https://graph.microsoft.com/";

export function setUpGraph(select: HTMLSelectElement): void {
  const scenario = chooseGraphScenario({ injected: (window as { __SIM_GRAPH__?: unknown }).__SIM_GRAPH__, search: window.location.search });
  select.replaceChildren(
    ...GRAPH_SCENARIOS.map(({ id, label }) => {
      const option = document.createElement("option");
      option.value = id;
      option.textContent = label;
      option.selected = id === scenario;
      return option;
    }),
  );
  // The bridge is installed when the pane opens, as Outlook's is: switching reopens the pane.
  select.addEventListener("change", () => navigation.assign(urlWith("graph", select.value)));

  // A page without fetch (jsdom in unit tests) has nothing to answer.
  if (typeof window.fetch !== "function") return;
  const networkFetch = window.fetch.bind(window);
  window.fetch = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
    if (!url.startsWith(GRAPH_ORIGIN)) return networkFetch(input, init);
    const authorization = new Headers(init?.headers).get("Authorization") ?? undefined;
    const answer = simulatedGraphAnswer(scenario, url, authorization);
    if (answer === "hang") {
      return new Promise((_resolve, reject) =>
        init?.signal?.addEventListener("abort", () => reject(new DOMException("The operation was aborted.", "AbortError"))),
      );
    }
    return new Promise((resolve) =>
      setTimeout(() => resolve(new Response(answer.body, { status: answer.status, headers: answer.headers })), 300),
    );
  };
}
