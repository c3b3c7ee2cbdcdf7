/**
 * Korean and Japanese country names for the basemap labels. world-atlas carries English names
 * only; its ids are ISO 3166-1 numeric codes, so names come from i18n-iso-countries (keyed by the
 * same codes), corrected where that package is wrong or too formal for a map label.
 */
import { createRequire } from 'node:module';
import type * as IsoCountries from 'i18n-iso-countries';

/** The translated names of one country. */
export interface CountryNames {
  name_ko: string;
  name_ja: string;
}

// A CommonJS package whose Node entry registers every locale: loaded with require so its named
// functions resolve under tsx and Vitest alike.
const require = createRequire(import.meta.url);
const countries = require('i18n-iso-countries') as typeof IsoCountries;

/**
 * Names that replace the package's, by world-atlas id. Korean follows the names used by South
 * Korea's foreign ministry and press (the package has misspellings such as "포르투칼" and a few
 * garbled entries); Japanese uses the short forms of Japanese maps and press ("中国", "ロシア").
 * Both use the short everyday name of the other Korea ("북한", "北朝鮮") as a label would.
 */
const OVERRIDES: Record<string, Partial<CountryNames>> = {
  '010': { name_ko: '남극' },
  '016': { name_ko: '아메리칸사모아' },
  '028': { name_ko: '앤티가 바부다' },
  '068': { name_ja: 'ボリビア' },
  '086': { name_ko: '영국령 인도양 지역' },
  '090': { name_ko: '솔로몬 제도' },
  '096': { name_ja: 'ブルネイ' },
  '132': { name_ko: '카보베르데' },
  '136': { name_ko: '케이맨 제도' },
  '140': { name_ko: '중앙아프리카 공화국' },
  '156': { name_ja: '中国' },
  '158': { name_ko: '대만' },
  '180': { name_ko: '콩고민주공화국' },
  '196': { name_ko: '키프로스' },
  '203': { name_ko: '체코' },
  '231': { name_ko: '에티오피아' },
  '234': { name_ko: '페로 제도' },
  '238': { name_ko: '포클랜드 제도', name_ja: 'フォークランド諸島' },
  '239': { name_ko: '사우스조지아 사우스샌드위치 제도' },
  '260': { name_ko: '프랑스령 남방 및 남극 지역' },
  '268': { name_ko: '조지아' },
  '296': { name_ko: '키리바시' },
  '304': { name_ko: '그린란드' },
  '334': { name_ko: '허드 맥도널드 제도' },
  '364': { name_ja: 'イラン' },
  '408': { name_ja: '北朝鮮' },
  '410': { name_ja: '韓国' },
  '417': { name_ko: '키르기스스탄' },
  '418': { name_ja: 'ラオス' },
  '498': { name_ja: 'モルドバ' },
  '531': { name_ko: '퀴라소' },
  '534': { name_ko: '신트마르턴', name_ja: 'シント・マールテン' },
  '580': { name_ko: '북마리아나 제도' },
  '583': { name_ko: '미크로네시아 연방' },
  '584': { name_ko: '마셜 제도' },
  '598': { name_ko: '파푸아뉴기니' },
  '612': { name_ko: '핏케언 제도' },
  '616': { name_ko: '폴란드' },
  '620': { name_ko: '포르투갈' },
  '624': { name_ko: '기니비사우' },
  '643': { name_ko: '러시아', name_ja: 'ロシア' },
  '652': { name_ko: '생바르텔레미' },
  '654': { name_ko: '세인트헬레나', name_ja: 'セントヘレナ' },
  '659': { name_ko: '세인트키츠 네비스' },
  '660': { name_ko: '앵귈라' },
  '662': { name_ko: '세인트루시아' },
  '663': { name_ko: '생마르탱', name_ja: 'サン・マルタン' },
  '666': { name_ko: '생피에르 미클롱' },
  '670': { name_ko: '세인트빈센트 그레나딘', name_ja: 'セントビンセント・グレナディーン' },
  '674': { name_ko: '산마리노' },
  '678': { name_ko: '상투메 프린시페' },
  '694': { name_ko: '시에라리온' },
  '710': { name_ko: '남아프리카 공화국' },
  '716': { name_ko: '짐바브웨' },
  '748': { name_ko: '에스와티니', name_ja: 'エスワティニ' },
  '760': { name_ja: 'シリア' },
  '784': { name_ko: '아랍에미리트' },
  '788': { name_ko: '튀니지' },
  '795': { name_ko: '투르크메니스탄' },
  '796': { name_ko: '터크스 케이커스 제도' },
  '807': { name_ko: '북마케도니아' },
  '862': { name_ja: 'ベネズエラ' },
  '876': { name_ko: '왈리스 푸투나' },
};

/** Places world-atlas gives no ISO code (Natural Earth's own units), by their English name. */
const WITHOUT_CODE: Record<string, CountryNames> = {
  Kosovo: { name_ko: '코소보', name_ja: 'コソボ' },
  'N. Cyprus': { name_ko: '북키프로스', name_ja: '北キプロス' },
  Somaliland: { name_ko: '소말릴란드', name_ja: 'ソマリランド' },
  'Indian Ocean Ter.': {
    name_ko: '오스트레일리아령 인도양 지역',
    name_ja: 'オーストラリア領インド洋地域',
  },
  'Siachen Glacier': { name_ko: '시아첸 빙하', name_ja: 'シアチェン氷河' },
  // world-atlas files these islands under Australia's code; they are not Australia's label.
  'Ashmore and Cartier Is.': {
    name_ko: '애시모어 카르티에 제도',
    name_ja: 'アシュモア・カルティエ諸島',
  },
};

/**
 * Korean and Japanese names of a world-atlas country (ISO numeric id such as "410", or null),
 * or null when neither source knows it (the label then stays in English).
 */
export function countryNames(id: string | null, englishName: string): CountryNames | null {
  const byName = WITHOUT_CODE[englishName];
  if (byName) return byName;
  if (id === null) return null;
  const alpha2 = countries.numericToAlpha2(id);
  const ko = alpha2 ? countries.getName(alpha2, 'ko') : undefined;
  const ja = alpha2 ? countries.getName(alpha2, 'ja') : undefined;
  const override = OVERRIDES[id] ?? {};
  const name_ko = override.name_ko ?? ko;
  const name_ja = override.name_ja ?? ja;
  return name_ko && name_ja ? { name_ko, name_ja } : null;
}
