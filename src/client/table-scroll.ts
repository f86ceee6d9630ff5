/**
 * Marks a wide table's frame (data-overflow = right, left or both) while columns lie beyond an
 * edge of its scroll region, so the page can show a shadow and a line saying the table scrolls.
 *
 * A frame is measured only once it comes near the screen, and only when the browser lays the page
 * out anyway (a ResizeObserver's first report): measuring every table at start-up would force the
 * browser to lay out long tables that are off-screen, which global.css lets it skip.
 */

function mark(frame: HTMLElement, scroller: HTMLElement): void {
  const left = scroller.scrollLeft > 1;
  const right = scroller.scrollLeft + scroller.clientWidth < scroller.scrollWidth - 1;
  const state = left && right ? 'both' : right ? 'right' : left ? 'left' : null;
  if (state) frame.dataset.overflow = state;
  else delete frame.dataset.overflow;
}

function watch(frame: HTMLElement): void {
  const scroller = frame.querySelector<HTMLElement>('.table-scroll');
  if (!scroller) return;
  const update = () => mark(frame, scroller);
  scroller.addEventListener('scroll', update, { passive: true });
  // The table's width changes with the window and when a live view replaces its rows.
  const observer = new ResizeObserver(update);
  observer.observe(scroller);
  if (scroller.firstElementChild) observer.observe(scroller.firstElementChild);
}

const near = new IntersectionObserver((entries) => {
  for (const entry of entries) {
    if (!entry.isIntersecting) continue;
    near.unobserve(entry.target);
    watch(entry.target as HTMLElement);
  }
}, { rootMargin: '200px 0px' });

/** Shows `frame`'s scroll cue from the time it comes near the screen. */
export function watchTableScroll(frame: HTMLElement): void {
  near.observe(frame);
}

for (const frame of document.querySelectorAll<HTMLElement>('.table-frame')) watchTableScroll(frame);
