//! The documents DP Hub can fill in, and the five kinds of direct payment agreement.

use crate::model::people::{ManagedBy, RecipientType};

crate::coded_enum! {
    /// A kind of printable document, each with its own built-in template.
    pub enum DocumentKind {
        AgreementSelf => ("agreement_self", "Direct payment agreement: the person manages it", Some("The person has capacity and manages the direct payment themself")),
        AgreementNominated => ("agreement_nominated", "Direct payment agreement: a nominated person manages it", Some("The person has capacity and has chosen someone to manage it, who is responsible for it")),
        AgreementAuthorised => ("agreement_authorised", "Direct payment agreement: an authorised person manages it", Some("The person lacks capacity; the authorised person acts in their best interests")),
        AgreementCarer => ("agreement_carer", "Direct payment agreement: for a carer", Some("For the carer's own support needs")),
        AgreementThirdParty => ("agreement_third_party", "Direct payment agreement: a money manager runs the account", Some("A provider holds and runs the account and reports to the council")),
        Particulars => ("particulars", "PA's written statement of employment particulars", Some("The PA's contract terms, due on or before their first day")),
        CostBreakdown => ("cost_breakdown", "Cost breakdown", Some("What the PAs and the support plan cost, with the working")),
        Timesheet => ("timesheet", "Blank timesheet", Some("For the PA to fill in hours worked each pay period")),
    }
}

crate::coded_enum! {
    /// Who the direct payment agreement is with and who manages the money.
    pub enum AgreementVariant {
        SelfManaged => ("self", "The person manages it", None),
        Nominated => ("nominated", "A nominated person manages it", None),
        Authorised => ("authorised", "An authorised person manages it", None),
        Carer => ("carer", "A carer's own direct payment", None),
        ThirdParty => ("third_party", "A third-party money manager runs the account", None),
    }
}

impl AgreementVariant {
    /// The usual agreement for how the payment is managed and who it is for.
    pub fn for_person(managed_by: ManagedBy, recipient: RecipientType) -> Self {
        match managed_by {
            ManagedBy::Themself if recipient == RecipientType::Carer => AgreementVariant::Carer,
            ManagedBy::Themself => AgreementVariant::SelfManaged,
            ManagedBy::NominatedPerson => AgreementVariant::Nominated,
            ManagedBy::AuthorisedPerson => AgreementVariant::Authorised,
            ManagedBy::ThirdPartyMoneyManager => AgreementVariant::ThirdParty,
        }
    }

    pub fn kind(self) -> DocumentKind {
        match self {
            AgreementVariant::SelfManaged => DocumentKind::AgreementSelf,
            AgreementVariant::Nominated => DocumentKind::AgreementNominated,
            AgreementVariant::Authorised => DocumentKind::AgreementAuthorised,
            AgreementVariant::Carer => DocumentKind::AgreementCarer,
            AgreementVariant::ThirdParty => DocumentKind::AgreementThirdParty,
        }
    }
}

impl DocumentKind {
    /// The agreement variant this kind is, if it is an agreement.
    pub fn agreement_variant(self) -> Option<AgreementVariant> {
        AgreementVariant::ALL
            .iter()
            .copied()
            .find(|v| v.kind() == self)
    }

    /// Whether the document is about one PA's employment (and so needs one named).
    pub fn needs_employment(self) -> bool {
        matches!(self, DocumentKind::Particulars | DocumentKind::Timesheet)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_variant_follows_who_manages_the_money() {
        use AgreementVariant as V;
        let adult = RecipientType::AdultServiceUser;
        assert_eq!(V::for_person(ManagedBy::Themself, adult), V::SelfManaged);
        assert_eq!(
            V::for_person(ManagedBy::Themself, RecipientType::Carer),
            V::Carer
        );
        assert_eq!(
            V::for_person(ManagedBy::NominatedPerson, adult),
            V::Nominated
        );
        assert_eq!(
            V::for_person(ManagedBy::AuthorisedPerson, adult),
            V::Authorised
        );
        assert_eq!(
            V::for_person(ManagedBy::ThirdPartyMoneyManager, adult),
            V::ThirdParty
        );
        for v in V::ALL {
            assert_eq!(v.kind().agreement_variant(), Some(*v));
        }
        assert_eq!(DocumentKind::Particulars.agreement_variant(), None);
    }
}
