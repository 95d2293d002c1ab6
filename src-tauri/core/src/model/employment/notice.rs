//! Notice periods (Employment Rights Act 1996 s86).

pub const STATUTORY_NOTICE_HINT: &str = "Leave blank for the legal minimum. From the employer: 1 week after 1 month's work, then 1 week for each full year from 2 years, up to 12 weeks. From the PA: 1 week after 1 month's work.";

/// The statutory minimum notice the employer must give after `full_years` of continuous
/// employment (at least one month's service assumed).
pub fn statutory_employer_notice_weeks(full_years: u32) -> u32 {
    full_years.clamp(1, 12)
}

/// How a notice period reads on screen and in the written statement.
pub fn describe_notice(weeks: Option<u8>, by_employer: bool) -> String {
    match (weeks, by_employer) {
        (Some(1), _) => "1 week".to_string(),
        (Some(w), _) => format!("{w} weeks"),
        (None, true) => "The legal minimum: 1 week after 1 month's work, then 1 week for each full year from 2 years, up to 12 weeks".to_string(),
        (None, false) => "The legal minimum: 1 week after 1 month's work".to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statutory_notice_grows_a_week_a_year_from_two_years_to_twelve() {
        assert_eq!(statutory_employer_notice_weeks(0), 1);
        assert_eq!(statutory_employer_notice_weeks(1), 1);
        assert_eq!(statutory_employer_notice_weeks(2), 2);
        assert_eq!(statutory_employer_notice_weeks(7), 7);
        assert_eq!(statutory_employer_notice_weeks(12), 12);
        assert_eq!(statutory_employer_notice_weeks(30), 12);
        assert_eq!(describe_notice(Some(4), true), "4 weeks");
        assert!(describe_notice(None, false).contains("1 week after 1 month"));
    }
}
