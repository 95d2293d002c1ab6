//! What each template is filled in with: plain text fields, already written for people (dates as
//! "1 March 2027", money as "£1,069.60"). Every field here is a placeholder a template may use;
//! docs/templates.md lists them.

use chrono::NaiveDate;
use serde::Serialize;

use super::kinds::{AgreementVariant, DocumentKind};

/// The person who holds the direct payment.
#[derive(Clone, Debug, Serialize)]
pub struct PersonFacts {
    pub full_name: String,
    /// The address on one line, with the postcode.
    pub address: String,
    pub date_of_birth: String,
    pub council_reference: String,
    /// "Adult who receives care and support", "Carer", …
    pub recipient_type: String,
    /// `adult_service_user`, `carer`, `parent_of_disabled_child` or `young_person_16_17`.
    pub recipient_code: String,
}

/// Who manages the payment for the person (nominated or authorised person, or money manager).
#[derive(Clone, Debug, Serialize)]
pub struct RepresentativeFacts {
    pub name: String,
    pub address: String,
    /// "daughter", "friend", or empty for an organisation.
    pub relationship: String,
    /// "nominated person", "authorised person", "money manager".
    pub role: String,
    /// For an authorised person: "Lasting power of attorney", "Court of Protection deputy" or
    /// "Agreed by the council"; empty otherwise.
    pub authority_basis: String,
    /// `lasting_power_of_attorney`, `court_of_protection_deputy`, `council_agreement` or empty.
    pub authority_basis_code: String,
}

/// The direct payment's terms.
#[derive(Clone, Debug, Serialize)]
pub struct PaymentFacts {
    pub gross: String,
    pub contribution: String,
    pub has_contribution: bool,
    pub net: String,
    pub net_yearly: String,
    /// "every 4 weeks"
    pub period: String,
    pub first_payment_date: String,
    /// "Prepaid card", "Separate bank account", "Managed account"
    pub account: String,
    /// `prepaid_card`, `separate_bank_account`, `managed_account`
    pub account_code: String,
    pub excess_threshold_weeks: u8,
    pub excess_threshold: String,
    pub start_date: String,
    /// Empty when the payment has no end date.
    pub end_date: String,
    pub first_review: String,
    pub reviews: Vec<String>,
}

/// Everything an agreement template can use.
#[derive(Clone, Debug, Serialize)]
pub struct AgreementContext {
    /// The date the document was prepared.
    pub prepared_on: String,
    /// `self`, `nominated`, `authorised`, `carer` or `third_party`.
    pub variant: String,
    pub council: String,
    pub person: PersonFacts,
    /// Present for the nominated, authorised and third-party agreements.
    pub representative: Option<RepresentativeFacts>,
    pub payment: PaymentFacts,
    /// Who manages the money day to day (the person or their representative).
    pub manager_name: String,
}

/// The PA.
#[derive(Clone, Debug, Serialize)]
pub struct PaFacts {
    pub full_name: String,
    pub address: String,
}

/// The employer: the person, and who signs and acts for them if someone manages the payment.
#[derive(Clone, Debug, Serialize)]
pub struct EmployerFacts {
    pub name: String,
    pub address: String,
    /// "Priya Shah (nominated person)", or empty when the person acts for themself.
    pub acting_for: String,
    /// Who signs for the employer.
    pub signatory: String,
}

/// The PA's job, as the written statement sets it out.
#[derive(Clone, Debug, Serialize)]
pub struct JobFacts {
    pub title: String,
    /// One duty a line, from the support plan.
    pub duties: Vec<String>,
    pub start_date: String,
    pub continuous_start: String,
    /// Whether continuous employment started on the start date (no earlier job counts).
    pub continuous_is_start: bool,
    pub regular: bool,
    /// "16" for regular hours; empty for irregular.
    pub hours_per_week: String,
    pub working_pattern: String,
    pub hourly_rate: String,
    /// "every month"
    pub pay_frequency: String,
    /// "the last working day of each month"; empty when the job terms hold no payday.
    pub payday: String,
    /// `regular_5_6_weeks`, `irregular_accrued` or `rolled_up`
    pub holiday_code: String,
    /// "5.6 weeks' paid holiday a year", …
    pub holiday: String,
    /// For regular hours: 5.6 × weekly hours ("89.6"), capped at 28 days' worth; else empty.
    pub holiday_hours: String,
    pub place_of_work: String,
    /// Empty when there is no probation period.
    pub probation_weeks: String,
    pub notice_by_employer: String,
    pub notice_by_pa: String,
    pub sick_pay_enhanced: bool,
    pub sick_pay_details: String,
    /// Empty when no scheme is named yet.
    pub pension_scheme: String,
}

/// Everything the written statement template can use.
#[derive(Clone, Debug, Serialize)]
pub struct ParticularsContext {
    pub prepared_on: String,
    pub council: String,
    pub employer: EmployerFacts,
    pub pa: PaFacts,
    pub job: JobFacts,
    /// The direct payment's end date, if it has one (the job depends on the funding).
    pub funding_ends: String,
    /// HMRC's approved mileage rate for cars, "45p".
    pub mileage_rate: String,
}

/// One row of a cost table: what, how much, and the working.
#[derive(Clone, Debug, Serialize)]
pub struct CostRow {
    pub label: String,
    pub amount: String,
    pub working: String,
}

/// One PA's costs for the year.
#[derive(Clone, Debug, Serialize)]
pub struct PaCostFacts {
    pub name: String,
    pub rows: Vec<CostRow>,
    pub total: String,
    pub warnings: Vec<String>,
}

/// Everything the cost breakdown template can use.
#[derive(Clone, Debug, Serialize)]
pub struct CostContext {
    pub prepared_on: String,
    pub person: PersonFacts,
    pub council: String,
    /// "2026/27"
    pub tax_year: String,
    pub pas: Vec<PaCostFacts>,
    /// Insurance, the Employment Allowance and the employer total.
    pub employer_rows: Vec<CostRow>,
    pub other_lines: Vec<CostRow>,
    pub budget_yearly: String,
    pub budget_per_period: String,
    pub period: String,
    pub spending_yearly: String,
    pub difference_yearly: String,
    pub affordable: bool,
    pub pa_cost_per_hour: String,
    /// Empty when no council rate is entered.
    pub council_pa_rate: String,
    pub working: Vec<String>,
}

/// One week of a timesheet.
#[derive(Clone, Debug, Serialize)]
pub struct TimesheetWeek {
    pub number: u8,
    pub days: Vec<String>,
}

/// Everything the timesheet template can use.
#[derive(Clone, Debug, Serialize)]
pub struct TimesheetContext {
    pub prepared_on: String,
    pub employer: EmployerFacts,
    pub pa: PaFacts,
    pub job_title: String,
    pub hourly_rate: String,
    pub pay_frequency: String,
    pub weeks: Vec<TimesheetWeek>,
    /// The pay period to date the timesheet for (its first and last day); none leaves it blank.
    #[serde(skip)]
    pub pay_period: Option<(NaiveDate, NaiveDate)>,
}

/// The filled-in data for any document.
#[derive(Clone, Debug, Serialize)]
#[serde(untagged)]
pub enum DocumentContext {
    Agreement(AgreementContext),
    Particulars(ParticularsContext),
    Costs(CostContext),
    Timesheet(TimesheetContext),
}

pub const WEEKDAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// Example data for `kind`, with every optional part present: used to check custom templates and
/// to list the placeholders each kind provides.
pub fn sample_context(kind: DocumentKind) -> DocumentContext {
    let s = |t: &str| t.to_string();
    let person = PersonFacts {
        full_name: s("Margaret Ellis"),
        address: s("12 Station Road, Leeds, LS1 4AB"),
        date_of_birth: s("3 May 1949"),
        council_reference: s("DP-10234"),
        recipient_type: s("Adult who receives care and support"),
        recipient_code: s("adult_service_user"),
    };
    let employer = EmployerFacts {
        name: s("Margaret Ellis"),
        address: s("12 Station Road, Leeds, LS1 4AB"),
        acting_for: s("Priya Shah (nominated person)"),
        signatory: s("Priya Shah"),
    };
    let pa = PaFacts {
        full_name: s("Zoë Łukasiewicz-Şahin"),
        address: s("4 Mill Lane, Leeds, LS2 7QT"),
    };
    match kind.agreement_variant() {
        Some(variant) => DocumentContext::Agreement(AgreementContext {
            prepared_on: s("1 February 2027"),
            variant: s(variant.code()),
            council: s("Leeds City Council"),
            person,
            // As in real use: only the agreements with a representative have one, so a template
            // for the others is checked without it.
            representative: variant.has_representative().then(|| RepresentativeFacts {
                name: s("Priya Shah"),
                address: s("8 Park Avenue, Leeds, LS6 2QR"),
                relationship: s("daughter"),
                role: s("authorised person"),
                authority_basis: s("Lasting power of attorney"),
                authority_basis_code: s("lasting_power_of_attorney"),
            }),
            payment: PaymentFacts {
                gross: s("£1,250.00"),
                contribution: s("£180.40"),
                has_contribution: true,
                net: s("£1,069.60"),
                net_yearly: s("£13,904.80"),
                period: s("every 4 weeks"),
                first_payment_date: s("1 March 2027"),
                account: s("Separate bank account"),
                account_code: s("separate_bank_account"),
                excess_threshold_weeks: 4,
                excess_threshold: s("£1,250.00"),
                start_date: s("1 March 2027"),
                end_date: s("29 February 2028"),
                first_review: s("1 September 2027"),
                reviews: vec![s("1 September 2027"), s("1 September 2028")],
            },
            manager_name: s("Priya Shah"),
        }),
        None => match kind {
            DocumentKind::Particulars => DocumentContext::Particulars(ParticularsContext {
                prepared_on: s("1 February 2027"),
                council: s("Leeds City Council"),
                employer,
                pa,
                job: JobFacts {
                    title: s("Personal assistant"),
                    duties: vec![s("Help with washing and dressing"), s("Prepare meals")],
                    start_date: s("1 March 2027"),
                    continuous_start: s("1 March 2027"),
                    continuous_is_start: true,
                    regular: true,
                    hours_per_week: s("16"),
                    working_pattern: s("Monday to Thursday, 8am to 12 noon"),
                    hourly_rate: s("£13.50"),
                    pay_frequency: s("every month"),
                    payday: s("the last working day of each month"),
                    holiday_code: s("regular_5_6_weeks"),
                    holiday: s("5.6 weeks' paid holiday a year"),
                    holiday_hours: s("89.6"),
                    place_of_work: s("12 Station Road, Leeds, LS1 4AB"),
                    probation_weeks: s("12"),
                    notice_by_employer: s("4 weeks"),
                    notice_by_pa: s("2 weeks"),
                    sick_pay_enhanced: true,
                    sick_pay_details: s("Full pay for 2 weeks a year"),
                    pension_scheme: s("NEST"),
                },
                funding_ends: s("29 February 2028"),
                mileage_rate: s("45p"),
            }),
            DocumentKind::CostBreakdown => {
                let row = |l: &str, a: &str| CostRow {
                    label: s(l),
                    amount: s(a),
                    working: s("the working"),
                };
                DocumentContext::Costs(CostContext {
                    prepared_on: s("1 February 2027"),
                    person,
                    council: s("Leeds City Council"),
                    tax_year: s("2026/27"),
                    pas: vec![PaCostFacts {
                        name: s("Zoë Łukasiewicz-Şahin"),
                        rows: vec![row("Gross pay", "£11,232.00")],
                        total: s("£12,000.00"),
                        warnings: vec![s("A warning")],
                    }],
                    employer_rows: vec![row("Insurance", "£60.00")],
                    other_lines: vec![row("Gym", "£120.00")],
                    budget_yearly: s("£13,904.80"),
                    budget_per_period: s("£1,069.60"),
                    period: s("every 4 weeks"),
                    spending_yearly: s("£12,180.00"),
                    difference_yearly: s("£1,724.80"),
                    affordable: true,
                    pa_cost_per_hour: s("£14.65"),
                    council_pa_rate: s("£15.00"),
                    working: vec![s("The working")],
                })
            }
            _ => DocumentContext::Timesheet(TimesheetContext {
                prepared_on: s("1 February 2027"),
                employer,
                pa,
                job_title: s("Personal assistant"),
                hourly_rate: s("£13.50"),
                pay_frequency: s("every month"),
                weeks: timesheet_weeks(5),
                pay_period: None,
            }),
        },
    }
}

/// The weeks of a blank timesheet, each Monday to Sunday.
pub fn timesheet_weeks(count: u8) -> Vec<TimesheetWeek> {
    (1..=count)
        .map(|number| TimesheetWeek {
            number,
            days: WEEKDAYS.iter().map(|d| d.to_string()).collect(),
        })
        .collect()
}

impl AgreementVariant {
    /// Whether this agreement names a representative who manages the money.
    pub fn has_representative(self) -> bool {
        matches!(
            self,
            AgreementVariant::Nominated
                | AgreementVariant::Authorised
                | AgreementVariant::ThirdParty
        )
    }
}
