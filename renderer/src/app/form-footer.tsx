import type { ReactNode } from 'react';

interface Props {
  /** Why the last submit was refused, read out as it appears; null when there is nothing to say. */
  problem: string | null;
  submitLabel: string;
  onCancel: () => void;
  /** Buttons of the form's own, before its submit button. */
  children?: ReactNode;
}

/** The end of an editing form: its problem, then the submit button and Cancel. */
export function FormFooter({ problem, submitLabel, onCancel, children }: Props) {
  return (
    <>
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
      <div className="button-row">
        {children}
        <button type="submit" className="primary">
          {submitLabel}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </>
  );
}
