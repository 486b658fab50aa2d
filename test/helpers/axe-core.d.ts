// axe-core's minified build registers `window.axe` when imported; it has no typings of its own.
declare module 'axe-core/axe.min.js';
// accessibility-checker-engine's window build registers `window.ace_ibma` when imported.
declare module 'accessibility-checker-engine/ace-window.js';
