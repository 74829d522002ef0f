//! `http-status-lsp explain` as a process: arguments in, text and exit status out.

use assert_cmd::Command;
use serde_json::Value;

fn explain(args: &[&str]) -> assert_cmd::assert::Assert {
    Command::cargo_bin("http-status-lsp")
        .expect("binary")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C.UTF-8")
        .env("NO_COLOR", "1")
        .arg("explain")
        .args(args)
        .assert()
}

fn stdout(args: &[&str]) -> String {
    let out = explain(args).success().get_output().stdout.clone();
    String::from_utf8(out).expect("utf-8")
}

fn has_chinese(text: &str) -> bool {
    text.chars().any(|c| ('\u{4E00}'..='\u{9FFF}').contains(&c))
}

#[test]
fn explains_a_code() {
    let out = stdout(&["404"]);
    assert!(out.starts_with("404 Not Found\n"), "{out}");
    for needle in [
        "4xx Client Error",
        "RFC 9110, Section 15.5.5",
        "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5",
        "Cacheable by default: yes",
        "http.StatusNotFound",
        "StatusCode::NOT_FOUND",
        "✓ ",
        "✗ ",
    ] {
        assert!(out.contains(needle), "missing {needle:?} in\n{out}");
    }
    assert!(!has_chinese(&out));
}

#[test]
fn explains_in_chinese() {
    let out = stdout(&["404", "--locale", "zh-CN"]);
    assert!(out.starts_with("404 Not Found\n"));
    assert!(out.contains("4xx 客户端错误"), "{out}");
    assert!(out.contains("默认可缓存：是"), "{out}");
    let summary = out.lines().nth(3).expect("summary line");
    assert!(has_chinese(summary), "{summary}");
}

#[test]
fn locale_follows_the_environment() {
    let out = Command::cargo_bin("http-status-lsp")
        .expect("binary")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "zh_CN.UTF-8")
        .args(["explain", "201"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    assert!(has_chinese(&String::from_utf8_lossy(&out)));
}

#[test]
fn json_output() {
    let v: Value = serde_json::from_str(&stdout(&["404", "--format", "json"])).expect("json");
    assert_eq!(v["code"], 404);
    assert_eq!(v["phrase"], "Not Found");
    assert_eq!(v["class"], "4xx");
    assert_eq!(v["standing"], "standard");
    assert_eq!(v["cacheable"], true);
    assert_eq!(v["spec"], "RFC 9110, Section 15.5.5");
    let constants = v["constants"].as_array().expect("constants");
    assert!(
        constants
            .iter()
            .any(|c| c["name"] == "http.StatusNotFound" && c["ecosystem"] == "go-net/http")
    );
    let zh: Value =
        serde_json::from_str(&stdout(&["404", "--format", "json", "--locale", "zh-CN"]))
            .expect("json");
    assert!(has_chinese(zh["summary"].as_str().expect("summary")));
}

#[test]
fn deprecated_temporary_and_unused_codes_say_so() {
    let out = stdout(&["305"]);
    assert!(out.contains("deprecated"), "{out}");
    assert!(out.contains("security"), "the reason is given:\n{out}");

    let out = stdout(&["104"]);
    assert!(out.contains("temporary registration"), "{out}");
    assert!(out.contains("expires 2026-11-13"), "{out}");

    let out = stdout(&["418"]);
    assert!(out.starts_with("418 (Unused)\n"), "{out}");
    assert!(out.contains("unused (reserved)"), "{out}");
    assert!(out.contains("RFC 2324") && out.contains("teapot"), "{out}");

    let out = stdout(&["510"]);
    assert!(out.contains("obsoleted"), "{out}");
}

#[test]
fn vendor_codes_keep_every_meaning() {
    let out = stdout(&["499"]);
    assert!(out.contains("not in the IANA registry"), "{out}");
    assert!(
        out.contains("Client Closed Request") && out.contains("nginx"),
        "{out}"
    );
    assert!(
        out.contains("Token Required") && out.contains("ArcGIS"),
        "{out}"
    );

    // A registered number with a conflicting vendor meaning shows both.
    let out = stdout(&["451"]);
    assert!(
        out.starts_with("451 Unavailable For Legal Reasons"),
        "{out}"
    );
    assert!(out.contains("Exchange ActiveSync"), "{out}");

    let v: Value = serde_json::from_str(&stdout(&["499", "--format", "json"])).expect("json");
    assert_eq!(v["registered"], false);
    assert_eq!(v["vendor_meanings"].as_array().map(Vec::len), Some(2));
}

#[test]
fn search_by_name_and_former_name() {
    assert!(stdout(&["too many"]).starts_with("429 Too Many Requests\n"));
    assert!(stdout(&["teapot"]).starts_with("418 (Unused)\n"));
    assert!(stdout(&["Payload Too Large"]).starts_with("413 Content Too Large\n"));
    assert!(stdout(&["unprocessable entity"]).starts_with("422 Unprocessable Content\n"));
    assert!(stdout(&["http.StatusTeapot"]).starts_with("418 (Unused)\n"));
    let v: Value = serde_json::from_str(&stdout(&["too many", "--format", "json"])).expect("json");
    assert_eq!(v[0]["code"], 429);
    assert_eq!(v[0]["matched"]["kind"], "phrase");
}

#[test]
fn unknown_codes_and_names_exit_2_with_the_nearest() {
    let out = explain(&["452"]).code(2).get_output().clone();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("452 is not an assigned HTTP status code"),
        "{err}"
    );
    assert!(err.contains("451 Unavailable For Legal Reasons"), "{err}");
    assert!(out.stdout.is_empty());

    let out = explain(&["1000"]).code(2).get_output().clone();
    assert!(String::from_utf8_lossy(&out.stderr).contains("100 to 599"));

    let out = explain(&["not foud"]).code(2).get_output().clone();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("Did you mean") && err.contains("404 Not Found"),
        "{err}"
    );

    let out = explain(&["qqqqzzzz"]).code(2).get_output().clone();
    assert!(String::from_utf8_lossy(&out.stderr).contains("No status code is named like"));
}

#[test]
fn lists_a_class() {
    let out = stdout(&["--list", "--class", "4xx"]);
    let rows: Vec<&str> = out.lines().skip(1).collect();
    assert_eq!(rows.len(), 29, "{out}");
    assert!(rows.iter().all(|r| r.starts_with('4')), "{out}");
    let all = stdout(&["--list"]);
    assert_eq!(all.lines().count(), 65);
    let with_vendors = stdout(&["--list", "--vendor", "--class", "5"]);
    assert!(with_vendors.contains("Cloudflare"), "{with_vendors}");
    let v: Value = serde_json::from_str(&stdout(&["--list", "--format", "json"])).expect("json");
    assert_eq!(v.as_array().map(Vec::len), Some(64));
}

#[test]
fn usage_errors_exit_2() {
    explain(&[]).code(2);
    explain(&["404", "--locale", "fr"]).code(2);
    explain(&["--list", "--class", "6xx"]).code(2);
    explain(&["404", "--list"]).code(2);
}

#[test]
fn help_documents_every_option() {
    let out = stdout(&["--help"]);
    for needle in [
        "--list",
        "--class",
        "--vendor",
        "--locale",
        "--format",
        "zh-CN",
        "teapot",
        "exits with status 2",
    ] {
        assert!(out.contains(needle), "help lacks {needle}:\n{out}");
    }
}
