// Blog files: Markdown and HTML are turned into analysable text of exactly the same length, markup
// replaced by spaces and block boundaries by line breaks, so that every finding's offsets are also
// offsets into the original file (its line and column are then exact).

/** Replaces [start, end) of `chars` with spaces, keeping line breaks. */
function blank(chars: string[], start: number, end: number): void {
  for (let i = start; i < end; i++) if (chars[i] !== "\n") chars[i] = " ";
}

const BLOCK_TAGS = /^(?:p|div|li|ul|ol|h[1-6]|br|hr|blockquote|section|article|header|footer|table|tr|td|th|pre|figure|figcaption|dd|dt|dl)$/i;
const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " ", eacute: "é", egrave: "è", agrave: "à", ccedil: "ç", rsquo: "’", laquo: "«", raquo: "»", hellip: "…" };

export function stripHtml(source: string): string {
  const chars = [...source.split("")];
  // Inside a text run, HTML collapses line breaks into spaces: only block tags break lines.
  for (let i = 0; i < chars.length; i++) if (chars[i] === "\n") chars[i] = " ";
  const re = /<!--[\s\S]{0,100000}?-->|<(script|style)\b[^>]{0,2000}>[\s\S]{0,1000000}?<\/\1\s{0,10}>|<\/?([a-zA-Z][a-zA-Z0-9-]{0,30})\b[^>]{0,4000}>|&(#x?[0-9a-fA-F]{1,6}|[a-zA-Z]{2,10});/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(source)) !== null) {
    const start = m.index;
    const end = start + m[0].length;
    if (m[0].startsWith("&")) {
      const name = m[3] ?? "";
      const ch = name.startsWith("#") ? String.fromCodePoint(parseInt(name.slice(name[1] === "x" ? 2 : 1), name[1] === "x" ? 16 : 10) || 32) : ENTITIES[name.toLowerCase()];
      if (ch !== undefined && ch.length === 1) {
        blank(chars, start, end);
        chars[start] = ch;
      }
      continue;
    }
    blank(chars, start, end);
    const tag = m[2];
    if (m[1] !== undefined || (tag !== undefined && BLOCK_TAGS.test(tag))) chars[start] = "\n";
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
  // Images and links: keep the visible text, blank the syntax and the URL.
  const link = /(!?)\[([^\]\n]{0,500})\]\(([^)\s]{0,2000})(?:\s{1,10}"[^"\n]{0,300}")?\)/g;
  let m: RegExpExecArray | null;
  while ((m = link.exec(text)) !== null) {
    const s = m.index;
    const textStart = s + m[1]!.length + 1;
    const textEnd = textStart + m[2]!.length;
    blank(out, s, textStart);
    blank(out, textEnd, s + m[0].length);
  }
  // Emphasis and inline code markers, autolinks' brackets, HTML tags in Markdown.
  const inline = /\*{1,3}|_{1,3}(?=\S)|(?<=\S)_{1,3}|`{1,3}|<\/?[a-zA-Z][a-zA-Z0-9-]{0,30}\b[^>\n]{0,2000}>|<(?=https?:)|(?<=\S)>(?=\s|$)/g;
  while ((m = inline.exec(text)) !== null) blank(out, m.index, m.index + m[0].length);
  return out.join("");
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
