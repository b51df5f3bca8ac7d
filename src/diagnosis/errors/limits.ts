/**
 * How much of a paste we read. Real messages, even whole bounces with their headers, put the
 * distinctive sentence within the first few hundred characters; the cap keeps a pasted megabyte
 * from costing anything and is shown to the user when it applies.
 */
export const MAX_ERROR_TEXT = 4000;
