//! Statements in English, Russian and Vietnamese: one test per construction and language,
//! each on short news-like inputs written for the test. A case lists every statement the
//! input must give, in order: speaker words, cue, kind, content, and a word of the name of the
//! entity the speaker resolves to (`None`: no entity).

use polynews::{Article, StatementKind, StatementKind::Direct as D, StatementKind::Indirect as I};

/// One expected statement.
type W<'a> = (
    Option<&'a str>,
    &'a str,
    StatementKind,
    &'a str,
    Option<&'a str>,
);

fn check(text: &str, want: &[W]) {
    let a = Article::parse(text).unwrap_or_else(|e| panic!("{text}: {e}"));
    let got: Vec<W> = a
        .statements
        .iter()
        .map(|s| {
            let entity = s
                .speaker
                .as_ref()
                .map(|id| {
                    let e = a.entities.iter().find(|e| &e.id == id);
                    e.unwrap_or_else(|| panic!("{text}: no entity {id}"))
                })
                .map(|e| e.name.as_str());
            (
                s.speaker_text.as_deref(),
                s.cue.as_str(),
                s.kind,
                s.content.as_str(),
                entity,
            )
        })
        .collect();
    let same = got.len() == want.len()
        && got.iter().zip(want).all(|(g, w)| {
            (g.0, g.1, g.2, g.3) == (w.0, w.1, w.2, w.3)
                && match (g.4, w.4) {
                    (Some(name), Some(word)) => name.contains(word),
                    (None, None) => true,
                    _ => false,
                }
        });
    assert!(same, "{text}\n got: {got:#?}\nwant: {want:#?}");
    for s in &a.statements {
        assert_eq!(a.slice(s.content_span), s.content, "{text}");
    }
}

fn none(text: &str) {
    check(text, &[]);
}

// ---------------------------------------------------------------- 1. direct quotes

#[test]
fn quote_marks_en() {
    check(
        "\"We are ready to talk,\" Peskov said.",
        &[(
            Some("Peskov"),
            "said",
            D,
            "We are ready to talk",
            Some("Peskov"),
        )],
    );
    check(
        "“Russia will not accept these terms,” Lavrov told reporters on Monday.",
        &[(
            Some("Lavrov"),
            "told",
            D,
            "Russia will not accept these terms",
            Some("Lavrov"),
        )],
    );
    check(
        "Zakharova said: ‘The decision was taken in Brussels, not in Kiev.’",
        &[(
            Some("Zakharova"),
            "said",
            D,
            "The decision was taken in Brussels, not in Kiev.",
            Some("Zakharova"),
        )],
    );
    check(
        "“The so-called ‘peace plan’ is a dead end,” said Maria Zakharova.",
        &[(
            Some("Maria Zakharova"),
            "said",
            D,
            "The so-called ‘peace plan’ is a dead end",
            Some("Zakharova"),
        )],
    );
}

#[test]
fn quote_marks_ru() {
    check(
        "«Мы готовы к диалогу», — заявил Песков.",
        &[(
            Some("Песков"),
            "заявил",
            D,
            "Мы готовы к диалогу",
            Some("Peskov"),
        )],
    );
    check(
        "Лавров подчеркнул: „Москва не будет отвечать на провокации“.",
        &[(
            Some("Лавров"),
            "подчеркнул",
            D,
            "Москва не будет отвечать на провокации",
            Some("Lavrov"),
        )],
    );
    check(
        "\"Переговоры прошли в конструктивной атмосфере\", - сообщил Дмитрий Песков.",
        &[(
            Some("Дмитрий Песков"),
            "сообщил",
            D,
            "Переговоры прошли в конструктивной атмосфере",
            Some("Peskov"),
        )],
    );
    check(
        "«Так называемый „мирный план“ ведет в тупик», — сказала Мария Захарова.",
        &[(
            Some("Мария Захарова"),
            "сказала",
            D,
            "Так называемый „мирный план“ ведет в тупик",
            Some("Zakharova"),
        )],
    );
}

#[test]
fn quote_marks_vi() {
    check(
        "\"Chúng tôi sẵn sàng đối thoại\", ông Peskov nói.",
        &[(
            Some("ông Peskov"),
            "nói",
            D,
            "Chúng tôi sẵn sàng đối thoại",
            Some("Peskov"),
        )],
    );
    check(
        "Ngoại trưởng Lavrov nhấn mạnh: “Nga sẽ không chấp nhận các điều kiện này”.",
        &[(
            Some("Ngoại trưởng Lavrov"),
            "nhấn mạnh",
            D,
            "Nga sẽ không chấp nhận các điều kiện này",
            Some("Lavrov"),
        )],
    );
    check(
        "“Cái gọi là ‘kế hoạch hòa bình’ là một ngõ cụt”, bà Zakharova cho biết.",
        &[(
            Some("bà Zakharova"),
            "cho biết",
            D,
            "Cái gọi là ‘kế hoạch hòa bình’ là một ngõ cụt",
            Some("Zakharova"),
        )],
    );
}

#[test]
fn split_quotes_en() {
    check(
        "\"We are ready to talk,\" Peskov said, \"but we need guarantees.\"",
        &[
            (
                Some("Peskov"),
                "said",
                D,
                "We are ready to talk",
                Some("Peskov"),
            ),
            (
                Some("Peskov"),
                "said",
                D,
                "but we need guarantees.",
                Some("Peskov"),
            ),
        ],
    );
    check(
        "\"The talks will continue,\" said Lavrov, \"and we expect results by June.\"",
        &[
            (
                Some("Lavrov"),
                "said",
                D,
                "The talks will continue",
                Some("Lavrov"),
            ),
            (
                Some("Lavrov"),
                "said",
                D,
                "and we expect results by June.",
                Some("Lavrov"),
            ),
        ],
    );
    check(
        "“The ceasefire is holding,” the Kremlin said. “Both sides respect it.”",
        &[
            (
                Some("the Kremlin"),
                "said",
                D,
                "The ceasefire is holding",
                Some("Kremlin"),
            ),
            (
                Some("the Kremlin"),
                "said",
                D,
                "Both sides respect it.",
                Some("Kremlin"),
            ),
        ],
    );
}

#[test]
fn split_quotes_ru() {
    check(
        "«Мы готовы к диалогу, — заявил Песков, — но нам нужны гарантии»",
        &[
            (
                Some("Песков"),
                "заявил",
                D,
                "Мы готовы к диалогу",
                Some("Peskov"),
            ),
            (
                Some("Песков"),
                "заявил",
                D,
                "но нам нужны гарантии",
                Some("Peskov"),
            ),
        ],
    );
    check(
        "«Переговоры продолжатся», — сказал Лавров. «Мы ждем ответа до конца недели».",
        &[
            (
                Some("Лавров"),
                "сказал",
                D,
                "Переговоры продолжатся",
                Some("Lavrov"),
            ),
            (
                Some("Лавров"),
                "сказал",
                D,
                "Мы ждем ответа до конца недели",
                Some("Lavrov"),
            ),
        ],
    );
    check(
        "«Перемирие соблюдается», — подчеркнули в Кремле, — «обе стороны выполняют договоренности».",
        &[
            (
                Some("Кремле"),
                "подчеркнули",
                D,
                "Перемирие соблюдается",
                Some("Kremlin"),
            ),
            (
                Some("Кремле"),
                "подчеркнули",
                D,
                "обе стороны выполняют договоренности",
                Some("Kremlin"),
            ),
        ],
    );
}

#[test]
fn split_quotes_vi() {
    check(
        "\"Chúng tôi sẵn sàng đối thoại\", ông Peskov nói, \"nhưng chúng tôi cần được bảo đảm\".",
        &[
            (
                Some("ông Peskov"),
                "nói",
                D,
                "Chúng tôi sẵn sàng đối thoại",
                Some("Peskov"),
            ),
            (
                Some("ông Peskov"),
                "nói",
                D,
                "nhưng chúng tôi cần được bảo đảm",
                Some("Peskov"),
            ),
        ],
    );
    check(
        "“Lệnh ngừng bắn đang được duy trì”, Điện Kremlin cho biết. “Hai bên đều tôn trọng thỏa thuận này.”",
        &[
            (
                Some("Điện Kremlin"),
                "cho biết",
                D,
                "Lệnh ngừng bắn đang được duy trì",
                Some("Kremlin"),
            ),
            (
                Some("Điện Kremlin"),
                "cho biết",
                D,
                "Hai bên đều tôn trọng thỏa thuận này.",
                Some("Kremlin"),
            ),
        ],
    );
    check(
        "“Đàm phán sẽ tiếp tục”, Ngoại trưởng Lavrov nói, “và chúng tôi chờ kết quả vào tháng Sáu”.",
        &[
            (
                Some("Ngoại trưởng Lavrov"),
                "nói",
                D,
                "Đàm phán sẽ tiếp tục",
                Some("Lavrov"),
            ),
            (
                Some("Ngoại trưởng Lavrov"),
                "nói",
                D,
                "và chúng tôi chờ kết quả vào tháng Sáu",
                Some("Lavrov"),
            ),
        ],
    );
}

#[test]
fn multi_sentence_quotes_en() {
    check(
        "\"The situation is stable. Both sides respect the truce. We hope it lasts,\" the Kremlin said.",
        &[(
            Some("the Kremlin"),
            "said",
            D,
            "The situation is stable. Both sides respect the truce. We hope it lasts",
            Some("Kremlin"),
        )],
    );
    check(
        "Lavrov said: \"We have waited for months. Our patience is not endless.\"",
        &[(
            Some("Lavrov"),
            "said",
            D,
            "We have waited for months. Our patience is not endless.",
            Some("Lavrov"),
        )],
    );
    check(
        "“The talks failed. We will try again in May,” said Peskov.",
        &[(
            Some("Peskov"),
            "said",
            D,
            "The talks failed. We will try again in May",
            Some("Peskov"),
        )],
    );
}

#[test]
fn multi_sentence_quotes_ru() {
    check(
        "«Ситуация стабилизировалась. Стороны соблюдают перемирие», — заявил Песков.",
        &[(
            Some("Песков"),
            "заявил",
            D,
            "Ситуация стабилизировалась. Стороны соблюдают перемирие",
            Some("Peskov"),
        )],
    );
    check(
        "Захарова отметила: «Мы ждали несколько месяцев. Наше терпение не безгранично».",
        &[(
            Some("Захарова"),
            "отметила",
            D,
            "Мы ждали несколько месяцев. Наше терпение не безгранично",
            Some("Zakharova"),
        )],
    );
    check(
        "«Ситуация сложная. Но мы не теряем надежды», — сказал Лавров журналистам.",
        &[(
            Some("Лавров"),
            "сказал",
            D,
            "Ситуация сложная. Но мы не теряем надежды",
            Some("Lavrov"),
        )],
    );
}

#[test]
fn multi_sentence_quotes_vi() {
    check(
        "“Tình hình đã ổn định. Hai bên tôn trọng lệnh ngừng bắn”, ông Peskov cho biết.",
        &[(
            Some("ông Peskov"),
            "cho biết",
            D,
            "Tình hình đã ổn định. Hai bên tôn trọng lệnh ngừng bắn",
            Some("Peskov"),
        )],
    );
    check(
        "Bà Zakharova nói: \"Chúng tôi đã chờ nhiều tháng. Sự kiên nhẫn của chúng tôi có giới hạn.\"",
        &[(
            Some("Bà Zakharova"),
            "nói",
            D,
            "Chúng tôi đã chờ nhiều tháng. Sự kiên nhẫn của chúng tôi có giới hạn.",
            Some("Zakharova"),
        )],
    );
    check(
        "“Chúng tôi đã sẵn sàng. Phía bên kia thì chưa”, Ngoại trưởng Lavrov nói.",
        &[(
            Some("Ngoại trưởng Lavrov"),
            "nói",
            D,
            "Chúng tôi đã sẵn sàng. Phía bên kia thì chưa",
            Some("Lavrov"),
        )],
    );
}

#[test]
fn dash_form_ru() {
    check(
        "— Мы готовы к диалогу, — сказал Песков.",
        &[(
            Some("Песков"),
            "сказал",
            D,
            "Мы готовы к диалогу",
            Some("Peskov"),
        )],
    );
    check(
        "— Переговоры продолжатся, — заявил Сергей Лавров журналистам. — Но нам нужны гарантии.",
        &[
            (
                Some("Сергей Лавров"),
                "заявил",
                D,
                "Переговоры продолжатся",
                Some("Lavrov"),
            ),
            (
                Some("Сергей Лавров"),
                "заявил",
                D,
                "Но нам нужны гарантии.",
                Some("Lavrov"),
            ),
        ],
    );
    check(
        "— Это провокация! — подчеркнула Мария Захарова.",
        &[(
            Some("Мария Захарова"),
            "подчеркнула",
            D,
            "Это провокация!",
            Some("Zakharova"),
        )],
    );
    check(
        "— Решение уже принято, — Песков добавил, — и пересматривать его никто не будет.",
        &[
            (
                Some("Песков"),
                "добавил",
                D,
                "Решение уже принято",
                Some("Peskov"),
            ),
            (
                Some("Песков"),
                "добавил",
                D,
                "и пересматривать его никто не будет.",
                Some("Peskov"),
            ),
        ],
    );
}

#[test]
fn speaker_in_adjacent_sentence_en() {
    check(
        "Peskov spoke to reporters on Monday. \"We are ready to talk.\"",
        &[(
            Some("Peskov"),
            "spoke",
            D,
            "We are ready to talk.",
            Some("Peskov"),
        )],
    );
    check(
        "Lavrov answered questions after the talks. \"The ball is in Kiev's court now.\"",
        &[],
    );
    check(
        "\"We will respond to any provocation.\" Zakharova said this on Thursday.",
        &[(
            Some("Zakharova"),
            "said",
            D,
            "We will respond to any provocation.",
            Some("Zakharova"),
        )],
    );
    check(
        "\"The truce is holding.\" Peskov said.",
        &[(
            Some("Peskov"),
            "said",
            D,
            "The truce is holding.",
            Some("Peskov"),
        )],
    );
}

#[test]
fn speaker_in_adjacent_sentence_ru() {
    check(
        "Песков выступил перед журналистами в понедельник. «Мы готовы к переговорам в любое время».",
        &[(
            Some("Песков"),
            "выступил",
            D,
            "Мы готовы к переговорам в любое время",
            Some("Peskov"),
        )],
    );
    check(
        "«Мы ответим на любую провокацию». Об этом заявила Мария Захарова.",
        &[(
            Some("Мария Захарова"),
            "заявила",
            D,
            "Мы ответим на любую провокацию",
            Some("Zakharova"),
        )],
    );
    check(
        "Путин провел переговоры с Эрдоганом в Сочи. Об этом сообщили в Кремле.",
        &[(
            Some("Кремле"),
            "сообщили",
            I,
            "Путин провел переговоры с Эрдоганом в Сочи",
            Some("Kremlin"),
        )],
    );
}

#[test]
fn speaker_in_adjacent_sentence_vi() {
    check(
        "Ông Peskov phát biểu trước báo giới hôm thứ Hai. \"Chúng tôi sẵn sàng đàm phán bất cứ lúc nào.\"",
        &[(
            Some("Ông Peskov"),
            "phát biểu",
            D,
            "Chúng tôi sẵn sàng đàm phán bất cứ lúc nào.",
            Some("Peskov"),
        )],
    );
    check(
        "Bà Zakharova cho biết Moskva đã nhận được công hàm. \"Chúng tôi sẽ trả lời trong tuần này.\"",
        &[
            (
                Some("Bà Zakharova"),
                "cho biết",
                I,
                "Moskva đã nhận được công hàm",
                Some("Zakharova"),
            ),
            (
                Some("Bà Zakharova"),
                "cho biết",
                D,
                "Chúng tôi sẽ trả lời trong tuần này.",
                Some("Zakharova"),
            ),
        ],
    );
    check(
        "\"Lệnh ngừng bắn đang được tôn trọng.\" Ông Peskov nói.",
        &[(
            Some("Ông Peskov"),
            "nói",
            D,
            "Lệnh ngừng bắn đang được tôn trọng.",
            Some("Peskov"),
        )],
    );
}

// ---------------------------------------------------------------- 2. reported speech

#[test]
fn reported_en() {
    check(
        "Lavrov said that Moscow was ready to help.",
        &[(
            Some("Lavrov"),
            "said",
            I,
            "Moscow was ready to help",
            Some("Lavrov"),
        )],
    );
    check(
        "Russian President Vladimir Putin stressed the need for a political settlement.",
        &[(
            Some("Russian President Vladimir Putin"),
            "stressed",
            I,
            "the need for a political settlement",
            Some("Putin"),
        )],
    );
    check(
        "Peskov told reporters on Monday that the Kremlin had received no proposals.",
        &[(
            Some("Peskov"),
            "told",
            I,
            "the Kremlin had received no proposals",
            Some("Peskov"),
        )],
    );
    check(
        "The diplomats agreed to keep in touch and called for an end to the fighting.",
        &[
            (Some("The diplomats"), "agreed", I, "to keep in touch", None),
            (
                Some("The diplomats"),
                "called for",
                I,
                "an end to the fighting",
                None,
            ),
        ],
    );
    check(
        "Macron expressed concern over the escalation, but Erdogan accused the West of hypocrisy.",
        &[
            (
                Some("Macron"),
                "expressed concern",
                I,
                "the escalation",
                Some("Macron"),
            ),
            (
                Some("Erdogan"),
                "accused",
                I,
                "the West of hypocrisy",
                Some("Erdogan"),
            ),
        ],
    );
}

#[test]
fn reported_ru() {
    check(
        "Путин заявил, что Россия готова к переговорам.",
        &[(
            Some("Путин"),
            "заявил",
            I,
            "Россия готова к переговорам",
            Some("Putin"),
        )],
    );
    check(
        "Песков сообщил журналистам, что Кремль не получал предложений.",
        &[(
            Some("Песков"),
            "сообщил",
            I,
            "Кремль не получал предложений",
            Some("Peskov"),
        )],
    );
    check(
        "Министр иностранных дел Сергей Лавров призвал стороны к сдержанности.",
        &[(
            Some("Министр иностранных дел Сергей Лавров"),
            "призвал",
            I,
            "стороны к сдержанности",
            Some("Lavrov"),
        )],
    );
    check(
        "В этот же день Захарова подчеркнула, что ответ будет жестким, и добавила, что решение уже принято.",
        &[
            (
                Some("Захарова"),
                "подчеркнула",
                I,
                "ответ будет жестким",
                Some("Zakharova"),
            ),
            (
                Some("Захарова"),
                "добавила",
                I,
                "решение уже принято",
                Some("Zakharova"),
            ),
        ],
    );
}

#[test]
fn reported_ru_linking_words() {
    check(
        "Лавров рассказал о том, что визит перенесен на май.",
        &[(
            Some("Лавров"),
            "рассказал",
            I,
            "визит перенесен на май",
            Some("Lavrov"),
        )],
    );
    check(
        "Захарова объявила о закрытии консульства в Страсбурге.",
        &[(
            Some("Захарова"),
            "объявила",
            I,
            "закрытии консульства в Страсбурге",
            Some("Zakharova"),
        )],
    );
    check(
        "Песков признался, что не знает деталей переговоров.",
        &[(
            Some("Песков"),
            "признался",
            I,
            "не знает деталей переговоров",
            Some("Peskov"),
        )],
    );
}

#[test]
fn reported_vi() {
    check(
        "Ngoại trưởng Lavrov cho biết rằng Nga sẵn sàng hỗ trợ các nước láng giềng.",
        &[(
            Some("Ngoại trưởng Lavrov"),
            "cho biết",
            I,
            "Nga sẵn sàng hỗ trợ các nước láng giềng",
            Some("Lavrov"),
        )],
    );
    check(
        "Ông Peskov cho biết Điện Kremlin chưa nhận được đề xuất nào.",
        &[(
            Some("Ông Peskov"),
            "cho biết",
            I,
            "Điện Kremlin chưa nhận được đề xuất nào",
            Some("Peskov"),
        )],
    );
    check(
        "Tổng thống Putin đã thông báo về kết quả cuộc gặp; nhấn mạnh sự cần thiết của đối thoại.",
        &[
            (
                Some("Tổng thống Putin"),
                "thông báo",
                I,
                "kết quả cuộc gặp",
                Some("Putin"),
            ),
            (
                Some("Tổng thống Putin"),
                "nhấn mạnh",
                I,
                "sự cần thiết của đối thoại",
                Some("Putin"),
            ),
        ],
    );
    check(
        "Bà Zakharova bình luận rằng các lệnh trừng phạt sẽ phản tác dụng.",
        &[(
            Some("Bà Zakharova"),
            "bình luận",
            I,
            "các lệnh trừng phạt sẽ phản tác dụng",
            Some("Zakharova"),
        )],
    );
    check(
        "Hai bên bày tỏ mong muốn tăng cường hợp tác kinh tế.",
        &[(
            Some("Hai bên"),
            "bày tỏ mong muốn",
            I,
            "tăng cường hợp tác kinh tế",
            None,
        )],
    );
}

#[test]
fn impersonal_and_inverted_en() {
    check(
        "The talks will resume next week, the Foreign Ministry said in a statement.",
        &[(
            Some("the Foreign Ministry"),
            "said",
            I,
            "The talks will resume next week",
            Some("Ministry"),
        )],
    );
    check(
        "The ceasefire is holding, said Peskov.",
        &[(
            Some("Peskov"),
            "said",
            I,
            "The ceasefire is holding",
            Some("Peskov"),
        )],
    );
    check(
        "As Lavrov noted, the sanctions have failed.",
        &[(
            Some("Lavrov"),
            "noted",
            I,
            "the sanctions have failed",
            Some("Lavrov"),
        )],
    );
    check(
        "It was stated by the Kremlin that the visit would take place in April.",
        &[(
            Some("the Kremlin"),
            "stated",
            I,
            "the visit would take place in April",
            Some("Kremlin"),
        )],
    );
}

#[test]
fn impersonal_and_inverted_ru() {
    check(
        "\"Переговоры прошли конструктивно\", - говорится в сообщении МИД России.",
        &[(
            Some("МИД России"),
            "говорится в сообщении",
            D,
            "Переговоры прошли конструктивно",
            Some("Ministry"),
        )],
    );
    check(
        "Переговоры прошли конструктивно, говорится в сообщении.",
        &[(
            None,
            "говорится в сообщении",
            I,
            "Переговоры прошли конструктивно",
            None,
        )],
    );
    check(
        "Отмечается, что стороны обсудили вопросы безопасности.",
        &[(
            None,
            "Отмечается",
            I,
            "стороны обсудили вопросы безопасности",
            None,
        )],
    );
    check(
        "В Кремле подчеркнули, что визит состоится в апреле.",
        &[(
            Some("Кремле"),
            "подчеркнули",
            I,
            "визит состоится в апреле",
            Some("Kremlin"),
        )],
    );
    check(
        "Переговоры продолжатся на следующей неделе, сообщил Песков.",
        &[(
            Some("Песков"),
            "сообщил",
            I,
            "Переговоры продолжатся на следующей неделе",
            Some("Peskov"),
        )],
    );
    check(
        "Как заявил Лавров, Москва не намерена отвечать на провокации.",
        &[(
            Some("Лавров"),
            "заявил",
            I,
            "Москва не намерена отвечать на провокации",
            Some("Lavrov"),
        )],
    );
}

#[test]
fn impersonal_and_inverted_vi() {
    check(
        "Các cuộc đàm phán sẽ được nối lại vào tuần tới, ông Peskov cho biết.",
        &[(
            Some("ông Peskov"),
            "cho biết",
            I,
            "Các cuộc đàm phán sẽ được nối lại vào tuần tới",
            Some("Peskov"),
        )],
    );
    check(
        "Lệnh ngừng bắn vẫn được duy trì, Điện Kremlin nhấn mạnh trong một tuyên bố.",
        &[(
            Some("Điện Kremlin"),
            "nhấn mạnh",
            I,
            "Lệnh ngừng bắn vẫn được duy trì",
            Some("Kremlin"),
        )],
    );
    check(
        "Như ông Lavrov nhận định, các lệnh trừng phạt đã thất bại.",
        &[(
            Some("ông Lavrov"),
            "nhận định",
            I,
            "các lệnh trừng phạt đã thất bại",
            Some("Lavrov"),
        )],
    );
}

#[test]
fn according_en() {
    check(
        "According to the Kremlin, the visit will take place in April.",
        &[(
            Some("the Kremlin"),
            "According to",
            I,
            "the visit will take place in April",
            Some("Kremlin"),
        )],
    );
    check(
        "Ten people were killed in the attack, according to Peskov.",
        &[(
            Some("Peskov"),
            "according to",
            I,
            "Ten people were killed in the attack",
            Some("Peskov"),
        )],
    );
    check(
        "The talks failed, in the words of Lavrov, because of Western pressure.",
        &[(
            Some("Lavrov"),
            "in the words of",
            I,
            "The talks failed, in the words of Lavrov, because of Western pressure",
            Some("Lavrov"),
        )],
    );
    check(
        "The law, according to which the tax was raised, took effect in May.",
        &[],
    );
}

#[test]
fn according_ru() {
    check(
        "По словам Пескова, переговоры продолжатся на следующей неделе.",
        &[(
            Some("Пескова"),
            "По словам",
            I,
            "переговоры продолжатся на следующей неделе",
            Some("Peskov"),
        )],
    );
    check(
        "Согласно заявлению МИД, российские дипломаты покинут страну.",
        &[(
            Some("заявлению МИД"),
            "Согласно",
            I,
            "российские дипломаты покинут страну",
            Some("MID"),
        )],
    );
    check(
        "Лавров встретился с Эрдоганом. По его словам, переговоры были трудными.",
        &[(
            Some("его"),
            "По его словам",
            I,
            "переговоры были трудными",
            Some("Lavrov"),
        )],
    );
    check(
        "С 1 мая вступил в силу закон, согласно которому налог повышается.",
        &[],
    );
}

#[test]
fn according_vi() {
    check(
        "Theo Điện Kremlin, chuyến thăm sẽ diễn ra vào tháng 4.",
        &[(
            Some("Điện Kremlin"),
            "Theo",
            I,
            "chuyến thăm sẽ diễn ra vào tháng 4",
            Some("Kremlin"),
        )],
    );
    check(
        "Cũng theo ông Peskov, các cuộc đàm phán sẽ được tiếp tục.",
        &[(
            Some("ông Peskov"),
            "Cũng theo",
            I,
            "các cuộc đàm phán sẽ được tiếp tục",
            Some("Peskov"),
        )],
    );
    check(
        "Theo thông tin từ Điện Kremlin, hai nhà lãnh đạo đã điện đàm.",
        &[(
            Some("Điện Kremlin"),
            "Theo thông tin từ",
            I,
            "hai nhà lãnh đạo đã điện đàm",
            Some("Kremlin"),
        )],
    );
    none("Các bước tiếp theo sẽ được thảo luận vào tuần tới.");
    none("Theo đó, hai bên sẽ tiếp tục hợp tác.");
}

// ---------------------------------------------------------------- 3. speaker resolution

#[test]
fn resolution_en() {
    // a description with a head word: the last organization whose name holds it
    check(
        "The Russian Foreign Ministry summoned the ambassador. The ministry said the move was hostile.",
        &[(
            Some("The ministry"),
            "said",
            I,
            "the move was hostile",
            Some("Ministry"),
        )],
    );
    // a pronoun: the subject of the sentence before
    check(
        "Lavrov met Erdogan in Ankara. He said the talks were useful.",
        &[(
            Some("He"),
            "said",
            I,
            "the talks were useful",
            Some("Lavrov"),
        )],
    );
    // a title: the person it describes
    check(
        "Putin spoke with Erdogan by phone. The Russian leader stressed the need for a ceasefire.",
        &[(
            Some("The Russian leader"),
            "stressed",
            I,
            "the need for a ceasefire",
            Some("Putin"),
        )],
    );
    // `it` after a quote by an organization
    check(
        "“Putin called for an end to the fighting,” the Kremlin said. “The sides will stay in touch,” it added.",
        &[
            (
                Some("the Kremlin"),
                "said",
                D,
                "Putin called for an end to the fighting",
                Some("Kremlin"),
            ),
            (
                Some("Putin"),
                "called for",
                I,
                "an end to the fighting",
                Some("Putin"),
            ),
            (
                Some("it"),
                "added",
                D,
                "The sides will stay in touch",
                Some("Kremlin"),
            ),
        ],
    );
    // `the statement`: whoever made the last statement
    check(
        "The Kremlin said the talks were over. The statement noted that no date was set.",
        &[
            (
                Some("The Kremlin"),
                "said",
                I,
                "the talks were over",
                Some("Kremlin"),
            ),
            (
                Some("The statement"),
                "noted",
                I,
                "no date was set",
                Some("Kremlin"),
            ),
        ],
    );
    // several speakers, and nobody to refer to
    check(
        "Putin and Erdogan noted the progress in Syria.",
        &[(
            Some("Putin and Erdogan"),
            "noted",
            I,
            "the progress in Syria",
            None,
        )],
    );
    check(
        "He said the talks were useful.",
        &[(Some("He"), "said", I, "the talks were useful", None)],
    );
}

#[test]
fn resolution_ru() {
    check(
        "Путин провел переговоры с Эрдоганом. Он подчеркнул, что Россия выступает за мирное урегулирование.",
        &[(
            Some("Он"),
            "подчеркнул",
            I,
            "Россия выступает за мирное урегулирование",
            Some("Putin"),
        )],
    );
    check(
        "Президент России Владимир Путин провел переговоры с Алиевым. Об этом сообщила пресс-служба Кремля.",
        &[(
            Some("пресс-служба Кремля"),
            "сообщила",
            I,
            "Президент России Владимир Путин провел переговоры с Алиевым",
            Some("Kreml"),
        )],
    );
    check(
        "Лавров прибыл в Анкару. Глава МИД России заявил, что визит будет коротким.",
        &[(
            Some("Глава МИД России"),
            "заявил",
            I,
            "визит будет коротким",
            Some("Lavrov"),
        )],
    );
    check(
        "Путин и Алиев заявили, что перемирие соблюдается.",
        &[(
            Some("Путин и Алиев"),
            "заявили",
            I,
            "перемирие соблюдается",
            None,
        )],
    );
    check(
        "Президенты России и Азербайджана условились продолжить контакты.",
        &[(
            Some("Президенты России и Азербайджана"),
            "условились",
            I,
            "продолжить контакты",
            None,
        )],
    );
}

#[test]
fn resolution_vi() {
    check(
        "Tổng thống Putin đã điện đàm với Tổng thống Erdogan. Ông nhấn mạnh rằng Nga ủng hộ giải pháp hòa bình.",
        &[(
            Some("Ông"),
            "nhấn mạnh",
            I,
            "Nga ủng hộ giải pháp hòa bình",
            Some("Putin"),
        )],
    )
    ;
    check(
        "Bộ trưởng Quốc phòng Nga Sergei Shoigu đã đến Baku. Theo Bộ trưởng, lực lượng gìn giữ hòa bình đã được triển khai.",
        &[(
            Some("Bộ trưởng"),
            "Theo",
            I,
            "lực lượng gìn giữ hòa bình đã được triển khai",
            Some("Shoigu"),
        )],
    );
    check(
        "Hai bên lưu ý sự cần thiết của việc thực hiện đầy đủ các thỏa thuận.",
        &[(
            Some("Hai bên"),
            "lưu ý",
            I,
            "sự cần thiết của việc thực hiện đầy đủ các thỏa thuận",
            None,
        )],
    );
    check(
        "Tổng thống Putin và Tổng thống Erdogan nhất trí tăng cường hợp tác song phương.",
        &[(
            Some("Tổng thống Putin và Tổng thống Erdogan"),
            "nhất trí",
            I,
            "tăng cường hợp tác song phương",
            None,
        )],
    );
}

// ---------------------------------------------------------------- 4. statements inside quotes

#[test]
fn nested_statements_en() {
    check(
        "“Putin once again called for an immediate ceasefire,” the Kremlin said.",
        &[
            (
                Some("the Kremlin"),
                "said",
                D,
                "Putin once again called for an immediate ceasefire",
                Some("Kremlin"),
            ),
            (
                Some("Putin"),
                "called for",
                I,
                "an immediate ceasefire",
                Some("Putin"),
            ),
        ],
    );
    check(
        "\"Both sides confirmed their commitment to the truce,\" Peskov said.",
        &[
            (
                Some("Peskov"),
                "said",
                D,
                "Both sides confirmed their commitment to the truce",
                Some("Peskov"),
            ),
            (
                Some("Both sides"),
                "confirmed",
                I,
                "their commitment to the truce",
                None,
            ),
        ],
    );
    check(
        "\"The ministers agreed to meet again in May,\" the ministry said.",
        &[
            (
                Some("the ministry"),
                "said",
                D,
                "The ministers agreed to meet again in May",
                None,
            ),
            (
                Some("The ministers"),
                "agreed",
                I,
                "to meet again in May",
                None,
            ),
        ],
    );
}

#[test]
fn nested_statements_ru() {
    check(
        "«Президент Путин подчеркнул, что Россия готова к диалогу», — сообщил Песков.",
        &[
            (
                Some("Песков"),
                "сообщил",
                D,
                "Президент Путин подчеркнул, что Россия готова к диалогу",
                Some("Peskov"),
            ),
            (
                Some("Президент Путин"),
                "подчеркнул",
                I,
                "Россия готова к диалогу",
                Some("Putin"),
            ),
        ],
    );
    check(
        "«Стороны договорились продолжить консультации», — говорится в сообщении.",
        &[
            (
                None,
                "говорится в сообщении",
                D,
                "Стороны договорились продолжить консультации",
                None,
            ),
            (
                Some("Стороны"),
                "договорились",
                I,
                "продолжить консультации",
                None,
            ),
        ],
    );
    check(
        "\"Лавров напомнил, что договоренности не выполняются\", - сообщила Захарова.",
        &[
            (
                Some("Захарова"),
                "сообщила",
                D,
                "Лавров напомнил, что договоренности не выполняются",
                Some("Zakharova"),
            ),
            (
                Some("Лавров"),
                "напомнил",
                I,
                "договоренности не выполняются",
                Some("Lavrov"),
            ),
        ],
    );
}

#[test]
fn nested_statements_vi() {
    check(
        "\"Tổng thống Putin nhấn mạnh rằng Nga ủng hộ đối thoại\", ông Peskov nói.",
        &[
            (
                Some("ông Peskov"),
                "nói",
                D,
                "Tổng thống Putin nhấn mạnh rằng Nga ủng hộ đối thoại",
                Some("Peskov"),
            ),
            (
                Some("Tổng thống Putin"),
                "nhấn mạnh",
                I,
                "Nga ủng hộ đối thoại",
                Some("Putin"),
            ),
        ],
    );
    check(
        "“Hai bên đồng ý tiếp tục liên hệ”, Điện Kremlin cho biết.",
        &[
            (
                Some("Điện Kremlin"),
                "cho biết",
                D,
                "Hai bên đồng ý tiếp tục liên hệ",
                Some("Kremlin"),
            ),
            (Some("Hai bên"), "đồng ý", I, "tiếp tục liên hệ", None),
        ],
    );
    check(
        "\"Ông Lavrov khẳng định Nga không rút quân\", bà Zakharova nói.",
        &[
            (
                Some("bà Zakharova"),
                "nói",
                D,
                "Ông Lavrov khẳng định Nga không rút quân",
                Some("Zakharova"),
            ),
            (
                Some("Ông Lavrov"),
                "khẳng định",
                I,
                "Nga không rút quân",
                Some("Lavrov"),
            ),
        ],
    );
}

// ---------------------------------------------------------------- 5. not statements

#[test]
fn not_statements_en() {
    none("Putin and Erdogan discussed the situation in Syria.");
    none("The ministers exchanged views on regional security.");
    none("The agreement was highly praised. It was agreed to continue the work.");
    none("About 200 people were confirmed killed since last week.");
    none("Peskov did not say when the talks would resume.");
    none("The so-called \"peacekeepers\" left the town.");
}

#[test]
fn not_statements_ru() {
    none("Путин и Эрдоган обсудили ситуацию в Сирии.");
    none("Стороны обменялись мнениями по актуальным вопросам.");
    none("Было решено продолжить работу.");
    none("Песков не сообщил, когда возобновятся переговоры.");
    none("Проще говоря, страны делают шаги навстречу друг другу.");
    none("Как говорится, за ним придут другие.");
}

#[test]
fn not_statements_vi() {
    none("Hai nhà lãnh đạo đã thảo luận về tình hình Syria.");
    none("Hai bên đã trao đổi ý kiến về hợp tác kinh tế.");
    none("Việc hợp tác được xác định là nhiệm vụ ưu tiên.");
    none("Kết quả này đã được đánh giá cao.");
    none("Ông Peskov không cho biết khi nào đàm phán sẽ tiếp tục.");
}

// ---------------------------------------------------------------- robustness

#[test]
fn odd_punctuation_does_not_panic() {
    for text in [
        "\"",
        "«»",
        "— ,",
        "— Мы готовы, —",
        "\"Unclosed quote said Peskov.",
        "Peskov said \"",
        "„ “ ” ‘ ’ « » said",
        "said, according to, по словам, Theo",
        "— — — сказал — —",
        "Об этом сообщил",
        "«A „B «C „D «E „F «G „H «I „J»“»“»“»“»“ — сказал Песков.",
        "— Мы, — сказал Песков, —",
        "«Мы, — сказал Песков, —»",
        "\"Yes, - said Peskov, -\"",
        "Об этом",
        "По его словам,",
        "According to",
        "Theo",
        ", said",
        "— ",
    ] {
        let _ = Article::parse(text);
    }
}

// ---------------------------------------------------------------- unseen wire layouts (full_dev)

#[test]
fn wire_dateline_is_not_content() {
    check(
        "HANOI (Reuters) - Vietnam's economy grew 6.5% in the quarter, the General Statistics Office said on Saturday.",
        &[(
            Some("the General Statistics Office"),
            "said",
            I,
            "Vietnam's economy grew 6.5% in the quarter",
            Some("General Statistics Office"),
        )],
    );
}

#[test]
fn leading_date_is_not_content_vi() {
    check(
        "ĐÀ NẴNG (TTXVN) - Ngày 3/2/2024, Sở Du lịch thành phố Đà Nẵng cho biết trong năm 2023, thành phố đã đón 1,2 triệu lượt khách quốc tế.",
        &[(
            Some("Sở Du lịch thành phố Đà Nẵng"),
            "cho biết",
            I,
            "trong năm 2023, thành phố đã đón 1,2 triệu lượt khách quốc tế",
            Some("Department of Tourism"),
        )],
    );
}

#[test]
fn quoted_addressee_after_trailing_cue_ru() {
    check(
        "Уровень воды в реке Урал снизился на 42 см, однако ситуация остается сложной, сообщили \"Интерфаксу\" в региональном управлении МЧС.",
        &[(
            Some("управлении МЧС"),
            "сообщили",
            I,
            "Уровень воды в реке Урал снизился на 42 см, однако ситуация остается сложной",
            Some("Emergency"),
        )],
    );
}

#[test]
fn directive_cues() {
    check(
        "Президент Татарстана Рустам Минниханов, который осмотрел стройплощадку в понедельник, поручил подрядчику не допускать срыва сроков.",
        &[(
            Some("Президент Татарстана Рустам Минниханов"),
            "поручил",
            I,
            "подрядчику не допускать срыва сроков",
            Some("Minnikhanov"),
        )],
    );
    check(
        "Scientists warn of record coral bleaching on the reef.",
        &[(
            Some("Scientists"),
            "warn",
            I,
            "record coral bleaching on the reef",
            None,
        )],
    );
}

#[test]
fn recount_cue_vi() {
    check(
        "\"Lửa bén vào gỗ và sơn nên cháy rất nhanh, chúng tôi chỉ kịp chạy ra ngoài\", ông Hùng kể.",
        &[(
            Some("ông Hùng"),
            "kể",
            D,
            "Lửa bén vào gỗ và sơn nên cháy rất nhanh, chúng tôi chỉ kịp chạy ra ngoài",
            Some("Hung"),
        )],
    );
    none("Kể từ năm 2020, số khách tăng đáng kể, kể cả khách quốc tế.");
}

#[test]
fn told_addressee_that_after_relative_clause() {
    check(
        "Prof Terry Hughes of James Cook University, who has studied the reef for three decades, told the BBC that repeated heatwaves left corals little time to recover.",
        &[(
            Some("Prof Terry Hughes of James Cook University"),
            "told",
            I,
            "repeated heatwaves left corals little time to recover",
            Some("Hughes"),
        )],
    );
}

#[test]
fn performative_acts_are_not_statements() {
    check(
        "Gov. Gavin Newsom declared a state of emergency on Tuesday and said California had secured federal funds.",
        &[(
            Some("Gov. Gavin Newsom"),
            "said",
            I,
            "California had secured federal funds",
            Some("Newsom"),
        )],
    );
    check(
        "Theo thống kê của Công ty Thoát nước Hà Nội, năm 2023 thành phố ghi nhận 25 điểm ngập úng.",
        &[(
            Some("Công ty Thoát nước Hà Nội"),
            "Theo thống kê của",
            I,
            "năm 2023 thành phố ghi nhận 25 điểm ngập úng",
            Some("Drainage Company"),
        )],
    );
}

#[test]
fn reported_content_stops_before_a_new_quoted_sentence() {
    // content and kind only: which entity "Đỗ Hà Nam" and "ông Nam" link to is not the point
    let text = "Ông Đỗ Hà Nam nhận định giá gạo năm nay được hỗ trợ bởi nhu cầu cao tại châu Á. \"Doanh nghiệp cần chủ động tìm kiếm thị trường mới\", ông Nam nhấn mạnh.";
    let a = Article::parse(text).unwrap();
    let got: Vec<(&str, StatementKind)> = a
        .statements
        .iter()
        .map(|s| (s.content.as_str(), s.kind))
        .collect();
    assert_eq!(
        got,
        [
            ("giá gạo năm nay được hỗ trợ bởi nhu cầu cao tại châu Á", I),
            ("Doanh nghiệp cần chủ động tìm kiếm thị trường mới", D)
        ]
    );
}

#[test]
fn bare_dateline_and_figures_in_attributed_content() {
    check(
        "LONDON — British shares fell on Monday, traders said.",
        &[(
            Some("traders"),
            "said",
            I,
            "British shares fell on Monday",
            None,
        )],
    );
    check(
        "The FTSE 100 index dropped 1.2%, according to data from the exchange.",
        &[(
            Some("data from the exchange"),
            "according to",
            I,
            "The FTSE 100 index dropped 1.2%",
            None,
        )],
    );
}

#[test]
fn added_with_a_figure_is_growth_not_speech() {
    check(
        "The economy added 275,000 jobs in February, the Labor Department said.",
        &[(
            Some("the Labor Department"),
            "said",
            I,
            "The economy added 275,000 jobs in February",
            Some("Labor"),
        )],
    );
    none("Shares added 2% in early trade.");
}

#[test]
fn appositions_and_relative_clauses_around_the_speaker() {
    check(
        "Theo ông Nguyễn Văn An, giám đốc sở, dự án sẽ hoàn thành trong năm nay.",
        &[(
            Some("ông Nguyễn Văn An"),
            "Theo",
            I,
            "dự án sẽ hoàn thành trong năm nay",
            Some("An"),
        )],
    );
    check(
        "Officials, who spoke on condition of anonymity, said the talks had stalled.",
        &[(Some("Officials"), "said", I, "the talks had stalled", None)],
    );
}

#[test]
fn quoted_as_saying() {
    check(
        "Peskov was quoted as saying that the plan was dead.",
        &[(
            Some("Peskov"),
            "was quoted as saying",
            I,
            "the plan was dead",
            Some("Peskov"),
        )],
    );
}

#[test]
fn quoted_predicate_stays_in_reported_content() {
    check(
        "Biden said the deal was \"a big step forward.\"",
        &[(
            Some("Biden"),
            "said",
            I,
            "the deal was \"a big step forward.\"",
            Some("Biden"),
        )],
    );
}

#[test]
fn outlet_in_brackets_opening_the_body_is_not_content() {
    check(
        "(CNN) — A powerful storm hit Texas on Monday, officials said.",
        &[(
            Some("officials"),
            "said",
            I,
            "A powerful storm hit Texas on Monday",
            None,
        )],
    );
}

#[test]
fn according_with_a_colon_and_coordinated_dong_thoi_vi() {
    check(
        "Theo ông Bình: \"Tình hình đã được kiểm soát\".",
        &[(
            Some("ông Bình"),
            "Theo",
            D,
            "Tình hình đã được kiểm soát",
            Some("Binh"),
        )],
    );
    check(
        "Bộ trưởng nhấn mạnh công việc sẽ tiếp tục, đồng thời cho biết kinh phí sẽ được tăng.",
        &[
            (
                Some("Bộ trưởng"),
                "nhấn mạnh",
                I,
                "công việc sẽ tiếp tục",
                None,
            ),
            (
                Some("Bộ trưởng"),
                "cho biết",
                I,
                "kinh phí sẽ được tăng",
                None,
            ),
        ],
    );
}

#[test]
fn time_adverbial_after_the_cue_is_not_content() {
    check(
        "The coach said on Friday his team was ready.",
        &[(Some("The coach"), "said", I, "his team was ready", None)],
    );
    check(
        "Samsung said in May 2024 it would invest another $1.8 billion.",
        &[(
            Some("Samsung"),
            "said",
            I,
            "it would invest another $1.8 billion",
            Some("Samsung"),
        )],
    );
    check(
        "Officials said 5 people died.",
        &[(Some("Officials"), "said", I, "5 people died", None)],
    );
}

// ---------------------------------------------------------------- unseen layouts (heldout)

#[test]
fn coordinated_cue_shares_the_opening_subject() {
    check(
        "Губернатор Александр Беглов провел выездное совещание в Невском районе и потребовал от глав районов навести порядок во дворах.",
        &[(
            Some("Губернатор Александр Беглов"),
            "потребовал",
            I,
            "от глав районов навести порядок во дворах",
            Some("Beglov"),
        )],
    );
    check(
        "Transport Minister François Durovray visited the depot in Lyon on Monday and said the strike was unjustified.",
        &[(
            Some("Transport Minister François Durovray"),
            "said",
            I,
            "the strike was unjustified",
            Some("Durovray"),
        )],
    );
    none("В Москве прошло заседание и заявили, что все хорошо.");
}

#[test]
fn name_set_off_by_commas_next_to_the_cue_en() {
    check(
        "The environment secretary, Steve Reed, said water bosses would face tougher penalties.",
        &[(
            Some("Steve Reed"),
            "said",
            I,
            "water bosses would face tougher penalties",
            Some("Reed"),
        )],
    );
    check(
        "The UN agency for Palestinian refugees, UNRWA, said its teams had administered most of the doses.",
        &[(
            Some("UNRWA"),
            "said",
            I,
            "its teams had administered most of the doses",
            Some("UNRWA"),
        )],
    );
    check(
        "\"We will not accept that,\" Fabien Villedieu, a spokesman for the SUD-Rail union, told AFP.",
        &[(
            Some("Fabien Villedieu"),
            "told",
            D,
            "We will not accept that",
            Some("Villedieu"),
        )],
    );
}

#[test]
fn long_title_between_commas_vi() {
    check(
        "Bà Khổng Thị Ngọc Mai, Giám đốc Trung tâm Kiểm soát bệnh tật Hà Nội (CDC Hà Nội), cho biết: \"Người dân không nên chủ quan\".",
        &[(
            Some("Bà Khổng Thị Ngọc Mai"),
            "cho biết",
            D,
            "Người dân không nên chủ quan",
            Some("Mai"),
        )],
    );
}

#[test]
fn mixed_case_and_interfax_datelines_are_not_content() {
    check(
        "Paris (AFP) – Train traffic across France was severely disrupted on Thursday, national operator SNCF said.",
        &[(
            Some("national operator SNCF"),
            "said",
            I,
            "Train traffic across France was severely disrupted on Thursday",
            Some("SNCF"),
        )],
    );
    check(
        "Санкт-Петербург. 12 февраля. INTERFAX.RU - За минувшие сутки в Петербурге выпало 38 см снега, сообщили в Гидрометцентре.",
        &[(
            Some("Гидрометцентре"),
            "сообщили",
            I,
            "За минувшие сутки в Петербурге выпало 38 см снега",
            Some("Hydromet"),
        )],
    );
}

#[test]
fn long_body_name_with_its_acronym_before_the_cue_vi() {
    check(
        "Ban Quản lý đường sắt đô thị TP.HCM (MAUR) cho biết tuyến metro số 1 sẽ vận hành từ ngày 22/12.",
        &[(
            Some("Ban Quản lý đường sắt đô thị TP.HCM (MAUR)"),
            "cho biết",
            I,
            "tuyến metro số 1 sẽ vận hành từ ngày 22/12",
            Some("MAUR"),
        )],
    );
}
