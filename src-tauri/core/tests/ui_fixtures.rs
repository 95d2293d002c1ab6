//! Writes the form options the UI's browser tests feed their fake backend, so the labels and hints
//! they show are the real ones. `scripts/test.sh` fails if the committed copies are out of date.

use std::path::PathBuf;

use dphub_core::app::contacts::{contact_form_options, ContactRules};
use dphub_core::app::employment::employment_form_options;

fn write(name: &str, value: &impl serde::Serialize) {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../ui/tests/browser/generated");
    std::fs::create_dir_all(&dir).unwrap();
    let text = serde_json::to_string_pretty(value).unwrap() + "\n";
    std::fs::write(dir.join(name), text).unwrap();
}

#[test]
fn form_options_for_the_ui_tests() {
    let contacts = contact_form_options(ContactRules::default());
    assert_eq!(contacts.skills.len(), 12);
    assert_eq!(contacts.weekdays.len() * contacts.day_parts.len(), 49);
    write("contact-form-options.json", &contacts);
    let employment = employment_form_options();
    assert_eq!(employment.pay_frequencies.len(), 4);
    write("employment-form-options.json", &employment);
}
