// Opt-in browser notifications and a sound for a breach: off until the person turns them on (kept in localStorage).

import { $ } from "./dom.js";

const key = "asivado.console.alerts";
const settings = { notify: false, sound: false };

export function setUpAlerts() {
  Object.assign(settings, JSON.parse(localStorage.getItem(key) ?? "{}"));
  const notify = $("alert-notify");
  const sound = $("alert-sound");
  notify.checked = settings.notify && "Notification" in window && Notification.permission === "granted";
  sound.checked = settings.sound;
  notify.addEventListener("change", async () => {
    if (notify.checked && "Notification" in window && Notification.permission !== "granted") {
      notify.checked = (await Notification.requestPermission()) === "granted";
    }
    settings.notify = notify.checked;
    save(notify.checked ? "Browser notifications on." : "Browser notifications off.");
  });
  sound.addEventListener("change", () => {
    settings.sound = sound.checked;
    save(sound.checked ? "Sound for a breach on." : "Sound for a breach off.");
  });
}

function save(message) {
  localStorage.setItem(key, JSON.stringify(settings));
  $("alerts-status").textContent = message;
}

/** A new alert arrived live: notify and sound as the person asked, never otherwise. */
export function announce(title, body, breach) {
  if (settings.notify && "Notification" in window && Notification.permission === "granted") {
    new Notification(title, { body, tag: title });
  }
  if (settings.sound && breach) {
    beep();
  }
}

function beep() {
  const AudioContext = window.AudioContext ?? window.webkitAudioContext;
  if (!AudioContext) {
    return;
  }
  const audio = new AudioContext();
  const tone = audio.createOscillator();
  const gain = audio.createGain();
  tone.frequency.value = 880;
  gain.gain.setValueAtTime(0.2, audio.currentTime);
  gain.gain.exponentialRampToValueAtTime(0.001, audio.currentTime + 0.6);
  tone.connect(gain).connect(audio.destination);
  tone.start();
  tone.stop(audio.currentTime + 0.6);
  tone.onended = () => audio.close();
}
