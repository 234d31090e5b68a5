//! The command line: every subcommand and its options (clap). `main.rs`
//! turns them into the action to run.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

/// Crocevia: the platform of the network of services for the integration of
/// third-country nationals.
#[derive(Debug, Parser)]
#[command(name = "crocevia", version, about)]
pub(crate) struct Cli {
    /// Configuration file (default: ./crocevia.toml when present).
    #[arg(long, global = true, value_name = "PATH")]
    pub(crate) config: Option<PathBuf>,
    #[command(subcommand)]
    pub(crate) command: Command,
}

#[derive(Debug, Subcommand)]
pub(crate) enum Command {
    /// Start the web server (creates the data directory, keys and database on first start).
    Serve {
        #[command(flatten)]
        db: DbArgs,
        /// Address to listen on [default: 127.0.0.1:8080].
        #[arg(long, value_name = "ADDR")]
        bind: Option<String>,
        /// Load the labelled demonstration data before serving.
        #[arg(long)]
        demo: bool,
    },
    /// Apply pending database migrations (running it again changes nothing).
    Migrate {
        #[command(flatten)]
        db: DbArgs,
    },
    /// Rebuild the search index from the database (the server does it by
    /// itself when the index is missing or from another version; stop the
    /// server first).
    Reindex {
        #[command(flatten)]
        db: DbArgs,
    },
    /// Measurements for BENCHMARKS.md (see bench/run).
    Bench {
        #[command(subcommand)]
        what: BenchWhat,
    },
    /// Synthetic data for tests and benchmarks.
    Gen {
        #[command(subcommand)]
        what: GenWhat,
    },
    /// Demonstration data.
    Demo {
        #[command(subcommand)]
        action: DemoAction,
    },
    /// The audit log.
    Audit {
        #[command(subcommand)]
        action: AuditAction,
    },
    /// Import data.
    Import {
        #[command(subcommand)]
        what: ImportWhat,
    },
    /// Export data.
    Export {
        #[command(subcommand)]
        what: ExportWhat,
    },
    /// Apply the retention rules (`retention_*` settings): erase inactive
    /// people, closed cases and referrals, old notifications. Without
    /// `--apply`, only report what would be erased (dry run). The server
    /// applies them every day.
    Retention {
        /// Erase, rather than only report.
        #[arg(long)]
        apply: bool,
        #[command(flatten)]
        db: DbArgs,
    },
    /// Print the version.
    Version,
}

#[derive(Debug, Subcommand)]
pub(crate) enum AuditAction {
    /// Walk the chain with the audit key and report the first broken entry
    /// (exit status 1 if any); print the head to publish.
    Verify {
        /// A head published earlier (`SEQ:MAC`, from `audit head`): fail if
        /// the log no longer holds that entry unchanged (cut or rewritten).
        #[arg(long, value_name = "SEQ:MAC")]
        expect_head: Vec<crocevia_store::identity::audit::AuditHead>,
        /// A file of published heads (the server's `audit_head_file`): every
        /// one of them must still be there unchanged.
        #[arg(long, value_name = "FILE")]
        heads: Option<PathBuf>,
        #[command(flatten)]
        db: DbArgs,
    },
    /// Print the head of the audit log, `SEQ:MAC`, to publish elsewhere.
    Head {
        #[command(flatten)]
        db: DbArgs,
    },
}

#[derive(Debug, Subcommand)]
pub(crate) enum ImportWhat {
    /// Open Referral HSDS 3.0: a JSON file, a folder of JSON files, or a folder of
    /// CSV tables (upsert by id; nothing is written if any record is wrong).
    Hsds {
        /// File or folder.
        path: PathBuf,
        /// Translations of text fields (JSON list of {entity, id, field, lang, text, status}).
        #[arg(long, value_name = "FILE")]
        translations: Option<PathBuf>,
        #[command(flatten)]
        db: DbArgs,
    },
}

#[derive(Debug, Subcommand)]
pub(crate) enum ExportWhat {
    /// Open Referral HSDS 3.0: JSON files and a `csv/` folder of tables.
    Hsds {
        /// Folder to write (created if needed).
        dir: PathBuf,
        #[command(flatten)]
        db: DbArgs,
    },
}

#[derive(Debug, Subcommand)]
pub(crate) enum BenchWhat {
    /// Rebuilds the search index in a scratch folder of the data directory
    /// (timed, sized), then runs queries in this process and prints their
    /// latency percentiles.
    Search {
        /// JSON list of {"q", "lang"} (e.g. crates/web/tests/relevance/queries.json).
        #[arg(long, value_name = "FILE")]
        queries: PathBuf,
        /// How many times each query runs.
        #[arg(long, default_value_t = 50)]
        rounds: usize,
        #[command(flatten)]
        db: DbArgs,
    },
    /// The training pages ("my training", a register, the programme's
    /// totals, a certificate's PDF) and QR check-ins through the web stack
    /// in this process, over the sample `gen training` wrote; prints
    /// latency percentiles and the check-in rate.
    Training {
        /// How many rounds over the sample (up to 200 requests each).
        #[arg(long, default_value_t = 5)]
        rounds: usize,
        #[command(flatten)]
        db: DbArgs,
    },
    /// The desk's pages (person search with other spellings, case page,
    /// operator dashboard) through the web stack in this process, over the
    /// sample `gen desk` wrote; prints latency percentiles and the database
    /// size.
    Desk {
        /// How many rounds over the sample (up to 200 requests each).
        #[arg(long, default_value_t = 5)]
        rounds: usize,
        #[command(flatten)]
        db: DbArgs,
    },
}

#[derive(Debug, Subcommand)]
pub(crate) enum GenWhat {
    /// A Region's training programme on top of the demo's: operators,
    /// courses, editions with sessions, attendance, certificates and needs
    /// survey answers; writes `training-bench.json` in the data directory
    /// for `bench training`.
    Training {
        /// Operators.
        #[arg(long, default_value_t = 20_000)]
        operators: usize,
        /// Editions (ten sessions each).
        #[arg(long, default_value_t = 2_000)]
        editions: usize,
        /// Survey answer rows.
        #[arg(long, default_value_t = 100_000)]
        answers: usize,
        /// Seed of the generator.
        #[arg(long, default_value_t = 1)]
        seed: u64,
        #[command(flatten)]
        db: DbArgs,
    },
    /// People at the demo desks (names in many scripts and spellings,
    /// identifiers, permits), with about twenty visits and case events each;
    /// writes `desk-bench.json` in the data directory for `bench desk`.
    Desk {
        /// How many people.
        #[arg(long, value_name = "N")]
        people: u64,
        /// Seed of the generator (the same seed gives the same people).
        #[arg(long, default_value_t = 1)]
        seed: u64,
        #[command(flatten)]
        db: DbArgs,
    },
}

#[derive(Debug, Subcommand)]
pub(crate) enum DemoAction {
    /// Load (or refresh) the demonstration data.
    Load {
        #[command(flatten)]
        db: DbArgs,
    },
}

#[derive(Debug, Args)]
pub(crate) struct DbArgs {
    /// Data directory: SQLite database, keys, development mails [default: ./data].
    #[arg(long, value_name = "DIR")]
    pub(crate) data_dir: Option<PathBuf>,
    /// Database URL (sqlite://… or postgres://…) [default: SQLite in the data directory].
    #[arg(long, value_name = "URL")]
    pub(crate) database_url: Option<String>,
}
