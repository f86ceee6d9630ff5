/**
 * Marks a wide table's frame (data-overflow = right, left or both) while columns lie beyond an
 * edge of its scroll region, so the page can show a shadow and a line saying the table scrolls.
 */

function mark(frame: HTMLElement, scroller: HTMLElement): void {
  const left = scroller.scrollLeft > 1;
  const right = scroller.scrollLeft + scroller.clientWidth < scroller.scrollWidth - 1;
  const state = left && right ? 'both' : right ? 'right' : left ? 'left' : null;
  if (state) frame.dataset.overflow = state;
  else delete frame.dataset.overflow;
}

export function watchTableScroll(frame: HTMLElement): void {
  const scroller = frame.querySelector<HTMLElement>('.table-scroll');
  if (!scroller) return;
  const update = () => mark(frame, scroller);
  scroller.addEventListener('scroll', update, { passive: true });
  // The table's width changes with the window and when a live view replaces its rows.
  const observer = new ResizeObserver(update);
  observer.observe(scroller);
  if (scroller.firstElementChild) observer.observe(scroller.firstElementChild);
  update();
}

for (const frame of document.querySelectorAll<HTMLElement>('.table-frame')) watchTableScroll(frame);
