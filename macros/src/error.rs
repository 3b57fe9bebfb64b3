//! The error of parsing a value that no event of the enum has.

use alloc::string::String;
use core::fmt;

/// A wire value or code that the enum does not know, for enums without a catch-all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseEventError {
    type_name: &'static str,
    input: Input,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Input {
    Name(String),
    Code(u32),
}

impl ParseEventError {
    #[doc(hidden)]
    pub fn __unknown_name(type_name: &'static str, name: &str) -> Self {
        ParseEventError {
            type_name,
            input: Input::Name(name.into()),
        }
    }

    #[doc(hidden)]
    pub fn __unknown_code(type_name: &'static str, code: u32) -> Self {
        ParseEventError {
            type_name,
            input: Input::Code(code),
        }
    }

    /// The enum that was parsed into: `TeleportEvent`.
    pub fn type_name(&self) -> &'static str {
        self.type_name
    }

    /// The wire value that was not recognised, when a name was parsed.
    pub fn input(&self) -> Option<&str> {
        match &self.input {
            Input::Name(name) => Some(name),
            Input::Code(_) => None,
        }
    }

    /// The code that was not recognised, when a code was parsed.
    pub fn code(&self) -> Option<u32> {
        match self.input {
            Input::Name(_) => None,
            Input::Code(code) => Some(code),
        }
    }
}

impl fmt::Display for ParseEventError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // The input is quoted with escapes so that empty, padded or control-character
        // values are visible in the message.
        match &self.input {
            Input::Name(name) => write!(f, "unknown {} {name:?}", self.type_name),
            Input::Code(code) => write!(f, "unknown {} code {code}", self.type_name),
        }
    }
}

impl core::error::Error for ParseEventError {}
