//! Every test of the `dphub` command line, in one test binary: each runs the real binary on a
//! temporary database, as a script or an adviser would.

mod common;

mod account;
mod backup;
mod checklists;
mod costs;
mod db;
mod documents;
mod handover;
mod output;
mod pa;
mod passphrase;
mod people;
mod templates;
