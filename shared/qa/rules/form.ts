/**
 * A form the source requires, lost in the translation: "without our written consent" rendered as
 * "tanpa persetujuan dari kami", "must be made in writing" as "deben hacerse". Terms and notices
 * make a consent, a notice or a change count only in writing; a machine translation drops the
 * adjective and the sentence still reads well, so nothing else points at it.
 *
 * Read per pair of sentences, from an English source: a "written" before a word of consent,
 * notice, request and the like, or "in writing", against the translation's words of writing
 * ("tertulis", "schriftlich", "Schriftform", "par écrit", "por escrito", "书面"). Not when the
 * translation says the act is oral: a pair of opposites (`direction.inverted`) reports that.
 */
import { baseLanguage, finding, spanOf, type Rule, type RuleContext } from '../context';
import { locateInTarget } from '../locate';
import { pairedSentences, type Sentence } from '../sentences';
import type { Finding } from '../types';

/** An English requirement of writing: "in writing", or "written" before what is given in that form. */
const WRITTEN_EN =
  /(?<![\p{L}])(?:in writing|written[\s\u00a0]+(?:consent|permission|approval|notice|notification|request|agreement|authori[sz]ation|confirmation|statement|declaration|warning|application|complaint|objection|contract|offer|quote|quotation|estimate|reminder|termination|cancellation)s?)(?![\p{L}])/giu;

/** The words of writing of each language ("secara tertulis", "schriftlich", "Schriftform", "par écrit", "por escrito", "书面"). */
const WRITING: Readonly<Record<string, RegExp>> = {
  id: /(?<![\p{L}])tertulis(?![\p{L}])/iu,
  de: /(?<![\p{L}])schrift(?:lich\p{L}*|form)(?![\p{L}])/iu,
  fr: /(?<![\p{L}])(?:écrit|écrite|écrits|écrites)(?![\p{L}])/iu,
  es: /(?<![\p{L}])(?:escrito|escrita|escritos|escritas)(?![\p{L}])/iu,
  zh: /书面/u,
};

/** The words of an oral act, which the pair of opposites of writing reports instead ("secara lisan", "mündlich", "口头"). */
const ORAL: Readonly<Record<string, RegExp>> = {
  id: /(?<![\p{L}])lisan(?![\p{L}])/iu,
  de: /(?<![\p{L}])(?:mündlich\p{L}*|telefonisch\p{L}*)(?![\p{L}])/iu,
  fr: /(?<![\p{L}])(?:oral|orale|oralement|verbal|verbale|verbalement|par téléphone)(?![\p{L}])/iu,
  es: /(?<![\p{L}])(?:oral|oralmente|verbal|verbalmente|por teléfono)(?![\p{L}])/iu,
  zh: /口头|电话/u,
};

/**
 * The translation's words for what is given in writing, where the finding is placed ("persetujuan",
 * "Zustimmung", "consentement", "consentimiento", "同意"); else the words at the source's place.
 */
const GIVEN: Readonly<Record<string, RegExp>> = {
  id: /(?<![\p{L}])(?:persetujuan|izin|pemberitahuan|permintaan|permohonan|pengaduan|keluhan|konfirmasi|pernyataan|kesepakatan|perjanjian|pembatalan)(?![\p{L}])/iu,
  de: /(?<![\p{L}])\p{L}*(?:zustimmung|genehmigung|einwilligung|erlaubnis|mitteilung|kündigung|antrag|bestätigung|erklärung|vereinbarung|einverständnis|meldung|widerspruch|beschwerde|reklamation)(?![\p{L}])/iu,
  fr: /(?<![\p{L}])(?:accord|consentement|autorisation|préavis|avis|demande|notification|confirmation|déclaration|réclamation|plainte|résiliation|annulation)(?![\p{L}])/iu,
  es: /(?<![\p{L}])(?:consentimiento|autorización|permiso|aviso|preaviso|notificación|solicitud|acuerdo|confirmación|declaración|reclamación|queja|cancelación)(?![\p{L}])/iu,
  zh: /同意|许可|批准|通知|申请|确认|声明|投诉/u,
};

export const formRule: Rule = {
  name: 'form',
  ids: ['form.dropped'],
  check(context: RuleContext): Finding[] {
    const { source, target } = context;
    const lang = baseLanguage(context.targetLang);
    const writing = WRITING[lang];
    if (!source || baseLanguage(context.sourceLang) !== 'en' || !writing || target.text.trim() === '') return [];
    // (most paragraphs require no form: nothing to compare)
    if (source.text.search(WRITTEN_EN) < 0) return [];
    const { source: sourceSentences, target: targetSentences } = pairedSentences(source.text, target.text);
    const out: Finding[] = [];
    sourceSentences.forEach((sourceSentence, k) => {
      const targetSentence = targetSentences[k] as Sentence;
      const [said] = source.text.slice(sourceSentence.start, sourceSentence.end).matchAll(WRITTEN_EN);
      if (!said) return;
      const sentence = target.text.slice(targetSentence.start, targetSentence.end);
      if (writing.test(sentence) || ORAL[lang]?.test(sentence)) return;
      const start = sourceSentence.start + said.index;
      const end = start + said[0].length;
      const given = GIVEN[lang]?.exec(sentence);
      const place = given
        ? { start: targetSentence.start + given.index, end: targetSentence.start + given.index + given[0].length }
        : locateInTarget(source, target, start, end);
      if (!place || place.start < targetSentence.start || place.end > targetSentence.end) return;
      out.push(
        finding(context, 'form.dropped', 'major', place.start, place.end, {
          source: spanOf(source.text, start, end),
          params: { source: said[0] },
        }),
      );
    });
    return out;
  },
};
