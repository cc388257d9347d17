import { useNotice } from './notices';

/** What the last edit did, or why it failed, wherever the analyst is. */
export function NoticeLine() {
  const notice = useNotice();
  return (
    <span className={`desk-notice${notice?.tone === 'error' ? ' is-error' : ''}`} role={notice?.tone === 'error' ? 'alert' : 'status'} aria-label="Last edit">
      {notice?.text ?? ''}
    </span>
  );
}
