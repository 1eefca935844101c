//! Romanization of Cyrillic (BGN/PCGN, press form). The table is documented on [`translit_ru`].

/// Whether `c` is a Cyrillic letter that this module knows how to romanize.
pub(crate) fn is_cyrillic(c: char) -> bool {
    matches!(c, '\u{0400}'..='\u{04FF}' | '\u{0500}'..='\u{052F}')
}

/// Whether `c` (lowercase Cyrillic) is a vowel for the `е`/`ё` rules.
fn is_vowel(c: char) -> bool {
    matches!(
        c,
        'а' | 'е' | 'ё' | 'и' | 'о' | 'у' | 'ы' | 'э' | 'ю' | 'я' | 'і' | 'ї' | 'є'
    )
}

/// Romanizes one lowercase Cyrillic letter given the previous lowercase character of the
/// same word (`None` at a word start). Returns `None` for characters outside the table.
///
/// This is the single table both [`translit_ru`] and the cross-lingual key use.
pub(crate) fn ru_lower(c: char, prev: Option<char>) -> Option<&'static str> {
    // Iotated after a word start, a vowel or a sign.
    let iotated = match prev {
        None => true,
        Some(p) => is_vowel(p) || p == 'ь' || p == 'ъ' || !crate::hash::is_alpha(p),
    };
    Some(match c {
        'а' => "a",
        'б' => "b",
        'в' => "v",
        'г' => "g",
        'д' => "d",
        'е' => {
            if iotated {
                "ye"
            } else {
                "e"
            }
        }
        'ё' => match prev {
            Some('ж' | 'ч' | 'ш' | 'щ') => "e",
            _ => "yo",
        },
        'ж' => "zh",
        'з' => "z",
        'и' => "i",
        'й' => "y",
        'к' => "k",
        'л' => "l",
        'м' => "m",
        'н' => "n",
        'о' => "o",
        'п' => "p",
        'р' => "r",
        'с' => "s",
        'т' => "t",
        'у' => "u",
        'ф' => "f",
        'х' => "kh",
        'ц' => "ts",
        'ч' => "ch",
        'ш' => "sh",
        'щ' => "shch",
        'ъ' | 'ь' => "",
        'ы' => "y",
        'э' => "e",
        'ю' => "yu",
        'я' => "ya",
        // Ukrainian, Belarusian.
        'і' => "i",
        'ї' => "yi",
        'є' => "ye",
        'ґ' => "g",
        'ў' => "w",
        // Serbian, Macedonian.
        'ђ' => "dj",
        'ј' => "j",
        'љ' => "lj",
        'њ' => "nj",
        'ћ' => "c",
        'џ' => "dz",
        'ѓ' => "g",
        'ќ' => "k",
        'ѕ' => "dz",
        // Kazakh, Tatar, Bashkir, Kyrgyz.
        'ә' => "a",
        'ғ' => "g",
        'қ' => "k",
        'ң' => "ng",
        'ө' => "o",
        'ұ' | 'ү' => "u",
        'һ' => "h",
        _ => return None,
    })
}

/// Lowercase of a Cyrillic letter (always a single character for this block).
pub(crate) fn lower(c: char) -> char {
    crate::hash::lower_char(c)
}

/// Romanizes Russian Cyrillic (BGN/PCGN, simplified press form), keeping case; other
/// characters pass through.
///
/// The system is BGN/PCGN (1947) for Russian, in the simplified form the English-language
/// press uses (no diacritics, no apostrophes).
///
/// # Rules
///
/// | Cyrillic | Latin | note |
/// |---|---|---|
/// | а б в г д | a b v g d | |
/// | е | `ye` / `e` | `ye` at word start and after a vowel, `ь` or `ъ`; `e` elsewhere |
/// | ё | `yo` / `e` | `e` after `ж ч ш щ` (Gorbachev, Khrushchev); `yo` elsewhere (Pyotr, Semyon, Solovyov) |
/// | ж з и й к л м н о п | zh z i y k l m n o p | |
/// | р с т у ф х ц ч ш щ | r s t u f kh ts ch sh shch | |
/// | ъ ь | — | dropped (no apostrophes) |
/// | ы э ю я | y e yu ya | |
/// | і ї є ґ (Ukrainian) | i yi ye g | |
/// | ў (Belarusian) | w | |
/// | ђ ј љ њ ћ џ ѓ ќ ѕ (Serbian, Macedonian) | dj j lj nj c dz g k dz | |
/// | ә ғ қ ң ө ұ ү һ (Kazakh, Tatar, …) | a g k ng o u u h | |
///
/// The word-final endings `-ий` / `-ый` (after two letters or more) come out as `-y`, as
/// the English-language press writes them, not BGN/PCGN's `-iy` / `-yy` (`Дмитрий` →
/// `Dmitry`, `Лачинский` → `Lachinsky`, `Нагорный` → `Nagorny`). "Vowel" above means
/// `а е ё и о у ы э ю я і ї є`; "word start" means the previous character is not a letter.
///
/// # Case
///
/// A lowercase letter gives lowercase Latin. An uppercase letter gives all-caps Latin when
/// its neighbour letter (the next one, or the previous one at the end of a word) is
/// uppercase too (`ССР` → `SSR`, `ЩИ` → `SHCHI`, `МИДа` → `MIDa`), and title case
/// otherwise (`Щукин` → `Shchukin`, `Я` → `Ya`).
///
/// # Everything else
///
/// Characters that are not Cyrillic pass through unchanged. A breve or diaeresis written
/// as a separate combining mark after a Cyrillic letter is composed first (`и` + U+0306
/// reads as `й`), and stress accents (U+0300, U+0301) on Cyrillic letters are dropped.
///
/// ```
/// use polynews::normalize::translit_ru;
/// assert_eq!(translit_ru("Ильхам Алиев"), "Ilkham Aliyev");
/// assert_eq!(translit_ru("Нагорный Карабах"), "Nagorny Karabakh");
/// assert_eq!(translit_ru("Дмитрий Песков"), "Dmitry Peskov");
/// assert_eq!(translit_ru("Ереван"), "Yerevan");
/// assert_eq!(translit_ru("Щукин"), "Shchukin");
/// assert_eq!(translit_ru("МИД России"), "MID Rossii");
/// assert_eq!(translit_ru("Putin и Шойгу"), "Putin i Shoygu");
/// ```
#[must_use]
pub fn translit_ru(s: &str) -> String {
    if !s.chars().any(is_cyrillic) {
        return s.to_string();
    }
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len() + s.len() / 4);
    // Previous letter of the current word, lowercased (None at a word start).
    let mut prev: Option<char> = None;
    // Whether the previous letter was uppercase.
    let mut prev_upper = false;
    let mut i = 0;
    while i < chars.len() {
        let mut c = chars[i];
        i += 1;
        if !is_cyrillic(c) {
            out.push(c);
            if crate::hash::is_alpha(c) {
                prev = Some(lower(c));
                prev_upper = crate::hash::is_upper(c);
            } else if !unicode_normalization::char::is_combining_mark(c) {
                prev = None;
                prev_upper = false;
            }
            continue;
        }
        // Absorb combining marks: compose breve/diaeresis, drop stress accents.
        while let Some(&m) = chars.get(i) {
            if !unicode_normalization::char::is_combining_mark(m) {
                break;
            }
            if let Some(composed) = unicode_normalization::char::compose(c, m) {
                c = composed;
            } else if !matches!(m, '\u{0300}' | '\u{0301}') {
                break;
            }
            i += 1;
        }
        let lc = lower(c);
        // word-final -ий / -ый after two letters or more: -y, as English writes Russian names
        // (Dmitry, Yevgeny, Zhirinovsky, Nizhny Novgorod)
        let ending = matches!(lc, 'и' | 'ы')
            && chars.get(i).is_some_and(|&n| lower(n) == 'й')
            && !chars.get(i + 1).is_some_and(|&n| crate::hash::is_alpha(n))
            && i >= 3
            && chars[i - 3..i - 1]
                .iter()
                .all(|&p| crate::hash::is_alpha(p));
        if ending {
            let upper = crate::hash::is_upper(c) && prev_upper;
            out.push(if upper { 'Y' } else { 'y' });
            prev = Some('й');
            prev_upper = upper;
            i += 1;
            continue;
        }
        let Some(latin) = ru_lower(lc, prev) else {
            out.push(c);
            prev = Some(lc);
            prev_upper = crate::hash::is_upper(c);
            continue;
        };
        let upper = crate::hash::is_upper(c);
        if !upper {
            out.push_str(latin);
        } else {
            let next = chars[i..]
                .iter()
                .copied()
                .find(|&n| !unicode_normalization::char::is_combining_mark(n));
            let all_caps = match next {
                Some(n) if crate::hash::is_alpha(n) => crate::hash::is_upper(n),
                _ => prev.is_some() && prev_upper,
            };
            let mut first = true;
            for l in latin.chars() {
                if all_caps || first {
                    out.push(l.to_ascii_uppercase());
                } else {
                    out.push(l);
                }
                first = false;
            }
        }
        prev = Some(lc);
        prev_upper = upper;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::translit_ru as t;

    #[test]
    fn brief_examples() {
        let cases = [
            ("Алиев", "Aliyev"),
            ("Путин", "Putin"),
            ("Пашинян", "Pashinyan"),
            ("Никол", "Nikol"),
            ("Владимир", "Vladimir"),
            ("Нагорный Карабах", "Nagorny Karabakh"),
            ("Шойгу", "Shoygu"),
            ("Ереван", "Yerevan"),
            ("Лачинский", "Lachinsky"),
            ("Щукин", "Shchukin"),
            ("ССР", "SSR"),
            ("МИД", "MID"),
        ];
        for (ru, en) in cases {
            assert_eq!(t(ru), en, "{ru}");
        }
    }

    #[test]
    fn full_alphabet_lowercase() {
        assert_eq!(
            t("абвгдежзийклмнопрстуфхцчшщъыьэюя"),
            "abvgdezhziyklmnoprstufkhtschshshchyeyuya"
        );
    }

    #[test]
    fn full_alphabet_uppercase_is_all_caps() {
        assert_eq!(
            t("АБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ"),
            "ABVGDEZHZIYKLMNOPRSTUFKHTSCHSHSHCHYEYUYA"
        );
    }

    #[test]
    fn ye_rule() {
        assert_eq!(t("Ельцин"), "Yeltsin"); // word start
        assert_eq!(t("ель"), "yel");
        assert_eq!(t("Андреев"), "Andreyev"); // after a vowel
        assert_eq!(t("Сергеевич"), "Sergeyevich");
        assert_eq!(t("Васильев"), "Vasilyev"); // after ь
        assert_eq!(t("подъезд"), "podyezd"); // after ъ
        assert_eq!(t("Медведев"), "Medvedev"); // after consonants
        assert_eq!(t("Майер"), "Mayer"); // й is not in the list
        assert_eq!(t("по-европейски"), "po-yevropeyski");
        assert_eq!(t("Эрдоган"), "Erdogan"); // э is always e
    }

    #[test]
    fn yo_rule() {
        assert_eq!(t("Ёлкин"), "Yolkin");
        assert_eq!(t("Пётр"), "Pyotr");
        assert_eq!(t("Фёдор"), "Fyodor");
        assert_eq!(t("Семён"), "Semyon");
        assert_eq!(t("Соловьёв"), "Solovyov");
        assert_eq!(t("Горбачёв"), "Gorbachev");
        assert_eq!(t("Хрущёв"), "Khrushchev");
        assert_eq!(t("Пугачёва"), "Pugacheva");
        assert_eq!(t("объём"), "obyom");
    }

    #[test]
    fn endings() {
        assert_eq!(t("Зеленский"), "Zelensky");
        assert_eq!(t("Дмитрий"), "Dmitry");
        assert_eq!(t("Красный"), "Krasny");
        // too short for the press ending; not word-final
        assert_eq!(t("Кий"), "Kiy");
        assert_eq!(t("Дмитриев"), "Dmitriyev");
        assert_eq!(t("ДМИТРИЙ"), "DMITRY");
        assert_eq!(t("Толстой"), "Tolstoy");
        assert_eq!(t("Сергей"), "Sergey");
    }

    #[test]
    fn signs_dropped() {
        assert_eq!(t("Игорь"), "Igor");
        assert_eq!(t("Ольга"), "Olga");
        assert_eq!(t("Татьяна"), "Tatyana");
        assert_eq!(t("объект"), "obyekt");
        assert_eq!(t("ОБЪЕКТ"), "OBYEKT");
    }

    #[test]
    fn case_handling() {
        assert_eq!(t("ЩУКИН"), "SHCHUKIN");
        assert_eq!(t("ЦСКА"), "TSSKA");
        assert_eq!(t("ЮЛЯ"), "YULYA");
        assert_eq!(t("Я"), "Ya");
        assert_eq!(t("Юлия"), "Yuliya");
        assert_eq!(t("МИДа"), "MIDa");
        assert_eq!(t("ШОС и ЕАЭС"), "SHOS i YEAES");
        assert_eq!(t("Жуков"), "Zhukov");
        assert_eq!(t("Ч"), "Ch");
    }

    #[test]
    fn non_cyrillic_passes_through() {
        for s in [
            "",
            "abc",
            "Erdoğan 2024!",
            "Nguyễn Xuân Phúc",
            "東京",
            "a\u{301}",
        ] {
            assert_eq!(t(s), s);
        }
        assert_eq!(
            t("«Газпром» (Gazprom), 2024 г."),
            "«Gazprom» (Gazprom), 2024 g."
        );
    }

    #[test]
    fn decomposed_input_and_stress_marks() {
        assert_eq!(t("Шои\u{306}гу"), "Shoygu");
        assert_eq!(t("Пе\u{308}тр"), "Pyotr");
        assert_eq!(t("Пу\u{301}тин"), "Putin");
        assert_eq!(t("за\u{300}мок"), "zamok");
    }

    #[test]
    fn other_cyrillic_languages() {
        assert_eq!(t("Київ"), "Kiyiv");
        assert_eq!(t("Україна"), "Ukrayina");
        assert_eq!(t("Європа"), "Yevropa");
        assert_eq!(t("ґанок"), "ganok");
        assert_eq!(t("Беларусь, Мінск, Ўзбек"), "Belarus, Minsk, Wzbek");
        assert_eq!(t("Ђоковић"), "Djokovic");
        assert_eq!(t("Љубљана"), "Ljubljana");
        assert_eq!(t("Қазақстан"), "Kazakstan");
    }

    #[test]
    fn unknown_cyrillic_kept() {
        // Old Cyrillic yat is outside the table and passes through.
        assert_eq!(t("ѣ"), "ѣ");
    }
}
