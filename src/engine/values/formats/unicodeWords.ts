/**
 * @module Non-ASCII words for the internationalised formats (idn_hostname, idn_email, iri): real words in
 * many scripts, lowercase and in NFC, so that each is a valid IDNA2008 U-label as it stands. The tests check
 * every entry against the idn-hostname validator, so a typo cannot slip in.
 */

/** U-labels written left to right: Latin with diacritics, Greek, Cyrillic, Armenian, Georgian, Indic, Thai, CJK, Hangul. */
export const LTR_LABELS: readonly string[] = [
  'bücher', 'café', 'münchen', 'zürich', 'straße', 'españa', 'façade', 'crème', 'smörgåsbord', 'łódź',
  'kraków', 'čaj', 'ñandú', 'øl', 'ærø', 'göteborg', 'señor', 'élan', 'naïve', 'brûlée',
  'açaí', 'português', 'håndværk', 'fußball', 'größe', 'überall', 'tiếng-việt', 'ďakujem', 'şehir', 'jūra',
  'δοκιμή', 'παράδειγμα', 'ελληνικά', 'καφές', 'βιβλία',
  'пример', 'испытание', 'книги', 'кафе', 'приклад', 'привет',
  'օրինակ', 'მაგალითი',
  'उदाहरण', 'परीक्षा', 'উদাহরণ', 'உதாரணம்', 'ตัวอย่าง',
  '例え', '東京', '書籍', '测试', '例子', 'テスト', 'ドメイン', 'ひらがな',
  '실례', '테스트', '서울', '도메인',
]; // prettier-ignore

/** U-labels written right to left (Hebrew, Arabic, Persian): they make a name a Bidi domain name. */
export const RTL_LABELS: readonly string[] = ['דוגמה', 'בדיקה', 'مثال', 'اختبار', 'آزمایشی', 'مرحبا'];

/** Every U-label, left-to-right ones first. */
export const U_LABELS: readonly string[] = [...LTR_LABELS, ...RTL_LABELS];

/** Given and family names by language, lowercase as addresses usually are; none holds `.`, `_`, `-` or a digit. */
export const IDN_NAMES: readonly { readonly first: readonly string[]; readonly last: readonly string[] }[] = [
  { first: ['josé', 'maría', 'lucía', 'andrés', 'sofía', 'ramón'], last: ['garcía', 'núñez', 'lópez', 'ramírez', 'peña', 'gómez'] },
  { first: ['jürgen', 'jörg', 'bärbel', 'günter', 'käthe', 'götz'], last: ['schröder', 'müller', 'weiß', 'köhler', 'groß', 'böhm'] },
  { first: ['françois', 'chloé', 'hélène', 'zoë', 'noël', 'amélie'], last: ['lefèvre', 'béranger', 'dupré', 'lemaître', 'garçon', 'mérieux'] },
  { first: ['björn', 'søren', 'åsa', 'øystein', 'märta', 'jörgen'], last: ['ångström', 'sørensen', 'løvlie', 'åberg', 'kjær', 'östlund'] },
  { first: ['łukasz', 'zofia', 'paweł', 'małgorzata', 'jiří', 'tomáš'], last: ['wiśniewski', 'dvořák', 'nováková', 'kołodziej', 'černý', 'wójcik'] },
  { first: ['αλέξανδρος', 'δημήτρης', 'μαρία', 'ελένη', 'γιώργος', 'σοφία'], last: ['παπαδόπουλος', 'νικολάου', 'γεωργίου', 'οικονόμου', 'καραγιάννη', 'βλάχος'] },
  { first: ['иван', 'анна', 'ольга', 'дмитрий', 'сергей', 'наталья'], last: ['иванов', 'смирнова', 'кузнецов', 'попова', 'соколов', 'лебедева'] },
  { first: ['אורי', 'נועה', 'דוד', 'תמר', 'יונתן', 'שירה'], last: ['כהן', 'לוי', 'מזרחי', 'פרץ', 'ביטון', 'אברהם'] },
  { first: ['محمد', 'فاطمة', 'أحمد', 'ليلى', 'يوسف', 'مريم'], last: ['حداد', 'خوري', 'منصور', 'العلي', 'سليمان', 'ناصر'] },
  { first: ['राहुल', 'प्रिया', 'अमित', 'सुनीता', 'विकास', 'अनीता'], last: ['शर्मा', 'वर्मा', 'गुप्ता', 'सिंह', 'पटेल', 'जोशी'] },
  { first: ['さくら', 'はると', '太郎', '花子', 'ゆい', '蓮'], last: ['田中', '佐藤', '鈴木', '高橋', '渡辺', '伊藤'] },
  { first: ['민준', '서연', '지호', '하은', '도윤', '수아'], last: ['김', '이', '박', '최', '정', '강'] },
  { first: ['伟', '芳', '娜', '强', '静', '磊'], last: ['王', '李', '张', '刘', '陈', '杨'] },
]; // prettier-ignore

/** Path and query words for IRIs (left to right only; see iri.ts for why). */
export const IRI_WORDS: readonly string[] = [
  'über-uns', 'kontakt', 'produkte', 'café', 'größe', 'straße', 'bücher', 'préférences', 'señales', 'año',
  'résumé', 'niño', 'fußball', 'statistik', 'δοκιμή', 'κατάλογος', 'статьи', 'книги', 'новости', 'поиск',
  'ニュース', '東京', '検索', '商品', '新闻', '搜索', '뉴스', '검색', 'समाचार', 'ข่าว',
]; // prettier-ignore
