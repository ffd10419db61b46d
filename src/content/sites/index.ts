// Every site adapter, the generic one last: the controller uses the first that matches the page.
import type { SiteAdapterFactory } from "../types.js";
import { blogger } from "./blogger.js";
import { facebook } from "./facebook.js";
import { generic } from "./generic.js";
import { linkedin } from "./linkedin.js";
import { medium } from "./medium.js";
import { substack } from "./substack.js";
import { wordpress } from "./wordpress.js";
import { x } from "./x.js";

export const siteAdapters: SiteAdapterFactory[] = [facebook, x, linkedin, wordpress, medium, substack, blogger, generic];

export { facebook, x, linkedin, wordpress, medium, substack, blogger, generic };
export { guessKind } from "./define.js";
