//! Finding codes by name: reason phrases, former names, vendor reasons,
//! constant names and (for Chinese queries) the Chinese summaries.

use crate::{Locale, Status, constants, statuses, unofficials};

/// What part of the data a query matched.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MatchKind {
    /// The IANA reason phrase.
    Phrase,
    /// A former or library-specific name (`Payload Too Large`, `I'm a teapot`).
    Alias,
    /// A vendor's reason for an unofficial code.
    Vendor,
    /// A library constant (`http.StatusTeapot`, `HTTP_429_TOO_MANY_REQUESTS`).
    Constant,
    /// The summary text in the query's language.
    Summary,
    /// Close to a name but not equal: a suggestion, not an answer.
    Similar,
}

/// One code found by [`search`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Match {
    pub code: u16,
    pub kind: MatchKind,
    /// The name that matched, as written in the data.
    pub name: &'static str,
    score: u32,
}

/// Codes whose names match `query`, best first, one entry per code and
/// meaning. Word prefixes count (`teap`, `too many`); case and punctuation
/// do not. When nothing matches, the result holds close spellings marked
/// [`MatchKind::Similar`].
pub fn search(query: &str) -> Vec<Match> {
    let words = normalize(query);
    if words.is_empty() {
        return Vec::new();
    }
    let compact: String = words.concat();
    let mut found: Vec<Match> = Vec::new();
    let mut consider = |code: u16, kind: MatchKind, name: &'static str| {
        if let Some(score) = score_name(&words, &compact, name) {
            found.push(Match {
                code,
                kind,
                name,
                score: score + kind_bonus(kind),
            });
        }
    };
    for status in statuses() {
        consider(status.code, MatchKind::Phrase, status.phrase);
        for alias in status.aliases {
            consider(status.code, MatchKind::Alias, alias.name);
        }
    }
    for vendor in unofficials() {
        consider(vendor.code, MatchKind::Vendor, vendor.reason);
    }
    for constant in constants() {
        let last = constant
            .name
            .rsplit(['.', ':'])
            .next()
            .unwrap_or(constant.name);
        if last.eq_ignore_ascii_case(query.trim())
            || constant.name.eq_ignore_ascii_case(query.trim())
        {
            found.push(Match {
                code: constant.code,
                kind: MatchKind::Constant,
                name: constant.name,
                score: 90,
            });
        }
    }
    if !query.is_ascii() {
        let needle = query.trim();
        for status in statuses() {
            let text = status.text(Locale::ZhCn);
            if status_mentions(status, needle) {
                found.push(Match {
                    code: status.code,
                    kind: MatchKind::Summary,
                    name: text.summary,
                    score: 40,
                });
            }
        }
    }
    if found.is_empty() {
        return similar(&compact);
    }
    found.sort_by(|a, b| b.score.cmp(&a.score).then(a.code.cmp(&b.code)));
    // One entry per meaning: a code's phrase and aliases are one meaning,
    // each vendor's reason another.
    let mut seen: Vec<(u16, &str)> = Vec::new();
    found.retain(|m| {
        let meaning = if m.kind == MatchKind::Vendor {
            m.name
        } else {
            ""
        };
        if seen.contains(&(m.code, meaning)) {
            return false;
        }
        seen.push((m.code, meaning));
        true
    });
    found
}

/// Registered codes closest to `code`, nearest first, same class before
/// other classes at equal distance.
pub fn nearest_codes(code: u16, count: usize) -> Vec<&'static Status> {
    let mut all: Vec<&'static Status> = statuses().iter().collect();
    all.sort_by_key(|s| {
        let same_class = s.code / 100 == code / 100;
        (s.code.abs_diff(code), !same_class, s.code)
    });
    all.truncate(count);
    all
}

fn status_mentions(status: &Status, needle: &str) -> bool {
    let text = status.text(Locale::ZhCn);
    text.summary.contains(needle) || text.description.contains(needle)
}

fn kind_bonus(kind: MatchKind) -> u32 {
    match kind {
        MatchKind::Phrase => 3,
        MatchKind::Alias => 2,
        MatchKind::Vendor => 1,
        _ => 0,
    }
}

/// Lowercase ASCII words; apostrophes vanish so `I'm` and `im` agree.
fn normalize(text: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut word = String::new();
    for ch in text.chars() {
        if ch.is_alphanumeric() {
            word.extend(ch.to_lowercase());
        } else if ch == '\'' || ch == '\u{2019}' {
            continue;
        } else if !word.is_empty() {
            words.push(std::mem::take(&mut word));
        }
    }
    if !word.is_empty() {
        words.push(word);
    }
    words
}

fn score_name(query: &[String], compact: &str, name: &str) -> Option<u32> {
    let words = normalize(name);
    if words.is_empty() {
        return None;
    }
    if words == query {
        return Some(100);
    }
    // Every query word starts a name word, in order.
    let mut at = 0;
    let mut in_order = true;
    for q in query {
        match words[at..].iter().position(|w| w.starts_with(q.as_str())) {
            Some(i) => at += i + 1,
            None => {
                in_order = false;
                break;
            }
        }
    }
    if in_order {
        let extra = u32::try_from(words.len().saturating_sub(query.len())).unwrap_or(10);
        return Some(80u32.saturating_sub(extra.min(10)));
    }
    if compact.len() >= 3 && words.concat().contains(compact) {
        return Some(60);
    }
    None
}

fn similar(compact: &str) -> Vec<Match> {
    if compact.len() < 3 {
        return Vec::new();
    }
    let limit = (compact.chars().count() / 4).max(2);
    let mut found = Vec::new();
    let mut consider = |code: u16, name: &'static str| {
        let distance = edit_distance(compact, &normalize(name).concat());
        if distance <= limit {
            found.push(Match {
                code,
                kind: MatchKind::Similar,
                name,
                score: u32::try_from(limit - distance).unwrap_or(0),
            });
        }
    };
    for status in statuses() {
        consider(status.code, status.phrase);
        for alias in status.aliases {
            consider(status.code, alias.name);
        }
    }
    for vendor in unofficials() {
        consider(vendor.code, vendor.reason);
    }
    found.sort_by(|a, b| b.score.cmp(&a.score).then(a.code.cmp(&b.code)));
    found.dedup_by_key(|m| m.code);
    found.truncate(5);
    found
}

fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = if ca == cb {
                diagonal
            } else {
                1 + diagonal.min(above).min(row[j])
            };
            diagonal = above;
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn codes(query: &str) -> Vec<u16> {
        search(query).iter().map(|m| m.code).collect()
    }

    #[test]
    fn finds_by_words_and_prefixes() {
        assert_eq!(codes("too many")[0], 429);
        assert_eq!(codes("teapot"), [418]);
        assert_eq!(codes("teap"), [418]);
        assert_eq!(codes("Not Found")[0], 404);
        assert_eq!(codes("not-found")[0], 404);
    }

    #[test]
    fn finds_former_names() {
        let m = &search("payload too large")[0];
        assert_eq!((m.code, m.kind), (413, MatchKind::Alias));
        assert_eq!(codes("unprocessable entity")[0], 422);
        assert_eq!(codes("request entity too large")[0], 413);
    }

    #[test]
    fn finds_vendor_reasons_and_constants() {
        assert!(codes("client closed request").contains(&499));
        assert_eq!(codes("http.StatusTeapot"), [418]);
        assert_eq!(codes("HTTP_429_TOO_MANY_REQUESTS")[0], 429);
    }

    #[test]
    fn misspellings_become_suggestions() {
        let found = search("not foud");
        assert_eq!(found[0].code, 404);
        assert_eq!(found[0].kind, MatchKind::Similar);
        assert!(search("zzzzzzzzqqq").is_empty());
        assert!(search("").is_empty());
        assert!(search("  ,, ").is_empty());
    }

    #[test]
    fn nearest() {
        let near: Vec<u16> = nearest_codes(452, 3).iter().map(|s| s.code).collect();
        assert_eq!(near, [451, 431, 429]);
        let near: Vec<u16> = nearest_codes(299, 2).iter().map(|s| s.code).collect();
        assert_eq!(near, [300, 301]);
    }

    #[test]
    fn edit_distance_counts_single_edits() {
        assert_eq!(edit_distance("kitten", "sitting"), 3);
        assert_eq!(edit_distance("", "abc"), 3);
        assert_eq!(edit_distance("same", "same"), 0);
    }
}
