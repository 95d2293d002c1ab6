//! The kinds of recipient, of manager, of authority and of account a direct payment can have.

crate::coded_enum! {
    /// Who the direct payment is for (Care Act 2014 ss31–33; Children Act 1989 s17A).
    pub enum RecipientType {
        AdultServiceUser => ("adult_service_user", "Adult who receives care and support", Some("Aged 18 or over, for their own care and support needs")),
        Carer => ("carer", "Carer", Some("For a carer's own support needs")),
        ParentOfDisabledChild => ("parent_of_disabled_child", "Parent of a disabled child", Some("A parent or person with parental responsibility, for a disabled child's services")),
        YoungPerson16To17 => ("young_person_16_17", "Young person aged 16 or 17", Some("A disabled young person who manages their own direct payment")),
    }
}

crate::coded_enum! {
    /// Who manages the money.
    pub enum ManagedBy {
        Themself => ("themself", "The person themself", Some("They manage the direct payment on their own or with informal help")),
        NominatedPerson => ("nominated_person", "A nominated person", Some("Someone the person has chosen to manage it for them; the person has capacity to decide")),
        AuthorisedPerson => ("authorised_person", "An authorised person", Some("Someone who manages it for a person who lacks capacity to decide, in their best interests")),
        ThirdPartyMoneyManager => ("third_party_money_manager", "A third-party money manager", Some("An organisation that holds and runs the account and reports to the council")),
    }
}

crate::coded_enum! {
    /// Where an authorised person's authority comes from.
    pub enum AuthorityBasis {
        LastingPowerOfAttorney => ("lasting_power_of_attorney", "Lasting power of attorney", Some("For property and financial affairs, registered with the Office of the Public Guardian")),
        CourtOfProtectionDeputy => ("court_of_protection_deputy", "Court of Protection deputy", Some("Appointed by the Court of Protection")),
        CouncilAgreement => ("council_agreement", "Agreed by the council", Some("A suitable person the council has agreed to; a DWP appointee is not automatically one")),
    }
}

crate::coded_enum! {
    /// The account the direct payment is paid into.
    pub enum AccountType {
        PrepaidCard => ("prepaid_card", "Prepaid card", Some("A card account the council provides")),
        SeparateBankAccount => ("separate_bank_account", "Separate bank account", Some("A bank account used only for the direct payment")),
        ManagedAccount => ("managed_account", "Managed account", Some("A provider holds and runs the account")),
    }
}

impl ManagedBy {
    /// Whether someone other than the person manages the money (and so must be named).
    pub fn has_representative(self) -> bool {
        self != ManagedBy::Themself
    }

    /// What the representative is called in a sentence ("Enter the nominated person's name").
    pub fn representative_noun(self) -> &'static str {
        match self {
            ManagedBy::Themself => "person",
            ManagedBy::NominatedPerson => "nominated person",
            ManagedBy::AuthorisedPerson => "authorised person",
            ManagedBy::ThirdPartyMoneyManager => "money manager",
        }
    }
}
