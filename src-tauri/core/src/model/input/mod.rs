//! Reading what people type: postcodes, email addresses, phone numbers and dates. Each reader returns
//! the normalised value or a message written for the person who typed it.

mod date;
mod email;
mod phone;
mod postcode;

pub use date::{day_and_month, long_date, month_and_year, parse_date, DateInputError};
pub use email::{parse_email, EmailInputError};
pub use phone::{parse_phone, PhoneInputError};
pub use postcode::{parse_postcode, PostcodeInputError};
