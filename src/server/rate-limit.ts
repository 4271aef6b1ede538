import { LIMITS } from '../engine/limits';

/**
 * A fixed window per client: so many messages in so many milliseconds, then refusals until the
 * window turns. A client that keeps flooding far past the limit is disconnected.
 */
export function rateLimiter(now: () => number) {
  let windowStart = now();
  let count = 0;
  return {
    /** 'ok', 'refuse' (over the limit), or 'drop' (flooding: disconnect it). */
    take(): 'ok' | 'refuse' | 'drop' {
      const time = now();
      if (time - windowStart >= LIMITS.liveRateWindowMs) {
        windowStart = time;
        count = 0;
      }
      count += 1;
      if (count <= LIMITS.liveMessagesPerWindow) return 'ok';
      return count > LIMITS.liveMessagesPerWindow * 5 ? 'drop' : 'refuse';
    },
  };
}
