//! The person matcher measured on a labelled set of name pairs
//! (`data/name_pairs.tsv`: Arabic, Cyrillic, Chinese, South Asian and West
//! African names, written for the purpose): each pair is two records with
//! the same date of birth, labelled the same person or two people. A pair
//! is found when the desk would propose it, as `desk::people::find` does:
//! the stored sound keys share one with those looked up, and the
//! comparison scores at least `ALIKE`.
//!
//! `cargo test -p crocevia-domain --test name_pairs -- --nocapture` prints
//! recall and precision per origin (recorded in BENCHMARKS.md).

use std::collections::BTreeMap;

use crocevia_domain::desk::{ALIKE, Likeness, PartialDate, compare, name_keys};

struct Pair {
    origin: String,
    same: bool,
    a: (String, String),
    b: (String, String),
    kind: String,
}

fn pairs() -> Vec<Pair> {
    let text = include_str!("data/name_pairs.tsv");
    let mut lines = text.lines();
    assert_eq!(
        lines.next(),
        Some("origin\tlabel\ta_given\ta_family\tb_given\tb_family\tkind")
    );
    lines
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let f: Vec<&str> = l.split('\t').collect();
            assert_eq!(f.len(), 7, "{l}");
            assert!(matches!(f[1], "same" | "different"), "{l}");
            Pair {
                origin: f[0].to_owned(),
                same: f[1] == "same",
                a: (f[2].to_owned(), f[3].to_owned()),
                b: (f[4].to_owned(), f[5].to_owned()),
                kind: f[6].to_owned(),
            }
        })
        .collect()
}

/// Whether registering `a` proposes the stored `b` as maybe the same
/// person.
fn proposed(a: &(String, String), b: &(String, String)) -> bool {
    let birth = PartialDate::parse("1990-05-17").ok();
    let full = |n: &(String, String)| format!("{} {}", n.0, n.1);
    let looked_up = name_keys(&[full(a)]);
    let stored = name_keys(&[full(b)]);
    if looked_up.is_disjoint(&stored) {
        return false;
    }
    compare(&person(a, birth), &person(b, birth)).0 >= ALIKE
}

fn person(n: &(String, String), birth: Option<PartialDate>) -> Likeness<'_> {
    Likeness {
        given: &n.0,
        family: &n.1,
        birth,
        ..Likeness::default()
    }
}

#[derive(Default)]
struct Counts {
    same: usize,
    found: usize,
    different: usize,
    wrongly_found: usize,
}

impl Counts {
    fn recall(&self) -> f64 {
        ratio(self.found, self.same)
    }
    fn precision(&self) -> f64 {
        ratio(self.found, self.found + self.wrongly_found)
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    f64::from(u32::try_from(a).unwrap_or(u32::MAX))
        / f64::from(u32::try_from(b.max(1)).unwrap_or(u32::MAX))
}

#[test]
fn the_matcher_finds_variant_names_and_tells_different_people_apart() {
    let pairs = pairs();
    let mut by_origin: BTreeMap<String, Counts> = BTreeMap::new();
    let mut total = Counts::default();
    let mut misses = Vec::new();
    for p in &pairs {
        // Registering either record finds the other.
        let found = proposed(&p.a, &p.b) && proposed(&p.b, &p.a);
        let either = proposed(&p.a, &p.b) || proposed(&p.b, &p.a);
        for c in [by_origin.entry(p.origin.clone()).or_default(), &mut total] {
            if p.same {
                c.same += 1;
                c.found += usize::from(found);
            } else {
                c.different += 1;
                c.wrongly_found += usize::from(either);
            }
        }
        if p.same != found && p.same != either {
            misses.push(format!(
                "{} {} [{}]: {} {} / {} {}",
                p.origin,
                if p.same { "missed" } else { "confused" },
                p.kind,
                p.a.0,
                p.a.1,
                p.b.0,
                p.b.1
            ));
        }
    }
    println!("origin        same  found  recall  different  wrongly  precision");
    for (origin, c) in by_origin.iter().chain([(&"all".to_owned(), &total)]) {
        println!(
            "{origin:<12} {:>5} {:>6}  {:>6.3} {:>10} {:>8}  {:>9.3}",
            c.same,
            c.found,
            c.recall(),
            c.different,
            c.wrongly_found,
            c.precision()
        );
    }
    for m in &misses {
        println!("{m}");
    }
    assert!(total.same >= 300, "{} labelled pairs", total.same);
    assert!(total.recall() >= 0.9, "recall {:.3}", total.recall());
    assert!(
        total.precision() >= 0.9,
        "precision {:.3}",
        total.precision()
    );
    for (origin, c) in &by_origin {
        assert!(c.recall() >= 0.8, "{origin}: recall {:.3}", c.recall());
    }
}
