//! The person flags, written into a person form.

use dphub_core::app::people::PersonDraft;
use dphub_core::model::validation::Problems;
use dphub_core::CoreError;

use super::args::PersonFields;
use crate::input::{problem, read_text, set_code, set_text};

impl PersonFields {
    /// The person form in the --from-json file, if one is given.
    pub fn base_draft(&self) -> Result<Option<PersonDraft>, CoreError> {
        let Some(path) = &self.from_json else {
            return Ok(None);
        };
        let text = read_text("from_json", path)?;
        serde_json::from_str(&text).map(Some).map_err(|e| {
            problem(
                "from_json",
                &format!("{} is not a person form: {e}", path.display()),
            )
            .into()
        })
    }

    /// Writes every flag given into `draft`; flags not given leave it as it was. Returns the flags
    /// that could not be read (unknown codes), for reporting with the form's own problems.
    pub fn apply_to(&self, draft: &mut PersonDraft) -> Problems {
        set_text(&mut draft.full_name, &self.full_name);
        set_text(&mut draft.preferred_name, &self.preferred_name);
        set_text(&mut draft.date_of_birth, &self.dob);
        set_text(&mut draft.address, &self.address);
        set_text(&mut draft.postcode, &self.postcode);
        set_text(&mut draft.phone, &self.phone);
        set_text(&mut draft.email, &self.email);
        set_text(&mut draft.council, &self.council);
        set_text(&mut draft.council_reference, &self.council_ref);
        set_text(&mut draft.notes, &self.notes);
        let m = &mut draft.manager;
        set_text(&mut m.name, &self.rep_name);
        set_text(&mut m.relationship, &self.rep_relationship);
        set_text(&mut m.phone, &self.rep_phone);
        set_text(&mut m.email, &self.rep_email);
        set_text(&mut m.address, &self.rep_address);
        let dp = &mut draft.dp;
        set_text(&mut dp.gross_amount, &self.gross);
        set_text(&mut dp.contribution, &self.contribution);
        set_text(&mut dp.first_payment_date, &self.first_payment);
        set_text(&mut dp.excess_threshold_weeks, &self.excess_weeks);
        set_text(&mut dp.start_date, &self.start);
        set_text(&mut dp.end_date, &self.end);
        if !self.reviews.is_empty() {
            dp.review_dates.clone_from(&self.reviews);
        } else if self.start.is_some() || self.end.is_some() {
            // New dates: let the review schedule be worked out again from them.
            dp.review_dates.clear();
        }

        let mut p = Problems::default();
        set_code(
            &mut p,
            "recipient_type",
            &self.recipient_type,
            &mut draft.recipient_type,
        );
        set_code(
            &mut p,
            "manager.managed_by",
            &self.managed_by,
            &mut draft.manager.managed_by,
        );
        set_code(
            &mut p,
            "manager.authority_basis",
            &self.authority,
            &mut draft.manager.authority_basis,
        );
        set_code(&mut p, "dp.period", &self.period, &mut draft.dp.period);
        set_code(
            &mut p,
            "dp.account_type",
            &self.account,
            &mut draft.dp.account_type,
        );
        p
    }
}
