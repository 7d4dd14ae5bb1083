// The live feed: one SignalR connection to hubs/monitoring, subscribed to the current site and, with
// tenantWide, to the whole tenant as well (alerts of every site and coalesced site summaries).
// Every envelope is applied once (by seq). After a reconnect the gap is filled from
// GET api/v1/events?after=lastSeq before held live envelopes are applied, in seq order.
//
// Two layers of reconnection: SignalR's automatic reconnect (quick retries for about a minute),
// then our own restart loop with capped backoff, forever (a NOC screen must never give up).

import { hubHeaders } from './api.js';

const RETRY_DELAYS_MS = [0, 1000, 2000, 5000, 10000];
const AUTO_RECONNECT_FOR_MS = 60000;
const RESTART_MAX_MS = 15000;
const GAP_PAGE = 500;
const GAP_MAX_PAGES = 200;
const SEEN_MAX = 4096;

export class LiveFeed {
  constructor({ api, getKey, onEnvelope, onStatus, onResync, tenantWide = false }) {
    this.api = api;
    this.tenantWide = tenantWide;
    this.getKey = getKey;
    this.onEnvelope = onEnvelope;
    this.onStatus = onStatus;
    this.onResync = onResync;
    this.siteId = null;
    this.lastSeq = 0;
    this.seen = new Set();
    this.held = null;
    this.connection = null;
    this.stopped = true;
    this.restartTimer = null;
    this.attempt = 0;
  }

  start() {
    if (this.connection) return;
    this.stopped = false;
    const key = () => this.getKey() ?? '';
    // Browsers cannot set headers on a WebSocket: the key goes as access_token there, and as
    // X-Api-Key on the HTTP requests (negotiate, and long polling where WebSockets are blocked). A
    // bearer token goes as access_token and as the Authorization header SignalR adds from it.
    this.connection = new signalR.HubConnectionBuilder()
      .withUrl('hubs/monitoring', { accessTokenFactory: key, headers: hubHeaders(key()) })
      .withAutomaticReconnect({
        nextRetryDelayInMilliseconds: (context) => context.elapsedMilliseconds > AUTO_RECONNECT_FOR_MS
          ? null
          : RETRY_DELAYS_MS[Math.min(context.previousRetryCount, RETRY_DELAYS_MS.length - 1)],
      })
      .configureLogging(signalR.LogLevel.Warning)
      .build();
    this.connection.on('event', (envelope) => this.receive(envelope));
    this.connection.onreconnecting(() => this.status('reconnecting', 'connection lost, reconnecting'));
    this.connection.onreconnected(() => this.afterConnect(true));
    this.connection.onclose(() => {
      if (!this.stopped) this.scheduleRestart();
    });
    this.connect(false);
  }

  async stop() {
    this.stopped = true;
    clearTimeout(this.restartTimer);
    this.restartTimer = null;
    const connection = this.connection;
    this.connection = null;
    // Sequence numbers are per tenant, and another key may be another tenant.
    this.lastSeq = 0;
    this.seen.clear();
    this.siteId = null;
    this.status('idle', 'not connected');
    if (connection) await connection.stop().catch(() => {});
  }

  get connected() {
    return this.connection?.state === signalR.HubConnectionState.Connected;
  }

  /** Moves the subscription to another site; true when the hub confirmed it. */
  async setSite(siteId) {
    const previous = this.siteId;
    this.siteId = siteId || null;
    if (!this.connected) return false;
    try {
      if (previous && previous !== this.siteId) await this.connection.invoke('Unsubscribe', { siteId: previous });
      if (this.siteId) await this.connection.invoke('Subscribe', { siteId: this.siteId });
      return true;
    } catch (error) {
      this.fail(error);
      return false;
    }
  }

  async connect(isRestart) {
    if (this.stopped || !this.connection) return;
    this.status(isRestart ? 'reconnecting' : 'connecting', isRestart ? 'reconnecting' : 'connecting');
    try {
      await this.connection.start();
    } catch (error) {
      if (this.stopped) return;
      this.status('offline', describe(error));
      this.scheduleRestart();
      return;
    }
    this.attempt = 0;
    await this.afterConnect(isRestart);
  }

  // The first connection may come up after the page loaded its snapshot, so it catches up too.
  async afterConnect() {
    if (this.stopped) return;
    this.status('syncing', 'catching up');
    try {
      if (this.tenantWide) await this.connection.invoke('Subscribe', {});
      if (this.siteId) await this.connection.invoke('Subscribe', { siteId: this.siteId });
      await this.catchUp();
      this.status('live', 'live');
    } catch (error) {
      this.fail(error);
    }
  }

  fail(error) {
    if (this.stopped) return;
    this.status('offline', describe(error));
    if (this.connected) this.connection.stop().catch(() => {});
    else this.scheduleRestart();
  }

  scheduleRestart() {
    if (this.stopped || this.restartTimer) return;
    const delay = Math.min(RESTART_MAX_MS, 1000 * 2 ** this.attempt) + Math.floor(Math.random() * 500);
    this.attempt = Math.min(this.attempt + 1, 10);
    this.status('offline', `offline, retrying in ${Math.ceil(delay / 1000)} s`);
    this.restartTimer = setTimeout(() => {
      this.restartTimer = null;
      this.connect(true);
    }, delay);
  }

  receive(envelope) {
    if (this.held) this.held.push(envelope);
    else this.accept(envelope);
  }

  accept(envelope) {
    const seq = Number(envelope?.seq) || 0;
    if (seq > 0) {
      if (this.seen.has(seq)) return;
      this.seen.add(seq);
      if (seq > this.lastSeq) this.lastSeq = seq;
      if (this.seen.size > SEEN_MAX) {
        for (const old of this.seen) {
          if (old < this.lastSeq - SEEN_MAX / 2) this.seen.delete(old);
        }
      }
    }
    this.onEnvelope(envelope);
  }

  async catchUp() {
    this.held = [];
    try {
      if (this.lastSeq === 0) {
        // Nothing seen yet, so no position in the log: reload the snapshot instead.
        await this.onResync();
        return;
      }
      let after = this.lastSeq;
      for (let page = 0; page < GAP_MAX_PAGES; page++) {
        const result = await this.api.events(after, GAP_PAGE);
        const items = result?.items ?? [];
        if (page === 0 && items.length > 0 && items[0].seq > after + 1) {
          // The bounded log no longer reaches back to where we were: start from a fresh snapshot.
          await this.onResync();
        }
        for (const envelope of items) this.accept(envelope);
        if (!result?.nextCursor || items.length === 0) break;
        after = Number(result.nextCursor) || items[items.length - 1].seq;
      }
    } finally {
      const held = this.held;
      this.held = null;
      held.sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0)).forEach((envelope) => this.accept(envelope));
    }
  }

  status(state, text) {
    this.onStatus(state, text, this.lastSeq);
  }
}

function describe(error) {
  const code = error?.statusCode;
  if (code === 401) return 'the hub refused this key';
  if (code === 403) return 'this key may not read the feed';
  return error?.message ? `offline: ${error.message}` : 'offline';
}
