//! Every input the fuzzers found a problem with, replayed against the same
//! property the fuzz target checks (`http_status_lsp::fuzzing`). Inputs live
//! in `tests/fuzz-regressions/<target>/`, one file each, named after what
//! they found.

use std::path::Path;

use http_status_lsp::fuzzing;

fn replay(target: &str, check: fn(&[u8])) -> usize {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../tests/fuzz-regressions")
        .join(target);
    let mut count = 0;
    for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
        let data = std::fs::read(entry.path()).expect("read");
        check(&data);
        count += 1;
    }
    count
}

#[test]
fn scanner_inputs() {
    assert!(replay("scanner", fuzzing::scanner) >= 1);
}

#[test]
fn fix_rewriter_inputs() {
    replay("fix_rewriter", fuzzing::fix_rewriter);
}

#[test]
fn config_inputs() {
    replay("config", fuzzing::config);
}

#[test]
fn frame_inputs() {
    replay("frames", fuzzing::frames);
}
