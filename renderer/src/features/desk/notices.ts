import { useSyncExternalStore } from 'react';
import { errorMessage } from '../../api/client';

export interface Notice {
  id: number;
  tone: 'info' | 'error';
  text: string;
}

type Listener = () => void;

/** Short messages about what an edit did ("Undone: …") or why it failed, shown in the desk's status line. */
class NoticeBoard {
  private current: Notice | null = null;
  private nextId = 1;
  private listeners = new Set<Listener>();
  private timer: ReturnType<typeof setTimeout> | null = null;

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  get = (): Notice | null => this.current;

  show(tone: Notice['tone'], text: string): void {
    this.current = { id: this.nextId++, tone, text };
    if (this.timer) clearTimeout(this.timer);
    // Errors stay until the next message; confirmations fade.
    if (tone === 'info') this.timer = setTimeout(() => this.clear(), 6000);
    this.listeners.forEach((listener) => listener());
  }

  clear(): void {
    this.current = null;
    this.listeners.forEach((listener) => listener());
  }
}

export const notices = new NoticeBoard();

export function useNotice(): Notice | null {
  return useSyncExternalStore(notices.subscribe, notices.get);
}

/** Runs one edit; a failure is shown with what was being done, and the promise resolves to null. */
export async function attempt<T>(what: string, work: Promise<T>, done?: string): Promise<T | null> {
  try {
    const result = await work;
    if (done) notices.show('info', done);
    return result;
  } catch (error) {
    notices.show('error', `${what} failed: ${errorMessage(error)}`);
    return null;
  }
}

/** Letters typed in a form stay there (no J/K/C/X); Escape still reaches the pane, which closes the form. */
export function keepKeysInForm(event: { key: string; stopPropagation: () => void }): void {
  if (event.key !== 'Escape') event.stopPropagation();
}
