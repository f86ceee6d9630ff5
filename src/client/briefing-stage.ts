/**
 * The briefing's stage: the 1920×1080 canvas scaled to fill the screen with its aspect ratio kept
 * (briefing.css does the same in CSS for browsers without JS), ?theme=light for projectors, the
 * clock, and a wake lock so the screen does not go to sleep mid-meeting.
 */
const CANVAS = { width: 1920, height: 1080 };
/** The controls' smallest side on the canvas (px): on a small screen it must still reach 24 CSS px (WCAG 2.5.8). */
const CONTROL_SIDE = 56;
const MIN_TARGET = 24;

const stage = document.querySelector<HTMLElement>('#briefing')!;
const clock = document.querySelector<HTMLTimeElement>('#deck-clock')!;

function fit(): void {
  const scale = Math.min(innerWidth / CANVAS.width, innerHeight / CANVAS.height);
  const x = (innerWidth - CANVAS.width * scale) / 2;
  const y = (innerHeight - CANVAS.height * scale) / 2;
  stage.style.transform = `translate(${x}px, ${y}px) scale(${scale})`;
  stage.style.setProperty('--control-scale', String(Math.max(1, MIN_TARGET / (CONTROL_SIDE * scale))));
}

const timeFormat = new Intl.DateTimeFormat('zh-CN', { hour: '2-digit', minute: '2-digit', hour12: false });

function tick(): void {
  const now = new Date();
  clock.textContent = timeFormat.format(now);
  clock.dateTime = now.toISOString();
}

async function keepAwake(): Promise<void> {
  try {
    await navigator.wakeLock?.request('screen');
  } catch {
    // Not granted (battery saver, or the page is hidden): the screen's own settings apply.
  }
}

if (new URLSearchParams(location.search).get('theme') === 'light') document.documentElement.dataset.theme = 'light';
fit();
addEventListener('resize', fit);
tick();
setInterval(tick, 1000);
void keepAwake();
// The lock is released whenever the page is hidden.
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'visible') void keepAwake();
});
