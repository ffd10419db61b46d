// A text field bound to one setting: typing saves after a short pause and on leaving the field;
// a change made elsewhere (import, reset, another tab) shows unless the user is typing here.
import { useEffect, useRef, useState } from "preact/hooks";

const SAVE_DELAY_MS = 600;

interface Props {
  id: string;
  label: string;
  value: string;
  multiline?: boolean;
  rows?: number;
  maxLength?: number;
  hint?: string;
  onSave(value: string): void;
}

export function TextSetting({ id, label, value, multiline, rows = 3, maxLength, hint, onSave }: Props) {
  const [draft, setDraft] = useState(value);
  const field = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const pending = useRef<string | null>(null);

  useEffect(() => {
    if (document.activeElement !== field.current) setDraft(value);
  }, [value]);

  const flush = () => {
    clearTimeout(timer.current);
    if (pending.current !== null) {
      const next = pending.current;
      pending.current = null;
      if (next !== value) onSave(next);
    }
  };
  useEffect(() => () => flush(), []);

  const onInput = (e: Event) => {
    const next = (e.currentTarget as HTMLInputElement | HTMLTextAreaElement).value;
    setDraft(next);
    pending.current = next;
    clearTimeout(timer.current);
    timer.current = setTimeout(flush, SAVE_DELAY_MS);
  };

  const common = {
    id,
    ref: field,
    value: draft,
    maxLength,
    onInput,
    onBlur: flush,
    "aria-describedby": hint ? `${id}-hint` : undefined,
  };
  return (
    <div class="text-setting">
      <label for={id}>{label}</label>
      {multiline ? <textarea {...common} rows={rows} /> : <input type="text" {...common} />}
      {hint && (
        <p id={`${id}-hint`} class="hint">
          {hint}
        </p>
      )}
    </div>
  );
}

/** One entry a line: trimmed, blank lines and repeats dropped, each cut to the schema's 200 characters. */
export function parseLines(text: string): string[] {
  const seen = new Set<string>();
  for (const line of text.split("\n")) {
    const entry = line.trim().slice(0, 200);
    if (entry) seen.add(entry);
  }
  return [...seen].slice(0, 500);
}
