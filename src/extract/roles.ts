// Role assignment for Japanese event clauses, from the attachments of attach.ts: which actor fills which
// role of a trigger by the case particle of its phrase (が/は source; に/へ/に対し target; と partner; を
// object or target by trigger), passives (〜された, 〜を受けた reverse the roles), quoted and reason
// clauses (〜したと非難した: the accused stand in the quote; 〜としての制裁: the one sanctioned), relative
// clauses (中国が主催した会合: 中国 is not the main subject; 〜を破棄した米国: the head noun is) and subject
// inheritance across clauses and sentences.
import { isHiragana } from '../text/chars.js';
import { isNounChar, quoteMarkerBefore, type ClauseSpan } from './clauses.js';
import { finalAttachment, inQuotation, type ActorSpan, type Attachment, type TriggerSpan } from './attach.js';
import { nonPastEnd } from './nonevents.js';
import type { Role, RoleMap, TriggerEntry } from './triggers.js';

/** Head nouns that can act: a relative clause on them has them as its subject (〜に反対するデモ). */
const AGENT_HEADS = /^(?:デモ|勢力|団体|組織|集団|人々|国々|諸国|者|派|部隊|国民|市民|声|住民|若者|群衆|武装勢力|反政府)/;
/** Groups of states named without a code (西側諸国が非難, 有志国は): the source stays empty. */
const GROUP_SUBJECT = /(?:諸国|各国|国々|カ国|か国|ヵ国|国際社会|西側|欧米|加盟国|同盟国|有志国|友好国|関係国)(?:の[\u4e00-\u9fff\u30a0-\u30ff]{1,6})?(?:が|は|も)/;
const PRONOUN_SUBJECTS = ['彼らは', '彼らが', '彼は', '彼が', '彼女は', '同氏は', '両者は', '同機関は', '同プロジェクトは', '同チームは'];

/** Passive morphology right after a trigger: 攻撃された, 攻撃を受けた, 被害に遭った. */
export function passiveAfter(text: string, at: number, hi: number): 'passive' | 'receive' | null {
  const s = text.slice(at, Math.min(hi, at + 6));
  if (/^(?:を受け|を受|を被|に遭|が加えられ|を加えられ)/.test(s)) return 'receive';
  if (/^(?:され|さ(?:せ)?られ|られ|を強いられ|となっ|となる|とな|になっ)/.test(s)) return 'passive';
  return null;
}

/** The trigger is used as a verb (会談し, 提供した, 首脳会談を行った, 送り), not as a bare noun. */
export function verbalUse(text: string, start: number, end: number, hi: number): boolean {
  if (isHiragana(text.charCodeAt(end - 1))) return true;
  const s = text.slice(end, Math.min(hi, end + 8));
  // 兵力を集めて: the stem runs on in kana that is no particle.
  if (/^[\u3041-\u3093]/.test(s) && !/^(?:を|が|は|に|の|と|へ|で|も|や|など|から|まで|より)/.test(s)) return true;
  if (/^(?:し|す|さ|せ|でき|へ|。|$)/.test(s)) return true;
  if (/^(?:とし|とす|にし|にす)/.test(s) && /制$/.test(text.slice(start, end))) return true; // 許可制とした
  if (/^(?:[をがも](?:[^、。]{0,3}?)(?:行[いうっわえ]|実施|開始|展開|強化|表明|発表|続け|進め|繰り返|受け|決定|発動|科|課|加え|投じ|図|果た|とっ|取っ|結|交わ|重ね|拡大|再開|完了|終え|開[いか]|持[っち]|なさ|示し|示す|示した|導入|追加|明記|決め|決ま|引き上げ|指定|打ち出|発出|採択|可決|伝え|確認|約束|深め|強め|発令|施行|適用|延長|増や|伸ば|急増|倍増))/.test(s)) return true;
  if (/^(?:を受け|に踏み切|に乗り出|に合意|に成功|に参加|に署名|下に置|下に収|の対象に(?:追加|指定|加え)|に追加|に指定|に加え)/.test(s)) return true;
  // 反対票の1つを投じ, 首脳会談をモスクワで行った: a light verb a little further on.
  const t = text.slice(end, Math.min(hi, end + 14)).split(/[、。]/)[0];
  if (/^[をがもの]/.test(t) && /(?:投じ|行[いうっわ]|実施|表明|発表|開[いか]|重ね|果た|加え|とっ|取っ)/.test(t)) return true;
  return start === end;
}

/** A relative clause closes between a subject and the trigger (中国が主催していた六者会合に参加). */
function relativeBetween(text: string, from: number, to: number): boolean {
  const s = text.slice(from, to);
  return /(?:[たる]|ている|ていた|てきた|ない|という|との)(?=[\u4e00-\u9fff\u30a0-\u30ff「『])|[たるいだ]として|[たるいだ]とし、/.test(s);
}

/** The trigger's predicate is adnominal (〜を停止してきた決議2231, 〜を破棄した米国): the head noun's position. */
export function adnominalHead(text: string, end: number, hi: number): number {
  const m = /^(?:した|する|している|していた|してきた|してきている|させた|させる|させてきた|た|る|ている|ていた|てきた)(?=[\u4e00-\u9fff\u30a0-\u30ffA-Za-z「『])/.exec(text.slice(end, Math.min(hi, end + 10)));
  return m ? end + m[0].length : -1;
}

export interface Assigned {
  source: number[];
  target: number[];
  partner: number[];
  about: number[];
  location: number[];
  /** The subject came from an earlier clause or sentence. */
  inherited: boolean;
  /** Actors of the quoted clause (〜したと非難). */
  quoted: number[];
  /** The quoted or object clause, for content checks: [start, end) in norm, or null. */
  content: [number, number] | null;
  /** The subject is a group of states without a code of its own (西側諸国が, 有志国は). */
  groupSubject: boolean;
  /** A mutual act aimed one way (補給船に衝突した), not between two sides (両軍が交戦した). */
  oneWay: boolean;
  /** English: the trigger stands in the passive (were shipped, was attacked). */
  passive?: boolean;
}

export interface RoleContext {
  text: string;
  lo: number;
  hi: number;
  actors: ActorSpan[];
  atts: Attachment[];
  clauses: ClauseSpan[];
  /** Actors standing as the sentence's topic (〜は) outside quotes, in order. */
  topic: number[];
  /** Subject actors of the previous sentence, to inherit when this one names none. */
  previousTopic: number[];
  /** Starts of other mentions (treaties, weapons) that can head a relative clause. */
  heads?: Set<number>;
  /** Actors of a sentence-level 〜について、 phrase. */
  about?: number[];
  /** Whether a code is a state's (not an organisation's). */
  isState?: (code: string) => boolean;
}

const SUBJECT_PARTICLES = new Set(['が', 'は', 'も', 'では']);

/** A name compounded with a trigger (中露合同演習, ウクライナ侵攻, パレスチナ訪問): participants of a
 * joint act, the object of an act on someone or of a visit, the agent of one's own act. */
function compoundRole(entry: TriggerEntry, agentSuffix: boolean): Role {
  if (entry.roleSet === 'visit') return 'target';
  if (entry.symmetric) return 'source';
  if (agentSuffix) return 'source'; // ロシア軍攻撃, 北朝鮮兵派遣
  if (entry.roleSet === 'actOn' || entry.roleSet === 'vote' || entry.roleSet === 'leave' || entry.roleSet === 'mutual') return 'target';
  return entry.roles.active['の'] ?? 'source';
}

function roleFor(map: RoleMap, particle: string, symmetric: boolean, trigger: string): Role | null {
  if (particle === 'compound') return symmetric ? 'source' : (map['の'] ?? 'source');
  // 北朝鮮の核実験: the agent; ウクライナ軍の撤収を強いる: the trigger's own object.
  if (particle === 'genitive') return trigger.includes('を') ? 'target' : (map['の'] ?? 'source');
  if (particle === 'への') return map['へ'] ?? null;
  if (particle === 'からの') return map['から'] ?? null;
  if (particle === 'との') return map['と'] ?? null;
  return map[particle] ?? null;
}

/**
 * Roles of one trigger from the actors of its clause. `ti` is the trigger's index among the
 * sentence's triggers; `suppressed` tells whether another trigger is no event of its own (its
 * modifiers then pass to the trigger it is the object of).
 */
export function assignRoles(
  ctx: RoleContext, trigger: TriggerSpan, ti: number, entry: TriggerEntry, clause: number, voice: 'active' | 'passive' | 'receive',
  suppressed: (t: number) => boolean,
): Assigned {
  const { text, actors, atts, clauses } = ctx;
  const c = clauses[clause];
  const map = voice === 'active' ? entry.roles.active : entry.roles.passive;
  const res: Assigned = { source: [], target: [], partner: [], about: [], location: [], inherited: false, quoted: [], content: null, groupSubject: false, oneWay: false };
  const relTargets: number[] = [];
  const compounds: number[] = [];
  // A quoted clause right before the trigger: 〜したと非難した, 〜するよう求めた.
  let quoteStart = -1;
  let quoteEnd = -1;
  if (entry.quote || entry.requiresContent.length || entry.requiresContentWords.length) {
    const q = quoteMarkerBefore(text, trigger.normStart, ctx.lo);
    if (q !== -1 && (!entry.requiresContent.length || entry.requiresContent.some((w) => q.marker.startsWith(w)))) {
      quoteEnd = q.at;
      // The quote runs back to the sentence topic (韓国は、…と非難) or the sentence start.
      quoteStart = ctx.lo;
      for (const t of ctx.topic) if (actors[t].normEnd <= quoteEnd) quoteStart = Math.max(quoteStart, topicEnd(text, actors[t].normEnd, ctx.hi));
      res.content = [quoteStart, quoteEnd];
    }
  }
  // 停戦交渉に応じる用意があると表明: an offer's content stands right before it; its names are addressed.
  if (entry.contentBefore && quoteEnd < 0) {
    quoteEnd = trigger.normStart;
    quoteStart = ctx.lo;
    for (const t of ctx.topic) if (actors[t].normEnd <= quoteEnd) quoteStart = Math.max(quoteStart, topicEnd(text, actors[t].normEnd, ctx.hi));
    res.content = [quoteStart, quoteEnd];
  }
  // 〜を輸出しているとして制裁を科した: a reason clause before the trigger. Its subject is the one the
  // sanction, charge or attack is aimed at; its other names belong to it alone.
  let reasonStart = -1;
  let reasonEnd = -1;
  if (quoteEnd < 0) {
    const q = quoteMarkerBefore(text, trigger.normStart, ctx.lo);
    if (q !== -1 && (q.marker === 'として' || q.marker === 'とし' || q.marker === 'とした上で')) {
      reasonEnd = q.at;
      reasonStart = ctx.lo;
      for (const t of ctx.topic) if (actors[t].normEnd <= reasonEnd) reasonStart = Math.max(reasonStart, topicEnd(text, actors[t].normEnd, ctx.hi));
    }
  }
  // Inside such a clause (〜が…輸出しているとして): the outer topic is not this trigger's subject.
  const inReason = /^[^、。]{0,12}?(?:とし(?:て|、)|とした上で)/.test(text.slice(trigger.normEnd, c.end));
  if (entry.requiresContent.length && quoteEnd < 0) return res;
  // An accusation's content tells what was done: 〜をなくすと主張した states a plan, not a charge.
  if (entry.type === 'ACCUSE' && quoteEnd >= 0 && nonPastEnd(text.slice(Math.max(ctx.lo, quoteEnd - 8), quoteEnd))) return res;
  // 〜を供与していないと主張: a denial, not a charge (容認できないと非難 stays a protest).
  if (entry.type === 'ACCUSE' && quoteEnd >= 0 && /^(?:主張|指摘)/.test(entry.trigger) &&
      /(?:ない|なかった|ず|ません|ではない)$/.test(text.slice(Math.max(ctx.lo, quoteEnd - 6), quoteEnd))) return res;
  // A quoting trigger reaches back to the sentence's start: its speaker stands before the quote.
  const clauseStart = quoteEnd >= 0 ? ctx.lo : c.start;
  const head = adnominalHead(text, trigger.normEnd, ctx.hi);
  // 中国の主張する「一つの中国」原則: a claim or demand named as a noun's modifier is no act of its own.
  if (head >= 0 && (entry.type === 'ACCUSE' || entry.type === 'REQUEST') && /^[「『]/.test(text.slice(head, head + 1))) return res;
  // 〜を破棄した米国, 〜を停止してきた安保理決議2231: a relative clause with its object named and a
  // name as its head noun has that name as its subject.
  const headActor = head >= 0 ? actors.findIndex((a) => a.normStart === head && a.kind === 'actor') : -1;
  const headJoins = headActor >= 0 && /^(?:と|との|や|、)/.test(text.slice(finalAttachment(atts, headActor).at, finalAttachment(atts, headActor).at + 2)) &&
    finalAttachment(atts, headActor) === atts[headActor];
  const subjectGap = head >= 0 && voice === 'active' && (
    (headActor >= 0 && !headJoins && !/^(?:と|との)/.test(atts[headActor].particle)) || // 戦闘に参加した北朝鮮兵, 破棄した米国
    (/を/.test(text.slice(c.start, trigger.normStart)) && (ctx.heads?.has(head) ?? false))); // 〜を停止してきた安保理決議2231
  const subjects: Array<{ i: number; at: number }> = [];
  const add = (role: Role, i: number, particle: string): void => {
    const a = actors[i];
    // Only actors act; a weapon stands for its state in its own test or launch (サルマートの試験).
    if (a.kind !== 'actor' && (role === 'source' || role === 'partner') && !(a.kind === 'weapon' && entry.type === 'MOBILIZE')) return;
    if (role === 'source' || (role === 'target' && voice !== 'active')) {
      if (SUBJECT_PARTICLES.has(particle)) subjects.push({ i, at: finalAttachment(atts, i).at });
    }
    if (role === 'source') res.source.push(i);
    else if (role === 'target') res.target.push(i);
    else if (role === 'partner') res.partner.push(i);
    else if (role === 'about') res.about.push(i);
    else if (role === 'location') res.location.push(i);
  };
  for (let i = 0; i < actors.length; i++) {
    const a = actors[i];
    const inTrigger = a.normStart >= trigger.normStart && a.normEnd <= trigger.normEnd && a.normEnd > a.normStart;
    const fin = finalAttachment(atts, i);
    const before = a.normStart >= clauseStart && a.normEnd <= trigger.normStart && a.normEnd > a.normStart;
    const heads = fin.head === ti;
    const isHead = head >= 0 && subjectGap && a.normStart >= head && a.normStart <= head + 8 && a.kind === 'actor';
    if (isHead) {
      res.source.push(i);
      continue;
    }
    if (!before && !heads && !inTrigger) continue;
    if (inTrigger) {
      add(entry.roleSet === 'visit' ? 'target' : entry.symmetric ? 'source' : 'target', i, '');
      continue;
    }
    let particle = fin.particle;
    if (reasonEnd >= 0 && a.normStart >= reasonStart && a.normEnd <= reasonEnd) {
      const conflict = entry.type === 'ACCUSE' || entry.type === 'SANCTION' || entry.type === 'REJECT' || entry.type === 'THREATEN' ||
        entry.type === 'ASSAULT' || entry.type === 'COERCE' || entry.type === 'REQUEST';
      if (conflict && a.kind === 'actor' && (particle === 'が' || particle === 'は' || particle === 'も' || a.modifier)) res.target.push(i);
      continue;
    }
    if (inReason && particle === 'は') continue;
    if (quoteEnd >= 0 && a.normStart >= quoteStart && a.normEnd <= quoteEnd && particle !== 'とともに' && !(particle === 'は' && a.normStart <= quoteStart + 2)) {
      res.quoted.push(i);
      continue;
    }
    if (fin.head >= 0 && fin.head !== ti) {
      // The actor modifies another trigger's phrase: it belongs to that event, unless that trigger is
      // only this one's object (北朝鮮の核実験を非難 → the accused). A denial's object is the subject's
      // own act (ロシアへの武器の供与を否定): its names are not the ones rejected.
      if (!suppressed(fin.head) || entry.denial) continue;
      particle = fin.afterHead;
    }
    // 米国向けのガリウムの輸出を禁止, 中国向け輸出規制: the destination is the one acted upon.
    if (text.startsWith('向け', a.normEnd) && a.kind === 'actor' && !entry.symmetric && (entry.type === 'SANCTION' || entry.type === 'AID')) {
      add('target', i, particle);
      continue;
    }
    // 対露制裁, 対北朝鮮制裁の…: a name after 対 is the one acted upon, whatever follows.
    if (a.normStart > ctx.lo && text[a.normStart - 1] === '対' && a.kind === 'actor' && !entry.symmetric) {
      add('target', i, particle);
      continue;
    }
    if (particle === '') continue;
    // 北朝鮮、ICBMを発射: a headline's name before a comma is its subject.
    if (particle === '、' && ctx.topic.includes(i) && a.normStart - ctx.lo <= 3) particle = 'は';
    if ((particle === 'が' || particle === 'も') && !ctx.topic.includes(i) && relativeBetween(text, fin.at + 1, trigger.normStart + 1)) {
      if (entry.roleSet === 'visit') relTargets.push(i);
      else if (entry.symmetric) res.partner.push(i); // 中国が主催した会合にロシアも参加: both take part
      // ロシアが技術を移転する可能性に懸念を示した: the agent of the act a charge is about is the accused.
      else if ((entry.type === 'ACCUSE' || entry.type === 'THREATEN') && a.kind === 'actor' && !a.modifier) res.target.push(i);
      continue; // the subject of a relative clause inside the trigger's clause
    }
    if (a.modifier && SUBJECT_PARTICLES.has(particle)) continue;
    if (subjectGap && SUBJECT_PARTICLES.has(particle)) continue; // the relative clause's subject is its head noun
    if (a.kind === 'place' && (particle === 'genitive' || particle === 'compound')) {
      add('target', i, particle);
      continue;
    }
    // 対露制裁, 対中批判: a name after 対 is the one acted upon.
    const against = a.normStart > ctx.lo && text[a.normStart - 1] === '対';
    const agentSuffix = /^(?:軍|兵|政府|当局|部隊|海軍|空軍|陸軍|海警)/.test(text.slice(a.normEnd, a.normEnd + 3));
    const role = against ? 'target' : particle === 'compound' && voice === 'active' ? compoundRole(entry, agentSuffix) : roleFor(map, particle, entry.symmetric, entry.trigger);
    if (!role) continue;
    if (particle === 'compound' && role === 'source' && !entry.symmetric) compounds.push(i);
    if (entry.mutual && role === 'target' && (particle === 'に' || particle === 'を' || particle === 'に対し')) res.oneWay = true;
    add(role, i, particle);
  }
  // 〜の提案が北朝鮮になされた, 会談がモスクワで行われた: a noun trigger whose own predicate follows it
  // takes the names between the two.
  const post = /^[がはも]([^、。]{0,30}?)(?:なされ|行われ|示され|出され|伝えられ|提示され|提起され|実施され|開かれ|開催され)/.exec(text.slice(trigger.normEnd, c.end));
  if (post && !isHiragana(text.charCodeAt(trigger.normEnd - 1))) {
    const lo = trigger.normEnd + 1;
    const hi = lo + post[1].length;
    for (let i = 0; i < actors.length; i++) {
      const a = actors[i];
      if (a.kind !== 'actor' || a.normStart < lo || a.normEnd > hi) continue;
      const p = finalAttachment(atts, i).particle;
      if (p !== 'に' && p !== 'へ' && p !== 'に対し' && p !== 'と' && p !== 'との間') continue;
      const role = roleFor(map, p, entry.symmetric, entry.trigger);
      if (role) add(role, i, p);
    }
  }
  // The nearest subject phrase governs the trigger: 〜は、〜が… keeps 〜が; 〜の分析は、ロシア側の兵力は keeps the latter.
  if (subjects.length > 1) {
    const nearest = Math.max(...subjects.map((s) => s.at));
    const far = new Set(subjects.filter((s) => s.at !== nearest).map((s) => s.i));
    res.source = res.source.filter((i) => !far.has(i));
    if (voice !== 'active') res.target = res.target.filter((i) => !far.has(i));
  }
  // 専門家パネルは…ロシアの拒否権行使により: the agent in the trigger's own phrase outranks the topic.
  if (!entry.symmetric && entry.type !== 'COOPERATE' && entry.type !== 'AGREE' && entry.type !== 'CONSULT' && voice === 'active') {
    const own = res.source.filter((i) => { const f = finalAttachment(atts, i); return f.head === ti && (f.particle === 'genitive' || f.particle === 'による'); });
    if (own.length && own.length < res.source.length) res.source = own;
  }
  // ロシアによるウクライナ侵攻: with an agent named, the name compounded with the trigger is its object.
  if (!entry.symmetric && compounds.length && res.source.some((i) => !compounds.includes(i))) {
    res.source = res.source.filter((i) => !compounds.includes(i));
    for (const i of compounds) if (!res.target.includes(i)) res.target.push(i);
  }
  if (quoteEnd >= 0) {
    // The accused or the addressee of a quoted clause: its subjects and objects, not its topic.
    if (!entry.denial) for (const i of res.quoted) if (!res.target.includes(i) && !res.source.includes(i) && actors[i].kind === 'actor' && !actors[i].modifier) res.target.push(i);
  }
  if (entry.roleSet === 'visit' && !res.target.length) res.target.push(...relTargets);
  if (!res.about.length && ctx.about?.length) res.about.push(...ctx.about.filter((i) => !res.source.includes(i)));
  if (entry.type === 'MOBILIZE' && res.about.length) {
    res.source = res.about.filter((i) => actors[i].kind === 'actor');
    res.about = [];
    return res;
  }
  if (subjectGap) return res; // the head noun is the subject, named or not
  // A clause without a subject of its own inherits one: the previous clause's, the sentence topic,
  // the previous sentence's topic. Only a trigger used as a verb takes an inherited subject.
  const subjRole = map['が'];
  const passiveTransfer = voice !== 'active' && subjRole === 'object' && (entry.roleSet === 'transfer' || entry.roleSet === 'assist');
  const wantRole: Role | null = passiveTransfer ? 'source' : subjRole === 'source' || subjRole === 'target' ? subjRole : null;
  // ロシア産原油の輸入を増やし: for a joint act a name in the genitive is the other side, not the subject.
  const joint = entry.symmetric || entry.type === 'COOPERATE' || entry.type === 'AGREE' || entry.type === 'CONSULT';
  const genitiveOnly = joint && res.source.length > 0 && res.source.every((i) => finalAttachment(atts, i).particle === 'genitive' && actors[i].modifier);
  const hasSubject = wantRole === 'source' ? res.source.length > 0 && !genitiveOnly : res.target.length > 0 && subjRole === 'target' && res.target.some((i) => SUBJECT_PARTICLES.has(finalAttachment(atts, i).particle));
  res.groupSubject = GROUP_SUBJECT.test(text.slice(clauseStart, trigger.normStart)) || GROUP_SUBJECT.test(text.slice(ctx.lo, Math.min(ctx.hi, ctx.lo + 24)));
  const verbal = verbalUse(text, trigger.normStart, trigger.normEnd, ctx.hi);
  // 〜に反対するデモ, 〜を非難する声: a relative clause on a noun that can act has that noun as subject.
  if (head >= 0 && AGENT_HEADS.test(text.slice(head, head + 4)) && !res.source.length) return res;
  // ウクライナ侵攻後も: a bare noun naming a point in time refers to an act told before; the topic is not its agent.
  const timePoint = !verbal && /^(?:後|以降|以来|前|直後|直前|当時|開始後|から)/.test(text.slice(trigger.normEnd, trigger.normEnd + 4));
  if (timePoint) res.source = res.source.filter((i) => finalAttachment(atts, i).head === ti);
  if (!hasSubject && wantRole && !verbal && voice === 'active' && !timePoint) {
    // A bare noun (〜の訪問も含め、金正恩国務委員長は…) takes only its own sentence's topic, and only when
    // it names no actor of its own (中国と北朝鮮の連携を懸念: the topic is the one concerned).
    if (!res.partner.length && !res.target.some((i) => actors[i].kind === 'actor')) {
      for (const i of ctx.topic) if (!res.source.includes(i) && wantRole === 'source') res.source.push(i);
    }
    if (res.source.length) res.inherited = true;
  }
  if (!hasSubject && wantRole && verbal &&
      (passiveTransfer || !nonActorSubject(text, clauseStart, trigger.normStart, quoteEnd, actors))) {
    // Inside a report (〜を運んだと見積もった, 〜したと指摘した) the reporter is not the agent; a passive's
    // agent comes only from the clause before.
    const after = text.slice(trigger.normEnd, c.end);
    // Only a reporter that is no state or state organ (a think tank, a report) is kept from being the agent:
    // 日本政府は…抗議したと発表した keeps 日本政府.
    const stateTopic = ctx.topic.some((i) => actors[i].codes.some((code) => ctx.isState?.(code) ?? false));
    const reported = inReason || (!stateTopic && (/^[^、。]{0,16}?と(?:見積も|指摘|報じ|発表|分析|評価|推定|推計|報告|確認|明らかに)/.test(after) ||
      /^(?:を|の事実を)(?:確認|指摘|報告)/.test(after)));
    const inherited = inheritSubject(ctx, clause, trigger.normStart, reported || passiveTransfer, reported);
    // ロシアの軍需産業を支援したとして中国企業に制裁を科した: the reason's agent is the one sanctioned.
    if (inReason && !inherited.length && wantRole === 'source') {
      for (let i = 0; i < actors.length; i++) {
        const a = actors[i];
        if (a.kind !== 'actor' || a.normStart < trigger.normEnd || a.normEnd > c.end) continue;
        const p = finalAttachment(atts, i).particle;
        if (p === 'に' || p === 'に対し' || p === 'を') inherited.push(i);
      }
    }
    for (const i of inherited) {
      if (res.target.includes(i) || res.partner.includes(i) || res.source.includes(i)) continue;
      if (wantRole === 'source') res.source.push(i);
      else res.target.push(i);
      res.inherited = true;
    }
  }
  return res;
}

/** Where a topic phrase ends: after its は and a comma. */
function topicEnd(text: string, at: number, hi: number): number {
  let p = at;
  while (p < hi && p - at < 40 && text[p] !== 'は') p++;
  p++;
  if (text[p] === '、') p++;
  return p;
}

/** A subject that names no actor stands before the trigger (西側諸国が非難する, 彼らは): nothing to inherit. */
function nonActorSubject(text: string, from: number, to: number, quoteEnd: number, actors: ActorSpan[]): boolean {
  const start = Math.max(from, quoteEnd >= 0 ? quoteEnd : from);
  const span = text.slice(start, to);
  for (const pr of PRONOUN_SUBJECTS) if (span.includes(pr)) return true;
  for (let p = to - 1; p > start; p--) {
    const ch = text[p];
    if (ch !== 'が' && ch !== 'は') continue;
    if (!isNounChar(text.charCodeAt(p - 1))) continue;
    if (text[p + 1] === 'ら' || text[p + 1] === 'っ') continue;
    if (relativeBetween(text, p + 1, to)) continue; // 拠点があるスジャ市: a relative clause's own subject
    if (/(?:声明|共同声明|報告書|談話|決議|宣言|文書|発表)$/.test(text.slice(Math.max(start, p - 6), p))) return false; // 共同声明は…非難した: its authors act
    const owner = actors.some((a) => a.kind === 'actor' && !a.modifier && a.normEnd > a.normStart && a.normEnd <= p && a.normEnd >= p - 12 && !/[のをにへと、]/.test(text.slice(a.normEnd, p)));
    return !owner;
  }
  return false;
}

function inheritSubject(ctx: RoleContext, clause: number, at: number, clausesOnly: boolean, noTopics: boolean): number[] {
  const { actors, atts } = ctx;
  const subjectsIn = (s: number, e: number): number[] => {
    const out: number[] = [];
    for (let i = 0; i < actors.length; i++) {
      const a = actors[i];
      if (a.kind !== 'actor' || a.normStart < s || a.normEnd > e || a.normEnd === a.normStart || a.modifier) continue;
      if (inQuotation(ctx.text, s, a.normStart)) continue; // 「北朝鮮の発射は…」と述べ、…非難した: not the subject
      const fin = finalAttachment(atts, i);
      if (fin.head >= 0 && fin.particle !== 'compound') {
        // 北朝鮮の核実験が…: the actor leads a phrase that is itself a subject.
        if (!SUBJECT_PARTICLES.has(fin.afterHead)) continue;
      } else if (!SUBJECT_PARTICLES.has(fin.particle)) continue;
      if (noTopics && (fin.particle === 'は' || fin.afterHead === 'は')) continue; // the reporter, not the agent
      if ((fin.particle === 'が' || fin.particle === 'も') && relativeBetween(ctx.text, fin.at + 1, e)) continue;
      out.push(i);
    }
    // The nearest subject phrase of the clause (韓国国家情報院は、北朝鮮兵が… → 北朝鮮兵).
    if (out.length > 1) {
      const last = Math.max(...out.map((i) => finalAttachment(atts, i).at));
      return out.filter((i) => finalAttachment(atts, i).at === last);
    }
    return out;
  };
  for (let k = clause - 1; k >= 0; k--) {
    const c = ctx.clauses[k];
    const subj = subjectsIn(c.start, c.end);
    if (subj.length) return subj;
  }
  if (clausesOnly) return [];
  const topic = ctx.topic.filter((i) => actors[i].normEnd <= at);
  if (topic.length) return topic;
  if (ctx.topic.length) return ctx.topic; // 〜も含め、金正恩国務委員長は…: a topic after a fronted clause
  return ctx.previousTopic;
}
