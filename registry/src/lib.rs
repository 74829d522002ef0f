//! HTTP status codes as data: every code in the IANA registry with its RFC
//! properties, widely seen vendor codes, the constant names that 19 library
//! ecosystems use, and explanations in English and Simplified Chinese.
//!
//! The data lives in plain files under `registry/data/`; `src/generated.rs` is
//! produced from them by `registry/codegen` (run `BLESS=1 cargo test -p
//! http-status-registry-codegen` to rewrite it)
//! and a test fails when the two drift apart. Lookups by code are array
//! indexing; nothing is parsed or allocated at run time.

#[rustfmt::skip]
mod generated;
mod search;

pub use search::{Match, MatchKind, nearest_codes, search};

/// The date of the IANA registry snapshot this crate carries.
pub const IANA_SNAPSHOT: &str = generated::IANA_SNAPSHOT;

/// The first digit of a status code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Class {
    Informational,
    Successful,
    Redirection,
    ClientError,
    ServerError,
}

impl Class {
    /// The class of `code`, or `None` outside 100..=599.
    pub const fn of(code: u16) -> Option<Class> {
        match code {
            100..=199 => Some(Class::Informational),
            200..=299 => Some(Class::Successful),
            300..=399 => Some(Class::Redirection),
            400..=499 => Some(Class::ClientError),
            500..=599 => Some(Class::ServerError),
            _ => None,
        }
    }

    /// Parses `4xx`, `4XX` or `4`.
    pub fn parse(s: &str) -> Option<Class> {
        let s = s.trim().to_ascii_lowercase();
        let digit = s.strip_suffix("xx").unwrap_or(&s);
        match digit {
            "1" => Some(Class::Informational),
            "2" => Some(Class::Successful),
            "3" => Some(Class::Redirection),
            "4" => Some(Class::ClientError),
            "5" => Some(Class::ServerError),
            _ => None,
        }
    }

    pub const fn digit(self) -> u16 {
        match self {
            Class::Informational => 1,
            Class::Successful => 2,
            Class::Redirection => 3,
            Class::ClientError => 4,
            Class::ServerError => 5,
        }
    }

    pub const fn name(self, locale: Locale) -> &'static str {
        match (self, locale) {
            (Class::Informational, Locale::En) => "1xx Informational",
            (Class::Successful, Locale::En) => "2xx Successful",
            (Class::Redirection, Locale::En) => "3xx Redirection",
            (Class::ClientError, Locale::En) => "4xx Client Error",
            (Class::ServerError, Locale::En) => "5xx Server Error",
            (Class::Informational, Locale::ZhCn) => "1xx 信息响应",
            (Class::Successful, Locale::ZhCn) => "2xx 成功",
            (Class::Redirection, Locale::ZhCn) => "3xx 重定向",
            (Class::ClientError, Locale::ZhCn) => "4xx 客户端错误",
            (Class::ServerError, Locale::ZhCn) => "5xx 服务器错误",
        }
    }
}

/// Where a registered code stands today.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Standing {
    /// Defined by a standards-track RFC and in current use.
    Standard,
    /// Still registered, but the specification or practice says not to use it.
    Deprecated,
    /// Marked obsoleted in the IANA registry (510).
    Obsoleted,
    /// Listed as "(Unused)": reserved so it is never assigned (306, 418).
    Unused,
    /// A temporary IANA registration that expires unless renewed (104).
    Temporary,
    /// Defined by an Experimental-category RFC.
    Experimental,
}

impl Standing {
    pub const fn id(self) -> &'static str {
        match self {
            Standing::Standard => "standard",
            Standing::Deprecated => "deprecated",
            Standing::Obsoleted => "obsoleted",
            Standing::Unused => "unused",
            Standing::Temporary => "temporary",
            Standing::Experimental => "experimental",
        }
    }

    pub const fn name(self, locale: Locale) -> &'static str {
        match (self, locale) {
            (Standing::Standard, Locale::En) => "standard",
            (Standing::Deprecated, Locale::En) => "deprecated",
            (Standing::Obsoleted, Locale::En) => "obsoleted",
            (Standing::Unused, Locale::En) => "unused (reserved)",
            (Standing::Temporary, Locale::En) => "temporary registration",
            (Standing::Experimental, Locale::En) => "experimental",
            (Standing::Standard, Locale::ZhCn) => "标准",
            (Standing::Deprecated, Locale::ZhCn) => "已弃用",
            (Standing::Obsoleted, Locale::ZhCn) => "已废止",
            (Standing::Unused, Locale::ZhCn) => "未使用（保留）",
            (Standing::Temporary, Locale::ZhCn) => "临时注册",
            (Standing::Experimental, Locale::ZhCn) => "实验性",
        }
    }
}

/// What a client may do with the method when it follows this redirect.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MethodOnRedirect {
    /// For historical reasons the client may switch POST to GET (301, 302).
    MayChange,
    /// The client follows with GET (or HEAD), whatever the method was (303).
    BecomesGet,
    /// The client must repeat the same method and body (307, 308).
    Kept,
    /// Not an automatic redirect.
    NotApplicable,
}

/// The languages the text is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Locale {
    #[default]
    En,
    ZhCn,
}

impl Locale {
    /// Reads a BCP 47 tag or a POSIX locale (`zh-CN`, `zh_CN.UTF-8`, `zh-Hans`).
    /// Any Chinese tag maps to Simplified Chinese; anything else to English.
    pub fn from_tag(tag: &str) -> Locale {
        let lower = tag.trim().to_ascii_lowercase();
        if lower == "zh" || lower.starts_with("zh-") || lower.starts_with("zh_") {
            Locale::ZhCn
        } else {
            Locale::En
        }
    }

    /// Like [`Locale::from_tag`] but `None` for a tag we do not recognise as
    /// English or Chinese, so callers can report it.
    pub fn parse(tag: &str) -> Option<Locale> {
        let lower = tag.trim().to_ascii_lowercase();
        let primary = lower.split(['-', '_', '.']).next().unwrap_or("");
        match primary {
            "en" => Some(Locale::En),
            "zh" => Some(Locale::ZhCn),
            _ => None,
        }
    }

    pub const fn tag(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::ZhCn => "zh-CN",
        }
    }
}

/// Prose about one code in one language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Text {
    pub summary: &'static str,
    pub description: &'static str,
    /// When to choose this code (only for codes people often get wrong).
    pub use_when: Option<&'static str>,
    /// The usual misuse and what to do instead.
    pub mistake: Option<&'static str>,
    /// Why the code is not simply "standard".
    pub standing_why: Option<&'static str>,
}

/// A name a code went by earlier, or still goes by in some libraries.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Alias {
    pub name: &'static str,
    pub used_by: &'static str,
}

/// The dates of a temporary IANA registration.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TemporaryRegistration {
    pub registered: &'static str,
    pub extended: Option<&'static str>,
    pub expires: &'static str,
}

impl TemporaryRegistration {
    /// Whether `today` (`YYYY-MM-DD`) is after the expiry date. ISO dates
    /// compare correctly as strings.
    pub fn expired_by(&self, today: &str) -> bool {
        today > self.expires
    }
}

/// Today's date in UTC as `YYYY-MM-DD`, from the system clock.
pub fn today_utc() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    let days = i64::try_from(secs / 86_400).unwrap_or(0);
    // Civil-from-days (proleptic Gregorian), after Howard Hinnant's algorithm.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
}

/// A code assigned in the IANA registry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Status {
    pub code: u16,
    /// The reason phrase as IANA and RFC 9110 give it.
    pub phrase: &'static str,
    /// The registry's reference column, e.g. `RFC9110, Section 15.5.5`.
    pub iana_reference: &'static str,
    /// The defining document and section, e.g. `RFC 9110, Section 15.5.5`.
    pub spec: &'static str,
    pub link: &'static str,
    /// Whether MDN has a page for this code.
    pub mdn: bool,
    pub standing: Standing,
    pub temporary: Option<TemporaryRegistration>,
    /// Heuristically cacheable (RFC 9110, Section 15.1).
    pub cacheable: bool,
    /// The response cannot carry content (1xx, 204, 205, 304).
    pub content_forbidden: bool,
    pub method_on_redirect: MethodOnRedirect,
    /// Response header fields that belong with this code.
    pub headers: &'static [&'static str],
    /// Request header fields that lead to this code.
    pub request_headers: &'static [&'static str],
    pub aliases: &'static [Alias],
    pub en: Text,
    pub zh_cn: Text,
}

impl Status {
    pub fn class(&self) -> Class {
        // Every registered code is in 100..=599; the generator checks it.
        Class::of(self.code).unwrap_or(Class::ServerError)
    }

    pub fn text(&self, locale: Locale) -> &Text {
        match locale {
            Locale::En => &self.en,
            Locale::ZhCn => &self.zh_cn,
        }
    }

    /// The MDN page for this code, or the MDN index when it has none.
    pub fn mdn_link(&self, locale: Locale) -> String {
        let base = format!(
            "https://developer.mozilla.org/{}/docs/Web/HTTP/Reference/Status",
            match locale {
                Locale::En => "en-US",
                Locale::ZhCn => "zh-CN",
            }
        );
        if self.mdn {
            format!("{base}/{}", self.code)
        } else {
            base
        }
    }

    /// Every code that is a redirect a browser follows automatically.
    pub fn is_redirect(&self) -> bool {
        matches!(self.code, 301 | 302 | 303 | 307 | 308)
    }
}

/// A meaning a vendor gives to a number, outside (or against) the IANA registry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Unofficial {
    pub code: u16,
    pub reason: &'static str,
    pub vendor: &'static str,
    pub source: &'static str,
    pub en: Text,
    pub zh_cn: Text,
}

impl Unofficial {
    pub fn text(&self, locale: Locale) -> &Text {
        match locale {
            Locale::En => &self.en,
            Locale::ZhCn => &self.zh_cn,
        }
    }
}

/// A library or framework that names status codes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Ecosystem {
    pub id: &'static str,
    pub label: &'static str,
    pub languages: &'static [&'static str],
    pub import: &'static str,
    pub source: &'static str,
    /// Position in [`ecosystems()`]; indexes the constant table.
    pub(crate) index: usize,
}

/// How a library regards one of its constant names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ConstantKind {
    /// The name to suggest.
    Preferred,
    /// Another current name for the same code.
    Alias,
    /// An older name kept after a rename (Python 3.13, .NET 8, ASP.NET Core).
    Renamed,
    /// Deprecated by the library itself; still compiles, with a warning.
    Deprecated,
    /// Removed by the library's current major version (Spring 7).
    Removed,
}

impl ConstantKind {
    pub const fn id(self) -> &'static str {
        match self {
            ConstantKind::Preferred => "preferred",
            ConstantKind::Alias => "alias",
            ConstantKind::Renamed => "renamed",
            ConstantKind::Deprecated => "deprecated",
            ConstantKind::Removed => "removed",
        }
    }
}

/// One constant name for one code in one ecosystem.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Constant {
    pub ecosystem: &'static Ecosystem,
    pub code: u16,
    /// As written in code, qualified the usual way: `http.StatusNotFound`,
    /// `HttpStatus.NOT_FOUND`, `:not_found`.
    pub name: &'static str,
    pub kind: ConstantKind,
}

/// The registered code `code`, if IANA assigned it.
pub fn status(code: u16) -> Option<&'static Status> {
    let slot = code.checked_sub(100)?;
    let index = *generated::STATUS_INDEX.get(usize::from(slot))?;
    index
        .checked_sub(1)
        .map(|i| &generated::STATUSES[usize::from(i)])
}

/// Every registered code, in order.
pub fn statuses() -> &'static [Status] {
    &generated::STATUSES
}

/// Vendor meanings of `code`, in the order of the data file.
pub fn unofficial(code: u16) -> &'static [Unofficial] {
    let Some(slot) = code.checked_sub(100) else {
        return &[];
    };
    let Some(&(start, len)) = generated::UNOFFICIAL_INDEX.get(usize::from(slot)) else {
        return &[];
    };
    &generated::UNOFFICIAL[usize::from(start)..usize::from(start) + usize::from(len)]
}

/// Every vendor meaning, ordered by code.
pub fn unofficials() -> &'static [Unofficial] {
    &generated::UNOFFICIAL
}

/// Every ecosystem with named constants.
pub fn ecosystems() -> &'static [Ecosystem] {
    &generated::ECOSYSTEMS
}

/// The ecosystem with this id (as in `constants.csv`).
pub fn ecosystem(id: &str) -> Option<&'static Ecosystem> {
    generated::ECOSYSTEMS.iter().find(|e| e.id == id)
}

/// Every constant, ordered by ecosystem (as in `ecosystems()`), then code,
/// preferred names first.
pub fn constants() -> &'static [Constant] {
    &generated::CONSTANTS
}

/// The constants an ecosystem has for `code`, preferred first.
pub fn constants_for(ecosystem: &Ecosystem, code: u16) -> &'static [Constant] {
    let Some(&(start, end)) = generated::CONSTANT_RANGES.get(ecosystem.index) else {
        return &[];
    };
    let own = &generated::CONSTANTS[usize::from(start)..usize::from(end)];
    let first = own.partition_point(|c| c.code < code);
    let last = own.partition_point(|c| c.code <= code);
    &own[first..last]
}

/// The constant to suggest for `code` in `ecosystem`, if it has one that is
/// not deprecated.
pub fn preferred_constant(ecosystem: &Ecosystem, code: u16) -> Option<&'static Constant> {
    constants_for(ecosystem, code)
        .iter()
        .find(|c| c.kind == ConstantKind::Preferred)
}

/// Every constant spelled exactly `name`, across ecosystems.
pub fn constants_named(name: &str) -> impl Iterator<Item = &'static Constant> {
    let by_name = &generated::CONSTANTS_BY_NAME[..];
    let start = by_name.partition_point(|&i| generated::CONSTANTS[usize::from(i)].name < name);
    by_name[start..]
        .iter()
        .map(|&i| &generated::CONSTANTS[usize::from(i)])
        .take_while(move |c| c.name == name)
}

/// Registered codes the ecosystem has no constant for.
pub fn missing_constants(ecosystem: &Ecosystem) -> impl Iterator<Item = &'static Status> {
    statuses()
        .iter()
        .filter(move |s| constants_for(ecosystem, s.code).is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lookup_by_code() {
        let s = status(404).expect("404 is registered");
        assert_eq!(s.phrase, "Not Found");
        assert_eq!(s.class(), Class::ClientError);
        assert!(status(299).is_none());
        assert!(status(99).is_none());
        assert!(status(600).is_none());
        assert!(status(0).is_none());
        assert!(status(u16::MAX).is_none());
    }

    #[test]
    fn vendor_meanings_keep_every_vendor() {
        let meanings = unofficial(499);
        assert_eq!(meanings.len(), 2);
        assert!(meanings.iter().any(|m| m.vendor.contains("nginx")));
        assert!(meanings.iter().any(|m| m.vendor.contains("ArcGIS")));
        assert!(unofficial(404).is_empty());
        assert!(unofficial(42).is_empty());
    }

    #[test]
    fn constants_resolve_both_ways() {
        let go = ecosystem("go-net/http").expect("go ecosystem");
        let c = preferred_constant(go, 404).expect("Go names 404");
        assert_eq!(c.name, "http.StatusNotFound");
        let back: Vec<_> = constants_named("http.StatusNotFound").collect();
        assert_eq!(back.len(), 1);
        assert_eq!(back[0].code, 404);
        // The same symbol in two Rack versions.
        assert_eq!(constants_named(":not_found").count(), 2);
        assert_eq!(constants_named("nonsense").count(), 0);
    }

    #[test]
    fn missing_constants_match_the_coverage_notes() {
        let go = ecosystem("go-net/http").expect("go ecosystem");
        let missing: Vec<u16> = missing_constants(go).map(|s| s.code).collect();
        assert_eq!(missing, [104, 306]);
    }

    #[test]
    fn temporary_registrations_expire() {
        let t = status(104)
            .and_then(|s| s.temporary)
            .expect("104 is temporary");
        assert!(!t.expired_by("2026-11-13"));
        assert!(t.expired_by("2026-11-14"));
        let today = today_utc();
        assert_eq!(today.len(), 10);
        assert!(today.as_str() > "2025-01-01", "{today}");
    }

    #[test]
    fn locales() {
        assert_eq!(Locale::from_tag("zh_CN.UTF-8"), Locale::ZhCn);
        assert_eq!(Locale::from_tag("zh-Hans"), Locale::ZhCn);
        assert_eq!(Locale::from_tag("en-GB"), Locale::En);
        assert_eq!(Locale::from_tag("fr"), Locale::En);
        assert_eq!(Locale::parse("fr"), None);
        assert_eq!(Locale::parse("zh-CN"), Some(Locale::ZhCn));
    }
}
