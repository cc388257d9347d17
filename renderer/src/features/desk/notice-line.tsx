import { useNotice } from './notices';

/** What the last edit did or why it failed, and what background work has to say (a refused backup), wherever the analyst is. */
export function NoticeLine() {
  const notice = useNotice();
  return (
    <span className={`desk-notice${notice?.tone === 'error' ? ' is-error' : ''}`} role={notice?.tone === 'error' ? 'alert' : 'status'} aria-label="Notice" title={notice?.text}>
      {notice?.text ?? ''}
    </span>
  );
}
