import type { RevealApi } from 'reveal.js';

/**
 * The reveal.js commands the deck takes by message: those its speaker view sends to the
 * deck and to the deck's previews in its window. Nothing else, and only from the deck's
 * own origin: a page that frames the deck cannot drive or reconfigure it.
 */
export const MESSAGE_COMMANDS = ['setState', 'triggerKey', 'next', 'prev', 'slide'] as const;

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

/**
 * reveal.js reads its settings from the address too: a framing page could switch its
 * unchecked message handler back on with `?postMessage=true`. The setting is taken out
 * of the address before reveal.js starts.
 */
export function dropMessageOverride(win: Window): void {
  const params = new URLSearchParams(win.location.search);
  const names = [...params.keys()].filter((name) => name.toLowerCase() === 'postmessage');
  if (names.length === 0) return;
  for (const name of names) params.delete(name);
  const search = params.toString();
  win.history.replaceState(
    win.history.state,
    '',
    `${win.location.pathname}${search ? `?${search}` : ''}${win.location.hash}`,
  );
}

/** Takes reveal.js commands by message from the deck's own origin only (reveal.js's own handler, which takes any, is off). */
export function acceptOwnOriginCommands(deck: RevealApi, win: Window): void {
  win.addEventListener('message', (event) => {
    if (event.origin !== win.location.origin) return;
    const command = readCommand(event.data);
    if (!command) return;
    const call = deck[command.method] as (...args: unknown[]) => unknown;
    call.apply(deck, [...command.args]);
  });
}
