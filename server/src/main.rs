//! `http-status-lsp`: finds, explains and checks HTTP status codes in source code.

mod cli;

use std::process::ExitCode;

fn main() -> ExitCode {
    cli::run()
}
