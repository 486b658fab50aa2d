/**
 * A meeting's join code and link: a random meeting id (`room`) and a secret `token`. Both name
 * the channel, so a follower with another token listens on another channel and hears nothing.
 * Small and public (`newMeetingJoinCode`, `meetingJoinLink`, `readMeetingJoinLink`), so it is in
 * the element's initial load; the clock messages (`protocol.ts`) load with the sync session.
 */
/** A meeting's join code: no personal data, only random letters. */
export interface JoinCode {
  room: string;
  token: string;
}

const CODE = /^[A-Za-z0-9_-]{6,64}$/;

/** Is `value` usable as a room or token (6–64 letters, digits, `-` or `_`)? */
export function validCodePart(value: unknown): value is string {
  return typeof value === 'string' && CODE.test(value);
}

/** The channel both sides use, or undefined when the code is incomplete. */
export function channelName(room: unknown, token: unknown): string | undefined {
  return validCodePart(room) && validCodePart(token) ? `sip-meeting-circle.${room}.${token}` : undefined;
}

/** A new random join code (16 bytes of token, 6 of meeting id, base64url). */
export function newJoinCode(random: (bytes: Uint8Array) => Uint8Array = (b) => crypto.getRandomValues(b)): JoinCode {
  const text = (n: number) => {
    let s = '';
    for (const byte of random(new Uint8Array(n))) s += 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'[byte & 63];
    return s;
  };
  return { room: text(8), token: text(22) };
}

/**
 * The participant page's address with the code in the fragment (`#room=…&token=…`): the
 * fragment is not sent to the web server, so the token stays out of its logs.
 */
export function joinLink(base: string, code: JoinCode): string {
  const hashless = base.split('#')[0]!;
  return `${hashless}#room=${encodeURIComponent(code.room)}&token=${encodeURIComponent(code.token)}`;
}

/** The code in an address or fragment made by `joinLink`, if it has a usable one. */
export function readJoinLink(address: string): JoinCode | undefined {
  const i = address.indexOf('#');
  const params = new URLSearchParams(i >= 0 ? address.slice(i + 1) : address);
  const room = params.get('room');
  const token = params.get('token');
  return validCodePart(room) && validCodePart(token) ? { room, token } : undefined;
}
