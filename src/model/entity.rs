use serde::{Deserialize, Serialize};

/// What kind of thing an entity is.
///
/// ```
/// use polynews::EntityKind;
/// assert_eq!(serde_json::to_string(&EntityKind::Person).unwrap(), "\"person\"");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum EntityKind {
    /// A person.
    Person,
    /// An organization: agency, ministry, party, company, press service, the Kremlin.
    Organization,
    /// A place: country, region, city, geographic feature, also used as an actor.
    Location,
}

impl EntityKind {
    /// Parses `person`, `organization`/`org`, `location`/`loc` (also `PER`, `ORG`, `LOC`).
    ///
    /// ```
    /// assert_eq!(polynews::EntityKind::parse("LOC"), Some(polynews::EntityKind::Location));
    /// ```
    pub fn parse(s: &str) -> Option<EntityKind> {
        match s.trim().to_ascii_lowercase().as_str() {
            "person" | "per" => Some(EntityKind::Person),
            "organization" | "org" | "organisation" => Some(EntityKind::Organization),
            "location" | "loc" | "place" => Some(EntityKind::Location),
            _ => None,
        }
    }

    /// The serialized name (`"person"`, `"organization"`, `"location"`).
    ///
    /// ```
    /// assert_eq!(polynews::EntityKind::Location.as_str(), "location");
    /// ```
    pub fn as_str(&self) -> &'static str {
        match self {
            EntityKind::Person => "person",
            EntityKind::Organization => "organization",
            EntityKind::Location => "location",
        }
    }
}

/// One occurrence of an entity in the article text.
///
/// ```
/// let m = polynews::Mention { start: 0, end: 10, text: "Путин".into(), sentence: 0 };
/// assert_eq!(m.text, "Путин");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mention {
    /// Byte offset where the mention starts in `text`.
    pub start: usize,
    /// Byte offset one past its end.
    pub end: usize,
    /// The surface, exactly as in `text` (inflected forms kept).
    pub text: String,
    /// Index of the sentence that holds it.
    pub sentence: usize,
}

/// A person, organization or place, with every mention of it in one article.
///
/// ```
/// use polynews::{Entity, EntityKind};
/// let a = polynews::Article::parse("Президент Владимир Путин провел переговоры в Кремле.").unwrap();
/// let putin = a.entities.iter().find(|e| e.kind == EntityKind::Person).unwrap();
/// assert_eq!(putin.name, "Vladimir Putin");
/// assert_eq!(putin.key, "vladimir putin");
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    /// Article-local id (`"e1"`, `"e2"`, …) that statements refer to.
    pub id: String,
    /// What the entity is.
    pub kind: EntityKind,
    /// Canonical name, in Latin script where one is known or derivable.
    pub name: String,
    /// Folded cross-lingual key: the same for one entity in every language.
    pub key: String,
    /// Wikidata id (`"Q7747"`) when the lexicon knows it.
    pub wikidata: Option<String>,
    /// Every mention, in text order.
    pub mentions: Vec<Mention>,
}
