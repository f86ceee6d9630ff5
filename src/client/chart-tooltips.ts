/**
 * Tooltips for chart marks that carry `data-tip`: shown on hover and on keyboard focus,
 * dismissed with Esc (WCAG 1.4.13), and never the only place a figure is given (each chart
 * has its data table).
 */
const tip = document.createElement('div');
tip.className = 'chart-tooltip';
tip.setAttribute('role', 'tooltip');
tip.id = 'chart-tooltip';
tip.hidden = true;
document.body.append(tip);

let anchor: Element | null = null;

function show(mark: Element): void {
  anchor = mark;
  tip.textContent = mark.getAttribute('data-tip');
  tip.hidden = false;
  mark.setAttribute('aria-describedby', tip.id);
  const box = mark.getBoundingClientRect();
  const left = Math.min(Math.max(8, box.left + box.width / 2 - tip.offsetWidth / 2), window.innerWidth - tip.offsetWidth - 8);
  const above = box.top - tip.offsetHeight - 8;
  tip.style.left = `${left + window.scrollX}px`;
  tip.style.top = `${(above > 0 ? above : box.bottom + 8) + window.scrollY}px`;
}

function hide(): void {
  anchor?.removeAttribute('aria-describedby');
  anchor = null;
  tip.hidden = true;
}

const markOf = (target: EventTarget | null) => (target instanceof Element ? target.closest('.chart-svg [data-tip]') : null);

document.addEventListener('mouseover', (event) => {
  const mark = markOf(event.target);
  if (mark) show(mark);
  else if (anchor && !tip.contains(event.target as Node)) hide();
});
document.addEventListener('focusin', (event) => {
  const mark = markOf(event.target);
  if (mark) show(mark);
});
document.addEventListener('focusout', (event) => {
  if (markOf(event.target) === anchor) hide();
});
document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape' && anchor) hide();
});
