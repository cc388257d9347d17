import type { InputHTMLAttributes } from 'react';

interface Props extends Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange'> {
  label: string;
  value: string;
  onChange: (value: string) => void;
}

/** A one-line text input inside its label, so the label names it for screen readers and tests alike. */
export function TextField({ label, value, onChange, ...input }: Props) {
  return (
    <label>
      {label}
      <input {...input} value={value} onChange={(event) => onChange(event.target.value)} />
    </label>
  );
}
