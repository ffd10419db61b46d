// Blog files: Markdown and HTML are turned into analysable text of exactly the same length, markup
// replaced by spaces and block boundaries by line breaks, so that every finding's offsets are also
// offsets into the original file (its line and column are then exact).

/** Replaces [start, end) of `chars` with spaces, keeping line breaks. */
function blank(chars: string[], start: number, end: number): void {
  for (let i = start; i < end; i++) if (chars[i] !== "\n") chars[i] = " ";
}

const BLOCK_TAGS = /^(?:p|div|li|ul|ol|h[1-6]|br|hr|blockquote|section|article|header|footer|table|tr|td|th|pre|figure|figcaption|dd|dt|dl)$/i;
const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " ", eacute: "é", egrave: "è", agrave: "à", ccedil: "ç", rsquo: "’", laquo: "«", raquo: "»", hellip: "…" };

/** Length of the tag starting at `i` ("<…>"), or 0 when "<" does not open one. A scanner, not a
 *  regular expression: each "<" looks ahead at most to the next "<" or 4,000 characters, so a
 *  hostile file stays linear. */
function tagLength(source: string, i: number): number {
  const limit = Math.min(source.length, i + 4000);
  for (let j = i + 1; j < limit; j++) {
    const c = source.charAt(j);
    if (c === ">") return j - i + 1;
    if (c === "<") return 0;
  }
  return 0;
}

function tagName(tag: string): string {
  const m = /^<\/?([a-zA-Z][a-zA-Z0-9-]{0,30})/.exec(tag);
  return m ? (m[1] as string).toLowerCase() : "";
}

export function stripHtml(source: string): string {
  const chars = source.split("");
  const lower = source.toLowerCase();
  // Inside a text run, HTML collapses line breaks into spaces: only block tags break lines.
  for (let i = 0; i < chars.length; i++) if (chars[i] === "\n") chars[i] = " ";
  let i = 0;
  while (i < source.length) {
    const c = source.charAt(i);
    if (c === "<") {
      if (source.startsWith("<!--", i)) {
        const close = source.indexOf("-->", i + 4);
        const end = close === -1 ? source.length : close + 3;
        blank(chars, i, end);
        i = end;
        continue;
      }
      const len = tagLength(source, i);
      if (len === 0 || !/[a-zA-Z/!]/.test(source.charAt(i + 1))) {
        i++;
        continue;
      }
      const name = tagName(source.slice(i, i + len));
      let end = i + len;
      if (name === "script" || name === "style") {
        // Their content is not text a reader sees.
        const close = lower.indexOf(`</${name}`, end);
        const closeEnd = close === -1 ? source.length : source.indexOf(">", close);
        end = closeEnd === -1 ? source.length : closeEnd + 1;
      }
      blank(chars, i, end);
      if (name === "script" || name === "style" || BLOCK_TAGS.test(name)) chars[i] = "\n";
      i = end;
      continue;
    }
    if (c === "&") {
      const semi = source.indexOf(";", i + 1);
      if (semi !== -1 && semi - i <= 11) {
        const name = source.slice(i + 1, semi);
        const ch = /^#\d{1,7}$/.test(name)
          ? String.fromCodePoint(Math.min(Number(name.slice(1)), 0x10ffff) || 32)
          : /^#x[0-9a-f]{1,6}$/i.test(name)
            ? String.fromCodePoint(Math.min(parseInt(name.slice(2), 16), 0x10ffff) || 32)
            : ENTITIES[name.toLowerCase()];
        if (ch !== undefined && ch.length === 1) {
          blank(chars, i, semi + 1);
          chars[i] = ch;
          i = semi + 1;
          continue;
        }
      }
    }
    i++;
  }
  return chars.join("");
}

export function stripMarkdown(source: string): string {
  const chars = source.split("");
  const lines = source.split("\n");
  let offset = 0;
  let inFence = false;
  let inFrontMatter = false;
  lines.forEach((line, n) => {
    const start = offset;
    offset += line.length + 1;
    if (n === 0 && line.trim() === "---") {
      inFrontMatter = true;
      blank(chars, start, start + line.length);
      return;
    }
    if (inFrontMatter) {
      if (line.trim() === "---" || line.trim() === "...") inFrontMatter = false;
      blank(chars, start, start + line.length);
      return;
    }
    if (/^\s{0,3}(```|~~~)/.test(line)) {
      inFence = !inFence;
      blank(chars, start, start + line.length);
      return;
    }
    if (inFence) return; // code is text a reader sees: keep it
    const block = /^(\s{0,3}(?:#{1,6}\s|>\s?|[-*+]\s|\d{1,9}[.)]\s)?)/.exec(line);
    if (block?.[1]) blank(chars, start, start + block[1].length);
    // A soft-wrapped line continues the paragraph of the previous line: join them with a space.
    const prev = lines[n - 1];
    if (n > 0 && prev !== undefined && prev.trim() !== "" && line.trim() !== "" && !block?.[1] && !/^\s{0,3}(```|~~~|---|\|)/.test(prev)) chars[start - 1] = " ";
    if (/^\s{0,3}([-*_])(\s{0,2}\1){2,}\s*$/.test(line)) blank(chars, start, start + line.length);
  });
  const text = chars.join("");
  const out = text.split("");
  // Images and links: keep the visible text, blank the syntax and the URL (a bounded scanner).
  for (let i = 0; i < text.length; i++) {
    if (text.charAt(i) !== "[") continue;
    const close = scanTo(text, i + 1, "]", 500);
    if (close === -1 || text.charAt(close + 1) !== "(") continue;
    const paren = scanTo(text, close + 2, ")", 2000);
    if (paren === -1) continue;
    const s0 = i > 0 && text.charAt(i - 1) === "!" ? i - 1 : i;
    blank(out, s0, i + 1);
    blank(out, close, paren + 1);
    i = paren;
  }
  let m: RegExpExecArray | null;
  // Emphasis and inline code markers, autolinks' brackets, HTML tags in Markdown.
  for (let i = text.indexOf("<"); i !== -1; i = text.indexOf("<", i + 1)) {
    const len = tagLength(text, i);
    if (len > 0 && /[a-zA-Z/]/.test(text.charAt(i + 1))) blank(out, i, i + len);
  }
  const inline = /\*{1,3}|_{1,3}(?=\S)|(?<=\S)_{1,3}|`{1,3}|<(?=https?:)|(?<=\S)>(?=\s|$)/g;
  while ((m = inline.exec(text)) !== null) blank(out, m.index, m.index + m[0].length);
  return out.join("");
}

/** Index of `ch` after `from` on the same line within `max` characters, or -1. */
function scanTo(text: string, from: number, ch: string, max: number): number {
  const limit = Math.min(text.length, from + max);
  for (let j = from; j < limit; j++) {
    const c = text.charAt(j);
    if (c === ch) return j;
    if (c === "\n" || (ch === "]" && c === "[")) return -1;
  }
  return -1;
}

export type FileKind = "markdown" | "html" | "text";

export function kindOf(path: string): FileKind {
  if (/\.(md|markdown|mdx)$/i.test(path)) return "markdown";
  if (/\.(html?|xhtml)$/i.test(path)) return "html";
  return "text";
}

export function analysableText(source: string, kind: FileKind): string {
  return kind === "markdown" ? stripMarkdown(source) : kind === "html" ? stripHtml(source) : source;
}
