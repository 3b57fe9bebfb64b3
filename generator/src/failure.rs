//! Why a command failed: the diagnostics to show, and the exit code. Every command
//! returns its problems as a [`Failure`], which `main` renders the one way diagnostics
//! are rendered ([`Diagnostic::render`]).

use std::process::ExitCode;

use eventgen_catalog::{Diagnostic, LoadError, render_all};

#[derive(Debug)]
pub(crate) struct Failure {
    /// In the order to show them; never empty.
    pub(crate) diagnostics: Vec<Diagnostic>,
    /// 1, unless the command documents another (`diff`: 2 when a spec cannot be read).
    pub(crate) code: u8,
}

impl Failure {
    /// Every diagnostic, ending with a newline.
    pub(crate) fn render(&self) -> String {
        render_all(&self.diagnostics)
    }

    pub(crate) fn exit_code(&self) -> ExitCode {
        ExitCode::from(self.code)
    }

    #[must_use]
    pub(crate) fn with_code(mut self, code: u8) -> Failure {
        self.code = code;
        self
    }
}

impl From<Diagnostic> for Failure {
    fn from(diagnostic: Diagnostic) -> Failure {
        Failure::from(vec![diagnostic])
    }
}

impl From<Vec<Diagnostic>> for Failure {
    fn from(diagnostics: Vec<Diagnostic>) -> Failure {
        debug_assert!(!diagnostics.is_empty());
        Failure {
            diagnostics,
            code: 1,
        }
    }
}

/// A spec's errors, then the line that closes them.
impl From<LoadError> for Failure {
    fn from(error: LoadError) -> Failure {
        Failure::from(error.into_diagnostics())
    }
}
