import { describe, expect, it } from 'vitest';
import { ConnectionMonitor, type ConnectionState } from '../../../renderer/src/api/connection-state';

describe('the status bar following whether pushed events reach the page', () => {
  it('starts in the state the transport gives it', () => {
    expect(new ConnectionMonitor('connecting').current).toBe('connecting');
    expect(new ConnectionMonitor('connected').current).toBe('connected');
  });

  it('tells the status bar when the stream drops and when it is back', () => {
    const monitor = new ConnectionMonitor('connecting');
    const seen: ConnectionState[] = [];
    monitor.subscribe((state) => seen.push(state));
    monitor.set('connected');
    monitor.set('reconnecting');
    monitor.set('connected');
    expect(seen).toEqual(['connected', 'reconnecting', 'connected']);
    expect(monitor.current).toBe('connected');
  });

  it('stays quiet when the state does not change, as on repeated errors while reconnecting', () => {
    const monitor = new ConnectionMonitor('connected');
    const seen: ConnectionState[] = [];
    monitor.subscribe((state) => seen.push(state));
    monitor.set('connected');
    monitor.set('reconnecting');
    monitor.set('reconnecting');
    monitor.set('reconnecting');
    expect(seen).toEqual(['reconnecting']);
  });

  it('stops telling a status bar that has gone away', () => {
    const monitor = new ConnectionMonitor('connecting');
    const first: ConnectionState[] = [];
    const second: ConnectionState[] = [];
    const unsubscribe = monitor.subscribe((state) => first.push(state));
    monitor.subscribe((state) => second.push(state));
    monitor.set('connected');
    unsubscribe();
    monitor.set('reconnecting');
    expect(first).toEqual(['connected']);
    expect(second).toEqual(['connected', 'reconnecting']);
  });
});
