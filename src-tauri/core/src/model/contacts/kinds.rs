//! The fixed lists a PA contact is described with: skills, how they want to work, where they are in
//! looking for work, and DBS check levels. Adding a skill is adding a line here.

crate::coded_enum! {
    /// Skills and experience a PA can offer.
    pub enum Skill {
        PersonalCare => ("personal_care", "Personal care", Some("Washing, dressing, toileting")),
        MovingAndHandling => ("moving_and_handling", "Moving and handling", Some("Hoists, transfers, positioning")),
        Medication => ("medication", "Medication", Some("Prompting or giving medicines")),
        Dementia => ("dementia", "Dementia", None),
        LearningDisability => ("learning_disability", "Learning disability", None),
        Autism => ("autism", "Autism", None),
        MentalHealth => ("mental_health", "Mental health", None),
        Children => ("children", "Children", Some("Working with disabled children")),
        NightCare => ("night_care", "Night care", Some("Sleep-in or waking nights")),
        Driving => ("driving", "Driving with own car", Some("Has a licence, a car and business insurance")),
        Cooking => ("cooking", "Cooking", None),
        Languages => ("languages", "Languages spoken", Some("Speaks a language other than English; list them below")),
    }
}

crate::coded_enum! {
    /// How a PA wants to work.
    pub enum WorkPreference {
        Employed => ("employed", "Employed", Some("Paid through payroll by the person or their representative")),
        SelfEmployed => ("self_employed", "Self-employed", Some("Sends invoices; must be genuinely self-employed under HMRC's rules")),
        Either => ("either", "Either", None),
    }
}

crate::coded_enum! {
    /// Where a PA is in looking for work.
    pub enum ContactStatus {
        LookingForWork => ("looking_for_work", "Looking for work", None),
        WorkingForUs => ("working_for_us", "Working for us", None),
        NotAvailable => ("not_available", "Not available", None),
    }
}

crate::coded_enum! {
    /// The level of a Disclosure and Barring Service check.
    pub enum DbsLevel {
        Basic => ("basic", "Basic", None),
        Standard => ("standard", "Standard", None),
        Enhanced => ("enhanced", "Enhanced", None),
        EnhancedWithBarredList => ("enhanced_barred_list", "Enhanced with barred list check", Some("The level needed for regulated activity with adults or children")),
    }
}
