/**
 * How an inserted join block recognises itself. Shared by the taskpane (replace/remove), the
 * send-time guard (is our link there?) and the simulated host. Custom properties have known bugs in
 * shared calendars, so the block itself must be recognisable from the body alone.
 */

/** Appears inside every HTML block (comment pair around it, and a data attribute on its wrapper). */
export const BLOCK_ID = "sob-meeting-block";

/** HTML: the block is exactly the text between these, inclusive. */
export const HTML_BLOCK_BEGIN = `<!--${BLOCK_ID}:begin-->`;
export const HTML_BLOCK_END = `<!--${BLOCK_ID}:end-->`;

/** Plain text: the block starts and ends with these lines (visible, so they must read well). */
export const TEXT_BLOCK_BEGIN = "-- Online meeting --------------------------------";
export const TEXT_BLOCK_END = "---------------------------------------------------";

/** Custom property (per add-in, per item) holding the inserted link's details as JSON. */
export const CUSTOM_PROPERTY_KEY = "sobMeeting";
