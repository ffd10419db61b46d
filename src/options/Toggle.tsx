// A labelled checkbox with an optional one-line description read by screen readers with it.
interface Props {
  id: string;
  label: string;
  description?: string;
  checked: boolean;
  disabled?: boolean;
  onChange(checked: boolean): void;
}

export function Toggle({ id, label, description, checked, disabled, onChange }: Props) {
  return (
    <div class={`toggle${disabled ? " disabled" : ""}`}>
      <input
        type="checkbox"
        id={id}
        checked={checked}
        disabled={disabled}
        aria-describedby={description ? `${id}-description` : undefined}
        onChange={(e) => onChange((e.currentTarget as HTMLInputElement).checked)}
      />
      <label for={id}>
        <span class="toggle-label">{label}</span>
        {description && (
          <span id={`${id}-description`} class="toggle-description">
            {description}
          </span>
        )}
      </label>
    </div>
  );
}
