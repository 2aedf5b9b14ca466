// The extractor's output as JSON (../shared/spec/extract-output.md): offsets into the decoded text.
import type { Annotations } from '../types.js';

export function extractOutput(a: Annotations): Record<string, unknown> {
  const sentenceSpan = (i: number) => ({ start: a.doc.sentences[i].start, end: a.doc.sentences[i].end });
  return {
    document: a.document,
    sentences: a.doc.sentences.map((s) => ({ start: s.start, end: s.end })),
    mentions: a.mentions.map((m) => ({ start: m.start, end: m.end, kind: m.kind, codes: m.codes, entity: m.entity, name: m.name })),
    timexes: a.timexes.map((t) => ({
      start: t.start, end: t.end, value: t.value, ...(t.part ? { part: t.part } : {}), ...(t.until ? { until: t.until } : {}),
      ...(t.fiscal ? { fiscal: true } : {}),
    })),
    quantities: a.quantities.map((q) => ({ start: q.start, end: q.end, value: q.value, unit: q.unit, ...(q.approx ? { approx: q.approx } : {}) })),
    events: a.events.map((e) => ({
      sentence: sentenceSpan(e.sentenceIndex), type: e.type, ...(e.mode ? { mode: e.mode } : {}), ...(e.context ? { context: e.context } : {}),
      ...(e.flow ? { flow: e.flow } : {}), source: e.source, target: e.target, date: e.date, trigger: e.trigger,
      ...(e.quantities?.length ? { quantities: e.quantities } : {}),
    })),
    claims: a.claims.map((c) => ({
      sentence: sentenceSpan(c.sentenceIndex), kind: c.kind, probability: c.probability, holder: c.holder, addressee: c.addressee,
      horizon: c.horizon, topics: c.topics,
    })),
  };
}
