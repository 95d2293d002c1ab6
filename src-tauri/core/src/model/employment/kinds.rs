//! The choices in a PA's job terms.

crate::coded_enum! {
    /// How often the PA is paid.
    pub enum PayFrequency {
        Weekly => ("weekly", "Every week", None),
        TwoWeekly => ("two_weekly", "Every 2 weeks", None),
        FourWeekly => ("four_weekly", "Every 4 weeks", None),
        Monthly => ("monthly", "Every month", None),
    }
}

crate::coded_enum! {
    pub enum HoursKind {
        Regular => ("regular", "Regular hours", Some("The same hours most weeks")),
        Irregular => ("irregular", "Irregular hours", Some("Hours vary from week to week, as agreed")),
    }
}

crate::coded_enum! {
    /// How holiday is given and paid (Working Time Regulations 1998; irregular-hours rules from 1 April 2024).
    pub enum HolidayArrangement {
        FivePointSixWeeks => ("regular_5_6_weeks", "5.6 weeks' paid holiday a year", Some("For regular hours; up to 28 days, including bank holidays if they are given off")),
        AccruedHours => ("irregular_accrued", "Holiday builds up at 12.07% of hours worked", Some("For irregular hours: taken as paid time off")),
        RolledUp => ("rolled_up", "Rolled-up holiday pay at 12.07%", Some("For irregular hours only: paid with each payslip, shown separately")),
    }
}

crate::coded_enum! {
    pub enum SickPay {
        Statutory => ("statutory", "Statutory Sick Pay only", None),
        Enhanced => ("enhanced", "More than Statutory Sick Pay", Some("Describe what is paid and for how long")),
    }
}
