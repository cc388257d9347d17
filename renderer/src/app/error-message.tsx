interface Props {
  title: string;
  message: string;
  onRetry?: () => void;
}

/** How a failed call looks everywhere: what failed, the backend's own words, and a retry. */
export function ErrorMessage({ title, message, onRetry }: Props) {
  return (
    <div className="error-panel" role="alert">
      <h2>{title}</h2>
      <p className="error-message">{message}</p>
      {onRetry && (
        <div className="button-row">
          <button type="button" onClick={onRetry}>
            Try again
          </button>
        </div>
      )}
    </div>
  );
}
