// Abbreviations after which a full stop does not end a sentence, per language, lower
// case, with their dot. Intl.Segmenter breaks after them ("тов. Мао", "Mr. Smith"); the
// sentence splitter joins such pieces back. Initials ("И.В.", "N.V.") are recognised by
// shape, not listed.
export const abbreviations: Readonly<Record<string, readonly string[]>> = {
  ru: [
    'тов.', 'т.', 'г.', 'гг.', 'тыс.', 'млн.', 'млрд.', 'руб.', 'коп.', 'см.', 'ст.', 'стр.', 'с.', 'л.', 'лл.',
    'ф.', 'оп.', 'д.', 'п.', 'пп.', 'ч.', 'гр.', 'ген.', 'полк.', 'акад.', 'проф.', 'им.', 'т.е.', 'т.к.',
    'т.н.', 'др.', 'пр.', 'вв.', 'в.', 'н.э.', 'напр.', 'англ.', 'кит.', 'рус.', 'обл.', 'р.', 'ул.', 'млн',
  ],
  uk: ['тов.', 'т.', 'р.', 'рр.', 'тис.', 'млн.', 'ст.', 'с.', 'див.', 'напр.', 'ім.', 'проф.'],
  en: [
    'mr.', 'mrs.', 'ms.', 'dr.', 'prof.', 'gen.', 'col.', 'lt.', 'capt.', 'maj.', 'sgt.', 'gov.', 'sen.', 'rep.',
    'st.', 'no.', 'nos.', 'vol.', 'vols.', 'p.', 'pp.', 'f.', 'ff.', 'ch.', 'art.', 'fig.', 'ed.', 'eds.',
    'op.', 'd.', 'l.', 'll.', 'cf.', 'e.g.', 'i.e.', 'etc.', 'vs.', 'viz.', 'approx.', 'jan.', 'feb.', 'mar.',
    'apr.', 'aug.', 'sep.', 'sept.', 'oct.', 'nov.', 'dec.', 'u.s.', 'u.k.', 'a.m.', 'p.m.', 'jr.', 'sr.', 'co.',
  ],
  de: ['nr.', 'z.b.', 'd.h.', 'u.a.', 'usw.', 'bzw.', 'vgl.', 'dr.', 'prof.', 'hr.', 'fr.', 'abs.', 'art.', 's.', 'bd.', 'ca.', 'gen.'],
  fr: ['m.', 'mm.', 'mme.', 'mlle.', 'dr.', 'p.', 'pp.', 'art.', 'no.', 'cf.', 'etc.', 'env.', 'gén.'],
  es: ['sr.', 'sra.', 'srta.', 'dr.', 'dra.', 'art.', 'núm.', 'pág.', 'págs.', 'etc.', 'gral.'],
}
