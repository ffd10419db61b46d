// Work that several rules share within one paragraph's pass (patient context, names, gazetteer
// matches) is remembered for the paragraph being analysed only. The engine runs all of a
// paragraph's rules before moving on, so one slot is enough. A WeakMap keyed by paragraph would
// keep that work alive as long as the paragraph stays cached: on a long draft, a megabyte more for
// the garbage collector to copy and promote while the draft is analysed, for look-ups that never
// come (the document pass reads only the cached hits, signals and tokens).

export class ParagraphMemo<K extends object, V> {
  private key: K | undefined;
  private value: V | undefined;

  /** The value remembered for `key`, or `compute(key)`, remembered in place of the last one. */
  get(key: K, compute: (key: K) => V): V {
    if (this.key === key) return this.value as V;
    const value = compute(key);
    this.key = key;
    this.value = value;
    return value;
  }
}
