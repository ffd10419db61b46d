// Entry of the content script for sites the user turns on from the popup (vite.generic.config.ts
// bundles it into one classic script). It is the same content script: only its packaging differs.
import "./index.js";
