//! The full-annotation dev set (`tests/data/full_dev/`, 15 wire-style articles in Russian,
//! Vietnamese and English written for the project, gold in the seed format): the pipeline
//! scored as `score.py seeds` scores it, with a floor per field a little under what it reaches,
//! so that a change that loses generality on unseen layouts shows here.

mod common;

use common::SeedScore;
use polynews::Parser;
use std::fs;

const DIR: &str = "tests/data/full_dev";

fn score() -> SeedScore {
    let mut names: Vec<_> = fs::read_dir(format!("{DIR}/gold"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    names.sort();
    assert_eq!(names.len(), 15, "the dev set has 15 gold files");
    let parser = Parser::new();
    let mut sc = SeedScore::default();
    for g in names {
        let id = g.file_stem().unwrap().to_str().unwrap().to_string();
        let text = fs::read_to_string(format!("{DIR}/{id}.txt")).unwrap();
        let gold: serde_json::Value =
            serde_json::from_str(&fs::read_to_string(&g).unwrap()).unwrap();
        let a = parser.parse_with_id(&id, &text).unwrap();
        sc.add(&id, &a, &gold);
    }
    sc
}

#[test]
fn full_dev_scores_stay_above_their_floors() {
    let sc = score();
    let (st, da, qu, meta) = (
        sc.statements.prf().2,
        sc.dates.prf().2,
        sc.quantities.prf().2,
        sc.metadata(),
    );
    let rate = |(ok, n): (usize, usize)| ok as f64 / n.max(1) as f64;
    let (me, gr, na) = (sc.mentions.prf().2, rate(sc.grouped), rate(sc.named));
    let report = format!(
        "statements {st:.3} dates {da:.3} quantities {qu:.3} metadata {meta:.3} \
         mentions {me:.3} grouped {gr:.3} named {na:.3}\n{}",
        sc.misses.join("\n")
    );
    eprintln!("{report}");
    // reached when the floors were set: statements 0.967, dates 1.000, quantities 0.928,
    // metadata 1.000 (before the work on this set: 0.916, 0.955, 0.699, 0.910). The statement
    // misses are speaker words that the scorer folds on the system side only (`Сийярто`,
    // `Sở Xây dựng Hà Nội`, `Ông`); most quantity misses are unit synonyms (vehicles/cars).
    assert!(st >= 0.94, "statements F1 fell: {report}");
    assert!(da >= 0.97, "dates F1 fell: {report}");
    assert!(qu >= 0.89, "quantities F1 fell: {report}");
    assert!(meta >= 0.98, "metadata fell: {report}");
    // entities (reached: mentions 0.896, grouped 0.969, named 0.866; before the Vietnamese
    // English names, acronyms and Russian press endings: 0.808, 0.934, 0.762)
    assert!(me >= 0.85, "mentions F1 fell: {report}");
    assert!(gr >= 0.94, "grouping fell: {report}");
    assert!(na >= 0.82, "naming fell: {report}");
}
