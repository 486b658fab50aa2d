import { css } from 'lit';
import { baseStyles, token } from '../../shared/tokens';

/**
 * The element's `static styles`: what the shell needs before its view has loaded (the base
 * styles, the invalid-plan alert, the colour properties and the presenter layout). The view's
 * layout (view.styles.ts) and the kit's control styles load with the view.
 */
export const meetingCircleStyles = [
  baseStyles,
  css`
    :host {
      --_done: var(--sip-meeting-circle-done, #b9c7da);
      --_upcoming: var(--sip-meeting-circle-upcoming, #e6e8ec);
      --_current: var(--sip-meeting-circle-current, ${token.colorAccent});
      --_overrun: var(--sip-meeting-circle-overrun, ${token.colorDanger});
      --_track: var(--sip-meeting-circle-track, #d5d8de);
      --_size: var(--sip-meeting-circle-size, min(100%, 18rem));
      container-type: inline-size;
      background: ${token.colorBg};
    }
    :host([presenter]) {
      --_size: var(--sip-meeting-circle-size, min(100%, 30rem));
      font-size: 1.25rem;
      padding: ${token.space4};
      overflow: auto;
      box-sizing: border-box;
    }
    :host(:fullscreen) {
      background: ${token.colorBg};
    }
  `,
];
