// The hand alignment of the declaration's proclamation ("Now, therefore, The General
// Assembly proclaims this Universal Declaration of Human Rights as a common standard of
// achievement …"), which the translations break into one to three paragraphs at different
// places: Swedish opens with the verb ("kungör") and the Assembly after it, German joins
// verb and Assembly ("verkündet die Generalversammlung"), Italian gives the verb a
// paragraph of its own, Turkish splits the purpose clause, Arabic ends the last "whereas"
// with the Assembly. One unit for the whole proclamation would link every piece of it to
// every other ("Now, therefore," to the Russian "Генеральная Ассамблея,"), which no
// reader would; so the proclamation carries four units of meaning, read off each text:
//   now        the connective "Now, therefore," (not every translation has one)
//   assembly   "The General Assembly"
//   proclaims  the verb and its object, "proclaims this Universal Declaration"
//   standard   the rest: "as a common standard …, to the end that every individual …"
// A paragraph lists every unit it carries, in any order; two paragraphs are linked when
// they share one (evaluate.js).

/** Per language code: the units of each proclamation paragraph (the preamble's eighth
 * paragraph on), and units the seventh "whereas" also carries. Read by udhr-docs.js for the
 * documents with exact units; a language missing here cannot be given its preamble there.
 * @type {Record<string, { parts: string[][], lastWhereas?: string[] }>} */
export const proclamationUnits = {
  eng: { parts: [['now'], ['assembly'], ['proclaims', 'standard']] },
  rus: { parts: [['assembly'], ['proclaims', 'standard']] },
  ukr: { parts: [['assembly'], ['proclaims', 'standard']] },
  bul: { parts: [['assembly'], ['proclaims', 'standard']] },
  // "PRZETO ZGROMADZENIE OGÓLNE": "therefore the General Assembly"
  pol: { parts: [['now', 'assembly'], ['proclaims', 'standard']] },
  fra: { parts: [['assembly'], ['proclaims', 'standard']] },
  spa: { parts: [['now'], ['assembly'], ['proclaims', 'standard']] },
  // "verkündet die Generalversammlung" / "diese Allgemeine Erklärung … als … Ideal"
  deu_1996: { parts: [['proclaims', 'assembly'], ['proclaims', 'standard']] },
  // "L'ASSEMBLEA GENERALE" / "proclama" / "la presente dichiarazione … come ideale comune"
  ita: { parts: [['assembly'], ['proclaims'], ['proclaims', 'standard']] },
  // "kungör" / "GENERALFÖRSAMLINGEN" / "denna ALLMÄNNA FÖRKLARING … såsom en gemensam riktlinje"
  swe: { parts: [['proclaims'], ['assembly'], ['proclaims', 'standard']] },
  // "… Genel Kurulu," / "… bu beyannameyi daima gözönünde tutarak" (keeping this
  // Declaration in mind) / "öğretim ve eğitim yoluyla … ortak ideal olarak … ilan eder."
  tur: { parts: [['assembly'], ['standard'], ['standard', 'proclaims']] },
  // "이에," / "국제연합총회는," / "… 공통의 기준으로서 이 세계인권선언을 선포한다."
  kor: { parts: [['now'], ['assembly'], ['standard', 'proclaims']] },
  // the last "whereas" ends "فإن الجمعية العامة" (the General Assembly); then
  // "تنادي بهذا الإعلان …" (proclaims this Declaration) / "على أنه المستوى المشترك …"
  arb: { parts: [['proclaims'], ['standard']], lastWhereas: ['assembly'] },
  // "לפיכך מכריזה העצרת …": therefore the Assembly proclaims, all in one paragraph
  heb: { parts: [['now', 'assembly', 'proclaims', 'standard']] },
  // "مجمع عمومی این اعلامیه … اعلام میکند …": the Assembly proclaims, no connective
  pes_1: { parts: [['assembly', 'proclaims', 'standard']] },
  // "因此现在,大会,发布这一世界人权宣言,作为…共同标准…"
  cmn_hans: { parts: [['now', 'assembly', 'proclaims', 'standard']] },
  // "因此現在，" / "大會，" / "發布這一世界人權宣言，作為…共同標準…"
  cmn_hant: { parts: [['now'], ['assembly'], ['proclaims', 'standard']] },
}
