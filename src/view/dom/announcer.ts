/**
 * Speaks through an ARIA live region. The text is replaced, not appended, and cleared first so
 * that the same sentence twice is still announced twice.
 */
export function createAnnouncer(region: HTMLElement): (text: string) => void {
  let pending: number | undefined;
  return (text: string) => {
    region.textContent = '';
    if (pending !== undefined) window.clearTimeout(pending);
    pending = window.setTimeout(() => {
      region.textContent = text;
    }, 50);
  };
}
