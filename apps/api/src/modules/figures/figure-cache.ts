/**
 * Computed results of one municipality at one revision. Any committed change bumps the revision, so
 * results of an older revision are never asked for again and are dropped as soon as a newer one appears;
 * memory stays bounded by what one revision needs (at most `limit` entries per municipality).
 */
export class FigureCache<T> {
  private readonly byMunicipality = new Map<string, { revision: number; entries: Map<string, T> }>();

  constructor(private readonly limit = 2_000) {}

  get(municipalityId: string, revision: number, key: string): T | undefined {
    const current = this.byMunicipality.get(municipalityId);
    return current?.revision === revision ? current.entries.get(key) : undefined;
  }

  set(municipalityId: string, revision: number, key: string, value: T): void {
    let current = this.byMunicipality.get(municipalityId);
    if (current && current.revision > revision) return; // a slower reader finished after a newer revision arrived
    if (!current || current.revision < revision) {
      current = { revision, entries: new Map() };
      this.byMunicipality.set(municipalityId, current);
    }
    current.entries.set(key, value);
    if (current.entries.size > this.limit) current.entries.delete(current.entries.keys().next().value!);
  }
}
