// A small character trie for the event layer's cue lists: longest match at a position without
// allocating on a miss (the scans run over every character of the sentences that hold a trigger).

interface CueNode<T> {
  next: Map<number, CueNode<T>>;
  values: T[] | null;
}

export interface CueMatch<T> {
  end: number;
  value: T;
}

export class CueTrie<T> {
  private readonly root: CueNode<T> = { next: new Map(), values: null };
  /** First code units of the keys: a cheap test before a walk. */
  readonly first = new Set<number>();

  add(key: string, value: T): void {
    if (!key) return;
    let node = this.root;
    for (let i = 0; i < key.length; i++) {
      const c = key.charCodeAt(i);
      let n = node.next.get(c);
      if (!n) {
        n = { next: new Map(), values: null };
        node.next.set(c, n);
      }
      node = n;
    }
    (node.values ??= []).push(value);
    this.first.add(key.charCodeAt(0));
  }

  /** The end of the longest key starting at text[at], or -1. */
  longestEnd(text: string, at: number, end = text.length): number {
    if (at >= end || !this.first.has(text.charCodeAt(at))) return -1;
    let node: CueNode<T> | undefined = this.root;
    let best = -1;
    for (let i = at; i < end; i++) {
      node = node.next.get(text.charCodeAt(i));
      if (!node) break;
      if (node.values) best = i + 1;
    }
    return best;
  }

  /** The longest key starting at text[at] and its first value, or null. */
  longest(text: string, at: number, end = text.length): CueMatch<T> | null {
    if (at >= end || !this.first.has(text.charCodeAt(at))) return null;
    let node: CueNode<T> | undefined = this.root;
    let best: CueNode<T> | null = null;
    let bestEnd = -1;
    for (let i = at; i < end; i++) {
      node = node.next.get(text.charCodeAt(i));
      if (!node) break;
      if (node.values) {
        best = node;
        bestEnd = i + 1;
      }
    }
    return best && best.values ? { end: bestEnd, value: best.values[0] } : null;
  }

  /** The values of the longest key starting at text[at], or null. */
  longestValues(text: string, at: number, end = text.length): { end: number; values: T[] } | null {
    if (at >= end || !this.first.has(text.charCodeAt(at))) return null;
    let node: CueNode<T> | undefined = this.root;
    let best: T[] | null = null;
    let bestEnd = -1;
    for (let i = at; i < end; i++) {
      node = node.next.get(text.charCodeAt(i));
      if (!node) break;
      if (node.values) {
        best = node.values;
        bestEnd = i + 1;
      }
    }
    return best ? { end: bestEnd, values: best } : null;
  }

  /** Every value of every key starting at text[at], longest key first, and the longest end. */
  all(text: string, at: number, end = text.length): { end: number; values: T[] } | null {
    if (at >= end || !this.first.has(text.charCodeAt(at))) return null;
    let node: CueNode<T> | undefined = this.root;
    const found: T[][] = [];
    let bestEnd = -1;
    for (let i = at; i < end; i++) {
      node = node.next.get(text.charCodeAt(i));
      if (!node) break;
      if (node.values) {
        found.push(node.values);
        bestEnd = i + 1;
      }
    }
    if (!found.length) return null;
    const values: T[] = [];
    for (let k = found.length - 1; k >= 0; k--) values.push(...found[k]);
    return { end: bestEnd, values };
  }

  /** The first key found anywhere in [from, to), or null. */
  findIn(text: string, from: number, to: number): CueMatch<T> | null {
    for (let p = from; p < to; p++) {
      const m = this.longest(text, p, to);
      if (m) return m;
    }
    return null;
  }
}
