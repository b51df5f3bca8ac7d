/** The simulated host's public API, for tests and the playground (index.ts is the script entry). */
export { ERRORS } from "./async";
export {
  chooseScenarioId,
  chooseReadyDelay,
  chooseTheme,
  createControl,
  describeScenario,
  type ScenarioDetails,
  SCENARIO_QUERY_PARAMETER,
  SCENARIO_STORAGE_KEY,
  type ScenarioSummary,
  type SimControl,
} from "./control";
export { MAX_BODY_WRITE } from "./body";
export { MAX_CUSTOM_PROPERTIES_CHARS } from "./customProperties";
export { htmlToText, textToHtmlDocument } from "./html";
export { installSimulatedOffice, type ActionHandler, type ReadyInfo, type SimulatedHost, type SimulatedOfficeGlobal } from "./install";
export { MAX_LOCATION, MAX_SUBJECT } from "./item";
export { MAX_NOTIFICATION_MESSAGE, MAX_NOTIFICATIONS } from "./notifications";
export { MAX_ROAMING_BYTES } from "./roaming";
export { DEFAULT_SCENARIO_ID, findScenario, getScenario, SCENARIOS } from "./scenarios";
export { initialState, ItemStore, sessionStorageOf, storageKey, type StorageLike } from "./store";
export type * from "./types";
