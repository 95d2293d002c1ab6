//! Bank statements brought into the account: the file previewed (its layout recognised or its
//! columns to map), the plan of what would be added, skipped and refused, the import itself (all
//! or nothing), and the remembered rules that file each line.

use dphub_core::app::account::{
    self, StatementFormOptions, StatementImportPlan, StatementImported, StatementMapping,
};
use dphub_core::app::people::PersonId;
use dphub_core::model::ids::ImportRuleId;
use dphub_core::model::statement::{ImportRule, ImportRuleDraft, StatementPreview};
use serde::Deserialize;
use ts_rs::TS;

use super::{Ctx, NoArgs};
use crate::error::AppResult;

/// A statement file chosen in the window, for a person's account.
#[derive(Debug, Deserialize, TS)]
#[ts(export)]
pub struct StatementFile {
    pub person_id: PersonId,
    pub bytes: Vec<u8>,
}

/// A statement file and how to read it.
#[derive(Debug, Deserialize, TS)]
#[ts(export)]
pub struct StatementImportArgs {
    pub person_id: PersonId,
    pub bytes: Vec<u8>,
    pub how: StatementMapping,
}

#[derive(Debug, Deserialize, TS)]
#[ts(export)]
pub struct AddImportRule {
    pub person_id: PersonId,
    pub draft: ImportRuleDraft,
}

#[derive(Debug, Deserialize, TS)]
#[ts(export)]
pub struct ImportRuleRef {
    pub person_id: PersonId,
    pub id: ImportRuleId,
}

pub fn statement_form_options(_: &Ctx, _: NoArgs) -> AppResult<StatementFormOptions> {
    Ok(account::statement_form_options())
}

pub fn preview_statement(cx: &Ctx, a: StatementFile) -> AppResult<StatementPreview> {
    cx.with_store(|s| Ok(account::preview_statement(s, a.person_id, &a.bytes)?))
}

/// What importing would add, skip and refuse; nothing is saved.
pub fn plan_statement_import(cx: &Ctx, a: StatementImportArgs) -> AppResult<StatementImportPlan> {
    cx.with_store(|s| {
        Ok(account::plan_statement_import(
            s,
            a.person_id,
            &a.bytes,
            &a.how,
        )?)
    })
}

/// Adds every new line of the statement in one go, or none.
pub fn import_statement(cx: &Ctx, a: StatementImportArgs) -> AppResult<StatementImported> {
    cx.with_store(|s| Ok(account::import_statement(s, a.person_id, &a.bytes, &a.how)?))
}

pub fn import_rules(cx: &Ctx, a: super::account::AccountRef) -> AppResult<Vec<ImportRule>> {
    cx.with_store(|s| Ok(account::import_rules(s, a.person_id)?))
}

/// Remembers a rule; answers the person's rules.
pub fn add_import_rule(cx: &Ctx, a: AddImportRule) -> AppResult<Vec<ImportRule>> {
    cx.with_store(|s| Ok(account::add_import_rule(s, a.person_id, &a.draft)?))
}

/// Forgets a rule; answers the person's rules.
pub fn delete_import_rule(cx: &Ctx, a: ImportRuleRef) -> AppResult<Vec<ImportRule>> {
    cx.with_store(|s| Ok(account::delete_import_rule(s, a.person_id, a.id)?))
}
