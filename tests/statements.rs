use polynews::Article;

#[test]
fn explore() {
    let Ok(src) = std::fs::read_to_string("/tmp/explore/in.txt") else {
        return;
    };
    for text in src.split("\n===\n") {
        let a = Article::parse(text).unwrap();
        println!("### [{}] {}", a.lang.code(), text.replace('\n', " / "));
        for s in &a.statements {
            let name = s
                .speaker
                .as_ref()
                .and_then(|id| a.entities.iter().find(|e| &e.id == id))
                .map(|e| e.name.as_str());
            println!(
                "  {:?} | {:?} ({:?}) | {:?} | {:?}",
                s.kind, s.speaker_text, name, s.cue, s.content
            );
        }
    }
}
