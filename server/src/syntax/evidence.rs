//! Whether a stretch of text is about HTTP, or about another protocol whose
//! reply codes look like HTTP's (SMTP 250, FTP 226, ...).

/// Search in lowercased text for `needle` (lowercase ASCII) at a word start.
fn word_start(lower: &[u8], needle: &[u8]) -> bool {
    memchr::memmem::find_iter(lower, needle)
        .any(|at| at == 0 || !lower[at - 1].is_ascii_alphabetic())
}

const OTHER_PROTOCOLS: [&[u8]; 12] = [
    b"smtp",
    b"esmtp",
    b"lmtp",
    b"ftp",
    b"sftp",
    b"ftplib",
    b"imap",
    b"pop3",
    b"nntp",
    b"ldap",
    b"mailer",
    b"sendmail",
];

/// Mentions of SMTP, FTP, IMAP, POP3, NNTP or LDAP.
pub fn mentions_other_protocol(text: &[u8]) -> bool {
    let lower = text.to_ascii_lowercase();
    OTHER_PROTOCOLS.iter().any(|p| word_start(&lower, p))
}

/// The word `http` outside URLs (`net/http`, `HttpClient`, `http.Error`).
pub fn mentions_http_word(text: &[u8]) -> bool {
    let lower = text.to_ascii_lowercase();
    memchr::memmem::find_iter(&lower, b"http").any(|at| {
        let rest = &lower[at + 4..];
        !(rest.starts_with(b"://") || rest.starts_with(b"s://"))
    })
}

/// Python web frameworks whose name alone says a file serves HTTP (a
/// minimal Flask app mentions neither requests nor responses).
const WEB_FRAMEWORKS: [&[u8]; 8] = [
    b"flask",
    b"quart",
    b"fastapi",
    b"starlette",
    b"django",
    b"sanic",
    b"aiohttp",
    b"werkzeug",
];

/// Mentions of HTTP: the word outside URLs, requests and responses, or a
/// web framework's name.
pub fn mentions_http(text: &[u8]) -> bool {
    let lower = text.to_ascii_lowercase();
    let http = memchr::memmem::find_iter(&lower, b"http").any(|at| {
        let rest = &lower[at + 4..];
        !(rest.starts_with(b"://") || rest.starts_with(b"s://"))
    });
    http || memchr::memmem::find(&lower, b"response").is_some()
        || memchr::memmem::find(&lower, b"request").is_some()
        || memchr::memmem::find(&lower, b"redirect").is_some()
        || WEB_FRAMEWORKS.iter().any(|f| word_start(&lower, f))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_framework_import_is_http() {
        assert!(mentions_http(b"from flask import Flask, abort\n"));
        assert!(mentions_http(b"import fastapi\n"));
        assert!(!mentions_http(b"import numpy\nx = (1, 305)\n"));
    }

    #[test]
    fn other_protocols() {
        assert!(mentions_other_protocol(b"import smtplib"));
        assert!(mentions_other_protocol(b"from ftplib import FTP"));
        assert!(mentions_other_protocol(b"\"net/smtp\""));
        assert!(mentions_other_protocol(b"class SmtpClient"));
        assert!(!mentions_other_protocol(b"gossip about nftables"));
    }

    #[test]
    fn http() {
        assert!(mentions_http(b"import \"net/http\""));
        assert!(mentions_http(b"return new Response(body)"));
        assert!(!mentions_http(b"res.status(404)"));
        assert!(mentions_http(b"def handle(request):"));
        assert!(!mentions_http(b"// see https://example.com and http://x"));
    }
}
