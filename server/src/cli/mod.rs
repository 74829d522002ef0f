//! The command-line front end.

mod check;
mod explain;
mod scan;
mod style;
mod syntax_tree;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// Finds, explains and checks HTTP status codes in source code. With no
/// command, runs the language server on stdin and stdout.
#[derive(Debug, Parser)]
#[command(name = "http-status-lsp", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Speak the Language Server Protocol on stdin and stdout (the default).
    Serve {
        /// Accepted for editors that pass it; stdio is the only transport.
        #[arg(long)]
        stdio: bool,
    },
    Check(check::Args),
    Explain(explain::Args),
    Scan(scan::Args),
    #[command(hide = true)]
    SyntaxTree(syntax_tree::Args),
}

/// Exit status for a usage error, an unknown code or a query with no match.
pub(crate) const EXIT_USAGE: u8 = 2;

pub fn run() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(err) => {
            let _ = err.print();
            return if err.use_stderr() {
                ExitCode::from(EXIT_USAGE)
            } else {
                ExitCode::SUCCESS
            };
        }
    };
    match cli.command {
        Some(Command::Check(args)) => check::run(&args),
        Some(Command::Explain(args)) => explain::run(&args),
        Some(Command::Scan(args)) => scan::run(&args),
        Some(Command::SyntaxTree(args)) => syntax_tree::run(&args),
        None | Some(Command::Serve { .. }) => {
            crate::logging::init();
            crate::lsp::serve()
        }
    }
}
