//! Black-box tests of the whole web application on a real database: SQLite by
//! default, PostgreSQL when `CROCEVIA_TEST_PG_URL` names an admin connection
//! (the test script runs the suite both ways).
#![expect(clippy::expect_used, reason = "test helpers fail loudly by design")]

mod access;
mod access_admin;
mod access_routes;
mod admin;
mod api;
mod assets;
mod audit;
mod city;
mod desk;
mod desk_calendar;
mod desk_work;
mod directory;
mod directory_edit;
mod feedback;
mod guide_print;
mod guides;
mod hardening;
mod helpers;
mod hsds_api;
mod identity;
mod import_checks;
mod locales;
mod name_matching;
mod oidc;
mod one_way_to_act;
mod password;
mod portal;
mod read_model;
mod reliability;
mod rights;
mod search;
mod sec_audit;
mod sec_desk;
mod sec_identity;
mod second_factor;
mod security;
mod service_page;
mod sharing;
mod store;
mod training;
mod training_courses;
mod training_scopes;
mod training_surveys;
mod training_web;
