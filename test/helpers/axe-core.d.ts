// axe-core's minified build registers `window.axe` when imported; it has no typings of its own.
declare module 'axe-core/axe.min.js';
