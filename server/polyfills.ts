import { WebSocket as WsWebSocket } from 'ws';

// Colyseus 0.18 checks `WebSocket.OPEN` on reconnection; Node 20 has no global WebSocket
// (Node 22+ does). Without this, a player's reconnection would fail on Node 20.
if (typeof (globalThis as { WebSocket?: unknown }).WebSocket === 'undefined') {
  (globalThis as { WebSocket?: unknown }).WebSocket = WsWebSocket;
}
