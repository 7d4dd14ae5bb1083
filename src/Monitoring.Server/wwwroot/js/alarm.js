// The attention getter for a new critical alert: a screen flash, a banner, and a short beep.
// Browsers only let audio start after a user gesture, so the first click anywhere arms it.

import { $ } from './dom.js';

const SOUND_KEY = 'monitoring.sound';
let audio = null;
let soundOn = sessionStorage.getItem(SOUND_KEY) !== 'off';
let bannerTimer = null;

export function initAlarm() {
  const arm = () => {
    try {
      audio ??= new AudioContext();
      if (audio.state === 'suspended') audio.resume();
    } catch {
      audio = null;
    }
    renderToggle();
  };
  document.addEventListener('pointerdown', arm, { capture: true });
  document.addEventListener('keydown', arm, { capture: true });
  $('sound-toggle').addEventListener('click', () => {
    soundOn = !soundOn;
    sessionStorage.setItem(SOUND_KEY, soundOn ? 'on' : 'off');
    renderToggle();
  });
  $('flash-dismiss').addEventListener('click', hideBanner);
  renderToggle();
}

function renderToggle() {
  const button = $('sound-toggle');
  const armed = audio && audio.state === 'running';
  button.textContent = !soundOn ? 'Sound off' : armed ? 'Sound on' : 'Enable sound';
  button.title = !soundOn ? 'Beep on a new critical alert: off (click to turn on)'
    : armed ? 'Beep on a new critical alert: on (click to mute)'
      : 'The browser allows sound only after a click on the page: click anywhere to enable the beep';
  button.classList.toggle('muted-state', !soundOn || !armed);
}

let bannerAlertId = null;

/** Hides the banner once the alert it announces is no longer waiting for someone. */
export function settled(alertId) {
  if (alertId === bannerAlertId) hideBanner();
}

export function alarm(text, alertId) {
  bannerAlertId = alertId;
  const body = document.body;
  body.classList.remove('flash');
  void body.offsetWidth; // restart the animation when two alerts come close together
  body.classList.add('flash');
  setTimeout(() => body.classList.remove('flash'), 2600);

  $('flash-text').textContent = text;
  $('flash-banner').hidden = false;
  clearTimeout(bannerTimer);
  bannerTimer = setTimeout(hideBanner, 20000);
  beep();
}

/** The beep alone, for an alert the strip announces (another site's): no banner, no flash. */
export function chime() {
  beep();
}

function hideBanner() {
  bannerAlertId = null;
  $('flash-banner').hidden = true;
}

function beep() {
  if (!soundOn || !audio || audio.state !== 'running') return;
  const t = audio.currentTime;
  for (const [offset, frequency] of [[0, 880], [0.18, 660], [0.36, 880]]) {
    const oscillator = audio.createOscillator();
    const gain = audio.createGain();
    oscillator.type = 'square';
    oscillator.frequency.value = frequency;
    gain.gain.setValueAtTime(0.0001, t + offset);
    gain.gain.exponentialRampToValueAtTime(0.12, t + offset + 0.01);
    gain.gain.exponentialRampToValueAtTime(0.0001, t + offset + 0.15);
    oscillator.connect(gain).connect(audio.destination);
    oscillator.start(t + offset);
    oscillator.stop(t + offset + 0.16);
  }
}
