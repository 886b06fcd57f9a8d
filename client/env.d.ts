/// <reference types="vite/client" />

/** Hash of the client sources, baked in by vite.config.ts; sent as join option `build`. */
declare const __BUILD_ID__: string;
