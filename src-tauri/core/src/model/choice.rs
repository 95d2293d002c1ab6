//! Enumerations with a stable stored code, a label and a hint for people, declared once so the
//! database, the CLI and the UI's radio buttons all use the same words.

use serde::Serialize;
use ts_rs::TS;

/// One option of a radio group or select, as the UI shows it.
#[derive(Clone, Debug, Serialize, TS)]
#[ts(export)]
pub struct Choice<T> {
    pub value: T,
    pub label: String,
    pub hint: Option<String>,
}

/// An enum with a stable code for each variant (what is stored and sent).
pub trait Coded: Copy + 'static {
    fn all() -> &'static [Self];
    fn code(self) -> &'static str;
    fn from_code(code: &str) -> Option<Self> {
        Self::all().iter().copied().find(|v| v.code() == code)
    }
}

/// Declares an enum whose variants each have a stored code (also its JSON form), a label and a hint.
#[macro_export]
macro_rules! coded_enum {
    ($(#[$meta:meta])* pub enum $name:ident {
        $($variant:ident => ($code:literal, $label:literal, $hint:expr)),+ $(,)?
    }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize, ts_rs::TS)]
        #[ts(export)]
        pub enum $name {
            $(#[serde(rename = $code)] $variant),+
        }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            pub fn code(self) -> &'static str {
                match self { $($name::$variant => $code),+ }
            }

            pub fn label(self) -> &'static str {
                match self { $($name::$variant => $label),+ }
            }

            pub fn hint(self) -> Option<&'static str> {
                match self { $($name::$variant => $hint),+ }
            }

            pub fn from_code(code: &str) -> Option<Self> {
                <Self as $crate::model::choice::Coded>::from_code(code)
            }

            pub fn choices() -> Vec<$crate::model::choice::Choice<$name>> {
                Self::ALL
                    .iter()
                    .map(|v| $crate::model::choice::Choice {
                        value: *v,
                        label: v.label().to_string(),
                        hint: v.hint().map(str::to_string),
                    })
                    .collect()
            }
        }

        impl $crate::model::choice::Coded for $name {
            fn all() -> &'static [Self] {
                Self::ALL
            }

            fn code(self) -> &'static str {
                $name::code(self)
            }
        }
    };
}
