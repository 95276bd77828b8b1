import net from 'node:net';
import type { HearthApp } from './deps.js';
import { Problem, problemBody } from './errors.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(done: () => boolean, limitMs: number) {
  const giveUpAt = Date.now() + limitMs;
  while (!done() && Date.now() < giveUpAt) await sleep(20);
}

/**
 * Lets the server stop without dropping anyone. Closing the listener at once (what `app.close()`
 * does) resets the connections the kernel has accepted but Node has not yet read, and closes
 * keep-alive connections a client may be writing to that instant: the client sees a reset. So the
 * stop goes in steps: new requests get a 503 problem and `Connection: close` while the requests in
 * flight finish; then the listener closes (new connections are refused, cleanly) and connections
 * already open stay until their client closes them — each next request hears the 503 with
 * `Connection: close` — for up to `idleLimitMs`; closing them after a fixed moment raced busy
 * clients writing their next request (under load, a reset). A connection idle for all that time
 * is closed then, as an idle keep-alive connection always may be. Then the app closes.
 * Call before `listen`; the returned function performs the stop.
 */
export function prepareGracefulStop(app: HearthApp, { graceMs = 300, idleLimitMs = 5_000, drainLimitMs = 10_000 } = {}) {
  let draining = false;
  let inFlight = 0;
  let openConnections = 0;
  app.server.on('connection', (socket: net.Socket) => {
    openConnections += 1;
    socket.once('close', () => (openConnections -= 1));
  });
  app.server.on('request', (_request, response) => {
    inFlight += 1;
    response.once('close', () => (inFlight -= 1));
  });
  // After the body is read: answering before it would close the connection on unread bytes, which
  // the kernel turns into a reset the client may see before the answer.
  app.addHook('preValidation', async (request, reply) => {
    if (!draining) return;
    return reply
      .code(503)
      .header('retry-after', '5')
      .type('application/problem+json')
      .send(problemBody(new Problem('unavailable', 'Hearth is stopping; try again in a moment.'), request.url.split('?')[0]));
  });
  // Answers given while stopping ask the client to close its connection, so it does not write the
  // next request onto a connection that is about to close.
  app.addHook('onSend', async (_request, reply) => {
    if (draining) reply.header('connection', 'close');
  });

  return async function stop() {
    draining = true;
    await until(() => inFlight === 0, drainLimitMs);
    // Stop accepting but keep the open connections (http.Server#close would also drop idle ones).
    net.Server.prototype.close.call(app.server);
    await sleep(graceMs);
    await until(() => openConnections === 0, idleLimitMs);
    await until(() => inFlight === 0, drainLimitMs);
    await app.close();
  };
}
