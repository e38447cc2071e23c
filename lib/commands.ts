/** The manifest's commands (keyboard shortcuts), by id: the manifest (wxt.config.ts) and the background share them. */

/** Opens the card of the box being written in, the focus in it. */
export const OPEN_CARD_COMMAND = 'open-card';
