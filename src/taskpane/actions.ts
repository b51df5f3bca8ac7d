/**
 * What only a click needs: the report for IT, the request to the owner and the clipboard. A chunk of
 * its own, prefetched once the answer is on screen.
 */
export { buildReport, mailToIt } from "../documents/report";
export { draftOwnerRequest } from "../documents/ownerRequest";
export { copyText } from "./clipboard";
export { exchangeCheckBlock } from "../diagnosis/evidence/exchangeBlock";
