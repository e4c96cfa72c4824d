// Node glue: open the store, build the app, listen. Used by the CLI and by scripts that want the
// API plus their own static files (`fallback`).
import { createAdaptorServer } from '@hono/node-server';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Hono } from 'hono';
import { createApp, type AppOptions } from './app.js';
import { openStore } from './store/index.js';
import type { Store } from './store/types.js';

export interface ServeOptions extends Omit<AppOptions, 'store'> {
  /** Database spec for `openStore()` (default `./smm.db`); ignored when `store` is given. */
  db?: string;
  /** An open store; then `close()` leaves it open for its owner. */
  store?: Store;
  /** Default 8787; 0 picks a free port. */
  port?: number;
  /** Default 127.0.0.1 (behind a reverse proxy); `0.0.0.0` to listen on every interface. */
  host?: string;
}

export interface RunningServer {
  /** Base URL, e.g. `http://127.0.0.1:8787`. */
  url: string;
  port: number;
  server: Server;
  app: Hono;
  store: Store;
  /** Stops accepting connections, waits for open ones, closes the store if serve() opened it. */
  close(): Promise<void>;
}

export async function serve(opts: ServeOptions = {}): Promise<RunningServer> {
  const { db = './smm.db', port = 8787, host = '127.0.0.1' } = opts;
  const store = opts.store ?? (await openStore(db));
  const ownStore = !opts.store;
  try {
    const app = createApp({ ...opts, store });
    const server = createAdaptorServer({ fetch: app.fetch, hostname: host }) as Server;
    // Bodies are tiny: a client that trickles a request for long is not a tracker.
    server.requestTimeout = 15_000;
    server.headersTimeout = 10_000;
    await new Promise<void>((resolve, reject) => {
      server.once('error', (err: NodeJS.ErrnoException) => reject(
        err.code === 'EADDRINUSE' ? new Error(`smm-kit: port ${port} on ${host} is already in use; pick another with --port`)
        : err.code === 'EACCES' ? new Error(`smm-kit: not allowed to listen on ${host}:${port}; use a port above 1023`)
        : err,
      ));
      server.listen(port, host, () => resolve());
    });
    const actual = (server.address() as AddressInfo).port;
    const shownHost = host.includes(':') ? `[${host}]` : host === '0.0.0.0' ? '127.0.0.1' : host;
    return {
      url: `http://${shownHost}:${actual}`,
      port: actual,
      server,
      app,
      store,
      async close() {
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeIdleConnections();
        });
        if (ownStore) await store.close();
      },
    };
  } catch (err) {
    if (ownStore) await store.close();
    throw err;
  }
}
