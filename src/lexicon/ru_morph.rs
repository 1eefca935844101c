//! Russian morphology for person names and place/organization phrases.
//!
//! Pure rules over the Russian declension tables plus a small exceptions table
//! (`src/data/ru/morph_exceptions.tsv`, embedded with `include_str!`); no dictionary.
//!
//! * [`stem`]: an allocation-free *matching stem*. All case forms of one word share it,
//!   so `Кремля`, `Кремле` and `Кремль` meet in the index under `кремл`.
//! * [`lemma_person`]: a person name (given name, patronymic, surname, initials) to the
//!   nominative, using the agreement between the parts (`Марии Захаровой` → `Мария Захарова`).
//! * [`lemma_phrase`]: a place or organization phrase to the nominative, using
//!   adjective–noun agreement (`Нагорном Карабахе` → `Нагорный Карабах`).
//! * [`inflect_genitive`], [`inflect_adjective`], [`adjective_forms`]: generation, for
//!   building search variants such as `России`, `российского МИД`.
//!
//! # How the analysis works
//!
//! Every token is matched against the ending tables of each declension (hard and soft
//! masculine, `-й`, `-ий`, `-а`, `-я`, `-ия`, feminine `-ь`, neuter `-о`/`-е`/`-ие`, the
//! surname declension `-ов/-ев/-ин/-ын` and the adjective declension). Each match is a
//! candidate reading (lemma, gender, number, case) with a prior that comes from the shape
//! of the stem (`-ств-` is neuter, `-вич` is a patronymic, a final `кв`/`чн`/`мл` cluster
//! cannot end a masculine nominative, …). The exceptions table adds readings with a high
//! prior. A name or phrase then takes the gender and case that lets all its words agree
//! with the best total prior.
//!
//! # Hard cases and how they are handled
//!
//! * `-ия` nouns (`Россия`, `Армения`): their own declension; the matching stem keeps the
//!   `и` (`росси`), so `России`, `Россию`, `Россией` all meet.
//! * Soft-sign nouns: masculine `Кремль`, `Израиль`, `-поль` cities decline `-я/-ю/-ем/-е`,
//!   feminine `Беларусь`, `Казань`, `Тверь` decline `-и/-ью`. The gender of a bare `-ь`
//!   noun is guessed (`-ль` masculine, others feminine) and corrected by the table.
//! * `-й` nouns: `Сергей`, `Китай`, `Ханой` would lose `ей`/`ай`/`ой` as an adjective or
//!   instrumental ending; they are in the table. `Дмитрий`, `Юрий` (`-ий` after a
//!   consonant other than к/г/х/ж/ш/ч/щ/н) are recognised as nouns by rule.
//! * `Путина` is both the genitive of `Путин` and a feminine surname. The masculine
//!   reading wins unless a feminine given name or patronymic agrees
//!   (`Людмила Путина`), or only a feminine reading exists (`Захаровой`).
//! * Feminine surnames `-ова/-ева/-ина/-ына` decline `-ой/-у`; `-ская/-цкая` and
//!   `-ский/-цкий` (`Зеленский`, `Зеленского`, `Зеленским`) decline as adjectives.
//! * Indeclinables: foreign names ending in `-о/-э/-ю` (`Лукашенко`, `Джо`), Georgian
//!   `-дзе/-швили` (`Кобахидзе`), listed places (`Баку`, `Тбилиси`, `Сочи`) and
//!   abbreviations in capitals (`США`, `ССР`; `МИДа` → `МИД`). A woman's foreign
//!   surname ending in a consonant does not decline (`Ангелы Меркель`).
//! * Foreign masculine names in a consonant decline as hard nouns (`Эрдоганом`,
//!   `Макрона`, `Шольцем`, `Гутерришем`).
//! * Plural names (`Нидерланды`, `Штаты`, `Эмираты`, `Афины`) are listed; an adjective in
//!   the plural also makes its noun plural (`Соединенных Штатов` → `Соединенные Штаты`).
//! * Given names in `-ий/-ей` (`Дмитрия`, `Сергея`), masculine `-а/-я` names (`Никита`,
//!   `Илья` → `Ильи`) and the fleeting vowel (`Павел` → `Павла`, `Лев` → `Льва`) are listed.
//!
//! # Known limits
//!
//! * Without a dictionary the gender of an unknown noun is a guess: an unlisted
//!   `Фамагусте` gives `Фамагуст`, an unlisted masculine `-ль` town in the prepositional
//!   may come out hard (`Мосуле` works because `Мосуль` is listed). Add such names to the table.
//! * A form that is a masculine and a feminine given name at once counts as masculine:
//!   `Александра Лукашенко` → `Александр Лукашенко`, and so also `Валентина Матвиенко`
//!   → `Валентин Матвиенко`. Masculine surnames in `-ия` (`Гахария`) are not declined.
//! * Genitive plural endings `-ов/-ев/-ах/-ам` are not stripped by [`stem`] for unlisted
//!   words: they collide with surnames (`Лавров`) and names (`Карабах`, `Вьетнам`).
//! * Unlisted nouns in `-ей` (gen. plural / instrumental) lose `ей`, so an unlisted
//!   nominative `-ей` name would not match its oblique forms.
//! * [`stem`] splits soft adjectives with a vowel before `н` (`синий` → `сини`, `синего`
//!   → `син`); lemmatization gets them right. Unlisted stressed `-ой` adjectives get a
//!   masculine lemma in `-ый` (`Лесного` → `Лесный`).
//! * Stress marks (U+0301) and non-Russian Cyrillic letters make a token opaque: it is
//!   returned unchanged. So are tokens with digits or Latin letters.
//! * `Лев`/`Льва` cannot share a stem that is a prefix of both; `stem` gives `лев` and `л`.
//! * East Asian names decline only in the last part (`Ким Чен Ына`); this works when the
//!   other parts are short, but not in general.
//! * Matching stems, not lemmas, are what the caller compares: [`stem`] is tuned so that
//!   the forms of one word meet, not to be linguistically exact.
#![cfg_attr(not(test), allow(dead_code))] // the pipeline starts calling this module later

use crate::hash::{FxMap as HashMap, FxSet as HashSet};
use std::sync::OnceLock;

// ======================================================================================
// Public grammatical categories
// ======================================================================================

/// A Russian grammatical case.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Case {
    /// Nominative (кто? что?), the dictionary form.
    Nom,
    /// Genitive (кого? чего?).
    Gen,
    /// Dative (кому? чему?).
    Dat,
    /// Accusative (кого? что?). Generation uses the inanimate form (= nominative).
    Acc,
    /// Instrumental (кем? чем?).
    Ins,
    /// Prepositional (о ком? о чём?).
    Prep,
}

/// Gender of an adjective form; `Plural` stands for the plural, which has no gender.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Gender {
    /// Masculine singular.
    Masc,
    /// Feminine singular.
    Fem,
    /// Neuter singular.
    Neut,
    /// Plural (all genders).
    Plural,
}

const CASES: [Case; 6] = [
    Case::Nom,
    Case::Gen,
    Case::Dat,
    Case::Acc,
    Case::Ins,
    Case::Prep,
];
const GENDERS: [Gender; 4] = [Gender::Masc, Gender::Fem, Gender::Neut, Gender::Plural];

// ======================================================================================
// Letters
// ======================================================================================

fn is_vowel(c: char) -> bool {
    matches!(c, 'а' | 'е' | 'ё' | 'и' | 'о' | 'у' | 'ы' | 'э' | 'ю' | 'я')
}

fn is_cyr_lower(c: char) -> bool {
    ('а'..='я').contains(&c) || c == 'ё'
}

/// A consonant letter other than `й` (signs excluded).
fn is_cons(c: char) -> bool {
    is_cyr_lower(c) && !is_vowel(c) && !matches!(c, 'ь' | 'ъ' | 'й')
}

fn is_velar(c: char) -> bool {
    matches!(c, 'к' | 'г' | 'х')
}

fn is_sib(c: char) -> bool {
    matches!(c, 'ж' | 'ш' | 'ч' | 'щ')
}

fn is_obstruent(c: char) -> bool {
    is_cons(c) && !matches!(c, 'л' | 'м' | 'н' | 'р')
}

fn has_vowel(s: &str) -> bool {
    s.chars().any(is_vowel)
}

fn char_len(s: &str) -> usize {
    s.chars().count()
}

/// The last two characters of `s`, `(before_last, last)`.
fn last2(s: &str) -> (Option<char>, Option<char>) {
    let mut it = s.chars().rev();
    let last = it.next();
    (it.next(), last)
}

/// Lowercases per character (keeping the character count) and folds `ё` to `е`.
fn fold(token: &str) -> String {
    token
        .chars()
        .map(|c| match crate::hash::lower_char(c) {
            'ё' => 'е',
            l => l,
        })
        .collect()
}

/// A token made of Cyrillic letters, hyphens and apostrophes only.
fn is_cyrillic_word(token: &str) -> bool {
    let mut letters = 0;
    for c in token.chars() {
        let l = crate::hash::lower_char(c);
        if is_cyr_lower(l) {
            letters += 1;
        } else if !matches!(c, '-' | '\'' | '’') {
            return false;
        }
    }
    letters > 0
}

/// At least two letters, all uppercase (`США`, `ПУТИНА`).
fn is_all_caps(token: &str) -> bool {
    let mut n = 0;
    for c in token.chars().filter(|&c| crate::hash::is_alpha(c)) {
        if !crate::hash::is_upper(c) {
            return false;
        }
        n += 1;
    }
    n >= 2
}

/// Keeps the first `keep` characters of `token` and appends `end`, in capitals when the
/// token is written in capitals.
fn build(token: &str, keep: usize, end: &str) -> String {
    let mut out: String = token.chars().take(keep).collect();
    if is_all_caps(token) {
        out.extend(end.chars().flat_map(char::to_uppercase));
    } else {
        out.push_str(end);
    }
    out
}

// ======================================================================================
// Declension tables
// ======================================================================================

/// A noun declension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Par {
    /// Masculine, hard consonant: Путин, Карабах.
    MHard,
    /// Masculine in -ь: Кремль.
    MSoft,
    /// Masculine in -й after a vowel: Китай, Сергей.
    MJ,
    /// Masculine in -ий: Дмитрий.
    MIj,
    /// In -а (feminine, or masculine given names): Москва, Никита.
    FA,
    /// In -я after a consonant, vowel or ь: Чечня, Корея, Наталья.
    FYa,
    /// In -ия: Россия.
    FIya,
    /// Feminine in -ь: Беларусь.
    FSoft,
    /// Neuter in -о: Министерство.
    NO,
    /// Neuter in -е: Приморье.
    NE,
    /// Neuter in -ие: Управление.
    NIe,
    /// Masculine surname in -ов/-ев/-ин/-ын: Путин → Путиным.
    SurnM,
    /// Feminine surname in -ова/-ева/-ина/-ына: Захарова → Захаровой.
    SurnF,
    /// Plural only, genitive -ов/-ев: Нидерланды.
    PlHard,
    /// Plural only, bare genitive: Афины.
    PlZero,
}

/// Endings by case (`|` separates alternatives; the first valid one is used to generate).
struct Table {
    nom: &'static str,
    sg: Option<[&'static str; 6]>,
    pl: [&'static str; 6],
}

const T_M_HARD: Table = Table {
    nom: "",
    sg: Some(["", "а", "у", "|а", "ом|ем", "е"]),
    pl: ["ы|и", "ов|ей", "ам", "ы|и|ов|ей", "ами", "ах"],
};
const T_M_SOFT: Table = Table {
    nom: "ь",
    sg: Some(["ь", "я", "ю", "ь|я", "ем", "е"]),
    pl: ["и", "ей", "ям", "и|ей", "ями", "ях"],
};
const T_M_J: Table = Table {
    nom: "й",
    sg: Some(["й", "я", "ю", "й|я", "ем", "е"]),
    pl: ["и", "ев", "ям", "и|ев", "ями", "ях"],
};
const T_M_IJ: Table = Table {
    nom: "ий",
    sg: Some(["ий", "ия", "ию", "ий|ия", "ием", "ии"]),
    pl: ["ии", "иев", "иям", "ии|иев", "иями", "иях"],
};
const T_F_A: Table = Table {
    nom: "а",
    sg: Some(["а", "ы|и", "е", "у", "ой|ою|ей|ею", "е"]),
    pl: ["ы|и", "", "ам", "ы|и|", "ами", "ах"],
};
const T_F_YA: Table = Table {
    nom: "я",
    sg: Some(["я", "и", "е", "ю", "ей|ею", "е"]),
    pl: ["и", "ей|й", "ям", "и|ей|й", "ями", "ях"],
};
const T_F_IYA: Table = Table {
    nom: "ия",
    sg: Some(["ия", "ии", "ии", "ию", "ией|иею", "ии"]),
    pl: ["ии", "ий", "иям", "ии|ий", "иями", "иях"],
};
const T_F_SOFT: Table = Table {
    nom: "ь",
    sg: Some(["ь", "и", "и", "ь", "ью", "и"]),
    pl: ["и", "ей", "ям", "и|ей", "ями", "ях"],
};
const T_N_O: Table = Table {
    nom: "о",
    sg: Some(["о", "а", "у", "о", "ом", "е"]),
    pl: ["а", "", "ам", "а", "ами", "ах"],
};
const T_N_E: Table = Table {
    nom: "е",
    sg: Some(["е", "я", "ю", "е", "ем", "е"]),
    pl: ["я", "ей", "ям", "я", "ями", "ях"],
};
const T_N_IE: Table = Table {
    nom: "ие",
    sg: Some(["ие", "ия", "ию", "ие", "ием", "ии"]),
    pl: ["ия", "ий", "иям", "ия", "иями", "иях"],
};
const SURN_PL: [&str; 6] = ["ы", "ых", "ым", "ых", "ыми", "ых"];
const T_SURN_M: Table = Table {
    nom: "",
    sg: Some(["", "а", "у", "а", "ым", "е"]),
    pl: SURN_PL,
};
const T_SURN_F: Table = Table {
    nom: "а",
    sg: Some(["а", "ой", "ой", "у", "ой|ою", "ой"]),
    pl: SURN_PL,
};
const T_PL_HARD: Table = Table {
    nom: "ы|и",
    sg: None,
    pl: ["ы|и", "ов|ев", "ам|ям", "ы|и", "ами|ями", "ах|ях"],
};
const T_PL_ZERO: Table = Table {
    nom: "ы|и",
    sg: None,
    pl: ["ы|и", "", "ам", "ы|и", "ами", "ах"],
};

fn table(par: Par) -> &'static Table {
    match par {
        Par::MHard => &T_M_HARD,
        Par::MSoft => &T_M_SOFT,
        Par::MJ => &T_M_J,
        Par::MIj => &T_M_IJ,
        Par::FA => &T_F_A,
        Par::FYa => &T_F_YA,
        Par::FIya => &T_F_IYA,
        Par::FSoft => &T_F_SOFT,
        Par::NO => &T_N_O,
        Par::NE => &T_N_E,
        Par::NIe => &T_N_IE,
        Par::SurnM => &T_SURN_M,
        Par::SurnF => &T_SURN_F,
        Par::PlHard => &T_PL_HARD,
        Par::PlZero => &T_PL_ZERO,
    }
}

fn par_gender(par: Par) -> Gender {
    match par {
        Par::MHard | Par::MSoft | Par::MJ | Par::MIj | Par::SurnM => Gender::Masc,
        Par::FA | Par::FYa | Par::FIya | Par::FSoft | Par::SurnF => Gender::Fem,
        Par::NO | Par::NE | Par::NIe => Gender::Neut,
        Par::PlHard | Par::PlZero => Gender::Plural,
    }
}

/// Masculine declensions, whose accusative singular depends on animacy.
fn is_masc_type(par: Par) -> bool {
    matches!(
        par,
        Par::MHard | Par::MSoft | Par::MJ | Par::MIj | Par::SurnM
    )
}

/// All `(plural, case, ending)` slots of a table.
fn slot_iter(t: &'static Table) -> impl Iterator<Item = (bool, Case, &'static str)> {
    t.sg.iter()
        .flat_map(|row| row_iter(row, false))
        .chain(row_iter(&t.pl, true))
}

fn row_iter(
    row: &'static [&'static str; 6],
    plural: bool,
) -> impl Iterator<Item = (bool, Case, &'static str)> {
    row.iter()
        .zip(CASES)
        .flat_map(move |(alts, case)| alts.split('|').map(move |a| (plural, case, a)))
}

/// Can a stem ending in `last` belong to this declension?
fn shape_ok(par: Par, last: char) -> bool {
    match par {
        Par::MSoft => is_cons(last) && !is_sib(last),
        Par::MJ => is_vowel(last) && !matches!(last, 'и' | 'ы'),
        Par::FYa => {
            matches!(last, 'ь' | 'й')
                || (is_vowel(last) && last != 'и')
                || (is_cons(last) && !is_sib(last) && !is_velar(last))
        }
        Par::NE => last == 'ь' || is_cons(last),
        Par::PlHard => is_cons(last) || is_vowel(last),
        _ => is_cons(last),
    }
}

/// Russian spelling rules: no `ы` after к/г/х/ж/ш/ч/щ, unstressed `е` for `о` after
/// ж/ш/ч/щ/ц, soft endings after a vowel in the plural-only declension.
fn spell_ok(par: Par, last: char, alt: &str) -> bool {
    if !shape_ok(par, last) {
        return false;
    }
    let vs = is_velar(last) || is_sib(last);
    if alt.starts_with('ы') && vs {
        return false;
    }
    let hard = matches!(
        par,
        Par::MHard | Par::FA | Par::NO | Par::SurnM | Par::SurnF | Par::PlZero
    );
    if hard && alt.starts_with('и') && !vs {
        return false;
    }
    match (par, alt) {
        (Par::MHard, "ем") | (Par::FA, "ей" | "ею") => is_sib(last) || last == 'ц',
        (Par::MHard, "ей") => is_sib(last),
        (Par::FYa, "й") => is_vowel(last),
        (Par::PlHard, _) if is_vowel(last) => matches!(alt, "и" | "ев" | "ям" | "ями" | "ях"),
        (Par::PlHard, _) => matches!(alt, "ы" | "ов" | "ам" | "ами" | "ах") || (alt == "и" && vs),
        _ => true,
    }
}

/// First valid alternative of a cell (generation).
fn pick(par: Par, last: char, alts: &'static str) -> Option<&'static str> {
    alts.split('|').find(|a| spell_ok(par, last, a))
}

/// The nominative plural ending for a stem ending in `last`.
fn nom_pl_end(par: Par, last: char) -> &'static str {
    pick(par, last, table(par).pl[0]).unwrap_or("")
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mode {
    Person,
    Place,
}

/// The accusative of masculine nouns (and of plurals) equals the genitive for people and
/// the nominative for places.
fn acc_ok(par: Par, plural: bool, case: Case, alt: &str, mode: Mode) -> bool {
    if case != Case::Acc || !(plural || is_masc_type(par)) {
        return true;
    }
    let t = table(par);
    let row = match (plural, t.sg) {
        (false, Some(sg)) => sg,
        _ => t.pl,
    };
    let want = if mode == Mode::Person { row[1] } else { row[0] };
    want.split('|').any(|a| a == alt)
}

// ======================================================================================
// Adjective tables
// ======================================================================================

/// Adjective declension type; `*Oy` have a stressed masculine nominative in -ой.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum AdjClass {
    Hard,
    HardOy,
    Velar,
    VelarOy,
    Sib,
    SibOy,
    Soft,
}

type AdjTable = [[&'static str; 6]; 4];

const ADJ_HARD: AdjTable = [
    ["ый", "ого", "ому", "ый|ого", "ым", "ом"],
    ["ая", "ой", "ой", "ую", "ой|ою", "ой"],
    ["ое", "ого", "ому", "ое", "ым", "ом"],
    ["ые", "ых", "ым", "ые|ых", "ыми", "ых"],
];
const ADJ_VELAR: AdjTable = [
    ["ий", "ого", "ому", "ий|ого", "им", "ом"],
    ["ая", "ой", "ой", "ую", "ой|ою", "ой"],
    ["ое", "ого", "ому", "ое", "им", "ом"],
    ["ие", "их", "им", "ие|их", "ими", "их"],
];
const ADJ_SIB: AdjTable = [
    ["ий", "его", "ему", "ий|его", "им", "ем"],
    ["ая", "ей", "ей", "ую", "ей|ею", "ей"],
    ["ее", "его", "ему", "ее", "им", "ем"],
    ["ие", "их", "им", "ие|их", "ими", "их"],
];
const ADJ_SOFT: AdjTable = [
    ["ий", "его", "ему", "ий|его", "им", "ем"],
    ["яя", "ей", "ей", "юю", "ей|ею", "ей"],
    ["ее", "его", "ему", "ее", "им", "ем"],
    ["ие", "их", "им", "ие|их", "ими", "их"],
];

fn adj_table(class: AdjClass) -> &'static AdjTable {
    match class {
        AdjClass::Hard | AdjClass::HardOy => &ADJ_HARD,
        AdjClass::Velar | AdjClass::VelarOy | AdjClass::SibOy => &ADJ_VELAR,
        AdjClass::Sib => &ADJ_SIB,
        AdjClass::Soft => &ADJ_SOFT,
    }
}

fn is_oy(class: AdjClass) -> bool {
    matches!(
        class,
        AdjClass::HardOy | AdjClass::VelarOy | AdjClass::SibOy
    )
}

fn gender_idx(g: Gender) -> usize {
    g as usize
}

/// The (first) ending of an adjective form.
fn adj_ending(class: AdjClass, g: Gender, c: Case) -> &'static str {
    if is_oy(class) && g == Gender::Masc && matches!(c, Case::Nom | Case::Acc) {
        return "ой";
    }
    let cell = adj_table(class)[gender_idx(g)][c as usize];
    cell.split('|').next().unwrap_or(cell)
}

/// The stressed (`-ой`) variant of a class, for listed adjectives such as `толстой`.
fn with_oy(class: AdjClass, stem: &str) -> AdjClass {
    if !lexicon().adj_oy.contains(stem) {
        return class;
    }
    match class {
        AdjClass::Hard => AdjClass::HardOy,
        AdjClass::Velar => AdjClass::VelarOy,
        AdjClass::Sib => AdjClass::SibOy,
        other => other,
    }
}

/// Does the stem fit the class (the last consonant decides the spelling)?
fn adj_stem_ok(class: AdjClass, stem: &str) -> bool {
    let Some(last) = stem.chars().last() else {
        return false;
    };
    if char_len(stem) < 2 || !has_vowel(stem) || !is_cons(last) {
        return false;
    }
    match class {
        AdjClass::Hard | AdjClass::HardOy => !is_velar(last) && !is_sib(last),
        AdjClass::Velar | AdjClass::VelarOy => is_velar(last),
        AdjClass::Sib | AdjClass::SibOy => is_sib(last),
        AdjClass::Soft => last == 'н',
    }
}

// ======================================================================================
// Exceptions table
// ======================================================================================

const EXCEPTIONS_TSV: &str = include_str!("../data/ru/morph_exceptions.tsv");

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Code {
    /// A declined noun of this gender (`Plural`: plural only, genitive -ов).
    Noun(Gender),
    /// Plural only, bare genitive.
    PluralZero,
    /// Indeclinable, of this gender if known.
    Indecl(Option<Gender>),
    /// Masculine with a fleeting vowel.
    Fleeting,
    /// Adjective with a stressed masculine -ой.
    AdjOy,
}

fn parse_code(s: &str) -> Option<Code> {
    Some(match s {
        "m" => Code::Noun(Gender::Masc),
        "f" => Code::Noun(Gender::Fem),
        "n" => Code::Noun(Gender::Neut),
        "p" => Code::Noun(Gender::Plural),
        "pf" => Code::PluralZero,
        "i" => Code::Indecl(None),
        "im" => Code::Indecl(Some(Gender::Masc)),
        "if" => Code::Indecl(Some(Gender::Fem)),
        "fl" => Code::Fleeting,
        "a" => Code::AdjOy,
        _ => return None,
    })
}

/// One accepted form of a table entry: `p + soft + c + alt`.
#[derive(Debug, Clone, Copy)]
struct Form {
    p: &'static str,
    soft: &'static str,
    c: &'static str,
    alt: &'static str,
    par: Option<Par>,
    plural: bool,
    case: Option<Case>,
    /// Appended to the kept prefix `p` to give the lemma.
    end: &'static str,
}

impl Form {
    fn matches(&self, w: &str) -> bool {
        w.strip_prefix(self.p)
            .and_then(|r| r.strip_prefix(self.soft))
            .and_then(|r| r.strip_prefix(self.c))
            == Some(self.alt)
    }

    fn text(&self) -> String {
        [self.p, self.soft, self.c, self.alt].concat()
    }
}

#[derive(Debug)]
struct Entry {
    lemma: &'static str,
    code: Code,
    given: bool,
    forms: Vec<Form>,
}

impl Entry {
    fn gender(&self) -> Option<Gender> {
        match self.code {
            Code::Noun(g) => Some(g),
            Code::PluralZero => Some(Gender::Plural),
            Code::Indecl(g) => g,
            Code::Fleeting => Some(Gender::Masc),
            Code::AdjOy => None,
        }
    }

    /// Longest common prefix of all forms, without a final `ь`: the matching stem.
    fn match_stem(&self) -> &'static str {
        let texts: Vec<String> = self.forms.iter().map(Form::text).collect();
        let mut n = char_len(self.lemma);
        for t in &texts {
            n = n.min(
                self.lemma
                    .chars()
                    .zip(t.chars())
                    .take_while(|(a, b)| a == b)
                    .count(),
            );
        }
        let bytes: usize = self.lemma.chars().take(n).map(char::len_utf8).sum();
        let m = &self.lemma[..bytes];
        match m.strip_suffix('ь') {
            Some(s) if !s.is_empty() => s,
            _ => m,
        }
    }
}

struct Lexicon {
    entries: Vec<Entry>,
    by_stem: HashMap<&'static str, Vec<usize>>,
    by_lemma: HashMap<&'static str, usize>,
    adj_oy: HashSet<&'static str>,
}

/// All case forms of the given names of the exceptions table (lowercase, `ё` as `е`).
pub(crate) fn given_name_forms() -> impl Iterator<Item = String> {
    lexicon()
        .entries
        .iter()
        .filter(|e| e.given)
        .flat_map(|e| std::iter::once(e.lemma.to_string()).chain(e.forms.iter().map(Form::text)))
}

fn lexicon() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(Lexicon::load)
}

impl Lexicon {
    fn load() -> Lexicon {
        let mut lex = Lexicon {
            entries: Vec::new(),
            by_stem: HashMap::default(),
            by_lemma: HashMap::default(),
            adj_oy: HashSet::default(),
        };
        for (lemma, code, given) in EXCEPTIONS_TSV.lines().filter_map(parse_line) {
            if code == Code::AdjOy {
                lex.adj_oy.extend(lemma.strip_suffix("ой"));
                continue;
            }
            let forms = entry_forms(lemma, code);
            if forms.is_empty() {
                continue;
            }
            let entry = Entry {
                lemma,
                code,
                given,
                forms,
            };
            let idx = lex.entries.len();
            lex.by_stem.entry(entry.match_stem()).or_default().push(idx);
            lex.by_lemma.entry(lemma).or_insert(idx);
            lex.entries.push(entry);
        }
        lex
    }

    /// Entries having `word` (lowercase, folded) among their forms, with the form.
    fn hits<'a>(&'a self, word: &'a str) -> impl Iterator<Item = (&'a Entry, &'a Form)> + 'a {
        cut_points(word)
            .filter_map(move |cut| self.by_stem.get(&word[..cut]))
            .flatten()
            .flat_map(move |&i| {
                let e = &self.entries[i];
                e.forms
                    .iter()
                    .filter(move |f| f.matches(word))
                    .map(move |f| (e, f))
            })
    }
}

fn parse_line(line: &'static str) -> Option<(&'static str, Code, bool)> {
    if line.starts_with('#') {
        return None;
    }
    let mut cols = line.split('\t');
    let lemma = cols.next().filter(|l| !l.is_empty())?;
    let code = parse_code(cols.next()?)?;
    Some((lemma, code, cols.next() == Some("g")))
}

/// Byte positions where a matching stem could end: the whole word, then dropping up to
/// five characters (the longest ending plus a soft sign or fleeting vowel).
fn cut_points(word: &str) -> impl Iterator<Item = usize> + '_ {
    std::iter::once(word.len())
        .chain(word.char_indices().rev().take(5).map(|(i, _)| i))
        .filter(|&i| i > 0)
}

/// The declension of a listed noun and its stem.
fn entry_paradigm(lemma: &'static str, code: Code) -> Option<(Par, &'static str)> {
    let par = match code {
        Code::Noun(Gender::Plural) => Par::PlHard,
        Code::PluralZero => Par::PlZero,
        Code::Noun(g) => return infer_paradigm(lemma, g),
        _ => return None,
    };
    Some((
        par,
        lemma
            .strip_suffix('ы')
            .or_else(|| lemma.strip_suffix('и'))?,
    ))
}

/// The declension implied by a nominative singular of known gender.
fn infer_paradigm(lemma: &str, g: Gender) -> Option<(Par, &str)> {
    const RULES: [(&str, Par); 8] = [
        ("ия", Par::FIya),
        ("ие", Par::NIe),
        ("ий", Par::MIj),
        ("а", Par::FA),
        ("я", Par::FYa),
        ("о", Par::NO),
        ("е", Par::NE),
        ("й", Par::MJ),
    ];
    for (end, par) in RULES {
        if let Some(s) = lemma.strip_suffix(end) {
            return Some((par, s));
        }
    }
    if let Some(s) = lemma.strip_suffix('ь') {
        return Some((
            if g == Gender::Masc {
                Par::MSoft
            } else {
                Par::FSoft
            },
            s,
        ));
    }
    (g == Gender::Masc).then_some((Par::MHard, lemma))
}

/// All forms of a listed word: singular forms, and plural forms for plural-only names.
fn entry_forms(lemma: &'static str, code: Code) -> Vec<Form> {
    let base = Form {
        p: lemma,
        soft: "",
        c: "",
        alt: "",
        par: None,
        plural: false,
        case: None,
        end: "",
    };
    match code {
        Code::Indecl(_) => vec![base],
        Code::Fleeting => fleeting_forms(lemma, base),
        Code::AdjOy => Vec::new(),
        Code::Noun(_) | Code::PluralZero => {
            let Some((par, stem)) = entry_paradigm(lemma, code) else {
                return Vec::new();
            };
            let Some(last) = stem.chars().last() else {
                return Vec::new();
            };
            let plural_only = table(par).sg.is_none();
            slot_iter(table(par))
                .filter(|&(pl, _, alt)| pl == plural_only && spell_ok(par, last, alt))
                .map(|(plural, case, alt)| Form {
                    p: stem,
                    alt,
                    par: Some(par),
                    plural,
                    case: Some(case),
                    end: &lemma[stem.len()..],
                    ..base
                })
                .collect()
        }
    }
}

/// `павел`: `пав` + `ел` in the nominative, `пав` + `л` + ending elsewhere;
/// `лев`: `л` + `ев`, `л` + `ь` + `в` + ending.
fn fleeting_forms(lemma: &'static str, base: Form) -> Vec<Form> {
    let Some((ci, _)) = lemma.char_indices().last() else {
        return Vec::new();
    };
    let Some((vi, _)) = lemma[..ci].char_indices().last() else {
        return Vec::new();
    };
    let (p, c) = (&lemma[..vi], &lemma[ci..]);
    if p.is_empty() {
        return Vec::new();
    }
    let soft = if has_vowel(p) { "" } else { "ь" };
    let end = &lemma[vi..];
    let nom = Form {
        p,
        c: end,
        par: Some(Par::MHard),
        case: Some(Case::Nom),
        end,
        ..base
    };
    let Some(sg) = table(Par::MHard).sg.as_ref() else {
        return Vec::new();
    };
    let oblique = row_iter(sg, false)
        .filter(|&(_, case, alt)| case != Case::Nom && !alt.is_empty())
        .map(move |(_, case, alt)| Form {
            p,
            soft,
            c,
            alt,
            case: Some(case),
            ..nom
        });
    std::iter::once(nom).chain(oblique).collect()
}

// ======================================================================================
// Matching stem
// ======================================================================================

/// Where a stem ending may be stripped, beyond "any stem".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Cond {
    Any,
    /// After к/г/х/ж/ш/ч/щ or a consonant + н (российские, нижние).
    AdjSoft,
    /// As `AdjSoft` but not after г/х (Ибрагим, Рахим keep their -им).
    AdjIm,
}

/// Endings stripped by [`stem`], longest first. Plural-only endings that collide with
/// nominatives (-ов, -ев, -ам, -ах, …) are deliberately absent, and so is the archaic
/// instrumental -ею, which would eat the stem vowel of `Корею`.
const STEM_ENDINGS: [(&str, Cond); 37] = [
    ("ого", Cond::Any),
    ("его", Cond::Any),
    ("ому", Cond::Any),
    ("ему", Cond::Any),
    ("ыми", Cond::Any),
    ("ими", Cond::AdjSoft),
    ("ами", Cond::Any),
    ("ями", Cond::Any),
    ("ая", Cond::Any),
    ("яя", Cond::Any),
    ("ое", Cond::Any),
    ("ее", Cond::AdjSoft),
    ("ые", Cond::Any),
    ("ие", Cond::AdjSoft),
    ("ую", Cond::Any),
    ("юю", Cond::Any),
    ("ых", Cond::Any),
    ("их", Cond::AdjSoft),
    ("ым", Cond::Any),
    ("им", Cond::AdjIm),
    ("ой", Cond::Any),
    ("ей", Cond::Any),
    ("ый", Cond::Any),
    ("ий", Cond::AdjSoft),
    ("ом", Cond::Any),
    ("ем", Cond::Any),
    ("ою", Cond::Any),
    ("а", Cond::Any),
    ("я", Cond::Any),
    ("о", Cond::Any),
    ("е", Cond::Any),
    ("у", Cond::Any),
    ("ю", Cond::Any),
    ("ы", Cond::Any),
    ("и", Cond::Any),
    ("ь", Cond::Any),
    ("й", Cond::Any),
];

impl Cond {
    fn holds(self, rest: &str) -> bool {
        let (prev, last) = last2(rest);
        let (Some(last), prev) = (last, prev.unwrap_or(' ')) else {
            return false;
        };
        // a soft н after a consonant or a soft sign (`синий`, `дальний`)
        let soft_n = last == 'н' && (is_cons(prev) || prev == 'ь');
        match self {
            Cond::Any => true,
            Cond::AdjSoft => is_velar(last) || is_sib(last) || soft_n,
            Cond::AdjIm => last == 'к' || is_sib(last) || soft_n,
        }
    }
}

/// A stem must keep two letters and a vowel.
fn stem_ok(rest: &str) -> bool {
    rest.chars().nth(1).is_some() && has_vowel(rest)
}

fn generic_stem(word: &str) -> &str {
    for (end, cond) in STEM_ENDINGS {
        if let Some(rest) = word.strip_suffix(end) {
            if stem_ok(rest) && cond.holds(rest) {
                return match rest.strip_suffix('ь') {
                    Some(r) if stem_ok(r) => r,
                    _ => rest,
                };
            }
        }
    }
    word
}

/// Matching stem of a lowercased, `ё`→`е`-folded Cyrillic word (the caller lowercases and folds).
/// All case forms (singular, and plural where sensible) of one noun, adjective, given name or
/// surname must give the SAME stem, and the nominative lexicon form must give that stem too:
///   россия, россии, россию, россией -> "росси";  кремль, кремля, кремле, кремлем -> "кремл";
///   москва, москвы, москве, москву, москвой -> "москв"; путин, путина, путину, путиным, путине -> "путин";
///   алиев, алиева, алиеву, алиевым, алиеве -> "алиев"; нагорный, нагорного, нагорном, нагорному, нагорным -> "нагорн";
///   карабах, карабаха, карабахе, карабахом -> "карабах"; пашинян, пашиняна, пашиняном -> "пашинян";
///   азербайджанская, азербайджанской, азербайджанскую -> same stem; нидерланды, нидерландов, нидерландах -> same;
///   баку (indeclinable) -> stable; эрдоган, эрдогана -> same; short words (<=3 letters) and all-caps
///   abbreviations are returned unchanged (ссср, сша, оон, мид lowercased are unchanged).
/// Must not allocate (return a subslice). Hot path: called for every capitalized token.
///
/// Words that are not lowercase Cyrillic (Latin, digits, capitals, stress marks) and words
/// without a vowel (lowercased abbreviations) come back unchanged. Listed words
/// (`morph_exceptions.tsv`) get the common prefix of all their forms; the table is parsed
/// once, on the first call, and never again.
pub fn stem(word: &str) -> &str {
    if word.chars().nth(3).is_none() || !word.chars().all(|c| is_cyr_lower(c) || c == '-') {
        return word;
    }
    // words recur: the stem's length is remembered per thread (bounded)
    thread_local! {
        static CUT: std::cell::RefCell<crate::hash::Memo<usize>> =
            std::cell::RefCell::new(crate::hash::Memo::new(1 << 16));
    }
    let cut = crate::hash::memoized(&CUT, word, 48, || stem_uncached(word).len());
    &word[..cut]
}

/// [`stem`] of a lowercase Cyrillic word of four letters or more, worked out.
fn stem_uncached(word: &str) -> &str {
    if let Some(cut) = exception_stem_len(word) {
        return &word[..cut];
    }
    if !has_vowel(word) {
        return word;
    }
    generic_stem(word)
}

/// Length in bytes of the matching stem of a listed word, if `word` is one of its forms.
fn exception_stem_len(word: &str) -> Option<usize> {
    let lex = lexicon();
    cut_points(word).find(|&cut| {
        lex.by_stem.get(&word[..cut]).is_some_and(|ids| {
            ids.iter()
                .any(|&i| lex.entries[i].forms.iter().any(|f| f.matches(word)))
        })
    })
}

// ======================================================================================
// Candidate readings
// ======================================================================================

/// One reading of a token: lemma = first `keep` characters + `end`.
#[derive(Debug, Clone)]
struct Cand {
    keep: usize,
    end: &'static str,
    /// `None`: agrees with any gender; `Some(Plural)`: a plural form.
    gender: Option<Gender>,
    /// `None`: any case (indeclinable).
    case: Option<Case>,
    prior: i32,
    adj: bool,
    /// A feminine given name or patronymic: evidence that the person is a woman.
    strong_fem: bool,
}

impl Cand {
    fn fits(&self, g: Gender, c: Case) -> bool {
        agrees(self.gender, g) && agrees(self.case, c)
    }

    fn lemma(&self, token: &str) -> String {
        build(token, self.keep, self.end)
    }
}

/// `None` (unknown, indeclinable) agrees with everything.
fn agrees<T: PartialEq>(have: Option<T>, want: T) -> bool {
    match have {
        None => true,
        Some(x) => x == want,
    }
}

/// The highest-prior candidate satisfying `ok` (the first one on ties).
fn best(cands: &[Cand], ok: impl Fn(&Cand) -> bool) -> Option<&Cand> {
    cands.iter().filter(|c| ok(c)).fold(None, |b, c| match b {
        Some(b) if b.prior >= c.prior => Some(b),
        _ => Some(c),
    })
}

const PERSON_PARS: [Par; 10] = [
    Par::MHard,
    Par::SurnM,
    Par::SurnF,
    Par::MSoft,
    Par::MJ,
    Par::MIj,
    Par::FA,
    Par::FYa,
    Par::FIya,
    Par::FSoft,
];
const PLACE_PARS: [Par; 11] = [
    Par::MHard,
    Par::FA,
    Par::NO,
    Par::FIya,
    Par::NIe,
    Par::FYa,
    Par::MJ,
    Par::MSoft,
    Par::FSoft,
    Par::NE,
    Par::MIj,
];

/// All readings of a token.
fn analyze(token: &str, mode: Mode) -> Vec<Cand> {
    let mut out = Vec::new();
    if !is_cyrillic_word(token) {
        return out;
    }
    if let Some(c) = abbreviation(token, mode) {
        out.push(c);
        return out;
    }
    let lower = fold(token);
    exception_cands(&lower, mode, &mut out);
    noun_cands(&lower, mode, &mut out);
    adj_cands(&lower, mode, &mut out);
    indecl_cands(&lower, mode, &mut out);
    out
}

fn any_case(keep: usize, gender: Option<Gender>, prior: i32) -> Cand {
    Cand {
        keep,
        end: "",
        gender,
        case: None,
        prior,
        adj: false,
        strong_fem: false,
    }
}

/// `США`, `ССР` (short capitals) and `МИДа` (capitals + case ending) do not decline.
fn abbreviation(token: &str, mode: Mode) -> Option<Cand> {
    let n = char_len(token);
    if is_all_caps(token) {
        let short = n <= 4 || !has_vowel(&fold(token));
        return (mode == Mode::Place && short).then(|| any_case(n, None, 8));
    }
    const SUFFIXES: [&str; 13] = [
        "а", "у", "ом", "е", "ы", "ов", "ам", "ами", "ах", "ой", "ей", "ем", "ю",
    ];
    let caps = token
        .chars()
        .take_while(|&c| crate::hash::is_upper(c))
        .count();
    let tail: String = token.chars().skip(caps).collect();
    (caps >= 2 && SUFFIXES.contains(&tail.as_str())).then(|| any_case(caps, None, 8))
}

fn exception_cands(lower: &str, mode: Mode, out: &mut Vec<Cand>) {
    // `Александра` is also the genitive of `Александр`: such a form is no evidence of a woman.
    let masc_name = lexicon()
        .hits(lower)
        .any(|(e, f)| e.given && !f.plural && e.gender() == Some(Gender::Masc));
    for (e, f) in lexicon().hits(lower) {
        let gender = if f.plural {
            Some(Gender::Plural)
        } else {
            e.gender()
        };
        if mode == Mode::Person && matches!(gender, Some(Gender::Neut | Gender::Plural)) {
            continue;
        }
        if let (Some(par), Some(case)) = (f.par, f.case) {
            if !acc_ok(par, f.plural, case, f.alt, mode) {
                continue;
            }
        }
        out.push(Cand {
            keep: char_len(f.p),
            end: f.end,
            gender,
            case: f.case,
            prior: 10,
            adj: false,
            strong_fem: e.given && gender == Some(Gender::Fem) && !masc_name,
        });
    }
}

/// Surname stems: Путин, Алиев, Лавров, Ильин.
fn is_surname_stem(stem: &str) -> bool {
    char_len(stem) >= 4 && ["ов", "ев", "ин", "ын"].iter().any(|s| stem.ends_with(s))
}

fn noun_cands(lower: &str, mode: Mode, out: &mut Vec<Cand>) {
    for s in noun_slots(mode) {
        if !ends_with(lower, s.alt) {
            continue;
        }
        if let Some(c) = noun_cand(lower, s.par, s.plural, s.case, s.alt, mode) {
            out.push(c);
        }
    }
}

/// `word.ends_with(end)`, with the last bytes compared inline first: most of the endings a
/// word is tried against differ there, and a library compare per ending showed in profiles.
#[inline]
fn ends_with(word: &str, end: &str) -> bool {
    let (w, e) = (word.as_bytes(), end.as_bytes());
    match e.last() {
        None => true,
        Some(last) => w.last() == Some(last) && word.ends_with(end),
    }
}

/// One ending of a noun paradigm.
struct NounSlot {
    par: Par,
    plural: bool,
    case: Case,
    alt: &'static str,
}

/// Every ending a token is tried against in a mode, in paradigm order, listed once rather
/// than re-split from the tables for each token.
fn noun_slots(mode: Mode) -> &'static [NounSlot] {
    fn build(mode: Mode) -> Vec<NounSlot> {
        let pars: &[Par] = if mode == Mode::Person {
            &PERSON_PARS
        } else {
            &PLACE_PARS
        };
        let mut slots = Vec::new();
        for &par in pars {
            for (plural, case, alt) in slot_iter(table(par)) {
                if !(plural && mode == Mode::Person) {
                    slots.push(NounSlot {
                        par,
                        plural,
                        case,
                        alt,
                    });
                }
            }
        }
        slots
    }
    static PERSON: OnceLock<Vec<NounSlot>> = OnceLock::new();
    static PLACE: OnceLock<Vec<NounSlot>> = OnceLock::new();
    match mode {
        Mode::Person => PERSON.get_or_init(|| build(Mode::Person)),
        Mode::Place => PLACE.get_or_init(|| build(Mode::Place)),
    }
}

fn noun_cand(
    lower: &str,
    par: Par,
    plural: bool,
    case: Case,
    alt: &'static str,
    mode: Mode,
) -> Option<Cand> {
    let stem = lower.strip_suffix(alt)?;
    let last = stem.chars().last()?;
    if !has_vowel(stem) || !spell_ok(par, last, alt) || !acc_ok(par, plural, case, alt, mode) {
        return None;
    }
    if matches!(par, Par::SurnM | Par::SurnF) && !is_surname_stem(stem) {
        return None;
    }
    let (mut prior, strong_fem) = match mode {
        Mode::Person => person_prior(par, stem),
        Mode::Place => (place_prior(par, stem, plural, case), false),
    };
    if looks_instrumental(stem, alt) {
        prior = prior.min(1);
    }
    Some(Cand {
        keep: char_len(stem),
        end: if plural {
            nom_pl_end(par, last)
        } else {
            table(par).nom
        },
        gender: Some(if plural {
            Gender::Plural
        } else {
            par_gender(par)
        }),
        case: Some(case),
        prior,
        adj: false,
        strong_fem,
    })
}

/// A final cluster no masculine nominative ends in: Москв-, Чечн-, Кремл-, Министерств-.
fn bad_masc_final(stem: &str) -> bool {
    match last2(stem) {
        (Some(a), Some('л')) => is_cons(a),
        (Some(a), Some('в' | 'н' | 'м')) => is_obstruent(a),
        _ => false,
    }
}

/// A zero-ending reading of a word that ends like an instrumental (`Шольцем`,
/// `Пекином`): the instrumental reading should win. Real nominatives in -ом/-ем
/// (Газпром, Вифлеем) are listed.
fn looks_instrumental(stem: &str, alt: &str) -> bool {
    alt.is_empty() && ["ом", "ем", "ым"].iter().any(|e| stem.ends_with(e))
}

fn person_prior(par: Par, stem: &str) -> (i32, bool) {
    let fem_patronymic = ["овн", "евн", "ичн"].iter().any(|s| stem.ends_with(s));
    let prior = match par {
        Par::MHard if stem.ends_with("ич") => 9,
        Par::MHard if bad_masc_final(stem) => 1,
        Par::MHard => 5,
        Par::MJ if stem.ends_with('о') => 1, // Захаровой is not a noun in -ой
        Par::SurnM | Par::SurnF => 6,
        Par::FA if fem_patronymic => 9,
        Par::FA | Par::MSoft | Par::MJ | Par::MIj => 4,
        Par::FIya => 5,
        Par::FYa => 3,
        _ => 2,
    };
    (prior, par == Par::FA && fem_patronymic)
}

/// Stems typical of feminine -а place names: Литв-, Америк-, Чукотк-, Авдеевк-.
fn fem_hint(stem: &str) -> bool {
    if stem.ends_with("ств") {
        return false;
    }
    let (a, b) = last2(stem);
    (b == Some('в') && a.is_some_and(is_cons))
        || stem.ends_with("ик")
        || matches!(last2(stem), (Some(a), Some('к')) if is_cons(a) && !matches!(a, 'с' | 'р' | 'н'))
}

fn place_prior(par: Par, stem: &str, plural: bool, case: Case) -> i32 {
    let (prev, last) = last2(stem);
    let (prev, last) = (prev.unwrap_or(' '), last.unwrap_or(' '));
    let base = match par {
        Par::MHard if bad_masc_final(stem) => 1,
        Par::MHard => 5,
        Par::FA if fem_hint(stem) => 7,
        Par::FA => 4,
        Par::NO if stem.ends_with("ств") => 8,
        Par::NO if stem.ends_with("ог") || stem.ends_with("ег") => 0, // Приморского
        Par::NE if last == 'ь' => 7,
        Par::FIya => 6,
        Par::NIe => 4,
        Par::FYa if last == 'е' => 6,
        Par::FYa if is_cons(prev) && matches!(last, 'н' | 'л' | 'р' | 'м') => 5, // Чечня
        Par::FYa if is_cons(prev) && is_cons(last) => 3,
        Par::FYa if matches!(last, 'ь' | 'й') => 3,
        Par::MJ if last == 'е' => 4,
        Par::MJ => 5,
        Par::MSoft if stem.ends_with("пол") => 6,
        Par::MSoft if last == 'л' && (is_cons(prev) || matches!(prev, 'о' | 'е' | 'и')) => 4,
        Par::FSoft if is_sib(last) || (is_vowel(prev) && last != 'л') => 4,
        Par::NO | Par::FYa | Par::MSoft | Par::FSoft => 2,
        _ => 1,
    };
    let nom_bonus = i32::from(!plural && case == Case::Nom);
    if plural {
        base - 2
    } else {
        base + nom_bonus
    }
}

fn adj_cands(lower: &str, mode: Mode, out: &mut Vec<Cand>) {
    for s in adj_slots(mode) {
        if ends_with(lower, s.alt) {
            adj_alt_cand(lower, s, mode, out);
        }
    }
    stressed_oy_cand(lower, mode, out);
}

/// One ending of an adjective declension cell.
struct AdjSlot {
    class: AdjClass,
    g: Gender,
    c: Case,
    alt: &'static str,
}

/// Every adjective ending a token is tried against in a mode, in table order (the
/// stressed masculine nominative `-ой` of [`AdjClass::SibOy`] is left to
/// [`stressed_oy_cand`]).
fn adj_slots(mode: Mode) -> &'static [AdjSlot] {
    fn build(mode: Mode) -> Vec<AdjSlot> {
        const CLASSES: [AdjClass; 5] = [
            AdjClass::Hard,
            AdjClass::Velar,
            AdjClass::Sib,
            AdjClass::SibOy,
            AdjClass::Soft,
        ];
        let mut slots = Vec::new();
        for class in CLASSES {
            for g in GENDERS {
                if mode == Mode::Person && !matches!(g, Gender::Masc | Gender::Fem) {
                    continue;
                }
                for c in CASES {
                    let stressed = class == AdjClass::SibOy
                        && g == Gender::Masc
                        && matches!(c, Case::Nom | Case::Acc);
                    if stressed {
                        continue;
                    }
                    let cell = adj_table(class)[gender_idx(g)][c as usize];
                    slots.extend(cell.split('|').map(|alt| AdjSlot { class, g, c, alt }));
                }
            }
        }
        slots
    }
    static PERSON: OnceLock<Vec<AdjSlot>> = OnceLock::new();
    static PLACE: OnceLock<Vec<AdjSlot>> = OnceLock::new();
    match mode {
        Mode::Person => PERSON.get_or_init(|| build(Mode::Person)),
        Mode::Place => PLACE.get_or_init(|| build(Mode::Place)),
    }
}

fn adj_alt_cand(lower: &str, s: &AdjSlot, mode: Mode, out: &mut Vec<Cand>) {
    let (class, g, c, alt) = (s.class, s.g, s.c, s.alt);
    let rows = adj_table(class);
    let Some(stem) = lower.strip_suffix(alt) else {
        return;
    };
    if !adj_stem_ok(class, stem) || !adj_acc_ok(rows, g, c, alt, mode) {
        return;
    }
    let Some(prior) = adj_prior(class, stem, mode) else {
        return;
    };
    out.push(Cand {
        keep: char_len(stem),
        end: adj_ending(with_oy(class, stem), g, Case::Nom),
        gender: Some(g),
        case: Some(c),
        prior,
        adj: true,
        strong_fem: false,
    });
}

/// Animate accusative (= genitive) for people, inanimate (= nominative) for places.
fn adj_acc_ok(rows: &AdjTable, g: Gender, c: Case, alt: &str, mode: Mode) -> bool {
    if c != Case::Acc || !matches!(g, Gender::Masc | Gender::Plural) {
        return true;
    }
    let row = &rows[gender_idx(g)];
    let want = if mode == Mode::Person { row[1] } else { row[0] };
    want.split('|').any(|a| a == alt)
}

fn adj_prior(class: AdjClass, stem: &str, mode: Mode) -> Option<i32> {
    let (prev, _) = last2(stem);
    let listed_oy = lexicon().adj_oy.contains(stem);
    Some(match mode {
        Mode::Person if is_surname_stem(stem) => return None,
        _ if class == AdjClass::SibOy && !listed_oy => 2,
        Mode::Person if stem.ends_with("ск") || stem.ends_with("цк") => 6,
        Mode::Person => 3,
        Mode::Place if class == AdjClass::Soft && prev.is_some_and(is_vowel) => 2,
        Mode::Place => 5,
    })
}

/// Masculine nominative in stressed -ой: Толстой, Донской, Большой.
fn stressed_oy_cand(lower: &str, mode: Mode, out: &mut Vec<Cand>) {
    let Some(stem) = lower.strip_suffix("ой") else {
        return;
    };
    let Some(last) = stem.chars().last() else {
        return;
    };
    let class = match last {
        l if is_velar(l) => AdjClass::VelarOy,
        l if is_sib(l) => AdjClass::SibOy,
        _ => AdjClass::HardOy,
    };
    if !adj_stem_ok(class, stem) || (mode == Mode::Person && is_surname_stem(stem)) {
        return;
    }
    let prior = if lexicon().adj_oy.contains(stem) {
        8
    } else {
        3
    };
    let cases: &[Case] = if mode == Mode::Place {
        &[Case::Nom, Case::Acc]
    } else {
        &[Case::Nom]
    };
    for &c in cases {
        out.push(Cand {
            keep: char_len(stem),
            end: "ой",
            gender: Some(Gender::Masc),
            case: Some(c),
            prior,
            adj: true,
            strong_fem: false,
        });
    }
}

/// Readings as an indeclinable word.
fn indecl_cands(lower: &str, mode: Mode, out: &mut Vec<Cand>) {
    let n = char_len(lower);
    let last = lower.chars().last().unwrap_or(' ');
    if lower.ends_with("ого") || lower.ends_with("его") {
        return; // adjective genitive, not a foreign -о name
    }
    if mode == Mode::Place {
        if is_vowel(last) && !matches!(last, 'а' | 'я' | 'ы') {
            out.push(any_case(n, None, 2));
        }
        return;
    }
    let georgian = lower.ends_with("дзе") || lower.ends_with("швили");
    let prior = match last {
        _ if georgian => 8,
        'о' | 'э' | 'ю' => 6,
        'е' | 'и' | 'у' => 3,
        'х' if lower.ends_with("ых") || lower.ends_with("их") => 5,
        _ => 0,
    };
    if prior > 0 {
        out.push(any_case(n, None, prior));
    }
    if is_cons(last) || last == 'ь' {
        out.push(any_case(n, Some(Gender::Fem), 2)); // Меркель, Харрис, Ле Пен
    }
    if n <= 3 && is_cons(last) {
        out.push(any_case(n, None, 1)); // Ким, Чен: often left undeclined
    }
}

// ======================================================================================
// Person names
// ======================================================================================

const PARTICLES: [&str; 22] = [
    "фон", "дер", "де", "ван", "да", "ди", "дель", "ле", "ла", "эль", "аль", "бен", "бин", "ибн",
    "оглы", "кызы", "дос", "дас", "ду", "эд", "ас", "эн",
];

/// Initials (`В.`, `В.В.`, `Дж.`, a single capital) and particles pass through.
fn passes_through(token: &str) -> bool {
    let single_cap = token.chars().count() == 1 && token.chars().all(crate::hash::is_upper);
    token.contains('.') || single_cap || PARTICLES.contains(&fold(token).as_str())
}

/// Lemmatizes a person name (given name, optional patronymic, surname, in any order the press uses:
/// "Ильхамом Алиевым", "Путиным", "Владимира Путина", "Николом Пашиняном", "Сергею Лаврову",
/// "Марии Захаровой", "В.В. Путина", "Реджепом Тайипом Эрдоганом", "Эммануэлем Макроном") to the
/// nominative: ["Ильхам","Алиев"], ["Путин"], ["Владимир","Путин"], ["Никол","Пашинян"], ["Сергей","Лавров"],
/// ["Мария","Захарова"], ["В.В.","Путин"], ["Реджеп","Тайип","Эрдоган"], ["Эммануэль","Макрон"].
/// Keeps each token's capitalization pattern. Initials pass through.
///
/// All parts take one gender and one case. The masculine reading is preferred
/// (`Путина` → `Путин`) unless a feminine given name or patronymic agrees, or only a
/// feminine reading exists (`Захаровой` → `Захарова`). Particles (`фон`, `дер`, `аль`, …),
/// tokens that are not Cyrillic, and parts that fit no reading are returned unchanged.
pub fn lemma_person(tokens: &[&str]) -> Vec<String> {
    let cands: Vec<Vec<Cand>> = tokens
        .iter()
        .map(|t| {
            if passes_through(t) {
                Vec::new()
            } else {
                analyze(t, Mode::Person)
            }
        })
        .collect();
    let female = cands.iter().flatten().any(|c| c.strong_fem);
    let mut chosen = (i32::MIN, Gender::Masc, Case::Nom);
    for g in [Gender::Masc, Gender::Fem] {
        for c in CASES {
            let bias = match (g, female) {
                (Gender::Masc, _) => 0,
                (_, true) => 3,
                (_, false) => -3,
            };
            let score = bias + cands.iter().map(|cs| token_score(cs, g, c)).sum::<i32>();
            if score > chosen.0 {
                chosen = (score, g, c);
            }
        }
    }
    let (_, g, c) = chosen;
    tokens
        .iter()
        .zip(&cands)
        .map(|(t, cs)| best(cs, |x| x.fits(g, c)).map_or_else(|| t.to_string(), |x| x.lemma(t)))
        .collect()
}

fn token_score(cands: &[Cand], g: Gender, c: Case) -> i32 {
    if cands.is_empty() {
        return 0;
    }
    best(cands, |x| x.fits(g, c)).map_or(-5, |x| x.prior)
}

// ======================================================================================
// Place and organization phrases
// ======================================================================================

/// Lemmatizes a place or organization phrase to the nominative using adjective–noun agreement and
/// noun declension rules: "Нагорного Карабаха"/"Нагорном Карабахе" -> ["Нагорный","Карабах"];
/// "Кремле"/"Кремля" -> ["Кремль"]; "Азербайджанской ССР" -> ["Азербайджанская","ССР"];
/// "Лачинского коридора" -> ["Лачинский","коридор"]; "России" -> ["Россия"]; "Москве" -> ["Москва"];
/// "Нидерландов" -> ["Нидерланды"]; "Баку" -> ["Баку"]; "Государственной думы" -> ["Государственная","дума"];
/// "Соединенных Штатов" -> ["Соединенные","Штаты"]; "Европейского союза" -> ["Европейский","союз"];
/// "Министерства иностранных дел" -> ["Министерство","иностранных","дел"] (only the head phrase before a
/// genitive dependent is changed: once the head noun is found, later words stay as they are).
///
/// The head phrase is the longest run of leading adjectives that agree in gender, number
/// and case with the noun after them; without one, the first word is the head noun.
pub fn lemma_phrase(tokens: &[&str]) -> Vec<String> {
    let cands: Vec<Vec<Cand>> = tokens.iter().map(|t| analyze(t, Mode::Place)).collect();
    let max_adj = cands
        .iter()
        .take(tokens.len().saturating_sub(1))
        .take_while(|cs| cs.iter().any(|c| c.adj))
        .count();
    for k in (1..=max_adj).rev() {
        if let Some((g, c)) = agreement(&cands[..=k]) {
            return render_phrase(tokens, &cands, k, |i, cs| {
                best(cs, |x| x.adj == (i < k) && x.fits(g, c))
            });
        }
    }
    render_phrase(tokens, &cands, 0, |_, cs| head_reading(cs))
}

/// The best (gender/number, case) for adjectives `cands[..n-1]` + noun `cands[n-1]`.
fn agreement(cands: &[Vec<Cand>]) -> Option<(Gender, Case)> {
    let (noun, adjs) = cands.split_last()?;
    let mut chosen: Option<(i32, Gender, Case)> = None;
    for g in GENDERS {
        for c in CASES {
            let adj_score: Option<i32> = adjs
                .iter()
                .map(|cs| best(cs, |x| x.adj && x.fits(g, c)).map(|x| x.prior))
                .sum();
            let noun_score = if noun.is_empty() {
                Some(0)
            } else {
                best(noun, |x| !x.adj && x.fits(g, c)).map(|x| x.prior)
            };
            let (Some(a), Some(n)) = (adj_score, noun_score) else {
                continue;
            };
            let better = match chosen {
                None => true,
                Some((s, _, _)) => a + n > s,
            };
            if better {
                chosen = Some((a + n, g, c));
            }
        }
    }
    chosen.map(|(_, g, c)| (g, c))
}

/// A lone head word: its best noun reading, or its adjective reading when no plausible
/// noun reading exists (`Приморского` → `Приморский`).
fn head_reading(cands: &[Cand]) -> Option<&Cand> {
    let noun = best(cands, |x| !x.adj);
    let adj = best(cands, |x| x.adj);
    match (noun, adj) {
        (Some(n), Some(a)) if n.prior < 3 && a.prior > n.prior => Some(a),
        (Some(n), _) => Some(n),
        (None, a) => a,
    }
}

/// Lemmatizes tokens `..=k` with `pick`, keeps the rest.
fn render_phrase<'a>(
    tokens: &[&str],
    cands: &'a [Vec<Cand>],
    k: usize,
    pick: impl Fn(usize, &'a [Cand]) -> Option<&'a Cand>,
) -> Vec<String> {
    tokens
        .iter()
        .enumerate()
        .map(
            |(i, t)| match (i <= k).then(|| pick(i, &cands[i])).flatten() {
                Some(c) => c.lemma(t),
                None => t.to_string(),
            },
        )
        .collect()
}

// ======================================================================================
// Generation
// ======================================================================================

/// A nominative adjective: stem length in characters, class, gender.
#[derive(Debug, Clone, Copy)]
struct NomAdj {
    keep: usize,
    class: AdjClass,
    gender: Gender,
}

/// Reads a nominative adjective (any gender or the plural): `российский`, `Южная`,
/// `Соединенные`, `Большой`.
fn parse_nom_adj(lower: &str) -> Option<NomAdj> {
    const ENDS: [(&str, Gender); 9] = [
        ("ый", Gender::Masc),
        ("ий", Gender::Masc),
        ("ой", Gender::Masc),
        ("ая", Gender::Fem),
        ("яя", Gender::Fem),
        ("ое", Gender::Neut),
        ("ее", Gender::Neut),
        ("ые", Gender::Plural),
        ("ие", Gender::Plural),
    ];
    let (end, gender) = ENDS.into_iter().find(|(e, _)| lower.ends_with(e))?;
    let stem = &lower[..lower.len() - end.len()];
    let last = stem.chars().last()?;
    let class = nom_adj_class(end, last)?;
    let class = with_oy(class, stem);
    adj_stem_ok(class, stem).then(|| NomAdj {
        keep: char_len(stem),
        class,
        gender,
    })
}

fn nom_adj_class(end: &str, last: char) -> Option<AdjClass> {
    let (velar, sib) = (is_velar(last), is_sib(last));
    Some(match end {
        "ой" if velar => AdjClass::VelarOy,
        "ой" if sib => AdjClass::SibOy,
        "ой" => AdjClass::HardOy,
        "ый" | "ые" if velar || sib => return None,
        "ый" | "ые" | "ая" | "ое" if !velar && !sib => AdjClass::Hard,
        "ое" if sib => AdjClass::SibOy,
        "ая" | "ое" | "ий" | "ие" if velar => AdjClass::Velar,
        "ая" | "ий" | "ие" | "ее" if sib => AdjClass::Sib,
        "ий" | "ие" | "яя" | "ее" if last == 'н' => AdjClass::Soft,
        _ => return None,
    })
}

/// All endings of one cell; stressed classes replace the nominative -ий/-ый by -ой.
fn adj_cell_alts(class: AdjClass, g: Gender, c: Case) -> impl Iterator<Item = &'static str> {
    let row = &adj_table(class)[gender_idx(g)];
    let stressed_nom = is_oy(class) && g == Gender::Masc && matches!(c, Case::Nom | Case::Acc);
    let nom_alts = row[0];
    std::iter::once(adj_ending(class, g, c)).chain(
        row[c as usize]
            .split('|')
            .filter(move |a| !(stressed_nom && nom_alts.split('|').any(|n| n == *a))),
    )
}

/// Adjective reading of a nominative token, unless the table lists it as a noun.
fn nominative_adjective(token: &str) -> Option<NomAdj> {
    if !is_cyrillic_word(token) || is_all_caps(token) {
        return None;
    }
    let lower = fold(token);
    if lexicon().by_lemma.contains_key(lower.as_str()) {
        return None;
    }
    parse_nom_adj(&lower)
}

/// A nominative noun: its gender (`None`: indeclinable, agrees with anything) and genitive.
struct NomNoun {
    gender: Option<Gender>,
    genitive: String,
}

fn nominative_noun(token: &str) -> NomNoun {
    let unchanged = |gender| NomNoun {
        gender,
        genitive: token.to_string(),
    };
    if !is_cyrillic_word(token) || is_all_caps(token) {
        return unchanged(None);
    }
    let lower = fold(token);
    let lex = lexicon();
    if let Some(e) = lex.by_lemma.get(lower.as_str()).map(|&i| &lex.entries[i]) {
        return match e.code {
            Code::Fleeting => fleeting_genitive(token, e),
            Code::Indecl(g) => unchanged(g),
            code => match entry_paradigm(e.lemma, code) {
                Some((par, stem)) => decl_genitive(token, par, stem, e.gender()),
                None => unchanged(e.gender()),
            },
        };
    }
    match guess_nominative(&lower) {
        Some((par, stem)) => decl_genitive(token, par, stem, Some(par_gender(par))),
        None => unchanged(None),
    }
}

/// The declension of an unlisted nominative (singular, or plural in -ы / vowel + -и).
fn guess_nominative(lower: &str) -> Option<(Par, &str)> {
    let (par, stem) = if let Some(s) = lower.strip_suffix('ы') {
        (Par::PlHard, s)
    } else if let Some(s) = lower.strip_suffix('и') {
        if !s.chars().last().is_some_and(is_vowel) {
            return None; // Тбилиси-like: indeclinable
        }
        (Par::PlHard, s)
    } else if lower.ends_with("ль") {
        infer_paradigm(lower, Gender::Masc)?
    } else {
        let (par, s) =
            infer_paradigm(lower, Gender::Fem).or_else(|| infer_paradigm(lower, Gender::Masc))?;
        match par {
            Par::NO if !s.ends_with("ств") => return None, // Токио, Осло
            Par::NE if !s.ends_with('ь') => return None,   // Кобе, Душанбе
            _ => (par, s),
        }
    };
    let last = stem.chars().last()?;
    (has_vowel(stem) && shape_ok(par, last)).then_some((par, stem))
}

fn decl_genitive(token: &str, par: Par, stem: &str, gender: Option<Gender>) -> NomNoun {
    let t = table(par);
    let row = t.sg.unwrap_or(t.pl);
    let end = stem.chars().last().and_then(|last| pick(par, last, row[1]));
    NomNoun {
        gender,
        genitive: match end {
            Some(end) => build(token, char_len(stem), end),
            None => token.to_string(),
        },
    }
}

fn fleeting_genitive(token: &str, e: &Entry) -> NomNoun {
    let genitive = match e.forms.iter().find(|f| f.case == Some(Case::Gen)) {
        Some(f) => build(token, char_len(f.p), &[f.soft, f.c, f.alt].concat()),
        None => token.to_string(),
    };
    NomNoun {
        gender: Some(Gender::Masc),
        genitive,
    }
}

/// Puts a nominative place-name phrase into the genitive: "Россия" -> "России",
/// "Армения" -> "Армении", "США" -> "США", "Казахстан" -> "Казахстана",
/// "Соединенные Штаты" -> "Соединенных Штатов", "Южная Корея" -> "Южной Кореи".
///
/// Leading adjectives that agree with the following noun are inflected with it; words
/// after the head noun (a genitive dependent such as `иностранных дел`) are kept.
/// Abbreviations, indeclinables and non-Cyrillic words are kept as they are.
pub fn inflect_genitive(tokens: &[&str]) -> Vec<String> {
    let adjs: Vec<Option<NomAdj>> = tokens.iter().map(|t| nominative_adjective(t)).collect();
    let lead = adjs
        .iter()
        .take(tokens.len().saturating_sub(1))
        .take_while(|a| a.is_some())
        .count();
    for k in (0..=lead).rev() {
        let Some(head) = tokens.get(k) else {
            return Vec::new();
        };
        let noun = nominative_noun(head);
        let agree = adjs[..k]
            .iter()
            .flatten()
            .all(|a| agrees(noun.gender, a.gender));
        if !agree {
            continue;
        }
        let lone_adj = tokens.len() == 1 && adjs[0].is_some();
        return tokens
            .iter()
            .zip(&adjs)
            .enumerate()
            .map(|(i, (t, a))| match (i.cmp(&k), a) {
                (std::cmp::Ordering::Less, Some(a)) => adj_genitive(t, a),
                (std::cmp::Ordering::Equal, Some(a)) if lone_adj => adj_genitive(t, a),
                (std::cmp::Ordering::Equal, _) => noun.genitive.clone(),
                _ => t.to_string(),
            })
            .collect();
    }
    tokens.iter().map(|t| t.to_string()).collect()
}

fn adj_genitive(token: &str, a: &NomAdj) -> String {
    build(token, a.keep, adj_ending(a.class, a.gender, Case::Gen))
}

/// Inflects an adjective given in the masculine nominative singular ("российский",
/// "нижний", "большой", "хороший", "новый") into the requested case and gender:
/// `inflect_adjective("российский", Case::Gen, Gender::Masc)` = "российского",
/// (`Ins`, `Masc`) = "российским", (`Nom`, `Fem`) = "российская", (`Gen`, `Fem`) = "российской".
/// The accusative uses the inanimate form (masculine and plural = nominative). Keeps the
/// capitalization pattern; a word that is not such an adjective is returned unchanged.
pub fn inflect_adjective(adj_masc_nom: &str, case: Case, gender: Gender) -> String {
    let parsed = is_cyrillic_word(adj_masc_nom)
        .then(|| parse_nom_adj(&fold(adj_masc_nom)))
        .flatten();
    match parsed {
        Some(a) => build(adj_masc_nom, a.keep, adj_ending(a.class, gender, case)),
        None => adj_masc_nom.to_string(),
    }
}

/// All case, gender and number forms of an adjective given in the masculine nominative
/// singular, without duplicates, masculine first then feminine, neuter and plural, each in
/// case order, alternatives included (`российскою`, animate accusative `российского`).
/// A word that is not such an adjective gives just itself.
pub fn adjective_forms(adj_masc_nom: &str) -> Vec<String> {
    let parsed = is_cyrillic_word(adj_masc_nom)
        .then(|| parse_nom_adj(&fold(adj_masc_nom)))
        .flatten();
    let Some(a) = parsed else {
        return vec![adj_masc_nom.to_string()];
    };
    let mut out: Vec<String> = Vec::new();
    for g in GENDERS {
        for c in CASES {
            for end in adj_cell_alts(a.class, g, c) {
                let form = build(adj_masc_nom, a.keep, end);
                if !out.contains(&form) {
                    out.push(form);
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Asserts that all forms share `want` as their stem.
    fn stems(want: &str, forms: &[&str]) {
        for f in forms {
            assert_eq!(stem(f), want, "stem({f})");
        }
    }

    fn person(tokens: &[&str]) -> Vec<String> {
        lemma_person(tokens)
    }

    fn phrase(tokens: &[&str]) -> Vec<String> {
        lemma_phrase(tokens)
    }

    fn genitive(tokens: &[&str]) -> Vec<String> {
        inflect_genitive(tokens)
    }

    // ---------------------------------------------------------------- stem: brief examples

    #[test]
    fn stem_russia() {
        stems(
            "росси",
            &["россия", "россии", "россию", "россией", "россиею"],
        );
    }

    #[test]
    fn stem_kremlin() {
        stems(
            "кремл",
            &["кремль", "кремля", "кремле", "кремлем", "кремлю"],
        );
    }

    #[test]
    fn stem_moscow() {
        stems(
            "москв",
            &["москва", "москвы", "москве", "москву", "москвой", "москвою"],
        );
    }

    #[test]
    fn stem_putin_both_genders() {
        stems(
            "путин",
            &["путин", "путина", "путину", "путиным", "путине", "путиной"],
        );
    }

    #[test]
    fn stem_aliyev() {
        stems(
            "алиев",
            &["алиев", "алиева", "алиеву", "алиевым", "алиеве", "алиевой"],
        );
    }

    #[test]
    fn stem_nagorny_all_genders() {
        stems(
            "нагорн",
            &[
                "нагорный",
                "нагорного",
                "нагорном",
                "нагорному",
                "нагорным",
                "нагорная",
                "нагорной",
                "нагорную",
                "нагорное",
                "нагорные",
                "нагорных",
                "нагорными",
            ],
        );
    }

    #[test]
    fn stem_soft_adjective_after_soft_sign() {
        stems(
            "дальн",
            &[
                "дальний",
                "дальнего",
                "дальнему",
                "дальним",
                "дальнем",
                "дальние",
                "дальних",
            ],
        );
    }

    #[test]
    fn stem_karabakh_keeps_final_akh() {
        stems(
            "карабах",
            &["карабах", "карабаха", "карабахе", "карабахом", "карабаху"],
        );
    }

    #[test]
    fn stem_pashinyan() {
        stems(
            "пашинян",
            &["пашинян", "пашиняна", "пашиняном", "пашиняну", "пашиняне"],
        );
    }

    #[test]
    fn stem_azerbaijani_adjective() {
        stems(
            "азербайджанск",
            &[
                "азербайджанская",
                "азербайджанской",
                "азербайджанскую",
                "азербайджанский",
                "азербайджанского",
                "азербайджанским",
                "азербайджанские",
                "азербайджанских",
            ],
        );
    }

    #[test]
    fn stem_netherlands_plural() {
        stems(
            "нидерланд",
            &["нидерланды", "нидерландов", "нидерландах", "нидерландам"],
        );
    }

    #[test]
    fn stem_baku_is_stable() {
        assert_eq!(stem("баку"), stem("баку"));
        assert_eq!(stem("баку"), "баку");
    }

    #[test]
    fn stem_erdogan() {
        stems(
            "эрдоган",
            &["эрдоган", "эрдогана", "эрдоганом", "эрдогану", "эрдогане"],
        );
    }

    #[test]
    fn stem_short_words_and_abbreviations_unchanged() {
        for w in [
            "ссср",
            "сша",
            "оон",
            "мид",
            "фсб",
            "рф",
            "ес",
            "мвд",
            "оэср",
            "кндр",
            "гибдд",
        ] {
            assert_eq!(stem(w), w);
        }
        for w in ["рим", "лев", "уфа", "ира", "ока"] {
            assert_eq!(stem(w), w);
        }
    }

    // ---------------------------------------------------------------- stem: more cases

    #[test]
    fn stem_given_names_in_ej_and_ij() {
        stems(
            "серге",
            &["сергей", "сергея", "сергею", "сергеем", "сергее"],
        );
        stems("андре", &["андрей", "андрея", "андреем"]);
        stems(
            "дмитри",
            &["дмитрий", "дмитрия", "дмитрию", "дмитрием", "дмитрии"],
        );
        stems("юри", &["юрий", "юрия", "юрием", "юрии"]);
        stems("евгени", &["евгений", "евгения", "евгением", "евгении"]);
        stems("георги", &["георгий", "георгия", "георгием", "георгии"]);
    }

    #[test]
    fn stem_masculine_a_ya_names() {
        stems(
            "никит",
            &["никита", "никиты", "никите", "никиту", "никитой"],
        );
        stems("ил", &["илья", "ильи", "илье", "илью", "ильей"]);
    }

    #[test]
    fn stem_soft_sign_nouns() {
        stems("игор", &["игорь", "игоря", "игорю", "игорем", "игоре"]);
        stems("беларус", &["беларусь", "беларуси", "беларусью"]);
        stems("казан", &["казань", "казани", "казанью"]);
        stems("израил", &["израиль", "израиля", "израилем", "израиле"]);
        stems("эммануэл", &["эммануэль", "эммануэля", "эммануэлем"]);
    }

    #[test]
    fn stem_neuter_nouns() {
        stems("примор", &["приморье", "приморья", "приморью", "приморьем"]);
        stems(
            "министерств",
            &[
                "министерство",
                "министерства",
                "министерству",
                "министерством",
            ],
        );
        stems(
            "управлени",
            &[
                "управление",
                "управления",
                "управлению",
                "управлением",
                "управлении",
            ],
        );
    }

    #[test]
    fn stem_surnames_in_skij() {
        stems(
            "зеленск",
            &[
                "зеленский",
                "зеленского",
                "зеленскому",
                "зеленским",
                "зеленском",
                "зеленская",
                "зеленской",
            ],
        );
    }

    #[test]
    fn stem_soft_adjectives() {
        stems(
            "нижн",
            &[
                "нижний",
                "нижнего",
                "нижнему",
                "нижним",
                "нижнем",
                "нижняя",
                "нижней",
                "нижнюю",
                "нижнее",
                "нижние",
                "нижних",
            ],
        );
    }

    #[test]
    fn stem_feminine_surname_forms() {
        stems(
            "захаров",
            &["захаров", "захарова", "захаровой", "захарову", "захаровым"],
        );
    }

    #[test]
    fn stem_ya_nouns() {
        stems("коре", &["корея", "кореи", "корее", "корею", "кореей"]);
        stems("чечн", &["чечня", "чечни", "чечне", "чечню", "чечней"]);
        stems(
            "натал",
            &["наталья", "натальи", "наталье", "наталью", "натальей"],
        );
    }

    #[test]
    fn stem_fleeting_vowel() {
        stems("пав", &["павел", "павла", "павлу", "павлом", "павле"]);
        stems("егип", &["египет", "египта", "египте", "египтом"]);
    }

    #[test]
    fn stem_listed_nominatives_that_look_inflected() {
        stems("кита", &["китай", "китая", "китаю", "китаем", "китае"]);
        stems("хано", &["ханой", "ханоя", "ханое", "ханоем"]);
        stems("вьетнам", &["вьетнам", "вьетнама", "вьетнаме", "вьетнамом"]);
        stems("газпром", &["газпром", "газпрома", "газпромом", "газпроме"]);
        stems("крым", &["крым", "крыма", "крыму", "крымом", "крыме"]);
    }

    #[test]
    fn stem_plural_names() {
        stems("штат", &["штаты", "штатов", "штатам", "штатах"]);
        stems("эмират", &["эмираты", "эмиратов", "эмиратах"]);
        stems("афин", &["афины", "афин", "афинах", "афинам"]);
    }

    #[test]
    fn stem_hyphenated_names() {
        stems(
            "нью-йорк",
            &["нью-йорк", "нью-йорка", "нью-йорке", "нью-йорком"],
        );
        stems("алма-ат", &["алма-ата", "алма-аты", "алма-ате"]);
    }

    #[test]
    fn stem_surname_genitive_plural_not_stripped() {
        assert_eq!(stem("лавров"), stem("лаврова"));
        assert_ne!(stem("иванов"), stem("иван"));
        assert_ne!(stem("романов"), stem("роман"));
    }

    #[test]
    fn stem_keeps_name_final_im_and_ikh() {
        stems("ибрагим", &["ибрагим", "ибрагима", "ибрагимом"]);
        stems("генрих", &["генрих", "генриха"]);
    }

    #[test]
    fn stem_indeclinables_are_stable() {
        for w in [
            "шойгу",
            "тбилиси",
            "кобахидзе",
            "лукашенко",
            "сочи",
            "токио",
            "нато",
        ] {
            assert_eq!(stem(w), w);
        }
    }

    #[test]
    fn stem_returns_a_subslice_of_the_input() {
        for w in [
            "россией",
            "кремлем",
            "нидерландов",
            "павлом",
            "путин",
            "ссср",
            "hello",
        ] {
            let st = stem(w);
            assert!(w.starts_with(st));
            assert_eq!(st.as_ptr(), w.as_ptr());
        }
    }

    #[test]
    fn stem_leaves_non_cyrillic_and_uppercase_alone() {
        for w in ["putin", "Россия", "москва2", "пу́тин", "hà nội", "ПУТИНА"]
        {
            assert_eq!(stem(w), w);
        }
    }

    // ---------------------------------------------------------------- lemma_person: brief examples

    #[test]
    fn person_brief_examples() {
        let cases: [(&[&str], &[&str]); 9] = [
            (&["Ильхамом", "Алиевым"], &["Ильхам", "Алиев"]),
            (&["Путиным"], &["Путин"]),
            (&["Владимира", "Путина"], &["Владимир", "Путин"]),
            (&["Николом", "Пашиняном"], &["Никол", "Пашинян"]),
            (&["Сергею", "Лаврову"], &["Сергей", "Лавров"]),
            (&["Марии", "Захаровой"], &["Мария", "Захарова"]),
            (&["В.В.", "Путина"], &["В.В.", "Путин"]),
            (
                &["Реджепом", "Тайипом", "Эрдоганом"],
                &["Реджеп", "Тайип", "Эрдоган"],
            ),
            (&["Эммануэлем", "Макроном"], &["Эммануэль", "Макрон"]),
        ];
        for (input, want) in cases {
            assert_eq!(person(input), want, "{input:?}");
        }
    }

    // ---------------------------------------------------------------- lemma_person: more cases

    #[test]
    fn person_putina_prefers_masculine() {
        assert_eq!(person(&["Путина"]), ["Путин"]);
        assert_eq!(person(&["Путину"]), ["Путин"]);
        assert_eq!(person(&["Захарова"]), ["Захаров"]);
    }

    #[test]
    fn person_feminine_given_name_agrees() {
        assert_eq!(person(&["Людмила", "Путина"]), ["Людмила", "Путина"]);
        assert_eq!(person(&["Мария", "Захарова"]), ["Мария", "Захарова"]);
        assert_eq!(person(&["Марию", "Захарову"]), ["Мария", "Захарова"]);
        assert_eq!(person(&["Лейлы", "Алиевой"]), ["Лейла", "Алиева"]);
    }

    #[test]
    fn person_only_feminine_reading() {
        assert_eq!(person(&["Захаровой"]), ["Захарова"]);
        assert_eq!(person(&["Евгении", "Пригожиной"]), ["Евгения", "Пригожина"]);
    }

    #[test]
    fn person_ambiguous_given_name_stays_masculine() {
        assert_eq!(
            person(&["Александра", "Лукашенко"]),
            ["Александр", "Лукашенко"]
        );
        assert_eq!(person(&["Евгения", "Пригожина"]), ["Евгений", "Пригожин"]);
    }

    #[test]
    fn person_skij_surnames() {
        assert_eq!(person(&["Зеленского"]), ["Зеленский"]);
        assert_eq!(
            person(&["Владимиру", "Зеленскому"]),
            ["Владимир", "Зеленский"]
        );
        assert_eq!(person(&["Елены", "Зеленской"]), ["Елена", "Зеленская"]);
        assert_eq!(person(&["Алексея", "Навального"]), ["Алексей", "Навальный"]);
    }

    #[test]
    fn person_stressed_oj_surname_and_fleeting_vowel() {
        assert_eq!(person(&["Льва", "Толстого"]), ["Лев", "Толстой"]);
        assert_eq!(person(&["Павлом", "Дуровым"]), ["Павел", "Дуров"]);
    }

    #[test]
    fn person_ij_ej_and_a_ya_given_names() {
        assert_eq!(person(&["Дмитрием", "Песковым"]), ["Дмитрий", "Песков"]);
        assert_eq!(person(&["Юрия", "Ушакова"]), ["Юрий", "Ушаков"]);
        assert_eq!(person(&["Андрея", "Белоусова"]), ["Андрей", "Белоусов"]);
        assert_eq!(person(&["Никиты", "Михалкова"]), ["Никита", "Михалков"]);
        assert_eq!(person(&["Никите", "Хрущеву"]), ["Никита", "Хрущев"]);
        assert_eq!(person(&["Ильи", "Яшина"]), ["Илья", "Яшин"]);
        assert_eq!(person(&["Игорем", "Кобзоном"]), ["Игорь", "Кобзон"]);
    }

    #[test]
    fn person_patronymics() {
        assert_eq!(
            person(&["Владимира", "Владимировича", "Путина"]),
            ["Владимир", "Владимирович", "Путин"]
        );
        assert_eq!(
            person(&["Марии", "Владимировны"]),
            ["Мария", "Владимировна"]
        );
        assert_eq!(person(&["Абрамовичем"]), ["Абрамович"]);
    }

    #[test]
    fn person_indeclinable_surnames() {
        assert_eq!(person(&["Сергеем", "Шойгу"]), ["Сергей", "Шойгу"]);
        assert_eq!(person(&["Ираклия", "Кобахидзе"]), ["Ираклий", "Кобахидзе"]);
        assert_eq!(person(&["Петра", "Порошенко"]), ["Петр", "Порошенко"]);
        assert_eq!(person(&["Никиты", "Белых"]), ["Никита", "Белых"]);
        assert_eq!(person(&["Джо", "Байдена"]), ["Джо", "Байден"]);
    }

    #[test]
    fn person_foreign_women_keep_consonant_surnames() {
        assert_eq!(person(&["Ангелы", "Меркель"]), ["Ангела", "Меркель"]);
        assert_eq!(person(&["Ангела", "Меркель"]), ["Ангела", "Меркель"]);
        assert_eq!(
            person(&["Урсулы", "фон", "дер", "Ляйен"]),
            ["Урсула", "фон", "дер", "Ляйен"]
        );
        assert_eq!(person(&["Нэнси", "Пелоси"]), ["Нэнси", "Пелоси"]);
    }

    #[test]
    fn person_foreign_men_in_consonant() {
        assert_eq!(person(&["Шольцем"]), ["Шольц"]);
        assert_eq!(person(&["Антониу", "Гутерришем"]), ["Антониу", "Гутерриш"]);
        assert_eq!(
            person(&["Касым-Жомарта", "Токаева"]),
            ["Касым-Жомарт", "Токаев"]
        );
        assert_eq!(person(&["Рамзана", "Кадырова"]), ["Рамзан", "Кадыров"]);
    }

    #[test]
    fn person_east_asian_names_decline_last_part() {
        assert_eq!(person(&["Си", "Цзиньпином"]), ["Си", "Цзиньпин"]);
        assert_eq!(person(&["Ким", "Чен", "Ына"]), ["Ким", "Чен", "Ын"]);
    }

    #[test]
    fn person_keeps_capitalization_pattern() {
        assert_eq!(person(&["ПУТИНА"]), ["ПУТИН"]);
        assert_eq!(person(&["МАРИИ", "ЗАХАРОВОЙ"]), ["МАРИЯ", "ЗАХАРОВА"]);
        assert_eq!(person(&["путиным"]), ["путин"]);
    }

    #[test]
    fn person_initials_and_nominatives_pass_through() {
        assert_eq!(person(&["В.", "Путин"]), ["В.", "Путин"]);
        assert_eq!(person(&["Дж.", "Байдена"]), ["Дж.", "Байден"]);
        assert_eq!(person(&["Ильхам", "Алиев"]), ["Ильхам", "Алиев"]);
        assert_eq!(
            person(&["Путин", "Владимир", "Владимирович"]),
            ["Путин", "Владимир", "Владимирович"]
        );
    }

    // ---------------------------------------------------------------- lemma_phrase: brief examples

    #[test]
    fn phrase_brief_examples() {
        let cases: [(&[&str], &[&str]); 14] = [
            (&["Нагорного", "Карабаха"], &["Нагорный", "Карабах"]),
            (&["Нагорном", "Карабахе"], &["Нагорный", "Карабах"]),
            (&["Кремле"], &["Кремль"]),
            (&["Кремля"], &["Кремль"]),
            (&["Азербайджанской", "ССР"], &["Азербайджанская", "ССР"]),
            (&["Лачинского", "коридора"], &["Лачинский", "коридор"]),
            (&["России"], &["Россия"]),
            (&["Москве"], &["Москва"]),
            (&["Нидерландов"], &["Нидерланды"]),
            (&["Баку"], &["Баку"]),
            (&["Государственной", "думы"], &["Государственная", "дума"]),
            (&["Соединенных", "Штатов"], &["Соединенные", "Штаты"]),
            (&["Европейского", "союза"], &["Европейский", "союз"]),
            (
                &["Министерства", "иностранных", "дел"],
                &["Министерство", "иностранных", "дел"],
            ),
        ];
        for (input, want) in cases {
            assert_eq!(phrase(input), want, "{input:?}");
        }
    }

    // ---------------------------------------------------------------- lemma_phrase: more cases

    #[test]
    fn phrase_adjective_agreement() {
        assert_eq!(
            phrase(&["Российской", "Федерации"]),
            ["Российская", "Федерация"]
        );
        assert_eq!(phrase(&["Южной", "Кореи"]), ["Южная", "Корея"]);
        assert_eq!(phrase(&["Белом", "доме"]), ["Белый", "дом"]);
        assert_eq!(phrase(&["Красной", "площади"]), ["Красная", "площадь"]);
        assert_eq!(phrase(&["Нижнем", "Новгороде"]), ["Нижний", "Новгород"]);
        assert_eq!(
            phrase(&["Соединенного", "Королевства"]),
            ["Соединенное", "Королевство"]
        );
        assert_eq!(phrase(&["Большого", "театра"]), ["Большой", "театр"]);
        assert_eq!(phrase(&["Саудовской", "Аравии"]), ["Саудовская", "Аравия"]);
        assert_eq!(phrase(&["Европейским", "союзом"]), ["Европейский", "союз"]);
    }

    #[test]
    fn phrase_several_adjectives_and_plural() {
        assert_eq!(
            phrase(&["Объединенных", "Арабских", "Эмиратов"]),
            ["Объединенные", "Арабские", "Эмираты"]
        );
        assert_eq!(
            phrase(&["Международного", "валютного", "фонда"]),
            ["Международный", "валютный", "фонд"]
        );
        assert_eq!(phrase(&["Вооруженных", "сил"]), ["Вооруженные", "силы"]);
        assert_eq!(phrase(&["Филиппин"]), ["Филиппины"]);
        assert_eq!(phrase(&["Гималаях"]), ["Гималаи"]);
    }

    #[test]
    fn phrase_head_noun_then_dependents_unchanged() {
        assert_eq!(phrase(&["Республики", "Корея"]), ["Республика", "Корея"]);
        assert_eq!(
            phrase(&["Совета", "Безопасности", "ООН"]),
            ["Совет", "Безопасности", "ООН"]
        );
        assert_eq!(
            phrase(&["Генеральной", "Ассамблеи", "ООН"]),
            ["Генеральная", "Ассамблея", "ООН"]
        );
        assert_eq!(phrase(&["Российского", "МИД"]), ["Российский", "МИД"]);
    }

    #[test]
    fn phrase_ia_and_soft_sign_nouns() {
        assert_eq!(phrase(&["Германии"]), ["Германия"]);
        assert_eq!(phrase(&["Турцией"]), ["Турция"]);
        assert_eq!(phrase(&["Беларуси"]), ["Беларусь"]);
        assert_eq!(phrase(&["Казани"]), ["Казань"]);
        assert_eq!(phrase(&["Израиля"]), ["Израиль"]);
        assert_eq!(phrase(&["Севастополе"]), ["Севастополь"]);
        assert_eq!(phrase(&["Тайване"]), ["Тайвань"]);
    }

    #[test]
    fn phrase_masculine_and_feminine_prepositionals() {
        assert_eq!(phrase(&["Берлине"]), ["Берлин"]);
        assert_eq!(phrase(&["Стамбуле"]), ["Стамбул"]);
        assert_eq!(phrase(&["Украине"]), ["Украина"]);
        assert_eq!(phrase(&["Литве"]), ["Литва"]);
        assert_eq!(phrase(&["Праге"]), ["Прага"]);
        assert_eq!(phrase(&["Чечне"]), ["Чечня"]);
        assert_eq!(phrase(&["Америки"]), ["Америка"]);
        assert_eq!(phrase(&["Нью-Йорке"]), ["Нью-Йорк"]);
    }

    #[test]
    fn phrase_j_nouns_and_instrumentals() {
        assert_eq!(phrase(&["Китае"]), ["Китай"]);
        assert_eq!(phrase(&["Ханое"]), ["Ханой"]);
        assert_eq!(phrase(&["Уругвая"]), ["Уругвай"]);
        assert_eq!(phrase(&["Вьетнамом"]), ["Вьетнам"]);
        assert_eq!(phrase(&["Пекином"]), ["Пекин"]);
        assert_eq!(phrase(&["Газпромом"]), ["Газпром"]);
    }

    #[test]
    fn phrase_neuter_and_fleeting() {
        assert_eq!(phrase(&["Приморья"]), ["Приморье"]);
        assert_eq!(phrase(&["Запорожьем"]), ["Запорожье"]);
        assert_eq!(phrase(&["Управления"]), ["Управление"]);
        assert_eq!(phrase(&["Египта"]), ["Египет"]);
    }

    #[test]
    fn phrase_indeclinables_and_abbreviations() {
        for w in ["Тбилиси", "Сочи", "Абу-Даби", "ЕС", "НАТО", "США"] {
            assert_eq!(phrase(&[w]), [w]);
        }
        assert_eq!(phrase(&["МИДа"]), ["МИД"]);
        assert_eq!(phrase(&["Земля"]), ["Земля"]);
    }

    #[test]
    fn phrase_lone_adjective() {
        assert_eq!(phrase(&["Приморского"]), ["Приморский"]);
    }

    // ---------------------------------------------------------------- generation

    #[test]
    fn genitive_brief_examples() {
        assert_eq!(genitive(&["Россия"]), ["России"]);
        assert_eq!(genitive(&["Армения"]), ["Армении"]);
        assert_eq!(genitive(&["США"]), ["США"]);
        assert_eq!(genitive(&["Казахстан"]), ["Казахстана"]);
        assert_eq!(
            genitive(&["Соединенные", "Штаты"]),
            ["Соединенных", "Штатов"]
        );
        assert_eq!(genitive(&["Южная", "Корея"]), ["Южной", "Кореи"]);
    }

    #[test]
    fn genitive_more_phrases() {
        assert_eq!(
            genitive(&["Нагорный", "Карабах"]),
            ["Нагорного", "Карабаха"]
        );
        assert_eq!(genitive(&["Белый", "дом"]), ["Белого", "дома"]);
        assert_eq!(genitive(&["Нижний", "Новгород"]), ["Нижнего", "Новгорода"]);
        assert_eq!(genitive(&["Красная", "площадь"]), ["Красной", "площади"]);
        assert_eq!(genitive(&["Большой", "театр"]), ["Большого", "театра"]);
        assert_eq!(
            genitive(&["Объединенные", "Арабские", "Эмираты"]),
            ["Объединенных", "Арабских", "Эмиратов"]
        );
        assert_eq!(
            genitive(&["Министерство", "иностранных", "дел"]),
            ["Министерства", "иностранных", "дел"]
        );
        assert_eq!(genitive(&["Герой", "России"]), ["Героя", "России"]);
    }

    #[test]
    fn genitive_single_nouns() {
        let cases = [
            ("Беларусь", "Беларуси"),
            ("Кремль", "Кремля"),
            ("Китай", "Китая"),
            ("Нидерланды", "Нидерландов"),
            ("Афины", "Афин"),
            ("Гималаи", "Гималаев"),
            ("Египет", "Египта"),
            ("Приморье", "Приморья"),
            ("Баку", "Баку"),
            ("Тбилиси", "Тбилиси"),
            ("Чечня", "Чечни"),
            ("Польша", "Польши"),
            ("Америка", "Америки"),
            ("Приморский", "Приморского"),
        ];
        for (nom, gen) in cases {
            assert_eq!(genitive(&[nom]), [gen], "{nom}");
        }
    }

    #[test]
    fn adjective_inflection() {
        assert_eq!(
            inflect_adjective("российский", Case::Gen, Gender::Masc),
            "российского"
        );
        assert_eq!(
            inflect_adjective("российский", Case::Ins, Gender::Masc),
            "российским"
        );
        assert_eq!(
            inflect_adjective("российский", Case::Nom, Gender::Fem),
            "российская"
        );
        assert_eq!(
            inflect_adjective("российский", Case::Gen, Gender::Fem),
            "российской"
        );
        assert_eq!(
            inflect_adjective("российский", Case::Prep, Gender::Plural),
            "российских"
        );
        assert_eq!(
            inflect_adjective("Российский", Case::Dat, Gender::Neut),
            "Российскому"
        );
        assert_eq!(
            inflect_adjective("нижний", Case::Nom, Gender::Fem),
            "нижняя"
        );
        assert_eq!(
            inflect_adjective("нижний", Case::Gen, Gender::Masc),
            "нижнего"
        );
        assert_eq!(
            inflect_adjective("большой", Case::Gen, Gender::Masc),
            "большого"
        );
        assert_eq!(
            inflect_adjective("большой", Case::Acc, Gender::Masc),
            "большой"
        );
        assert_eq!(
            inflect_adjective("хороший", Case::Gen, Gender::Fem),
            "хорошей"
        );
        assert_eq!(
            inflect_adjective("новый", Case::Ins, Gender::Plural),
            "новыми"
        );
        assert_eq!(
            inflect_adjective("морской", Case::Nom, Gender::Neut),
            "морское"
        );
        assert_eq!(inflect_adjective("МИД", Case::Gen, Gender::Masc), "МИД");
    }

    #[test]
    fn adjective_form_lists() {
        let forms = adjective_forms("российский");
        for f in [
            "российский",
            "российского",
            "российскому",
            "российским",
            "российском",
            "российская",
            "российской",
            "российскую",
            "российскою",
            "российское",
            "российские",
            "российских",
            "российскими",
        ] {
            assert!(forms.contains(&f.to_string()), "{f}");
        }
        assert_eq!(forms.len(), 13);
        let big = adjective_forms("большой");
        assert!(big.contains(&"большой".to_string()) && !big.iter().any(|f| f == "большый"));
        assert_eq!(adjective_forms("Кремль"), ["Кремль"]);
    }

    #[test]
    fn genitive_then_lemma_round_trips() {
        let phrases: [&[&str]; 12] = [
            &["Россия"],
            &["Армения"],
            &["Казахстан"],
            &["Соединенные", "Штаты"],
            &["Южная", "Корея"],
            &["Нагорный", "Карабах"],
            &["Российская", "Федерация"],
            &["Беларусь"],
            &["Кремль"],
            &["Нидерланды"],
            &["Новая", "Зеландия"],
            &["Европейский", "союз"],
        ];
        for p in phrases {
            let gen = genitive(p);
            let gen_refs: Vec<&str> = gen.iter().map(String::as_str).collect();
            assert_eq!(phrase(&gen_refs), p, "{gen:?}");
        }
    }

    // ---------------------------------------------------------------- table and robustness

    #[test]
    fn exception_table_parses_completely() {
        let lines = EXCEPTIONS_TSV
            .lines()
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .count();
        let lex = lexicon();
        assert_eq!(lex.entries.len() + lex.adj_oy.len(), lines);
        for e in &lex.entries {
            assert!(!e.forms.is_empty(), "{}", e.lemma);
        }
    }

    #[test]
    fn exception_forms_share_the_stem_of_the_lemma() {
        for e in &lexicon().entries {
            if char_len(e.lemma) <= 3 {
                continue;
            }
            for f in e.forms.iter().filter(|f| char_len(&f.text()) > 3) {
                assert_eq!(stem(&f.text()), stem(e.lemma), "{} / {}", e.lemma, f.text());
            }
        }
    }

    #[test]
    fn never_panics_on_odd_input() {
        let long = "я".repeat(300);
        let odd = [
            "",
            " ",
            "-",
            "--",
            ".",
            "..",
            "ь",
            "ъ",
            "й",
            "ы",
            "ой",
            "ий",
            "ии",
            "ьь",
            "ьььь",
            "😀",
            "Путин😀",
            "a",
            "İ",
            "ǅ",
            "Ё",
            "ёёё",
            "ЁЛКИ",
            "123",
            "МИД2",
            "а.б.",
            "x-",
            "-путин",
            "путин-",
            "пу́тин",
            "Mосква",
            "\u{301}",
            "\t",
            "ССССР",
            &long,
            "Ѣ",
        ];
        for w in odd {
            let _ = stem(w);
            let _ = lemma_person(&[w]);
            let _ = lemma_phrase(&[w]);
            let _ = lemma_phrase(&[w, w]);
            let _ = lemma_person(&[w, "Путина"]);
            let _ = inflect_genitive(&[w]);
            let _ = inflect_genitive(&[w, "Корея"]);
            let _ = inflect_adjective(w, Case::Ins, Gender::Fem);
            let _ = adjective_forms(w);
        }
        assert!(lemma_person(&[]).is_empty());
        assert!(lemma_phrase(&[]).is_empty());
        assert!(inflect_genitive(&[]).is_empty());
    }

    proptest::proptest! {
        // a failing case is printed; no regression file is written outside `src` and `tests`
        #![proptest_config(proptest::prelude::ProptestConfig {
            cases: 300,
            failure_persistence: None,
            ..proptest::prelude::ProptestConfig::default()
        })]

        #[test]
        fn prop_any_input_is_safe(a in "\\PC{0,14}", b in "[а-яёА-ЯЁ.' -]{0,14}") {
            for w in [a.as_str(), b.as_str()] {
                let st = stem(w);
                proptest::prop_assert!(w.starts_with(st));
                proptest::prop_assert_eq!(lemma_person(&[w, &a, &b]).len(), 3);
                proptest::prop_assert_eq!(lemma_phrase(&[w, &b]).len(), 2);
                proptest::prop_assert_eq!(inflect_genitive(&[w, &a]).len(), 2);
                let _ = inflect_adjective(w, Case::Prep, Gender::Neut);
                let _ = adjective_forms(w);
            }
        }

        #[test]
        fn prop_stem_is_a_stable_prefix(w in "[а-я-]{0,16}") {
            let st = stem(&w);
            proptest::prop_assert!(w.starts_with(st));
            proptest::prop_assert_eq!(stem(&w), st);
            if w.chars().count() <= 3 {
                proptest::prop_assert_eq!(st, w.as_str());
            }
        }
    }

    #[test]
    fn non_cyrillic_tokens_are_returned_unchanged() {
        assert_eq!(person(&["Donald", "Trump"]), ["Donald", "Trump"]);
        assert_eq!(phrase(&["NASA"]), ["NASA"]);
        assert_eq!(genitive(&["Hà", "Nội"]), ["Hà", "Nội"]);
        assert_eq!(phrase(&["Российской", "NASA"]), ["Российская", "NASA"]);
    }
}
