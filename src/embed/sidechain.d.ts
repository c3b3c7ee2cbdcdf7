/** Types of the guest half of @nprapps/sidechain, which ships none. */
declare module '@nprapps/sidechain/src/guest.js' {
  export interface SidechainGuestOptions {
    /** pym.js child id; default: the `childId` query parameter. */
    id?: string;
    /** Turns off the 300 ms height polling. */
    disablePolling?: boolean;
    polling?: number;
    sentinel?: string;
  }
  export default class SidechainGuest {
    constructor(options?: SidechainGuestOptions);
    /** Posts the document's height to the parent (pym.js and AMP formats) if it changed. */
    sendHeight(): void;
    sendMessage(message: unknown): void;
    /** Its `message` listener (bound to the guest), which throws on `null` data. */
    onMessage(event: MessageEvent): void;
    unregister(): void;
  }
}
