// The horizon of a forecast: when the claim says it will be resolved. A future time named in the
// sentence (preferring one that names a deadline: 2026年の運用検討会議, …までに), else a deadline the
// document stated earlier for a treaty the sentence names (新START条約 … 終了を2026年2月に控え), else,
// after そうなれば/その場合, the deadline of the sentence before, else the horizon of the forecast just
// before it in the same paragraph.
import type { Mention, Sentence, TimeValue, Timex } from '../types.js';
import { claimRules } from './claim-cues.js';

/** True when `value` is later than `date` at the precision both share (2025 > 2024-12-11). */
export function isAfter(value: TimeValue, date: TimeValue): boolean {
  const k = Math.min(value.length, date.length);
  return value.slice(0, k) > date.slice(0, k);
}

const endOf = (t: Timex): TimeValue => t.until ?? t.value;

interface Previous {
  sentence: Sentence;
  deadline: TimeValue | null;
  /** The horizon its forecast named itself (inherited horizons are not passed on again). */
  forecastHorizon: TimeValue | null;
}

export class HorizonTracker {
  private readonly deadlines = new Map<string, TimeValue>();
  private previous: Previous | null = null;

  constructor(private readonly norm: string, private readonly date: TimeValue | null) {}

  /** Future times of the sentence, deadline-naming ones first, then the latest. */
  private ownHorizon(timexes: Timex[]): { value: TimeValue | null; deadline: boolean } {
    const r = claimRules().ja;
    const future = timexes.filter((t) => this.date !== null && isAfter(endOf(t), this.date));
    const named = timexes.filter((t) => r.deadlineAfter.test(this.norm.slice(t.normEnd, t.normEnd + 16)) &&
      (this.date === null || isAfter(endOf(t), this.date)));
    if (named.length) return { value: endOf(named[0]), deadline: true };
    if (!future.length) return { value: null, deadline: false };
    return { value: future.map(endOf).sort().at(-1)!, deadline: false };
  }

  /** The horizon of a claim in `sentence` (call before `observe` for the same sentence). */
  horizonOf(sentence: Sentence, timexes: Timex[], mentions: Mention[], opts: { forecast: boolean; conditional: boolean }): TimeValue | null {
    const own = this.ownHorizon(timexes);
    if (!opts.forecast) return own.deadline && /まで/.test(this.norm.slice(sentence.normStart, sentence.normEnd)) ? own.value : null;
    if (own.value) return own.value;
    const r = claimRules().ja;
    const text = this.norm.slice(sentence.normStart, sentence.normEnd);
    const prev = this.previous && this.previous.sentence.index === sentence.index - 1 ? this.previous : null;
    if (prev && r.anaphora.test(text) && prev.deadline) return prev.deadline;
    for (const m of mentions) {
      const d = m.kind === 'treaty' ? this.deadlines.get(m.entity) : undefined;
      if (d) return d;
    }
    if (prev && prev.forecastHorizon && !opts.conditional && timexes.length === 0 &&
      prev.sentence.paragraph === sentence.paragraph) return prev.forecastHorizon;
    return null;
  }

  /** Records the deadlines the sentence states and whether a forecast of it named its own horizon. */
  observe(sentence: Sentence, timexes: Timex[], mentions: Mention[], hasForecast: boolean): void {
    const r = claimRules().ja;
    const text = this.norm.slice(sentence.normStart, sentence.normEnd);
    const own = this.ownHorizon(timexes).value;
    let deadline: TimeValue | null = null;
    if (own && r.deadlinePredicate.test(text)) {
      deadline = own;
      for (const m of mentions) if (m.kind === 'treaty') this.deadlines.set(m.entity, deadline);
    }
    this.previous = { sentence, deadline, forecastHorizon: hasForecast ? own : null };
  }
}
