import type { ChangeChannel, ChangeFeed } from './change-feed';

export interface Loaded<V> {
  value: V;
  /** The notice that ends the entry besides its own key: its municipality. */
  group: string;
  /** When it ends by itself (ms since the epoch), e.g. a role's last day. */
  expiresAt: number;
}

/**
 * Entries read from the database, kept until the change feed says their key or group changed, until they
 * expire, or until the feed is lost. A read that was under way when a notice arrived is not kept: it may
 * have read the state from before the change.
 */
export class LiveCache<V> {
  private readonly entries = new Map<string, Loaded<V>>();
  private generation = 0;

  constructor(
    private readonly feed: ChangeFeed,
    channel: ChangeChannel,
    private readonly maxEntries = 10_000,
  ) {
    feed.onChange((changed, payload) => {
      if (changed !== channel) return;
      this.generation++;
      for (const [key, entry] of this.entries) if (key === payload || entry.group === payload) this.entries.delete(key);
    });
    feed.onReset(() => {
      this.generation++;
      this.entries.clear();
    });
  }

  /** The kept entry while the feed is live and the entry not expired; else what `load` reads now. */
  async get(key: string, load: () => Promise<Loaded<V> | undefined>): Promise<V | undefined> {
    const kept = this.peek(key);
    if (kept) return kept.value;
    const generation = this.generation;
    const loaded = await load();
    if (loaded && this.feed.live && generation === this.generation && loaded.expiresAt > Date.now()) {
      this.entries.delete(key);
      this.entries.set(key, loaded);
      if (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    }
    return loaded?.value;
  }

  /** The kept entry, if it may be used. */
  peek(key: string): Loaded<V> | undefined {
    if (!this.feed.live) return undefined;
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= Date.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return entry;
  }

  delete(key: string): void {
    this.generation++;
    this.entries.delete(key);
  }
}
