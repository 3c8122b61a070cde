// Provided by deckFontsPlugin (plugin.ts): the deck's web fonts, as CSS and a wait for them.
declare module 'virtual:deck-fonts' {}
