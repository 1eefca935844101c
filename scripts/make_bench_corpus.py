#!/usr/bin/env python3
"""Build a realistic mixed-language JSON Lines benchmark corpus for polynews.

    python3 scripts/make_bench_corpus.py --mb 20 --out bench.jsonl [--seed 1]
                                         [--bad N] [--big-mb 2] [--shared DIR]

Every line is one news record ``{"id": ..., "text": ..., "kind": ...}`` (``kind`` says how
the record was made; the parser ignores it). Ids are unique (``bench-<seed>-<n>``). The same
arguments give the same bytes: everything random comes from one ``random.Random(seed)``
and the inputs are read in sorted order.

Where the text comes from:

* ``seeds/*.txt`` of the repository: real wire articles in English, Russian and Vietnamese;
* when present, ``<shared>/factrueval2016.dev.jsonl`` (122 Russian news documents) and
  ``<shared>/lingua_langid.jsonl`` (its ``sentences`` lines in ru/vi/en); ``<shared>`` is
  ``../shared/data`` beside the repository unless ``--shared`` says otherwise.

Records are of several kinds, in fixed proportions: a source article as it is, a source
article with paragraphs dropped or reordered, and generated articles whose title, date line,
wire dateline, paragraphs and sentences are recombined from sentences of one language (with
the boilerplate news pages carry: language switchers, photo credits, copyright footers).
A few are mixed-language (an English article quoting Russian, a Vietnamese one quoting
English) and a few carry the noise scraped text has (CRLF line ends, no-break spaces, tabs,
zero-width spaces; with ``--separators`` also the rarer line breaks: a lone CR, NEL, U+2028,
U+2029).

``--bad N`` adds N records the parser must reject, cycling through: a line of broken JSON,
an object without ``text``, and a record whose text is control bytes (binary-ish). With
``--bad`` > 0, one very large but valid article of ``--big-mb`` MB (default 2; 0 for none)
is added too. They are put at positions drawn from the seed.

Standard library only.
"""

import argparse
import json
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

SENT_SPLIT = re.compile(r"(?<=[.!?…»”\"])\s+(?=[\"«“A-ZА-ЯЁÀ-Ỹ0-9])")
CYRILLIC = re.compile(r"[А-Яа-яЁё]")
VIET = re.compile(
    r"[ăâđêôơưĂÂĐÊÔƠƯàáạảãầấậẩẫằắặẳẵèéẹẻẽềếệểễìíịỉĩòóọỏõồốộổỗờớợởỡùúụủũừứựửữỳýỵỷỹ]"
)

CITIES = {
    "en": ["MOSCOW", "LONDON", "WASHINGTON", "ANKARA", "BAKU", "YEREVAN", "HANOI", "GENEVA"],
    "ru": ["МОСКВА", "САНКТ-ПЕТЕРБУРГ", "АНКАРА", "БАКУ", "ЕРЕВАН", "ЖЕНЕВА", "МИНСК"],
    "vi": ["HÀ NỘI", "TP HỒ CHÍ MINH", "ĐÀ NẴNG", "MOSKVA", "WASHINGTON", "HUẾ"],
}
MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
    "ru": ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
           "сентября", "октября", "ноября", "декабря"],
}
AGENCIES = {
    "en": ["TASS", "Reuters", "AP", "AFP", "Interfax"],
    "ru": ["ТАСС", "РИА Новости", "Интерфакс"],
    "vi": ["TTXVN", "VOV", "VnExpress"],
}
BOILER_HEAD = {
    "en": ["En Ar", "EN | RU | VI", "Share on Facebook Share on Twitter"],
    "ru": ["En Ar", "Рус | Eng", "Поделиться"],
    "vi": ["Tiếng Việt | English", "Chia sẻ"],
}
BOILER_TAIL = {
    "en": ["Photo: Reuters", "© {y} TASS. All rights reserved.", "Read more:",
           "Follow us on Twitter"],
    "ru": ["Фото: ТАСС", "© {y} ТАСС. Все права защищены.", "Читайте также:"],
    "vi": ["Ảnh: TTXVN", "© {y} VnExpress. Bản quyền thuộc về báo.", "Xem thêm:"],
}
NOISE = ["\u00a0", "\t", "\u200b", "  "]
# Rarer line breaks: a lone CR, NEL, LINE SEPARATOR, PARAGRAPH SEPARATOR (--separators).
SEPARATORS = ["\r", "\u0085", "\u2028", "\u2029"]


def lang_of(text):
    if VIET.search(text):
        return "vi"
    if len(CYRILLIC.findall(text)) > 20:
        return "ru"
    return "en"


def paragraphs(text):
    paras = [p.strip() for p in re.split(r"\n\s*\n|\n", text)]
    return [p for p in paras if p]


def sentences(para):
    return [s.strip() for s in SENT_SPLIT.split(para) if len(s.strip()) > 1]


class Sources:
    """Source articles and per-language sentence pools, in a fixed order."""

    def __init__(self, shared):
        self.articles = []  # (origin, lang, text)
        self.sents = {"en": [], "ru": [], "vi": []}
        for p in sorted((ROOT / "seeds").glob("*.txt")):
            text = p.read_text(encoding="utf-8")
            self.add_article("seed", text)
        fact = shared / "factrueval2016.dev.jsonl" if shared else None
        if fact and fact.is_file():
            with fact.open(encoding="utf-8") as f:
                for line in f:
                    r = json.loads(line)
                    self.add_article("factrueval", r["text"], r.get("lang", "ru"))
        lingua = shared / "lingua_langid.jsonl" if shared else None
        if lingua and lingua.is_file():
            with lingua.open(encoding="utf-8") as f:
                for line in f:
                    r = json.loads(line)
                    if r.get("kind") == "sentences" and r.get("lang") in self.sents:
                        self.sents[r["lang"]].append(r["text"].strip())
        for lang in self.sents:
            if not self.sents[lang]:
                sys.exit(f"make_bench_corpus: no {lang} sentences found (seeds/ missing?)")

    def add_article(self, origin, text, lang=None):
        lang = lang or lang_of(text)
        self.articles.append((origin, lang, text))
        for para in paragraphs(text):
            self.sents[lang].extend(sentences(para))


class Generator:
    def __init__(self, src, rng, separators=False):
        self.src = src
        self.rng = rng
        self.separators = separators

    def date(self, lang):
        r = self.rng
        y, m, d = r.randint(2015, 2024), r.randint(1, 12), r.randint(1, 28)
        if lang == "en":
            return r.choice([f"{MONTHS['en'][m - 1]} {d}, {y}", f"{y}-{m:02d}-{d:02d}"])
        if lang == "ru":
            return r.choice([f"{d:02d} {MONTHS['ru'][m - 1]} {y}", f"{d:02d}.{m:02d}.{y}"])
        wd = r.choice(["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu"])
        return f"{wd}, {d:02d}/{m:02d}/{y}"

    def dateline(self, lang):
        r = self.rng
        city, ag = r.choice(CITIES[lang]), r.choice(AGENCIES[lang])
        m, d = r.randint(1, 12), r.randint(1, 28)
        if lang == "en":
            return r.choice([f"{city}, {MONTHS['en'][m - 1]} {d}. /{ag}/. ",
                             f"{city}, {MONTHS['en'][m - 1]} {d} ({ag}) - ",
                             f"{city} ({ag}) — "])
        if lang == "ru":
            return r.choice([f"{city}, {d} {MONTHS['ru'][m - 1]}. /{ag}/. ", f"{city}. {ag} - "])
        return r.choice([f"{city} ({ag}) - ", f"{city.title()} ({ag}) – "])

    def sentence(self, lang):
        return self.rng.choice(self.src.sents[lang])

    def title(self, lang):
        for _ in range(20):
            s = self.sentence(lang)
            if 15 < len(s) < 120:
                return s.rstrip(".")
        return self.sentence(lang)[:100]

    def para(self, lang, quote_lang=None):
        r = self.rng
        ss = [self.sentence(lang) for _ in range(r.randint(1, 5))]
        if quote_lang:
            q = self.sentence(quote_lang)
            ss.insert(r.randint(0, len(ss)), f"“{q}”")
        return " ".join(ss)

    def generated(self, lang, n_paras=None, mixed=False):
        r = self.rng
        other = {"en": "ru", "ru": "en", "vi": "en"}[lang] if mixed else None
        lines = []
        if r.random() < 0.25:
            lines += [r.choice(BOILER_HEAD[lang]), ""]
        lines.append(self.title(lang))
        if r.random() < 0.6:
            lines.append(self.date(lang))
        lines.append("")
        n = n_paras or r.randint(2, 12)
        body = [self.para(lang, other if mixed and r.random() < 0.4 else None) for _ in range(n)]
        if r.random() < 0.7:
            body[0] = self.dateline(lang) + body[0]
        lines.append("\n\n".join(body))
        if r.random() < 0.35:
            lines += ["", r.choice(BOILER_TAIL[lang]).format(y=r.randint(2015, 2024))]
        return "\n".join(lines)

    def noisy(self, text):
        r = self.rng
        noise = NOISE + SEPARATORS if self.separators else NOISE
        words = text.split(" ")
        for _ in range(max(1, len(words) // 40)):
            i = r.randrange(len(words))
            words[i] = words[i] + r.choice(noise)
        text = " ".join(words)
        if r.random() < 0.5:
            text = text.replace("\n", "\r\n")
        return text

    def article(self):
        """A source article: seeds and factRuEval alike, so one source does not dominate."""
        origins = sorted({a[0] for a in self.src.articles})
        origin = self.rng.choice(origins)
        return self.rng.choice([a for a in self.src.articles if a[0] == origin])

    def record(self):
        """(kind, text) of one good record."""
        r = self.rng
        x = r.random()
        if x < 0.30:
            origin, _, text = self.article()
            if x < 0.15:
                return origin, text
            ps = paragraphs(text)
            head, rest = ps[:1], ps[1:]
            r.shuffle(rest)
            keep = rest[: max(1, r.randint(len(rest) // 2, len(rest)))] if rest else []
            return origin + "-recut", "\n\n".join(head + keep)
        lang = r.choices(["en", "ru", "vi"], weights=[5, 2, 3])[0]
        if x < 0.90:
            return "generated-" + lang, self.generated(lang)
        if x < 0.95:
            return "mixed-" + lang, self.generated(lang, mixed=True)
        return "noisy-" + lang, self.noisy(self.generated(lang))

    def big(self, mb):
        """One valid article of about `mb` MB: many paragraphs and one very long one."""
        target = int(mb * 1_000_000)
        parts, size = [self.title("en"), self.date("en"), ""], 0
        long_para = []
        while size < target // 4:
            s = self.sentence(self.rng.choice(["en", "ru"]))
            long_para.append(s)
            size += len(s.encode()) + 1
        parts.append(" ".join(long_para))
        while size < target:
            p = self.para(self.rng.choice(["en", "ru", "vi"]))
            parts.append("")
            parts.append(p)
            size += len(p.encode()) + 2
        return "\n".join(parts)


def bad_line(kind, rid, gen):
    if kind == 0:  # broken JSON: cut in the middle of the text string
        good = json.dumps({"id": rid, "text": gen.para("en")}, ensure_ascii=False)
        return good[: max(12, len(good) // 2)]
    if kind == 1:  # an object without "text"
        return json.dumps({"id": rid, "title": gen.title("ru"), "body": None}, ensure_ascii=False)
    # binary-ish: mostly control bytes and NULs, as JSON escapes
    rnd = gen.rng
    text = "".join(chr(rnd.choice([0, 1, 2, 3, 7, 8, 11, 14, 27, 31, 127]) if rnd.random() < 0.8
                       else rnd.randint(32, 126)) for _ in range(2000))
    return json.dumps({"id": rid, "text": text, "kind": "bad-binary"}, ensure_ascii=False)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mb", type=float, default=20.0, help="corpus size in MB (default 20)")
    ap.add_argument("--out", required=True, help="output .jsonl path ('-' for stdout)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--bad", type=int, default=0, help="records the parser must reject")
    ap.add_argument("--big-mb", type=float, default=2.0,
                    help="size of the one very large article added with --bad (0: none)")
    ap.add_argument("--separators", action="store_true",
                    help="noisy records also get lone CR, NEL, U+2028 and U+2029")
    ap.add_argument("--shared", default=str(ROOT.parent / "shared" / "data"),
                    help="directory with factrueval2016.dev.jsonl and lingua_langid.jsonl")
    a = ap.parse_args()

    rng = random.Random(a.seed)
    gen = Generator(Sources(Path(a.shared)), rng, a.separators)
    target = int(a.mb * 1_000_000)

    # Injected records go at positions drawn now; positions count good records before them.
    est = max(1, target // 3500)
    inject = [("bad", k % 3) for k in range(a.bad)]
    if a.bad > 0 and a.big_mb > 0:
        inject.append(("big", None))
    at = sorted((rng.randrange(est), i) for i in range(len(inject)))

    out = sys.stdout if a.out == "-" else open(a.out, "w", encoding="utf-8", newline="\n")
    n, size, good, pending = 0, 0, 0, list(at)
    counts = {}

    def emit(line, kind):
        nonlocal n, size
        out.write(line + "\n")
        n += 1
        size += len(line.encode()) + 1
        counts[kind] = counts.get(kind, 0) + 1

    def rid():
        return f"bench-{a.seed}-{n:07d}"

    while size < target or pending:
        while pending and (pending[0][0] <= good or size >= target):
            _, i = pending.pop(0)
            what, k = inject[i]
            if what == "big":
                emit(json.dumps({"id": rid(), "text": gen.big(a.big_mb), "kind": "big"},
                                ensure_ascii=False), "big")
            else:
                emit(bad_line(k, rid(), gen), ["bad-json", "bad-no-text", "bad-binary"][k])
        if size >= target:
            break
        kind, text = gen.record()
        emit(json.dumps({"id": rid(), "text": text, "kind": kind}, ensure_ascii=False), kind)
        good += 1

    if out is not sys.stdout:
        out.close()
    summary = ", ".join(f"{k} {v}" for k, v in sorted(counts.items()))
    print(f"make_bench_corpus: {n} records, {size / 1e6:.2f} MB ({summary})", file=sys.stderr)


if __name__ == "__main__":
    main()
