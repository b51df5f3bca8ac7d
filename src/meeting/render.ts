import { renderHtmlBlock, renderTextBlock, type BlockOptions } from "./block";
import type { MeetingLink } from "./types";

/** Both shapes of one block plus what the writer records about it; the body's type picks the shape. */
export interface RenderedBlocks {
  readonly html: string;
  readonly text: string;
  readonly link: { readonly providerId: string; readonly joinUrl: string };
}

/** Throws ProviderError when the link is not https (the caller shows it and changes nothing). */
export function renderBlocks(link: MeetingLink, options: BlockOptions = {}): RenderedBlocks {
  return {
    html: renderHtmlBlock(link, options),
    text: renderTextBlock(link, options),
    link: { providerId: link.providerId, joinUrl: link.joinUrl },
  };
}
