// Word lists the name splitter needs, as data.

/** Family names that Chinese, Korean and Vietnamese names put first ("Shen Zhihua", "Kim
 * Il Sung", "Nguyen Vu Tung"). A credited name that starts with one of these may be written
 * family-first or given-first, and memo cannot tell which, so it keeps the name whole
 * (CSL literal) rather than guess. */
export const familyFirstSurnames: ReadonlySet<string> = new Set([
  // Chinese (pinyin and older spellings)
  'Bai', 'Cai', 'Cao', 'Chang', 'Chen', 'Cheng', 'Chou', 'Cui', 'Dai', 'Deng', 'Ding', 'Dong', 'Du', 'Duan',
  'Fan', 'Fang', 'Feng', 'Fu', 'Gao', 'Gu', 'Guo', 'Han', 'Hao', 'He', 'Hou', 'Hu', 'Huang', 'Jia', 'Jiang',
  'Jin', 'Kang', 'Kong', 'Lei', 'Li', 'Liang', 'Liao', 'Lin', 'Liu', 'Long', 'Lu', 'Lü', 'Luo', 'Ma', 'Mao',
  'Meng', 'Pan', 'Peng', 'Qian', 'Qin', 'Qiu', 'Ren', 'Shao', 'Shen', 'Shi', 'Song', 'Su', 'Sun', 'Tan',
  'Tang', 'Tian', 'Wan', 'Wang', 'Wei', 'Wu', 'Xia', 'Xiao', 'Xie', 'Xiong', 'Xu', 'Xue', 'Yan', 'Yang',
  'Yao', 'Ye', 'Yi', 'Yin', 'Yu', 'Yuan', 'Zeng', 'Zhang', 'Zhao', 'Zheng', 'Zhong', 'Zhou', 'Zhu', 'Zou',
  // Korean
  'Ahn', 'Bae', 'Baek', 'Cho', 'Choi', 'Chung', 'Heo', 'Hong', 'Hwang', 'Jang', 'Jeon', 'Jeong', 'Jung',
  'Kim', 'Ko', 'Kwon', 'Lee', 'Lim', 'Moon', 'Nam', 'Noh', 'Oh', 'Pak', 'Park', 'Ryu', 'Seo', 'Shin', 'Shim',
  'Son', 'Yoo', 'Yoon', 'Yun',
  // Vietnamese
  'Nguyen', 'Tran', 'Le', 'Pham', 'Hoang', 'Vu', 'Vo', 'Dang', 'Bui', 'Do', 'Ngo', 'Duong',
])

/** Lower-case particles that belong to the family name ("van der Wee", "de Gaulle"). */
export const familyParticles: ReadonlySet<string> = new Set([
  'van', 'von', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'du', 'la', 'le', 'ter', 'ten', 'zu', 'bin', 'al',
])

/** Suffixes that follow a name after a comma ("Martin Luther King, Jr."). */
export const nameSuffixes: ReadonlySet<string> = new Set(['Jr.', 'Jr', 'Sr.', 'Sr', 'II', 'III', 'IV'])

/** Words that mark a credited "name" as an organisation, kept whole. */
export const organisationWords: ReadonlySet<string> = new Set([
  'Archive', 'Archives', 'Center', 'Centre', 'Foundation', 'Institute', 'Library', 'Ministry', 'Museum',
  'Office', 'Program', 'Programme', 'Project', 'Society', 'Staff', 'University', 'NKIDP', 'CWIHP', 'NKDIP',
])
