// A character trie for longest-match dictionary scans over normalised text.

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const NONE: Array<[number, any[]]> = [];

interface Node<T> {
  next: Map<string, Node<T>>;
  values: T[] | null;
}

export class Trie<T> {
  private readonly root: Node<T> = { next: new Map(), values: null };
  size = 0;

  add(key: string, value: T): void {
    let node = this.root;
    for (const ch of key) {
      let n = node.next.get(ch);
      if (!n) {
        n = { next: new Map(), values: null };
        node.next.set(ch, n);
      }
      node = n;
    }
    if (!node.values) {
      node.values = [];
      this.size++;
    }
    node.values.push(value);
  }

  /** Every key that starts at text[at], longest first: [end, values]. */
  matchesAt(text: string, at: number, end = text.length): Array<[number, T[]]> {
    let found: Array<[number, T[]]> | null = null;
    let node: Node<T> | undefined = this.root;
    for (let i = at; i < end; i++) {
      node = node.next.get(text[i]);
      if (!node) break;
      if (node.values) (found ??= []).push([i + 1, node.values]);
    }
    return found ? found.reverse() : NONE;
  }

  /** True when some key starts with text[at]. */
  startsAt(text: string, at: number): boolean {
    return this.root.next.has(text[at]);
  }
}
