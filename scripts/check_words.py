#!/usr/bin/env python3
"""Validate the per-language word tables in src/data/{en,ru,vi}/words.tsv.

Checks, for every file:
  * UTF-8 without BOM, '\n' line ends, the exact CURATED header on line 1;
  * every non-comment, non-blank row has exactly 3 tab-separated columns;
  * the category is known and allowed for the language;
  * the phrase is non-empty, lowercase, NFC, single-spaced, has no 'ё';
    abbrev phrases end with '.';
  * Vietnamese phrases use the classic tone placement (hòa, thủy, khỏe);
  * the value fits the category (month 1-12, weekday 1-7, 'N' or 'N approx'
    for number/multiplier, before/after for year_word, a cue kind, an English
    noun for unit/place_noun, 'approx' for approx, empty otherwise);
  * no duplicate (category, phrase).
Prints the row count per category and language; exits 1 on any error.

Usage: python3 scripts/check_words.py [REPO_ROOT]   (stdlib only)
"""
import os
import re
import sys
import unicodedata

LANGS = ("en", "ru", "vi")

CATEGORIES = (
    "month", "weekday", "month_word", "day_word", "year_word", "relative_date",
    "abbrev", "boiler_prefix", "credit", "approx", "number", "multiplier", "unit",
    "cue", "complementizer", "person_title", "org_head", "place_cue", "place_noun",
    "stop_cap", "surname", "admin_unit", "org_alone", "misc_head", "honorific",
    "org_suffix", "name_particle", "misc_word", "name_joiner", "result_verb",
    "conjunction",
)

# Categories that the brief says a language does not use.
NOT_FOR = {
    "en": {"month_word", "day_word", "year_word"},
    "ru": {"month_word", "day_word"},
    "vi": {"month"},
}

CUE_KINDS = {"say", "according", "impersonal", "noun"}
EMPTY_VALUE = {
    "month_word", "day_word", "relative_date", "abbrev", "boiler_prefix", "credit",
    "complementizer", "person_title", "org_head", "place_cue", "stop_cap",
    "surname", "admin_unit", "org_alone", "misc_head", "honorific",
    "org_suffix", "name_particle", "misc_word", "name_joiner", "result_verb",
    "conjunction",
}
NUM_RE = re.compile(r"^(0|[1-9][0-9]*)(\.[0-9]+)?( approx)?$")
ENGLISH_NOUN_RE = re.compile(r"^[a-z][a-z .'-]*[a-z]$|^[a-z]$")

# Vietnamese: new-style tone placement on open syllables oa/oe/uy (hoà, khoẻ, thuỷ)
# instead of the classic one (hòa, khỏe, thủy). 'qu' + y keeps the mark on y (quý).
VI_NEW_STYLE = re.compile(r"(?:o[àáảãạ]|o[èéẻẽẹ]|(?<!q)u[ỳýỷỹỵ])(?!\w)")


def header_for(lang):
    return f"# CURATED: {lang} word tables for polynews; format: category\tphrase\tvalue"


def check_value(cat, value):
    """Returns an error message or None."""
    if cat == "month":
        return None if value.isdigit() and 1 <= int(value) <= 12 else "month value must be 1-12"
    if cat == "weekday":
        return None if value.isdigit() and 1 <= int(value) <= 7 else "weekday value must be 1-7"
    if cat in ("number", "multiplier"):
        if not NUM_RE.match(value):
            return "value must be 'N' or 'N approx'"
        if cat == "multiplier" and value.endswith("approx"):
            return "multiplier value cannot be approximate"
        return None
    if cat == "year_word":
        return None if value in ("before", "after") else "year_word value must be 'before' or 'after'"
    if cat == "approx":
        return None if value == "approx" else "approx value must be 'approx'"
    if cat == "cue":
        return None if value in CUE_KINDS else f"cue value must be one of {sorted(CUE_KINDS)}"
    if cat in ("unit", "place_noun"):
        return None if ENGLISH_NOUN_RE.match(value) else "value must be a lowercase English noun"
    if cat in EMPTY_VALUE:
        return None if value == "" else "value must be empty"
    return "unknown category"


def check_file(path, lang, counts):
    errors = []

    def err(lineno, msg, line=""):
        errors.append(f"{path}:{lineno}: {msg}" + (f": {line!r}" if line else ""))

    with open(path, "rb") as f:
        raw = f.read()
    if raw.startswith(b"\xef\xbb\xbf"):
        err(1, "file starts with a BOM")
    if b"\r" in raw:
        err(1, "file has CR line ends")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        err(1, f"not UTF-8: {e}")
        return errors
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if not lines or lines[0] != header_for(lang):
        err(1, "first line must be the CURATED header", lines[0] if lines else "")

    seen = {}
    for lineno, line in enumerate(lines, 1):
        if line.startswith("#") or line.strip() == "":
            if line.strip() == "" and line != "":
                err(lineno, "blank line with whitespace")
            continue
        cols = line.split("\t")
        if len(cols) != 3:
            err(lineno, f"expected 3 tab-separated columns, got {len(cols)}", line)
            continue
        cat, phrase, value = cols
        if cat not in CATEGORIES:
            err(lineno, f"unknown category {cat!r}", line)
            continue
        if cat in NOT_FOR[lang]:
            err(lineno, f"category {cat!r} is not used for {lang}", line)
        if unicodedata.normalize("NFC", line) != line:
            err(lineno, "not NFC", line)
        if "ё" in line or "Ё" in line:
            err(lineno, "contains ё (write е)", line)
        if phrase == "":
            err(lineno, "empty phrase", line)
            continue
        if phrase != phrase.strip() or "  " in phrase or "\u00a0" in phrase:
            err(lineno, "phrase has stray whitespace", line)
        if phrase != phrase.lower():
            err(lineno, "phrase must be lowercase", line)
        if value != value.strip():
            err(lineno, "value has stray whitespace", line)
        if cat == "abbrev" and not phrase.endswith("."):
            err(lineno, "abbrev phrase must end with '.'", line)
        if lang == "vi" and VI_NEW_STYLE.search(phrase):
            err(lineno, "new-style Vietnamese tone placement (write hòa, thủy, khỏe)", line)
        msg = check_value(cat, value)
        if msg:
            err(lineno, msg, line)
        key = (cat, phrase)
        if key in seen:
            err(lineno, f"duplicate of line {seen[key]}", line)
        else:
            seen[key] = lineno
            counts[cat] = counts.get(cat, 0) + 1
    return errors


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
    all_errors = []
    table = {}
    for lang in LANGS:
        path = os.path.join(root, "src", "data", lang, "words.tsv")
        counts = {}
        if not os.path.exists(path):
            all_errors.append(f"{path}: missing")
        else:
            all_errors.extend(check_file(path, lang, counts))
        table[lang] = counts

    width = max(len(c) for c in CATEGORIES)
    print(f"{'category':<{width}}  " + "  ".join(f"{l:>5}" for l in LANGS))
    for cat in CATEGORIES:
        print(f"{cat:<{width}}  " + "  ".join(f"{table[l].get(cat, 0):>5}" for l in LANGS))
    print(f"{'total':<{width}}  " + "  ".join(f"{sum(table[l].values()):>5}" for l in LANGS))

    for e in all_errors:
        print("ERROR " + e, file=sys.stderr)
    if all_errors:
        print(f"{len(all_errors)} error(s)", file=sys.stderr)
        return 1
    print("ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
