/**
 * Computed results keyed by the municipality's revision. A change anywhere bumps the revision, so an
 * entry is simply never asked for again; the oldest entries are dropped beyond the limit.
 */
export class FigureCache<T> {
  private readonly entries = new Map<string, T>();

  constructor(private readonly limit = 2_000) {}

  get(municipalityId: string, revision: number, key: string): T | undefined {
    const entry = this.entries.get(`${municipalityId}@${revision}|${key}`);
    return entry;
  }

  set(municipalityId: string, revision: number, key: string, value: T): void {
    this.entries.set(`${municipalityId}@${revision}|${key}`, value);
    while (this.entries.size > this.limit) this.entries.delete(this.entries.keys().next().value!);
  }
}
