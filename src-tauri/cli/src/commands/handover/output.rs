//! How `dphub handover` prints what a bundle holds, what importing it did and where it was saved.

use dphub_core::app::handover::{
    HandoverChoices, HandoverOutcome, HandoverPreview, HandoverSaved, MatchedPas, RecordCount,
};

use crate::printer::{line, Printer};

impl Printer {
    pub fn handover_saved(&self, saved: &HandoverSaved) {
        if self.json() {
            return self.json_value(saved);
        }
        say!(
            "Saved {}'s records to {} ({} bytes, sealed with the passphrase).",
            saved.full_name,
            saved.path,
            saved.bytes
        );
        counts(&saved.counts);
        say!("Give the passphrase to the person receiving it separately, not with the file.");
    }

    pub fn handover_preview(&self, preview: &HandoverPreview, choices: &HandoverChoices) {
        if self.json() {
            return self.json_value(preview);
        }
        let p = &preview.person;
        say!(
            "Handover bundle for {} (born {}), {}",
            p.full_name,
            p.date_of_birth,
            p.council
        );
        say!("Made by {} at {}", preview.made_by, preview.made_at);
        counts(&preview.counts);
        if !preview.pas.is_empty() {
            say!("PAs");
            for pa in &preview.pas {
                match (&pa.existing_id, &pa.reason) {
                    (Some(id), Some(reason)) => {
                        let fate = match choices.matched_pas {
                            MatchedPas::Reuse => {
                                "the PA here is used (--add-matched-pas adds them as a new contact)"
                            }
                            MatchedPas::AddNew => "added as a new contact",
                        };
                        line(
                            &pa.full_name,
                            &format!("already here as PA {id}: {reason}; {fate}"),
                        );
                    }
                    _ => line(&pa.full_name, "new: added to the contact book"),
                }
            }
        }
        for here in &preview.already_here {
            say!(
                "{} (born {}) seems to be here already: person {}.{}",
                here.full_name,
                here.date_of_birth,
                here.id,
                if choices.as_separate_person {
                    " The bundle is imported as a separate person."
                } else {
                    " Importing is refused unless you add --as-separate-person."
                }
            );
        }
        say!("Nothing was imported: run again with --yes to import it.");
    }

    pub fn handover_imported(&self, done: &HandoverOutcome) {
        if self.json() {
            return self.json_value(done);
        }
        let mut pas_said = Vec::new();
        if done.pas_added > 0 {
            pas_said.push(pas(done.pas_added, "added to the contact book"));
        }
        if done.pas_reused > 0 {
            pas_said.push(pas(
                done.pas_reused,
                "already in the contact book kept as they were",
            ));
        }
        let pas_said = if pas_said.is_empty() {
            String::new()
        } else {
            format!(": {}", pas_said.join(" and "))
        };
        say!(
            "Imported {} as person {}{pas_said}.",
            done.full_name,
            done.person_id
        );
        counts(&done.counts);
    }
}

/// "1 PA added …", "2 PAs added …".
fn pas(n: u32, what: &str) -> String {
    match n {
        1 => format!("1 PA {what}"),
        n => format!("{n} PAs {what}"),
    }
}

fn counts(counts: &[RecordCount]) {
    say!("It holds");
    for c in counts.iter().filter(|c| c.count > 0) {
        say!("  {:>5}  {}", c.count, c.what);
    }
}
