#!/usr/bin/env python3
"""Generate src/data/lexicon/given_names.tsv: given names (and family names written first)
from the person providers of the Faker package, for the name rules of polynews.

Source: Faker (MIT license), pinned below; nothing is downloaded by this script or by the
library at run time, the TSV is committed. To rerun:

  python3 -m venv /tmp/namegen/venv
  /tmp/namegen/venv/bin/pip install faker==33.1.0 wordfreq==3.1.1
  apt-get install wamerican          # /usr/share/dict/american-english
  /tmp/namegen/venv/bin/python scripts/gen_names.py

Output rows are `name<TAB>kind<TAB>flag`:
  kind  `given` (a first name: `Maria`, `Олег`), `family_first` (a family name that English
        news writes before the given name: Chinese `Li`, Vietnamese `Nguyen`, Korean `Kim`)
        or `surname` (a Latin-script family name of the other locales that is no given name:
        `Kumar`, `Davis`; those that are also English words are left out);
  flag  `common` when the lowercase form is also an ordinary English word (`grant`, `rose`,
        `mark`), so a sentence-initial capital says nothing; else empty. Such a word listed by
        one locale only (`Red`, `Will`, `Among`) is left out.
Latin-script names come from every locale (the union); Cyrillic names from ru_RU only.
Names that are month or weekday names, nationality adjectives, English function words or
words of other categories of src/data/en/words.tsv (titles, heads, units...) are left out,
since a capitalized one of those is not evidence of a person.
"""
import importlib
import os
import pkgutil
import sys
import unicodedata

FAKER_VERSION = "33.1.0"
WORDFREQ_VERSION = "3.1.1"
OUT = "src/data/lexicon/given_names.tsv"
DICT = "/usr/share/dict/american-english"
GIVEN_ATTRS = ("first_names", "first_names_male", "first_names_female", "first_names_unisex",
               "first_names_nonbinary", "first_romanized_names")
FAMILY_FIRST = {"zh_CN": "last_romanized_names", "zh_TW": "last_romanized_names",
                "vi_VN": "last_names"}
# Korean family names as English news romanizes them (faker's ko_KR has Hangul only); the
# commonest ones, curated here.
KOREAN_FAMILY = ("Kim Lee Park Choi Jung Jeong Kang Cho Yoon Jang Lim Han Oh Seo Shin Kwon Hwang "
                 "Ahn Song Yoo Hong Jeon Ko Moon Yang Son Bae Baek Heo Nam Noh Ha Kwak Sung Cha "
                 "Joo Woo Min Ryu Roh Chung Yun Choe").split()
# English function words that some locales list as names (`Do`, `An`, `So`, `In`, `Man`).
FUNCTION = set("a an and as at be by do for he her his i if in is it me my no of on or our she "
               "so the to up us we you man men can may did has had was way all any one "
               "two new old big".split())


def latin(s):
    return all(c in "-'’ " or (c.isalpha() and "LATIN" in unicodedata.name(c, "")) for c in s)


def cyrillic(s):
    return all(c in "-" or (c.isalpha() and "CYRILLIC" in unicodedata.name(c, "")) for c in s)


def names_of(value):
    if isinstance(value, dict):
        return list(value.keys())
    if isinstance(value, (list, tuple)):
        return list(value)
    return []


def fold_marks(s):
    s = unicodedata.normalize("NFD", s.replace("đ", "d").replace("Đ", "D"))
    return unicodedata.normalize("NFC", "".join(c for c in s if not unicodedata.combining(c)))


def repo_words(path, cats):
    out = set()
    for line in open(path, encoding="utf-8"):
        cols = line.rstrip("\n").split("\t")
        if len(cols) >= 2 and cols[0] in cats:
            out.add(cols[1])
    return out


def main():
    import faker
    import faker.providers.person as person
    from wordfreq import zipf_frequency

    if faker.VERSION != FAKER_VERSION:
        sys.exit(f"faker {faker.VERSION} installed, {FAKER_VERSION} expected")
    lower_words = {w for w in open(DICT, encoding="utf-8").read().split() if w.islower()}
    # month and weekday names, titles, organization heads, place words, units, cues and
    # stop words of the English word table are never evidence of a person by themselves
    months = repo_words("src/data/en/words.tsv", {
        "month", "weekday", "person_title", "org_head", "org_suffix", "place_cue",
        "place_noun", "stop_cap", "unit", "cue", "misc_head", "name_particle"})
    demonyms = set()
    for line in open("src/data/lexicon/demonyms.tsv", encoding="utf-8"):
        if not line.startswith("#"):
            cols = line.rstrip("\n").split("\t")
            if len(cols) > 1:
                demonyms |= {a.lower() for a in cols[1].split("|") if a}

    given, family = {}, {}
    locales = sorted(m.name for m in pkgutil.iter_modules(person.__path__))
    for loc in locales:
        mod = importlib.import_module(f"faker.providers.person.{loc}")
        prov = getattr(mod, "Provider", None)
        if prov is None:
            continue
        for attr in GIVEN_ATTRS:
            for n in names_of(getattr(prov, attr, ())):
                n = n.strip()
                if latin(n) or (loc == "ru_RU" and cyrillic(n)):
                    given.setdefault(n, set()).add(loc)
        if loc in FAMILY_FIRST:
            for n in names_of(getattr(prov, FAMILY_FIRST[loc], ())):
                n = fold_marks(n.strip())
                if latin(n):
                    family.setdefault(n, set()).add(loc)
    surnames = {}
    for loc in locales:
        prov = getattr(importlib.import_module(f"faker.providers.person.{loc}"), "Provider", None)
        for n in names_of(getattr(prov, "last_names", ())) if prov else ():
            n = n.strip()
            if latin(n) and loc not in FAMILY_FIRST:
                surnames.setdefault(n, set()).add(loc)
    for n in KOREAN_FAMILY:
        family.setdefault(n, set()).update({"curated", "ko"})

    rows = {}
    for kind, table in (("given", given), ("family_first", family), ("surname", surnames)):
        for n in table:
            low = n.lower()
            if (len(n) < 2 or " " in n or not n[0].isupper() or n.isupper()
                    or low in FUNCTION or low in months or low in demonyms):
                continue
            common = low in lower_words and zipf_frequency(low, "en") >= 2.5
            if common and len(table[n]) < 2:
                continue  # an English word listed as a name by one locale only ('Red', 'Among')
            # a name of several kinds stays one row, the first kind of given, family_first, surname
            if low in rows:
                continue
            if kind == "surname" and common:
                continue  # 'Baker', 'Hill', 'Brown': as often words as names
            rows[low] = (n, kind, "common" if common else "")
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(f"# GENERATED by scripts/gen_names.py from faker=={FAKER_VERSION} "
                f"(faker/providers/person/*, MIT license), common-word flags from Debian "
                f"wamerican and wordfreq=={WORDFREQ_VERSION}; do not edit by hand.\n")
        f.write("# name\tkind\tflag\n")
        for low in sorted(rows):
            n, kind, flag = rows[low]
            f.write(f"{n}\t{kind}\t{flag}\n")
    kinds = {}
    for n, k, fl in rows.values():
        kinds[(k, fl)] = kinds.get((k, fl), 0) + 1
    print(f"{OUT}: {len(rows)} names from {len(locales)} locales {kinds}")


if __name__ == "__main__":
    main()
