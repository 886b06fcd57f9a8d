import { connect } from 'node:net';

// Raw HTTP/1.1 over a socket: fetch and undici refuse malformed header values before they
// leave the client, but an attacker's curl does not. Loopback only.

export interface RawAnswer {
  /** The status code of the first line, or null when the server closed without answering. */
  status: number | null;
  /** The whole answer as latin1 text (headers and body), cut at 64 KiB. */
  text: string;
  /** How the exchange ended: an answer, the server closing, a socket error (refused, reset), or our timeout. */
  ending: 'answered' | 'closed' | 'error' | 'timeout';
}

/**
 * Sends one request made of `lines` (the request line and header lines, no CRLFs) plus an
 * optional body, and reads until the server closes or `timeoutMs` passes. Never throws:
 * a refused or reset connection gives `status: null`.
 */
export function rawRequest(port: number, lines: string[], body = '', timeoutMs = 3000): Promise<RawAnswer> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    let text = '';
    let settled = false;
    const done = (how: 'closed' | 'error' | 'timeout') => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.destroy();
      const match = /^HTTP\/1\.[01] (\d{3})/.exec(text);
      resolve({ status: match ? Number(match[1]) : null, text, ending: match ? 'answered' : how });
    };
    const timer = setTimeout(() => done('timeout'), timeoutMs);
    socket.on('data', (chunk) => {
      if (text.length < 65536) text += chunk.toString('latin1');
      // A WebSocket upgrade that succeeded stays open: its answer is complete with its headers.
      if (text.startsWith('HTTP/1.1 101') && text.includes('\r\n\r\n')) done('closed');
    });
    socket.on('end', () => done('closed'));
    socket.on('close', () => done('closed'));
    socket.on('error', () => done('error'));
    const close = lines.some((l) => /^connection:/i.test(l)) ? [] : ['Connection: close'];
    socket.write(Buffer.from([...lines, ...close, '', body].join('\r\n'), 'latin1'));
  });
}
