// What keeps a trigger from reporting an event (annotation-guidelines §4): it modifies a longer noun
// (攻撃能力, 発射場, 協力関係, 会談の一カ月前), it refers back to an event already told (この露朝軍事
// 協力), it is only the object of another trigger (協力を要請, 停止することを主張), or its clause is
// forecast, recommended, hypothetical, planned, denied or negated. The cues are data
// (data/rules/event-blockers.json).
import { isHiragana, isKanji, isKatakana, isLatinLetter, isAsciiDigit } from '../text/chars.js';
import type { ClauseSpan } from './clauses.js';
import type { EventRules, TriggerHit } from './triggers.js';

const isNounLike = (c: number): boolean => isKanji(c) || isKatakana(c) || c === 0x30fc;
const isNameChar = (c: number): boolean => isNounLike(c) || isLatinLetter(c) || isAsciiDigit(c) || c === 0x30fb /* ・ */;

/** Adnominal particles: a noun trigger before one of these modifies the noun that follows. */
const ADNOMINAL = ['における', 'での', 'への', 'からの', 'との', 'による', 'に対する', 'に関する', 'をめぐる', 'を巡る', 'といった', 'のような', 'などの',
  // The topic of talk, not a reported act: 停戦について議論した; the target of another act: 輸入に対して関税.
  'について', 'に関して', 'に関し', 'をめぐって', 'をめぐり', 'を巡って', 'を巡り', 'に対して', 'に対し'];

/** The trigger is part of a longer noun or a modifier of one: not an event of its own. */
export function modifierOnly(rules: EventRules, text: string, hit: TriggerHit, lo: number, hi: number, ignoreReference = false): boolean {
  const { normStart: s, normEnd: e } = hit;
  if (s > lo && rules.prefixes.has(text[s - 1]) && !(s - 2 >= lo && isNounLike(text.charCodeAt(s - 2)) && text[s - 1] === '反')) return true;
  if (!ignoreReference && refersBack(rules, text, s, lo)) return true;
  if (text.startsWith('に応じ', s - 1)) return true; // 案件に応じて: depending on
  if (/^(?:後初|以来初|以降初|後で初)/.test(text.slice(e, e + 4))) return true; // 侵略後初の会談: a point in time
  // 露朝連携には距離を置く: a bare noun as the frame of another predicate.
  if (isNounLike(text.charCodeAt(e - 1)) && /^(?:には|とは|では|にも|へは|へも)/.test(text.slice(e, e + 2)) &&
    !rules.blockers.lightVerbs.some((v) => text.startsWith(v, e + 2))) return true;
  if (e >= hi) return false;
  const last = text.charCodeAt(e - 1);
  if (!isNounLike(last)) return text[e] === '方'; // a verb form (求め, 送り) ends in kana; 戦い方 is a noun
  if (rules.continuations.longestEnd(text, e, hi) > 0) return false;
  const next = text.charCodeAt(e);
  if (isNounLike(next)) {
    // 派遣部隊, 攻撃能力, 制裁監視: a compound whose head is another noun — unless that noun is a trigger.
    return rules.ja.longestEnd(text, e, hi) < 0;
  }
  if (rules.nounSuffixes.longestEnd(text, e, hi) > 0) return true;
  if (text[e] === 'の') {
    if (rules.genitiveAllowed.longestEnd(text, e + 1, hi) > 0) return false;
    return true; // 会談の一カ月前, 合同演習の定例化, 協力の問題
  }
  for (const a of ADNOMINAL) if (text.startsWith(a, e)) return true;
  return false;
}

/** この露朝軍事協力, 今回の打ち上げ: a noun phrase opened by a determiner names an event told before. */
export function refersBack(rules: EventRules, text: string, at: number, lo: number): boolean {
  let p = at;
  while (p > lo && at - p < 14 && isNameChar(text.charCodeAt(p - 1))) p--;
  for (const d of rules.blockers.determiners) {
    if (p - d.length >= lo && text.startsWith(d, p - d.length)) return true;
  }
  return false;
}

/** The particles that make one trigger the object of the next one (協力を要請, 派兵に反対, 制裁の解除). */
const OBJECT_LINKS = ['に対する', 'について', 'に関する', 'への', 'を', 'に', 'へ', 'の'];
const NOMINALISED = /^(?:する|した|し|される|された|させる)?(?:こと|よう|の)(?:を|に|は|が|も)?/;
// 強く, 改めて, 深刻な, 強い: an adverb or an adjective between an object and its verb (軍事協力に深刻な懸念を表明).
const ADVERB = /^(?:[\u4e00-\u9fff\u3041-\u3093]{1,5}(?:に|く|て)|[\u4e00-\u9fff]{1,4}な|[\u3041-\u3093\u4e00-\u9fff]{1,3}い|」|』)$/;

function decisionLink(text: string, a: TriggerHit, b: TriggerHit, decisionVerbs: readonly string[]): boolean {
  return decisionVerbs.some((v) => text.startsWith(v, b.normStart)) && /^(?:を|の)$/.test(text.slice(a.normEnd, b.normStart));
}

/** A light verb after a trigger and に (移転に応じた), or a decision on it (制裁を決定した): the earlier trigger carries the event. */
export function lightVerbAfterTrigger(text: string, hits: TriggerHit[], i: number, lightVerbs: readonly string[], decisionVerbs: readonly string[] = []): boolean {
  const b = hits[i];
  const a = hits[i - 1];
  if (!a) return false;
  if (decisionLink(text, a, b, decisionVerbs)) return true;
  if (!lightVerbs.some((v) => text.startsWith(v, b.normStart))) return false;
  return /^(?:に|にも|へ|へも)$/.test(text.slice(a.normEnd, b.normStart));
}

/** Hit i is only the object (or the first half of a compound) of a later hit. */
export function objectOfNext(text: string, hits: TriggerHit[], i: number, lightVerbs: readonly string[] = [], decisionVerbs: readonly string[] = []): boolean {
  const a = hits[i];
  const b = hits[i + 1];
  if (!b) return false;
  // 移転に応じた: before a light verb the noun is the act.
  if (lightVerbs.some((v) => text.startsWith(v, b.normStart))) return false;
  // 制裁を決定した: a decision on an act is the act.
  if (decisionLink(text, a, b, decisionVerbs)) return false;
  // 派遣することを決定した: a decision on an act is the act.
  if (/^(?:する|される)ことを$/.test(text.slice(a.normEnd, b.normStart)) && decisionVerbs.some((v) => text.startsWith(v, b.normStart))) return false;
  // 連携を強化することで一致した: the content of an agreement or a demand is not an act of its own.
  if (/^[^、。]{0,10}?(?:する|した)?こと(?:で|に|を)$/.test(text.slice(a.normEnd, b.normStart))) return true;
  if (b.normStart === a.normEnd) return isNounLike(text.charCodeAt(a.normEnd - 1)); // 停戦合意, ミサイル発射実験
  // 停止することを主張, 使用するよう警告: the content of a demand, warning or claim.
  const nom = NOMINALISED.exec(text.slice(a.normEnd, a.normEnd + 8));
  if (nom && nom[0].length && /(?:こと|よう)/.test(nom[0]) && b.normStart - (a.normEnd + nom[0].length) <= 4) {
    // 供与したことを非難, 派遣したことを歓迎: an act told as done is an event of its own, and the charge or
    // praise is about it; 停止することを主張 states a demand.
    const done = /^(?:した|された)こと/.test(nom[0]);
    // 派遣することを決定した: a decision on an act is the act.
    if (/こと(?:を|に)$/.test(nom[0]) && decisionVerbs.some((v) => text.startsWith(v, b.normStart))) return false;
    return !(done && b.entries.some((e) => e.type === 'ACCUSE' || e.type === 'SUPPORT' || e.type === 'THREATEN'));
  }
  for (const link of OBJECT_LINKS) {
    if (!text.startsWith(link, a.normEnd)) continue;
    const p = a.normEnd + link.length;
    const gap = b.normStart - p;
    if (gap < 0) continue;
    if (gap === 0) return true;
    if (gap <= 6 && ADVERB.test(text.slice(p, b.normStart))) return true;
    break;
  }
  // 北朝鮮の実験と米韓の軍事演習を停止: coordinated objects share the fate of the last.
  if (/^(?:と|や|、|及び|および)/.test(text.slice(a.normEnd, a.normEnd + 3))) {
    const between = text.slice(a.normEnd, b.normStart);
    if (objectOfNext(text, hits, i + 1) && !/[がはをに、。]/.test(between.slice(1))) return true;
    // 停戦協議の受け入れとNATO加盟の棚上げを求め: the list ends in the next trigger's object link.
    if (/^(?:と|や|、|及び|および)[^。がは]{1,40}?(?:を|に|への)$/.test(between) && !/[しりてたい]、/.test(between)) return true;
  }
  return false;
}

const REQUEST_CONTENT = /^[^、。]{0,12}?[るう]ように?[^、。]{0,6}?(?:求め|要求|要請|促|呼びかけ|呼び掛け|迫|働きかけ|訴え)/;
const FORECAST_QUOTE = /と(?:みられ|見られ|予想さ|予測さ|見込ま|思われ|考えられ|推測さ|予想し|予測し|見込んで)/;

/** Where the predicate after a trigger ends: a clause end, a sentence end, a comma after a noun. */
function tailEnd(text: string, from: number, clauseEnd: number, limit: number): number {
  const end = Math.min(clauseEnd, from + limit);
  for (let p = from; p < end; p++) {
    const ch = text[p];
    if (ch === '。') return p + 1;
    if (ch === '、' || ch === ',' || ch === ';') {
      // A comma after a case particle (〜が、〜は、) stands inside the clause; after a noun or a
      // conjunctive form (宣言、 会談し、) it ends the predicate.
      const prev = text[p - 1];
      if (!'がはもにでをとへ'.includes(prev) || text.startsWith('として', p - 3) || text.startsWith('とし', p - 2)) return p + 1;
    }
  }
  return end;
}

/** Conjunctive endings that chain a clause to the next one (〜し、〜て、〜ず、): the last predicate's modality covers it. */
function chainsOn(text: string, c: ClauseSpan): boolean {
  const t = text.slice(Math.max(c.start, c.end - 6), c.end);
  if (!/[、,]$/.test(t)) return false;
  const body = t.slice(0, -1);
  if (/(?:ば|が|ものの|けれど|けれども|ため|ので|のに|から|ても|でも|なか|として|とし|たら)$/.test(body)) return false;
  const last = body.charCodeAt(body.length - 1);
  return isHiragana(last);
}

/** The clause names a subject of its own (〜は, 〜が after a noun): the chain of shared modality stops. */
function ownSubject(text: string, c: ClauseSpan): boolean {
  // 〜可能性がある, 〜必要がある are the modality itself, not a new subject.
  return /[\u4e00-\u9fff\u30a0-\u30ff」)](?:は|が)(?![らっ]|ある|あろ|あり|ない|高[いくま]|低[いくま]|大き|強[いくま]|多[いく]|少な)/.test(text.slice(c.start, c.end));
}

/** The cue that marks the trigger's clause as no report of an event, or null. */
export function nonEventCue(rules: EventRules, text: string, hit: TriggerHit, clauses: ClauseSpan[], k: number, sentenceEnd: number): string | null {
  const b = rules.blockers;
  const clause = clauses[k];
  const te = tailEnd(text, hit.normEnd, clause.end, 50);
  const cue = rules.tail.findIn(text, hit.normEnd, te);
  if (cue) return cue.value;
  // Negation right after the predicate: 訪問しなかった, 行わず, 送らない.
  let negEnd = Math.min(te, hit.normEnd + 10);
  for (let p = hit.normEnd + 1; p < negEnd; p++) {
    if ((text[p] === 'が' && text[p - 1] !== 'を') || text[p] === '、') {
      negEnd = p;
      break;
    }
  }
  for (let p = hit.normEnd; p < negEnd; p++) {
    if (b.negationSkip.some((w) => text.startsWith(w, p))) {
      p += 1;
      continue;
    }
    for (const n of b.negation) {
      if (!text.startsWith(n, p)) continue;
      if (n === 'ず' && (text[p + 1] === 'つ' || text[p - 1] === 'は' || text[p - 1] === 'わ' || text[p - 1] === 'ま')) continue;
      if (n === 'ない' && p > 0 && /[少危幼]/.test(text[p - 1])) continue;
      return n;
    }
  }
  // Hypothetical or future markers opening the trigger's own phrase: 仮に…, 今後の会談.
  for (let p = clause.start; p < hit.normStart; p++) {
    const m = rules.before.longest(text, p, hit.normStart);
    if (!m) continue;
    if (p > clause.start && /[〇一二三四五六七八九十百千万億\d]/.test(text[p - 1])) continue; // 一万一千人: a numeral
    const between = text.slice(m.end, hit.normStart);
    if (!/[をがはにへで、]/.test(between) || m.value === '仮に' || m.value === 'もし' || m.value.startsWith('万')) return m.value;
  }
  // A plan or intention stated: 関税を課すと述べた, 供与すると表明した.
  // (A withdrawal, suspension or sanction announced is taken as done: 履行を停止すると表明.)
  if (/[うくすつぬぶむるぐ]と(?:述べ|表明|明言|約束|発表|警告)/.test(text.slice(hit.normEnd, te)) &&
      !hit.entries.some((e) => e.type === 'RETREAT' || e.type === 'SANCTION')) return 'intention';
  // The content of a request: 対話に応じるよう繰り返し求めた.
  if (REQUEST_CONTENT.test(text.slice(hit.normEnd, te))) return 'request';
  // A forecast: 協力を深めるとみられる, 発射すると予想される (〜しているとみられる, 〜したとみられる stay reports).
  const fc = FORECAST_QUOTE.exec(text.slice(hit.normEnd, te));
  if (fc && nonPastEnd(text.slice(Math.max(hit.normEnd, hit.normEnd + fc.index - 8), hit.normEnd + fc.index))) return 'forecast';
  // A characterisation, not a report: 日米韓協力は北朝鮮への最大のレバレッジである.
  // (A concrete act told again stays an event: 中露の共同飛行は今年2回目である.)
  const abstract = b.abstractNouns.some((n) => text.slice(hit.normStart, hit.normEnd).endsWith(n));
  if (abstract && /^[はが]/.test(text.slice(hit.normEnd, hit.normEnd + 1)) && /(?:である|だ|です|ではない|といえる|と言える|にすぎない)。?$/.test(text.slice(clause.start, clause.end).replace(/[」』)]+$/, ''))) return 'copula';
  // The modality of the sentence's last predicate covers clauses chained to it by conjunctive forms.
  let j = k;
  while (j < clauses.length - 1 && chainsOn(text, clauses[j]) && !ownSubject(text, clauses[j + 1])) j++;
  const last = clauses[j];
  const from = Math.max(j === k ? hit.normEnd : last.start, last.end - 28);
  const modal = rules.chainTail.findIn(text, from, Math.min(last.end, sentenceEnd));
  if (modal) return modal.value;
  // A sentence ending in the plain non-past (〜を求める。〜を続ける。) tells what is done as a rule or
  // will be done, not what happened; 〜している, 〜である, 〜とみられる stay reports.
  if (text[last.end - 1] === '。' && last.end === sentenceEnd && nonPastEnd(text.slice(Math.max(last.start, last.end - 8), last.end - 1))) return 'non-past';
  return null;
}

export function nonPastEnd(pred: string): boolean {
  const p = pred.replace(/[」』)]+$/, '');
  if (!/[うくすつぬぶむるぐ]$/.test(p)) return false;
  return !/(?:ている|ていく|てある|である|でいる|られる|れる|いる|ある|なる|おる|できる|得る|える|わかる|分かる|示唆する|意味する|相当する|該当する|存在する|位置する|関する|対する|属する|至る|違反する|反する|矛盾する|抵触する)$/.test(p);
}

/** An infinitive and at most two words of its object before a trigger: (word) to (verb) (a|…)? (word)? */
const INFINITIVE_OBJECT = /\b([A-Za-z]+)\s+to\s+([a-z]+)(?:\s+(?:a|an|the|its|their|new|further|more|[a-z]+-[a-z]+|[a-z]+))?(?:\s+[a-z]+)?\s+$/;
/** Words before `to` that make it a preposition (in response to, due to, aid to). */
const NOT_INFINITIVE = new Set(['response', 'due', 'according', 'prior', 'close', 'next', 'up', 'similar', 'contrary', 'thanks', 'addition', 'opposition', 'reference',
  'relation', 'respect', 'regard', 'aid', 'assistance', 'support', 'threat', 'threats', 'access', 'exports', 'shipments', 'deliveries', 'visit', 'trip', 'return',
  'began', 'started', 'continued', 'went', 'used', 'came', 'moved', 'committed', 'commitment', 'contribution', 'related', 'subject', 'linked', 'connected', 'ahead', 'leading', 'led', 'amounting', 'amount', 'amounts', 'equal', 'comparable', 'home', 'way', 'path', 'road']);
const DETERMINERS_EN = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'this', 'that', 'these', 'those', 'our', 'some', 'all', 'more', 'further', 'new', 'continued', 'ongoing', 'recent']);

/** English: a modal, negation or plan shortly before the trigger, or a conditional clause. */
export function nonEventCueEn(rules: EventRules, lower: string, at: number, end: number, text?: string): string | null {
  const words = lower.slice(Math.max(0, at - 40), at).split(/[^a-z']+/).filter(Boolean).slice(-4);
  const joined = words.join(' ');
  // agreed to expand security cooperation, pledged to deepen ties: the act after an infinitive's verb.
  if (text) {
    const m = INFINITIVE_OBJECT.exec(text.slice(Math.max(0, at - 40), at));
    if (m && !NOT_INFINITIVE.has(m[1].toLowerCase()) && !DETERMINERS_EN.has(m[2])) return 'to';
  }
  for (const cue of rules.blockers.en.before) {
    if (cue === 'to') {
      // agreed to send, plans to deploy: the infinitive's act is not reported as done.
      if (words[words.length - 1] === 'to' && !/^(?:began|started|continued|went|used|came|moved)$/.test(words[words.length - 2] ?? '')) return cue;
      continue;
    }
    if (cue.includes(' ') ? joined.includes(cue) : words.includes(cue)) return cue;
  }
  const w = /^ ([a-z]+)/.exec(lower.slice(end, end + 20));
  if (w && rules.blockers.en.nounSuffixes.includes(w[1])) return w[1];
  const after = lower.slice(end, end + 40);
  for (const cue of rules.blockers.en.tail) if (after.includes(` ${cue}`) && /^(?:plans to|planned|expected to|is expected)$/.test(cue)) return cue;
  if (/\b(?:if|unless)\b/.test(lower.slice(Math.max(0, at - 60), at))) return 'if';
  return null;
}
