// How each actor mention hangs in its Japanese sentence: the case particle that ends its phrase
// (skipping titles and noun continuations), の-chains (ロシアのプーチン大統領 → one phrase), coordination
// (中国とロシアが), compounds with a trigger (中露合同演習) and the trigger a phrase modifies
// (北朝鮮の核実験). roles.ts turns these attachments into roles.
import { isNounChar, particleAt } from './clauses.js';

/** An actor-like span of the sentence: a mention, or a resolved reference such as 両国. */
export interface ActorSpan {
  normStart: number;
  normEnd: number;
  /** Codes at state/organisation level; for persons resolved by the caller (date-dependent). */
  codes: string[];
  kind: 'actor' | 'place' | 'treaty' | 'operation' | 'weapon';
  /** The mention's entity kind (state, organization, person …), or 'ref' for 両国. */
  entityKind: string;
  /** A troop noun follows the name (北朝鮮兵, ロシア軍部隊): the actor's forces. */
  troops: boolean;
  /** The name only modifies a longer noun (北朝鮮研究プロジェクトは, ロシア船籍貨物船が). */
  modifier: boolean;
  /** Index into the caller's mention list, or -1. */
  ref: number;
  /** English X-held / held by X: the state holding a place, the side acted upon. */
  held?: boolean;
}

/** How an actor hangs in its sentence: the particle its phrase ends with and what the phrase heads. */
export interface Attachment {
  particle: string;
  /** Where that particle stands. */
  at: number;
  /** Index of the trigger whose noun phrase the actor modifies (北朝鮮の核実験), or -1. */
  head: number;
  /** The particle after the head trigger's phrase (北朝鮮の核実験を → を). */
  afterHead: string;
  /** The actor whose attachment this one shares (coordination, の + person), or -1. */
  next: number;
}

export interface TriggerSpan {
  normStart: number;
  normEnd: number;
}

const TROOP_WORDS = ['兵', '部隊', '兵士', '兵員', '兵力', '将兵', '軍人', '戦闘員', '人員', '要員', '将校'];
const hasTroopWord = (s: string): boolean => TROOP_WORDS.some((w) => s.includes(w));
/** Nouns after a state's name that keep it the actor (北朝鮮兵が, 中露両軍は, 日米韓首脳が). */
const ACTOR_SUFFIXES = ['兵', '軍', '政府', '当局', '側', '首脳', '部隊', '兵士', '国民', '両軍', '両国', '海軍', '空軍', '陸軍', '代表', '高官',
  '外交官', '指導部', '指導者', '大使', '外相', '首相', '国防相', '議会', '艦艇', '艦隊', '軍機', '爆撃機', '戦闘機', '海警', '沿岸警備隊', '情報機関', '将校', '兵員', '3カ国', '三カ国', '3か国', '三か国', '2カ国', '両首脳', '首脳会議', '国家'];
const DOCUMENT_TOPIC = /^[^、。]{0,24}?(?:公表|発表|発出|作成|公開|提出|発行)した(?:報告書|声明|報告|文書|白書|談話|論評|資料|レポート|最終報告)は/;
/** Nouns through which a name stays the subject: Xの兵力は, Xの政府は, Xの艦艇が. */
const AGENT_NOUNS = /(?:兵力|戦力|部隊|軍|兵|兵士|政府|当局|首脳|指導者|指導部|大統領|首相|外相|国防相|長官|報道官|艦艇|艦船|船|機|爆撃機|戦闘機|艦隊|海軍|空軍|陸軍|海警|代表|代表団|高官|外交官|側|報告書|声明|議会|政権|企業|国営|メディア|通信|勢力|組織|国民|パネル|委員会|機関|専門家|調査団|監視団|理事会|事務局|チーム|グループ|研究所|情報機関|情報当局|当局者|報道官|艦|航空機|哨戒機|偵察機|無人機|軍用機|部隊|兵士ら)$/;

/** Attachments of the sentence's actors (sorted by position), against its triggers (sorted). */
export function attachActors(text: string, hi: number, actors: ActorSpan[], triggers: TriggerSpan[]): Attachment[] {
  const actorAt = new Map<number, number>();
  actors.forEach((a, i) => { if (!actorAt.has(a.normStart)) actorAt.set(a.normStart, i); });
  const triggerAt = new Map<number, number>();
  triggers.forEach((t, i) => triggerAt.set(t.normStart, i));
  const skipNoun = (p: number, max: number): number => {
    let q = p;
    while (q < hi && q - p < max && !triggerAt.has(q) && !(q > p && actorAt.has(q)) &&
      (isNounChar(text.charCodeAt(q)) || (/[かヵヶケ]/.test(text[q]) && /[\d〇一二三四五六七八九十数]/.test(text[q - 1] ?? '') && /[国月所]/.test(text[q + 1] ?? '')))) q++;
    // 13カ国など, 国境警備隊などの: など closes a list without ending the phrase.
    if (text.startsWith('など', q) && !/^など[がはをにもの]/.test(text.slice(q, q + 3))) return skipNoun(q + 2, max);
    return q;
  };
  const out: Attachment[] = [];
  for (let i = 0; i < actors.length; i++) {
    const a = actors[i];
    const att: Attachment = { particle: '', at: a.normEnd, head: -1, afterHead: '', next: -1 };
    out.push(att);
    let p = a.normEnd;
    const q = skipNoun(p, 28);
    const cont = text.slice(p, q);
    if (hasTroopWord(cont)) a.troops = true;
    const listed = /^(?:など)?[\d,]*(?:カ国|か国|ヶ国|ヵ国)?$/.test(cont); // アルジェリアなど13カ国が
    if (a.entityKind === 'state' && cont.length >= 2 && !listed && !ACTOR_SUFFIXES.some((s) => cont.startsWith(s) || cont === s)) a.modifier = true;
    if (/^(?:下|期|時代|時|以来|以降|当時|就任|在任)/.test(cont)) a.modifier = true; // バイデン政権下では: a time, not an actor
    if (/^(?:決議|憲章|規則|報告書|声明|文書|白書)/.test(cont)) a.modifier = true; // 安保理決議に違反: a document's author
    if (triggerAt.has(q)) {
      att.head = triggerAt.get(q)!;
      att.particle = 'compound';
      att.at = q;
      att.afterHead = chainParticle(text, skipNoun(triggers[att.head].normEnd, 12), hi, skipNoun);
      continue;
    }
    if (q !== p && actorAt.has(q)) {
      att.next = actorAt.get(q)!; // 米国防総省 written after a name, or two names run together
      continue;
    }
    p = q;
    let inChain = false;
    let headNoun = '';
    for (let hop = 0; hop < 6; hop++) {
      if (inChain && (text.startsWith('である', p) || text.startsWith('たる', p))) {
        p = skipNoun(p + (text.startsWith('である', p) ? 3 : 2), 16); // 日本の懸案である拉致問題: the phrase goes on
        continue;
      }
      const part = particleAt(text, p, hi);
      if (!part) break;
      const k = part.key;
      const after = part.end;
      // 中国とロシアが: names of one kind are coordinated (尹錫悦大統領とキャンプ・デービッドで: a person and a place are not).
      if ((k === 'と' || k === 'や' || k === '、') && actorAt.has(after) && actorAt.get(after)! > i && (actors[actorAt.get(after)!].kind === 'place') === (a.kind === 'place')) {
        att.next = actorAt.get(after)!; // 中国とロシアが, 日本、米国、韓国は
        break;
      }
      if (inChain && (k === 'と' || k === 'や' || k === '、') && isNounChar(text.charCodeAt(after)) && !triggerAt.has(after)) {
        p = skipNoun(after, 16); // ロシア連邦の領土と国民が: the phrase goes on
        continue;
      }
      if (k === 'の' && actorAt.has(after) && actorAt.get(after)! > i && actors[actorAt.get(after)!].entityKind !== 'state') {
        att.next = actorAt.get(after)!; // ロシアのプーチン大統領, 中国の外交部
        break;
      }
      const adnominal = k === 'の' || k === 'への' || k === 'からの' || k === 'との' || (k === 'に対し' && text.startsWith('に対する', p)) ||
        (k === 'による' && text.startsWith('による', p));
      if (adnominal) {
        const named = k === 'への' ? 'へ' : k === 'からの' ? 'から' : k === 'との' ? 'と' : k === 'の' ? '' : k;
        // The phrase the particle opens, up to its head: names, nouns and further の/への links.
        let r = after;
        for (let guard = 0; guard < 6 && r < hi; guard++) {
          if (triggerAt.has(r)) break;
          const j = actorAt.get(r);
          if (j !== undefined && (k !== 'の' || actors[j].entityKind === 'state')) {
            r = actors[j].normEnd; // ロシアのウクライナ侵略: the phrase runs on through a second name
            continue;
          }
          const r2 = skipNoun(r, 16);
          if (r2 > r) {
            r = r2;
            continue;
          }
          // 北朝鮮による相次ぐ発射, 大規模な演習: an attributive word between the phrase and its head.
          const attr = /^(?:な|ぐ|い|る|た|さらなる|新たな|すべての|全ての|あらゆる|一部の|多くの|大半の)(?=[\u4e00-\u9fff\u30a0-\u30ff])/.exec(text.slice(r, r + 6));
          if (attr && guard < 5) {
            r += attr[0].length;
            continue;
          }
          if (k !== 'の' && (text.startsWith('への', r) || text[r] === 'の') && !triggerAt.has(r)) {
            r += text.startsWith('への', r) ? 2 : 1;
            continue;
          }
          break;
        }
        if (triggerAt.has(r)) {
          att.head = triggerAt.get(r)!;
          att.particle = att.particle || named || 'genitive';
          att.at = p;
          att.afterHead = chainParticle(text, skipNoun(triggers[att.head].normEnd, 12), hi, skipNoun);
          break;
        }
        // The phrase goes on (北朝鮮の生存権を): the actor takes the particle that ends it — but as a
        // subject only through a noun that can act (ロシア側の兵力は, 日本の政府は; not 委員長の続投が).
        if (named && !att.particle) {
          att.particle = named;
          att.at = p;
          // 中国からの輸入品に関税を課した: the goods from a state stand for it as the one acted upon.
          if (k === 'からの') {
            const end = particleAt(text, r, hi);
            if (end && (end.key === 'に' || end.key === 'を' || end.key === 'に対し')) {
              att.particle = end.key;
              att.at = r;
            }
          }
        }
        if (k === 'の') headNoun = text.slice(after, r);
        inChain = true;
        p = k === 'の' ? skipNoun(after, 16) : r;
        continue;
      }
      if (!att.particle) {
        const head = headNoun.replace(/(?:計|合計|約|少なくとも|最大|延べ)?[\d,〇一二三四五六七八九十百千万数]+[隻機人両発基台艘]?$/, ''); // 中露の艦艇10隻が, 爆撃機計4機が
        att.particle = inChain && head && (k === 'が' || k === 'は' || k === 'も') && !AGENT_NOUNS.test(head) ? `の${k}` : k;
        att.at = p;
      }
      break;
    }
  }
  return out;
}

/** The particle that ends a phrase, read through の-links and lists (協力の制度化について → について;
 * 発射やロシアとの軍事協力を → を). */
function chainParticle(text: string, at: number, hi: number, skipNoun: (p: number, max: number) => number): string {
  let p = at;
  for (let hop = 0; hop < 5; hop++) {
    while (p < hi && (text[p] === '」' || text[p] === '』' || text[p] === ')')) p++;
    const part = particleAt(text, p, hi);
    if (!part) return '';
    if (part.key !== 'の' && part.key !== 'や' && part.key !== 'との' && part.key !== '、') return part.key;
    // A list or a phrase that runs on: skip to its end (names and triggers included).
    let q = part.end;
    while (q < hi && q - part.end < 24) {
      const r = skipNoun(q, 16);
      if (r > q) {
        q = r;
        continue;
      }
      const c = text.charCodeAt(q);
      if (isNounChar(c) || text[q] === '・') {
        q++;
        continue;
      }
      if (text.startsWith('との', q) || text[q] === 'の') {
        q += text.startsWith('との', q) ? 2 : 1;
        continue;
      }
      break;
    }
    if (q === part.end) return part.key === 'の' ? 'の' : '';
    p = q;
  }
  return '';
}

/** The attachment an actor ends up with after following coordination and の-chains. */
export function finalAttachment(atts: Attachment[], i: number): Attachment {
  let k = i;
  for (let guard = 0; guard < 8 && atts[k].next >= 0; guard++) k = atts[k].next;
  return atts[k];
}

/** True when `at` stands inside 「」 or 『』 opened after `lo` (a quotation's words are not the sentence's). */
export function inQuotation(text: string, lo: number, at: number): boolean {
  let depth = 0;
  for (let p = lo; p < at; p++) {
    const c = text[p];
    if (c === '「' || c === '『') depth++;
    else if ((c === '」' || c === '』') && depth > 0) depth--;
  }
  return depth > 0;
}

/** The actors standing as topic (〜は, a headline's 〜、, the author of 〜が公表した報告書は) of the sentence. */
export function sentenceTopic(text: string, lo: number, actors: ActorSpan[], atts: Attachment[]): number[] {
  const out: number[] = [];
  let firstActor = true;
  const quoted = text.slice(lo, actors.length ? actors[actors.length - 1].normStart : lo).includes('「');
  for (let i = 0; i < actors.length; i++) {
    const a = actors[i];
    if (a.kind !== 'actor' || a.normEnd === a.normStart) continue;
    // 林官房長官は「北朝鮮の発射は容認できない」と述べ: the quotation's topic is not the sentence's.
    if (quoted && inQuotation(text, lo, a.normStart)) continue;
    const fin = finalAttachment(atts, i);
    const headline = firstActor && fin.particle === '、' && a.normStart - lo <= 3;
    firstActor = false;
    if (a.modifier) continue;
    if (fin.particle === 'は' || fin.particle === 'では' || headline || (fin.head >= 0 && fin.afterHead === 'は' && fin.particle === 'genitive')) out.push(i);
    else if (fin.particle === 'が' && DOCUMENT_TOPIC.test(text.slice(fin.at + 1, fin.at + 40))) out.push(i);
  }
  return out;
}
