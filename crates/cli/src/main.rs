//! `crocevia`: the one binary of the platform.
//!
//! `serve` starts the web application (creating the data directory, keys and
//! database on first start), `migrate` applies schema migrations, `demo load`
//! loads labelled demonstration data, `version` prints the version.

mod args;
mod audit;
mod bench;
mod config;
mod datadir;
mod demo;
mod directory_io;
mod synthetic;

use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context, Result};
use clap::Parser;
use crocevia_store::Store;
use crocevia_web::{AppState, SecretKey, WebSettings};
use secrecy::ExposeSecret;
use tracing_subscriber::EnvFilter;

use crate::args::{
    AuditAction, BenchWhat, Cli, Command, DemoAction, ExportWhat, GenWhat, ImportWhat,
};
use crate::config::{Config, Overrides, parse_hex_key};
use crate::datadir::DataDir;

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::FAILURE
        }
    }
}

/// What to do once configuration, data directory and database are ready.
#[derive(Debug, Clone)]
enum Action {
    Serve {
        demo: bool,
    },
    Migrate,
    Retention {
        apply: bool,
    },
    Reindex,
    DemoLoad,
    AuditVerify {
        expect: Vec<crocevia_store::identity::audit::AuditHead>,
        heads: Option<PathBuf>,
    },
    AuditHead,
    ImportHsds {
        path: PathBuf,
        translations: Option<PathBuf>,
    },
    ExportHsds {
        dir: PathBuf,
    },
    BenchSearch {
        queries: PathBuf,
        rounds: usize,
    },
    BenchDesk {
        rounds: usize,
    },
    BenchTraining {
        rounds: usize,
    },
    GenTraining {
        size: synthetic::training::Size,
        seed: u64,
    },
    GenDesk {
        people: u64,
        seed: u64,
    },
}

fn run(cli: Cli) -> Result<()> {
    let (db, bind, action) = match cli.command {
        Command::Version => {
            println!("crocevia {}", env!("CARGO_PKG_VERSION"));
            return Ok(());
        }
        Command::Serve { db, bind, demo } => (db, bind, Action::Serve { demo }),
        Command::Migrate { db } => (db, None, Action::Migrate),
        Command::Retention { apply, db } => (db, None, Action::Retention { apply }),
        Command::Reindex { db } => (db, None, Action::Reindex),
        Command::Bench {
            what:
                BenchWhat::Search {
                    queries,
                    rounds,
                    db,
                },
        } => (db, None, Action::BenchSearch { queries, rounds }),
        Command::Bench {
            what: BenchWhat::Desk { rounds, db },
        } => (db, None, Action::BenchDesk { rounds }),
        Command::Gen {
            what: GenWhat::Desk { people, seed, db },
        } => (db, None, Action::GenDesk { people, seed }),
        Command::Bench {
            what: BenchWhat::Training { rounds, db },
        } => (db, None, Action::BenchTraining { rounds }),
        Command::Gen {
            what:
                GenWhat::Training {
                    operators,
                    editions,
                    answers,
                    seed,
                    db,
                },
        } => (
            db,
            None,
            Action::GenTraining {
                size: synthetic::training::Size {
                    operators,
                    editions,
                    sessions: 10,
                    answers,
                },
                seed,
            },
        ),
        Command::Demo {
            action: DemoAction::Load { db },
        } => (db, None, Action::DemoLoad),
        Command::Audit {
            action:
                AuditAction::Verify {
                    expect_head,
                    heads,
                    db,
                },
        } => (
            db,
            None,
            Action::AuditVerify {
                expect: expect_head,
                heads,
            },
        ),
        Command::Audit {
            action: AuditAction::Head { db },
        } => (db, None, Action::AuditHead),
        Command::Import {
            what:
                ImportWhat::Hsds {
                    path,
                    translations,
                    db,
                },
        } => (db, None, Action::ImportHsds { path, translations }),
        Command::Export {
            what: ExportWhat::Hsds { dir, db },
        } => (db, None, Action::ExportHsds { dir }),
    };
    let overrides = Overrides {
        data_dir: db.data_dir,
        database_url: db.database_url,
        bind,
    };
    let config = Config::load(cli.config.as_deref(), &overrides)?;
    init_logging(&config.log_format);
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .context("cannot start the async runtime")?;
    runtime.block_on(execute(config, action))
}

async fn execute(config: Config, action: Action) -> Result<()> {
    // Validate everything cheap before touching the disk or the network.
    let languages = config.language_set()?;
    // Checked before anything is opened, whatever the command.
    let oidc = config.oidc()?;
    let bind: Option<SocketAddr> = match action {
        Action::Serve { .. } => Some(config.bind.parse().with_context(|| {
            format!(
                "invalid bind address {:?}: expected IP:PORT, e.g. 127.0.0.1:8080",
                config.bind
            )
        })?),
        _ => None,
    };
    let data_dir = DataDir::prepare(&config.data_dir)?;
    let url = config.database(data_dir.path())?;
    // Before anything is appended: every entry from now on is keyed.
    let store = Store::connect(&url)
        .await?
        .with_audit_key(audit::key(&config, &data_dir)?);
    let applied = store.migrate().await?;
    let legacy = audit::legacy_until(&config, &data_dir, &store).await?;
    let store = store.with_audit_legacy_until(legacy);
    let session_key = match &config.session_key {
        Some(hex) => parse_hex_key("session_key", hex)?,
        None => data_dir.key("session")?,
    };
    // The demo passwords have a key of their own: one printed demo password
    // tells nothing about the key that signs CSRF tokens.
    let demo_key = crocevia_web::derive_key(&session_key, "demo-passwords");
    tracing::info!(
        backend = %store.backend(),
        applied = applied.len(),
        "database ready"
    );
    match action.clone() {
        Action::Migrate => {
            if applied.is_empty() {
                println!("database is up to date");
            } else {
                for name in &applied {
                    println!("applied {name}");
                }
            }
            store.close().await?;
            return Ok(());
        }
        Action::GenDesk { people, seed } => {
            store.load_demo().await?;
            store
                .load_demo_operators(demo::password_for(&demo_key))
                .await?;
            let field_key = match &config.field_key {
                Some(hex) => parse_hex_key("field_key", hex)?,
                None => data_dir.key("field")?,
            };
            let cipher = crocevia_domain::crypto::FieldCipher::new(&field_key);
            let sample = data_dir.path().join("desk-bench.json");
            let result = synthetic::desk(&store, &cipher, people, seed, &sample).await;
            store.close().await?;
            return result;
        }
        Action::GenTraining { size, seed } => {
            store.load_demo().await?;
            store
                .load_demo_operators(demo::password_for(&demo_key))
                .await?;
            store.load_demo_training().await?;
            let sample = data_dir.path().join("training-bench.json");
            let result = synthetic::training::training(&store, size, seed, &sample).await;
            store.close().await?;
            return result;
        }
        Action::DemoLoad => {
            store.load_demo().await?;
            store.load_demo_directory().await?;
            store.load_demo_guides().await?;
            let logins = store
                .load_demo_operators(demo::password_for(&demo_key))
                .await?;
            store.load_demo_training().await?;
            println!("demo data loaded");
            demo::print_logins(&logins);
            store.close().await?;
            return Ok(());
        }
        Action::ImportHsds { path, translations } => {
            let result = directory_io::import(&store, &path, translations.as_deref()).await;
            store.close().await?;
            return result;
        }
        Action::ExportHsds { dir } => {
            let result = directory_io::export(&store, &dir).await;
            store.close().await?;
            return result;
        }
        Action::Retention { apply } => {
            let rules = config.retention();
            let now = chrono::Utc::now();
            let report = if apply {
                store.apply_retention(&rules, now, retention_trail).await?
            } else {
                store.retention_report(&rules, now).await?
            };
            store.close().await?;
            println!(
                "{} {}",
                if apply {
                    "erased:"
                } else {
                    "would erase (dry run):"
                },
                retention_summary(&report)
            );
            return Ok(());
        }
        Action::AuditVerify { expect, heads } => {
            let result = audit::verify(&store, &expect, heads.as_deref()).await;
            store.close().await?;
            return result;
        }
        Action::AuditHead => {
            let head = store.audit_head().await;
            store.close().await?;
            println!("{}", head?);
            return Ok(());
        }
        Action::Serve { demo: true } => {
            store.load_demo().await?;
            store.load_demo_directory().await?;
            store.load_demo_guides().await?;
            let logins = store
                .load_demo_operators(demo::password_for(&demo_key))
                .await?;
            store.load_demo_training().await?;
            tracing::info!("demo data loaded");
            demo::print_logins(&logins);
        }
        Action::Serve { demo: false }
        | Action::Reindex
        | Action::BenchSearch { .. }
        | Action::BenchDesk { .. }
        | Action::BenchTraining { .. } => {}
    }
    // Encrypts TOTP secrets now, special-category fields of the desk later.
    let field_key = match &config.field_key {
        Some(hex) => parse_hex_key("field_key", hex)?,
        None => data_dir.key("field")?,
    };
    let mailer = match &config.smtp_url {
        Some(url) => crocevia_web::mail::Mailer::smtp(url.expose_secret())
            .context("invalid `smtp_url` setting")?,
        None => crocevia_web::mail::Mailer::Files(data_dir.path().join("mail")),
    };
    let link_base = config
        .public_url
        .clone()
        .unwrap_or_else(|| format!("http://{}", config.bind));
    let settings = WebSettings {
        languages,
        public_url: config.public_url.clone(),
        default_network_name: config.network_name.clone(),
        session_key: SecretKey::new(session_key),
        field_key: SecretKey::new(field_key),
        mailer,
        mail_from: config.mail_from.clone(),
        mail_retry: std::time::Duration::from_secs(30),
        link_base,
        break_glass_minutes: config.break_glass_minutes,
        retention: config.retention(),
        oidc,
        map_tiles: config.map_tiles(),
        trust_forwarded_for: config.trust_forwarded_for,
    };
    if matches!(action, Action::Reindex) {
        let dir = data_dir.path().join("search");
        let state =
            AppState::new(store.clone(), settings, Some(dir.clone())).with_context(|| {
                format!(
                    "cannot open the search index in {} (is a server running?)",
                    dir.display()
                )
            })?;
        let started = std::time::Instant::now();
        let documents = state.search().rebuild(&state).await?;
        println!(
            "search index rebuilt: {documents} documents in {:.1} s ({})",
            started.elapsed().as_secs_f64(),
            dir.display()
        );
        store.close().await?;
        return Ok(());
    }
    if let Action::BenchSearch { queries, rounds } = &action {
        let dir = data_dir.path().join("search-bench");
        let result = bench::search(&store, settings, &dir, queries, *rounds).await;
        store.close().await?;
        return result;
    }
    if let Action::BenchTraining { rounds } = &action {
        let sample = data_dir.path().join("training-bench.json");
        let result = bench::training(&store, settings, &sample, *rounds).await;
        store.close().await?;
        return result;
    }
    if let Action::BenchDesk { rounds } = &action {
        let sample = data_dir.path().join("desk-bench.json");
        let result = bench::desk(&store, settings, &sample, *rounds).await;
        store.close().await?;
        return result;
    }
    let Some(addr) = bind else {
        return Ok(());
    };
    let listener = tokio::net::TcpListener::bind(addr)
        .await
        .map_err(|e| listen_error(addr, &e))?;
    let state = AppState::new(
        store.clone(),
        settings,
        Some(data_dir.path().join("search")),
    )?;
    // Free text written in plain text before it was sealed (a migration
    // does not see the field key): sealed before the first request.
    let sealed = crocevia_web::desk::seal_at_start(&state).await?;
    if sealed > 0 {
        tracing::info!(sealed, "plain-text desk fields sealed");
    }
    // Build the directory's read model before the first visitor waits for it.
    let directory = state.directory().await?;
    tracing::info!(
        services = directory.services.len(),
        places = directory.listings.len(),
        "services directory ready"
    );
    drop(directory);
    // The search index: rebuilt when missing or from another analyzer
    // version, then kept current from the outbox in the background.
    state.search().sync(&state, true).await?;
    tracing::info!(
        documents = state.search().index().len(),
        "search index ready"
    );
    crocevia_web::search::spawn_sync(state.clone());
    crocevia_web::mail::outbox::spawn_outbox(state.clone());
    spawn_maintenance(state.clone());
    audit::spawn_head_publisher(
        store.clone(),
        config.audit_head_file.clone(),
        config.audit_head_minutes,
    );
    let app = crocevia_web::router(state);
    println!("Crocevia is listening on http://{addr}/ (press Ctrl-C to stop)");
    tracing::info!(%addr, "listening");
    crocevia_web::serve(
        listener,
        app,
        crocevia_web::shutdown_signal(),
        crocevia_web::ServeLimits::default(),
    )
    .await
    .context("the server stopped with an error")?;
    store.close().await?;
    tracing::info!("stopped");
    Ok(())
}

/// The server's scheduled work: every hour, the receiving agencies whose
/// referral access ends soon are told; at start and every six hours the
/// planner's statistics are refreshed ([`Store::optimize`]); at start and
/// every day the retention rules are applied.
fn spawn_maintenance(state: AppState) {
    tokio::spawn(async move {
        let mut every = tokio::time::interval(std::time::Duration::from_secs(3600));
        let mut hours = 0u64;
        loop {
            every.tick().await;
            if hours.is_multiple_of(6)
                && let Err(e) = state.store().optimize().await
            {
                tracing::warn!(error = %e, "database maintenance failed");
            }
            if hours.is_multiple_of(24) {
                apply_retention(&state).await;
            }
            match crocevia_web::desk::notice_ending_access(&state).await {
                Ok(0) => {}
                Ok(n) => tracing::info!(referrals = n, "ending referral access noticed"),
                Err(e) => tracing::warn!(error = %e, "referral access notices failed"),
            }
            match crocevia_web::training::remind_tomorrow(&state).await {
                Ok(0) => {}
                Ok(n) => tracing::info!(sessions = n, "training reminders sent"),
                Err(e) => tracing::warn!(error = %e, "training reminders failed"),
            }
            hours += 1;
        }
    });
}

/// The daily retention run, audited; a failure is logged and retried the
/// next day.
async fn apply_retention(state: &AppState) {
    let rules = state.settings().retention;
    match state
        .store()
        .apply_retention(&rules, chrono::Utc::now(), retention_trail)
        .await
    {
        Ok(report) => {
            tracing::info!(
                people = report.people.len(),
                cases = report.cases.len(),
                referrals = report.referrals.len(),
                notifications = report.notifications,
                "retention applied"
            );
        }
        Err(e) => tracing::warn!(error = %e, "retention run failed"),
    }
}

/// The audit entry of a retention run, written with what it erased.
fn retention_trail(
    report: &crocevia_store::desk::rights::RetentionReport,
) -> crocevia_store::act::Trail {
    let mut event =
        crocevia_store::identity::audit::AuditEvent::new("desk.retention.apply", "retention", None);
    event.purpose = Some(retention_summary(report));
    crocevia_store::act::Trail::new(event)
}

/// What a retention run erased (or would), in numbers.
fn retention_summary(r: &crocevia_store::desk::rights::RetentionReport) -> String {
    format!(
        "{} inactive people, {} closed cases, {} closed referrals, {} old notifications",
        r.people.len(),
        r.cases.len(),
        r.referrals.len(),
        r.notifications
    )
}

/// A listening failure explained: the usual cause is a port already in use.
fn listen_error(addr: SocketAddr, e: &std::io::Error) -> anyhow::Error {
    match e.kind() {
        std::io::ErrorKind::AddrInUse => anyhow::anyhow!(
            "cannot listen on {addr}: the address is already in use (is another Crocevia \
             running?); choose another with --bind"
        ),
        std::io::ErrorKind::PermissionDenied => anyhow::anyhow!(
            "cannot listen on {addr}: permission denied (ports below 1024 need privileges); \
             choose another with --bind"
        ),
        _ => anyhow::anyhow!("cannot listen on {addr}: {e}"),
    }
}

fn init_logging(format: &str) {
    let filter = EnvFilter::try_from_env("CROCEVIA_LOG")
        .unwrap_or_else(|_| EnvFilter::new("info,sqlx=warn,sea_orm=warn,sea_orm_migration=warn"));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    if format == "json" {
        builder.json().init();
    } else {
        builder.init();
    }
}
