import type { RevealApi } from 'reveal.js';

/**
 * The reveal.js commands the deck takes by message: those its speaker view sends to the
 * deck and to the deck's previews in its window. Nothing else, and only from trusted
 * senders (`isTrustedSender`): a page that frames the deck cannot drive or reconfigure it.
 */
export const MESSAGE_COMMANDS = ['setState', 'triggerKey', 'right', 'prev', 'slide'] as const;

type Command = (typeof MESSAGE_COMMANDS)[number];

interface CommandMessage {
  readonly method: Command;
  readonly args: readonly unknown[];
}

/** The command a message carries, or null for anything else (other formats, other methods). */
export function readCommand(data: unknown): CommandMessage | null {
  if (typeof data !== 'string' || !data.startsWith('{')) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(data);
  } catch {
    return null;
  }
  if (typeof parsed !== 'object' || parsed === null) return null;
  const { method, args } = parsed as { method?: unknown; args?: unknown };
  if (typeof method !== 'string' || !(MESSAGE_COMMANDS as readonly string[]).includes(method)) return null;
  return { method: method as Command, args: Array.isArray(args) ? args : [] };
}

/** Where a message came from, as the receiving window sees it. */
export interface MessageSender {
  /** `event.origin`: `'null'` for a page opened from a file, whatever file it is. */
  readonly origin: string;
  /** `event.source`: the window that sent it. */
  readonly source: unknown;
}

/** The receiving window, as far as deciding whom to trust goes. */
export interface Receiver {
  readonly location: { readonly protocol: string; readonly origin: string };
  readonly parent: unknown;
  readonly self: unknown;
}

/** The window that opened `source`, if it is a window (a window's `opener` is readable across origins). */
function openerOf(source: unknown): unknown {
  return typeof source === 'object' && source !== null && 'opener' in source ? source.opener : null;
}

/**
 * Whether a message may drive the deck. Served, only from the deck's own origin. Opened
 * from a file (the one-file deck on a USB stick), every page has an opaque origin and
 * every message says `'null'`, whoever sent it, so the window is checked instead: a preview
 * framed in the speaker view takes commands from the window that frames it (which could
 * move it by its address anyway, and which browsers only let be another local file) or
 * from the window that opened that one (the deck, whose code drives its speaker view:
 * a message's sender is the window whose script posts it), and the deck takes them from a
 * window it opened itself, from no other.
 */
export function isTrustedSender(sender: MessageSender, receiver: Receiver): boolean {
  if (receiver.location.protocol !== 'file:') return sender.origin === receiver.location.origin;
  if (sender.origin !== 'null' || sender.source === null || sender.source === undefined) return false;
  const framed = receiver.parent !== receiver.self;
  if (!framed) return openerOf(sender.source) === receiver.self;
  return sender.source === receiver.parent || sender.source === openerOf(receiver.parent);
}

/**
 * Whether the page that frames this one may follow its slide changes: reveal.js's
 * `postMessageEvents` sends every change to the framing page whatever its origin, which
 * the speaker view's preview needs and another site must not get. Served, only a framing
 * page of the deck's own origin (one it can read) qualifies; from a file, browsers only
 * let another local file frame the deck.
 */
export function parentMayFollow(win: Window): boolean {
  if (win.parent === win.self) return false;
  if (win.location.protocol === 'file:') return true;
  try {
    return win.parent.location.origin === win.location.origin;
  } catch {
    return false;
  }
}

/**
 * reveal.js reads its settings from the address too: a framing page could switch its
 * unchecked message handler back on with `?postMessage=true`, or follow every slide change
 * with `?postMessageEvents=true`. The first is always taken out of the address before
 * reveal.js starts, the second unless the framing page may follow (`parentMayFollow`).
 */
export function dropMessageOverride(win: Window): void {
  const dropped = parentMayFollow(win) ? ['postmessage'] : ['postmessage', 'postmessageevents'];
  const params = new URLSearchParams(win.location.search);
  const names = [...params.keys()].filter((name) => dropped.includes(name.toLowerCase()));
  if (names.length === 0) return;
  for (const name of names) params.delete(name);
  const search = params.toString();
  win.history.replaceState(
    win.history.state,
    '',
    `${win.location.pathname}${search ? `?${search}` : ''}${win.location.hash}`,
  );
}

/** Takes reveal.js commands by message from trusted senders only (reveal.js's own handler, which takes any, is off). */
export function acceptTrustedCommands(deck: RevealApi, win: Window): void {
  win.addEventListener('message', (event) => {
    if (!isTrustedSender(event, win)) return;
    const command = readCommand(event.data);
    if (!command) return;
    const call = deck[command.method] as (...args: unknown[]) => unknown;
    call.apply(deck, [...command.args]);
  });
}

/** The target origin of a message between the deck's windows: their own origin, or any from a file (every file's origin is opaque). */
export function previewTarget(win: Window): string {
  return win.location.protocol === 'file:' ? '*' : win.location.origin;
}
