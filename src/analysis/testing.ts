// Builders for the hand-made records of the analysis tests.
import type { StoredClaim, StoredEvent } from './records.js';

export function ev(id: number, fields: Partial<StoredEvent> & Pick<StoredEvent, 'type'>): StoredEvent {
  return {
    id,
    document: 'doc1',
    file: '001_test.txt',
    text: `sentence of event ${id}`,
    source: [],
    target: [],
    date: null,
    quantities: [],
    ...fields,
  };
}

export function claim(id: string, fields: Partial<StoredClaim>): StoredClaim {
  return {
    id,
    document: 'doc1',
    file: '001_test.txt',
    text: `sentence of claim ${id}`,
    kind: 'forecast',
    probability: null,
    holder: null,
    topics: [],
    date: null,
    author: null,
    ...fields,
  };
}
