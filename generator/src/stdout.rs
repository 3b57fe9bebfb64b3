//! Standard output, for every command: what a command prints goes through [`out!`] and
//! [`outln!`] (or [`styled`] for text with colours), never through `print!`.
//!
//! A reader that stops early (`eventgen catalog specs/teleport.yaml | head`) is no
//! error: the rest of the output is dropped, and the command finishes and exits as it
//! would have, so that its exit code still says what it found. Any other failure to write
//! (a full disk) is kept, and [`finish`] reports it once the command is done.

use std::fmt;
use std::io::{ErrorKind, Write as _};
use std::process::ExitCode;
use std::sync::Mutex;

/// What became of standard output.
#[derive(Debug)]
enum State {
    Open,
    /// The reader went away: nothing more is written.
    Closed,
    /// Writing failed otherwise: nothing more is written, and [`finish`] reports it.
    Failed(std::io::Error),
}

static STATE: Mutex<State> = Mutex::new(State::Open);

/// Writes `text` to standard output: through `write`, unless an earlier write failed.
fn write_with(write: impl FnOnce() -> std::io::Result<()>) {
    let mut state = STATE
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    if !matches!(*state, State::Open) {
        return;
    }
    match write() {
        Ok(()) => {}
        Err(error) if error.kind() == ErrorKind::BrokenPipe => *state = State::Closed,
        Err(error) => *state = State::Failed(error),
    }
}

/// Writes plain text to standard output; see the module's documentation. Called by
/// [`out!`] and [`outln!`].
pub(crate) fn print(text: fmt::Arguments<'_>) {
    write_with(|| std::io::stdout().lock().write_fmt(text));
}

/// Writes text with ANSI styles to standard output, through `anstream`: styled on a
/// terminal, plain when redirected or under `NO_COLOR`.
pub(crate) fn styled(text: fmt::Arguments<'_>) {
    write_with(|| anstream::stdout().lock().write_fmt(text));
}

/// Flushes standard output after the command: `code` is the command's exit code, unless
/// writing failed for another reason than a reader that went away, which is reported.
pub(crate) fn finish(code: ExitCode) -> ExitCode {
    write_with(|| std::io::stdout().lock().flush());
    let state = STATE
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    match &*state {
        State::Open | State::Closed => code,
        State::Failed(error) => {
            eprintln!("error: cannot write to standard output: {error}");
            ExitCode::FAILURE
        }
    }
}

/// `print!` for the commands: see the module's documentation.
macro_rules! out {
    ($($arg:tt)*) => {
        $crate::stdout::print(format_args!($($arg)*))
    };
}

/// `println!` for the commands: see the module's documentation.
macro_rules! outln {
    () => {
        $crate::stdout::print(format_args!("\n"))
    };
    ($($arg:tt)*) => {
        $crate::stdout::print(format_args!("{}\n", format_args!($($arg)*)))
    };
}

pub(crate) use {out, outln};
