//! "Did you mean …?" for misspelt keys, modes and event names.

/// How alike two words must be (Jaro-Winkler, 0 to 1) to be offered as a correction.
/// 0.8 accepts a dropped, doubled or swapped letter in words of four letters and more,
/// and rejects words that merely share a first letter.
const THRESHOLD: f64 = 0.8;

/// The candidate closest to `input`, when it is close enough to be a likely misspelling.
pub fn did_you_mean<'a>(input: &str, candidates: &[&'a str]) -> Option<&'a str> {
    closest(input, candidates.iter().copied(), 1)
        .into_iter()
        .next()
}

/// Up to `limit` candidates close to `input`, closest first; ties keep the candidates'
/// order, so suggestions are deterministic.
pub fn closest<'a>(
    input: &str,
    candidates: impl IntoIterator<Item = &'a str>,
    limit: usize,
) -> Vec<&'a str> {
    let input = input.to_ascii_lowercase();
    let mut scored: Vec<(f64, &str)> = candidates
        .into_iter()
        .map(|candidate| {
            let score = strsim::jaro_winkler(&input, &candidate.to_ascii_lowercase());
            (score, candidate)
        })
        .filter(|(score, _)| *score >= THRESHOLD)
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0));
    scored
        .into_iter()
        .take(limit)
        .map(|(_, candidate)| candidate)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const KEYS: &[&str] = &[
        "name",
        "code",
        "label",
        "description",
        "category",
        "aliases",
    ];

    #[test]
    fn suggests_the_misspelt_key() {
        assert_eq!(did_you_mean("descripton", KEYS), Some("description"));
        assert_eq!(did_you_mean("catagory", KEYS), Some("category"));
        assert_eq!(did_you_mean("Name", KEYS), Some("name"));
        assert_eq!(did_you_mean("alias", KEYS), Some("aliases"));
        assert_eq!(did_you_mean("labels", KEYS), Some("label"));
    }

    #[test]
    fn suggests_nothing_for_unrelated_words() {
        assert_eq!(did_you_mean("severity", KEYS), None);
        assert_eq!(did_you_mean("x", KEYS), None);
        assert_eq!(did_you_mean("", KEYS), None);
    }

    #[test]
    fn closest_orders_by_similarity() {
        let names = ["session.start", "session.end", "session.join", "user.login"];
        assert_eq!(
            closest("session.stat", names, 2),
            vec!["session.start", "session.end"]
        );
    }
}
