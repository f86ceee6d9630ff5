/**
 * The slide show: shows the slides the URL picks (?slides=, ?park=; ?period= goes to that
 * period's page), advances every ?interval= seconds with a progress bar and loops, and answers the
 * buttons, the keyboard and presenter clickers (see keyAction).
 */
import {
  DIGIT_WAIT_MS, digitJump, keyAction, parseInterval, selectSlides, type Action,
} from '../lib/briefing/controls.ts';

const NOTICE_MS = 10_000;

const stage = document.querySelector<HTMLElement>('#briefing')!;
const slides = [...stage.querySelectorAll<HTMLElement>('.slide')];
const bar = stage.querySelector<HTMLElement>('#deck-progress')!;
const playButton = stage.querySelector<HTMLButtonElement>('#deck-play')!;
const positionLabel = stage.querySelector<HTMLElement>('#deck-position')!;
const countLabel = stage.querySelector<HTMLElement>('#deck-count')!;
const notice = stage.querySelector<HTMLElement>('#deck-notice')!;

const params = new URLSearchParams(location.search);
const intervalMs = parseInterval(params.get('interval')) * 1000;
const { order, unknown } = selectSlides(slides.map((s) => s.dataset.slide!), params);

let position = 0;
let paused = false;
/** The progress bar's animation is the timer: when it finishes, the next slide shows. */
let timer: Animation | null = null;

function restartTimer(): void {
  timer?.cancel();
  timer = bar.animate([{ transform: 'scaleX(0)' }, { transform: 'scaleX(1)' }], { duration: intervalMs, easing: 'linear', fill: 'forwards' });
  timer.onfinish = () => show(position + 1);
  if (paused) timer.pause();
}

function show(next: number): void {
  position = (next + order.length) % order.length;
  const current = slides[order[position]!]!;
  for (const slide of slides) slide.hidden = slide !== current;
  positionLabel.textContent = String(position + 1);
  stage.dataset.current = current.dataset.slide;
  restartTimer();
}

function setPaused(value: boolean): void {
  paused = value;
  if (paused) timer?.pause();
  else timer?.play();
  playButton.textContent = paused ? '▶ 播放' : '❚❚ 暂停';
  stage.dataset.paused = String(paused);
}

function toggleFullscreen(): void {
  const change = document.fullscreenElement ? document.exitFullscreen() : document.documentElement.requestFullscreen();
  change.catch(() => {
    // Refused (not from a user gesture, or not allowed here): nothing to undo.
  });
}

let typed = '';
let digitWait: ReturnType<typeof setTimeout> | undefined;

/** Digits typed in a row name a slide: 1–9 jump at once when no longer number exists, 12 waits for the 2. */
function typeDigit(digit: number): void {
  clearTimeout(digitWait);
  typed += String(digit);
  const { slide, complete } = digitJump(typed, order.length);
  const jump = () => {
    if (slide !== null) show(slide - 1);
    typed = '';
  };
  if (complete) jump();
  else digitWait = setTimeout(jump, DIGIT_WAIT_MS);
}

function perform(action: Action): void {
  if (typeof action === 'object') return typeDigit(action.digit);
  if (action === 'next') show(position + 1);
  else if (action === 'previous') show(position - 1);
  else if (action === 'first') show(0);
  else if (action === 'last') show(order.length - 1);
  else if (action === 'pause') setPaused(!paused);
  else toggleFullscreen();
}

function say(message: string): void {
  notice.textContent = message;
  setTimeout(() => {
    notice.textContent = '';
  }, NOTICE_MS);
}

function goToPeriod(): boolean {
  const wanted = params.get('period');
  if (wanted === null || wanted === stage.dataset.period) return false;
  const paths: Record<string, string> = JSON.parse(stage.dataset.periods ?? '{}');
  if (paths[wanted]) {
    location.replace(`${paths[wanted]}${location.search}`);
    return true;
  }
  say(`没有期次 ${wanted}，显示 ${stage.dataset.period} 年度`);
  return false;
}

if (!goToPeriod()) {
  document.addEventListener('keydown', (event) => {
    const action = keyAction(event);
    // Space and Enter on a focused button press that button.
    if (!action || (event.key === ' ' && event.target instanceof HTMLButtonElement)) return;
    event.preventDefault();
    perform(action);
  });
  for (const button of stage.querySelectorAll<HTMLButtonElement>('[data-action]')) {
    button.addEventListener('click', () => perform(button.dataset.action as Action));
  }
  if (unknown.length > 0) say(`未找到幻灯片：${unknown.join('、')}`);
  countLabel.textContent = String(order.length);
  show(0);
  stage.dataset.running = 'true';
}
