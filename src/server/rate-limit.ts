import { LIMITS } from '../engine/limits';

/**
 * A token bucket per client: a burst of messages at once, then so many a second. Over the limit a
 * message is refused unread; a client that keeps flooding long past it is disconnected.
 */
export function rateLimiter(now: () => number) {
  let tokens: number = LIMITS.liveMessageBurst;
  let last = now();
  let refusedInRow = 0;
  return {
    /** 'ok', 'refuse' (over the limit), or 'drop' (flooding: disconnect it). */
    take(): 'ok' | 'refuse' | 'drop' {
      const time = now();
      tokens = Math.min(LIMITS.liveMessageBurst, tokens + ((time - last) / 1000) * LIMITS.liveMessagesPerSecond);
      last = time;
      if (tokens >= 1) {
        tokens -= 1;
        refusedInRow = 0;
        return 'ok';
      }
      refusedInRow += 1;
      return refusedInRow > LIMITS.liveMessageBurst * 3 ? 'drop' : 'refuse';
    },
  };
}
