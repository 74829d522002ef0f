//! `http-status-lsp`: finds, explains and checks HTTP status codes in source code.

use std::process::ExitCode;

fn main() -> ExitCode {
    http_status_lsp::cli::run()
}
