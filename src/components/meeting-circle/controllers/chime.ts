import type { ReactiveController, ReactiveControllerHost } from 'lit';

type AudioWindow = Window & { webkitAudioContext?: typeof AudioContext };

/**
 * The overrun chime (Web Audio). The context is created inside a user gesture (`prime()`), so a
 * later chime may play, and closed when the element leaves the page: a browser allows only a
 * few open contexts, and a page that mounts circles repeatedly must not use them up.
 */
export class ChimeController implements ReactiveController {
  private audio: AudioContext | undefined;

  constructor(
    host: ReactiveControllerHost,
    private readonly enabled: () => boolean,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    const ctx = this.audio;
    this.audio = undefined;
    if (!ctx || ctx.state === 'closed') return;
    try {
      void ctx.close().catch(() => undefined);
    } catch {
      // An old or partial implementation without close(): nothing more to free.
    }
  }

  /** Creates or wakes the audio context (call from a user gesture). */
  prime(): void {
    if (!this.enabled()) return;
    try {
      const Ctor = window.AudioContext ?? (window as AudioWindow).webkitAudioContext;
      if (!Ctor) return;
      this.audio ??= new Ctor();
      if (this.audio.state === 'suspended') void this.audio.resume().catch(() => undefined);
    } catch {
      this.audio = undefined;
    }
  }

  /** Two soft tones, about a second. */
  play(): void {
    if (!this.enabled()) return;
    this.prime();
    const ctx = this.audio;
    if (!ctx) return;
    try {
      const t = ctx.currentTime;
      [523.25, 659.25].forEach((freq, i) => {
        const osc = ctx.createOscillator();
        const gain = ctx.createGain();
        osc.type = 'sine';
        osc.frequency.value = freq;
        const at = t + i * 0.35;
        gain.gain.setValueAtTime(0.0001, at);
        gain.gain.exponentialRampToValueAtTime(0.12, at + 0.04);
        gain.gain.exponentialRampToValueAtTime(0.0001, at + 0.8);
        osc.connect(gain).connect(ctx.destination);
        osc.start(at);
        osc.stop(at + 0.85);
      });
    } catch {
      // No sound is better than an error.
    }
  }
}
