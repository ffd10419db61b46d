/** The name of the port each content script keeps open to the worker (lifecycle.ts). */
export const CONTENT_PORT = "content";
