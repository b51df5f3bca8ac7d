/** The simulated host's public API, for tests and the playground (index.ts is the script entry). */
export { ERRORS } from "./async";
export {
  CLASSIC,
  CLIENTS,
  DEFAULT_CLIENT_ID,
  FAITHFUL,
  findClient,
  getClient,
  LOSE_PROPS_QUIRK,
  MAC_CLIENT,
  summarizeClient,
  WEB,
  type ClientId,
  type ClientProfile,
  type ClientSummary,
  type ComposeMode,
  type Evidence,
  type Quirk,
} from "./clients";
export {
  chooseClientId,
  chooseCompose,
  chooseLanguage,
  chooseLoseProps,
  chooseScenarioId,
  chooseReadyDelay,
  chooseTheme,
  CLIENT_QUERY_PARAMETER,
  CLIENT_STORAGE_KEY,
  COMPOSE_QUERY_PARAMETER,
  createControl,
  describeClient,
  describeScenario,
  PROPS_QUERY_PARAMETER,
  type ScenarioDetails,
  SCENARIO_QUERY_PARAMETER,
  SCENARIO_STORAGE_KEY,
  type ScenarioSummary,
  type SimControl,
} from "./control";
export { MAX_BODY_WRITE } from "./body";
export { MAX_CUSTOM_PROPERTIES_CHARS } from "./customProperties";
export { htmlToText, textToHtmlDocument } from "./html";
export {
  installSimulatedOffice,
  type ActionHandler,
  type HostOptions,
  type ReadyInfo,
  type SimulatedHost,
  type SimulatedOfficeGlobal,
} from "./install";
export { MAX_LOCATION, MAX_SUBJECT } from "./item";
export { MAX_NOTIFICATION_MESSAGE, MAX_NOTIFICATIONS } from "./notifications";
export { ELEMENT_TO_PROOF, rewriteForClassic, rewriteForMac, rewriteForWeb } from "./rewrite";
export { MAX_ROAMING_BYTES } from "./roaming";
export { DEFAULT_SCENARIO_ID, findScenario, getScenario, SCENARIOS } from "./scenarios";
export {
  DEFAULT_SEND_TIMEOUT_MS,
  MAX_SMART_ALERT_MESSAGE,
  REASON_EMBEDDED,
  REASON_NOT_LOADED,
  SEND_HANDLER_NAME,
  simulateSend,
  type SendOptions,
  type SendOutcome,
} from "./send";
export { initialState, ItemStore, sessionStorageOf, storageKey, type StorageLike } from "./store";
export { createTestHooks, WRITE_TARGETS, type CallOutcome, type CallRecord, type CallTarget, type TestHooks } from "./testHooks";
export type * from "./types";
