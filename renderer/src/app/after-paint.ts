/** Longest wait for a frame: a hidden window paints none, and what waits on one must still go on. */
const FRAME_WAIT_LIMIT_MS = 100;

/**
 * Resolves once the browser has painted the next frame (or after a short while when it paints
 * none), so work that can wait does not hold up what the user is about to see.
 */
export function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    let done = false;
    const finish = (): void => {
      if (done) return;
      done = true;
      clearTimeout(limit);
      resolve();
    };
    const limit = setTimeout(finish, FRAME_WAIT_LIMIT_MS);
    // A frame's callbacks run before its paint; the task after them runs once it is on screen.
    requestAnimationFrame(() => setTimeout(finish, 0));
  });
}
