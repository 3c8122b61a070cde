/**
 * The presenter's guide (docs/演示指南.md), built beside the deck as this page: the help overlay
 * links it by this name, and the hand-over package keeps the name, so the link works from the
 * USB stick as from the server.
 */
export const guideFile = 'guide.html';

/** Where the guide is written, from the project's root. */
export const guideSource = 'docs/演示指南.md';
