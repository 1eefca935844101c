//! Entity mentions, types and links on inputs written for the tests (not the seeds).

use polynews::{Article, Entity, EntityKind};

fn parse(t: &str) -> Article {
    Article::parse(t).unwrap()
}

fn by_name<'a>(a: &'a Article, name: &str) -> &'a Entity {
    a.entities
        .iter()
        .find(|e| e.name == name)
        .unwrap_or_else(|| {
            panic!(
                "{name} not found in {:?}",
                a.entities.iter().map(|e| &e.name).collect::<Vec<_>>()
            )
        })
}

fn surfaces(e: &Entity) -> Vec<&str> {
    e.mentions.iter().map(|m| m.text.as_str()).collect()
}

#[test]
fn roles_are_not_part_of_names() {
    let a = parse("U.S. Secretary of State Antony Blinken met Chinese Foreign Minister Wang Yi in Beijing. Blinken said the talks were candid.");
    let b = by_name(&a, "Antony Blinken");
    assert_eq!(b.kind, EntityKind::Person);
    assert_eq!(surfaces(b), ["Antony Blinken", "Blinken"]);
    assert_eq!(by_name(&a, "Wang Yi").kind, EntityKind::Person);
    assert_eq!(by_name(&a, "Beijing").kind, EntityKind::Location);
}

#[test]
fn russian_inflections_link_to_one_entity() {
    let a = parse("Президент Казахстана Касым-Жомарт Токаев встретился с Сергеем Лавровым в Астане. Лавров прилетел в Астану утром, а Токаева встретили в аэропорту.");
    let lavrov = by_name(&a, "Sergey Lavrov");
    assert_eq!(surfaces(lavrov), ["Сергеем Лавровым", "Лавров"]);
    let astana = a
        .entities
        .iter()
        .find(|e| e.kind == EntityKind::Location && e.mentions.iter().any(|m| m.text == "Астане"))
        .unwrap();
    assert!(surfaces(astana).contains(&"Астану"));
}

#[test]
fn initials_and_cross_script_keys() {
    let a = parse("Tổng thống Nga V.Putin đã điện đàm với Tổng thống Azerbaijan I.Aliev.");
    assert_eq!(
        by_name(&a, "Vladimir Putin").key,
        polynews::normalize::key("Владимир Путин")
    );
    assert_eq!(surfaces(by_name(&a, "Ilham Aliyev")), ["I.Aliev"]);
}

#[test]
fn state_bodies_from_templates() {
    for (text, canonical) in [
        (
            "The Armenian Foreign Ministry said on Monday that the reports were false.",
            "Ministry of Foreign Affairs of Armenia",
        ),
        (
            "Об этом сообщили в МИД России в понедельник.",
            "Ministry of Foreign Affairs of Russia",
        ),
        (
            "Bộ Ngoại giao Nga cho biết các cuộc đàm phán sẽ tiếp tục.",
            "Ministry of Foreign Affairs of Russia",
        ),
    ] {
        let a = parse(text);
        assert_eq!(
            by_name(&a, canonical).kind,
            EntityKind::Organization,
            "{text}"
        );
    }
    let a = parse("The Russian Foreign Ministry said talks went well. The Foreign Ministry added that more talks are planned.");
    assert_eq!(
        surfaces(by_name(&a, "Ministry of Foreign Affairs of Russia")),
        ["Russian Foreign Ministry", "Foreign Ministry"]
    );
}

#[test]
fn shouted_datelines_places_and_codes() {
    let a = parse("HÀ NỘI (TTXVN) - Xuất khẩu đạt 45 tỷ USD, theo Bộ Công Thương.");
    assert_eq!(by_name(&a, "Hanoi").kind, EntityKind::Location);
    assert!(a
        .entities
        .iter()
        .all(|e| e.mentions.iter().all(|m| m.text != "USD")));
    let a = parse("Shares fell on Wall Street after the Federal Reserve raised rates.");
    assert_eq!(by_name(&a, "Wall Street").kind, EntityKind::Location);
}

#[test]
fn nationality_adjectives_and_bare_roles_are_not_mentions() {
    let a = parse("Russian and Turkish diplomats met on Tuesday. The President said nothing.");
    for e in &a.entities {
        for m in &e.mentions {
            assert!(
                !["Russian", "Turkish", "President", "Tuesday"].contains(&m.text.as_str()),
                "{}",
                m.text
            );
        }
    }
}

#[test]
fn weekdays_and_months_are_not_entities() {
    for t in [
        "Hội nghị diễn ra vào Thứ Ba tại Hà Nội.",
        "The talks resumed on Monday in Geneva.",
        "В Понедельник прошли переговоры в Москве.",
    ] {
        let a = parse(t);
        assert!(
            a.entities.iter().all(|e| e.kind == EntityKind::Location),
            "{t}: {:?}",
            a.entities.iter().map(|e| &e.name).collect::<Vec<_>>()
        );
    }
}
