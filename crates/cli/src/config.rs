//! Configuration: built-in defaults, then `crocevia.toml`, then `CROCEVIA_*`
//! environment variables, then command-line flags. Secrets never appear in `Debug`.

use crocevia_store::desk::rights::RetentionRules;
use std::fmt;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use crocevia_domain::{Lang, LangSet};
use crocevia_store::DatabaseUrl;
use figment::Figment;
use figment::providers::{Env, Format, Serialized, Toml};
use secrecy::{ExposeSecret, SecretString};
use serde::{Deserialize, Serialize};

/// Raw configuration as read from every source.
#[derive(Deserialize)]
pub struct Config {
    /// Where the database, keys and development mails live.
    pub data_dir: PathBuf,
    /// Database URL; SQLite in the data directory when absent.
    pub database_url: Option<String>,
    /// Address to listen on.
    pub bind: String,
    /// Enabled UI languages (must include `it`).
    pub languages: Vec<String>,
    /// Public base URL, e.g. `https://servizi.regione.example`.
    pub public_url: Option<String>,
    /// Name shown until a network profile is stored.
    pub network_name: String,
    /// `text` or `json` logs.
    pub log_format: String,
    /// Sender of outgoing mail.
    pub mail_from: String,
    /// SMTP relay URL (`smtps://user:password@host:465`); without it mail is
    /// written as `.eml` files under `<data_dir>/mail/`.
    pub smtp_url: Option<SecretString>,
    /// Session/CSRF key as 64 hex characters; overrides the key file (needed when
    /// several instances share one PostgreSQL).
    pub session_key: Option<SecretString>,
    /// Field-encryption key as 64 hex characters; overrides the key file.
    pub field_key: Option<SecretString>,
    /// Audit-chain key as 64 hex characters; overrides `keys/audit.key`. Keep
    /// it away from whoever administers the database: with it, the audit log
    /// can be rewritten undetectably.
    pub audit_key: Option<SecretString>,
    /// The last audit entry chained without the key (from an older version);
    /// overrides `keys/audit.legacy`, which records it at the key's first use.
    pub audit_legacy_until: Option<i64>,
    /// File the server appends the audit head to (`SEQ:MAC TIME`, one line
    /// per publication), for shipping elsewhere; none: only logged.
    pub audit_head_file: Option<PathBuf>,
    /// Minutes between publications of the audit head (log line, and file
    /// when set); 0 disables them.
    pub audit_head_minutes: u32,
    /// OpenID Connect issuer URL of a regional identity provider (optional;
    /// needs `oidc_client_id` and `oidc_client_secret`).
    pub oidc_issuer: Option<String>,
    /// Client id registered with the identity provider.
    pub oidc_client_id: Option<String>,
    /// Client secret registered with the identity provider.
    pub oidc_client_secret: Option<SecretString>,
    /// Name of the identity provider on the login page.
    pub oidc_label: Option<String>,
    /// Tile URL template of the services map; empty for no base layer.
    pub map_tile_url: String,
    /// Attribution of the map tiles.
    pub map_attribution: String,
    /// How long a break-glass access to a record outside one's agency
    /// lasts, in minutes (1 to 1440).
    pub break_glass_minutes: i64,
    /// Years without activity after which a person is erased.
    pub retention_person_years: u32,
    /// Years after closing after which a case is erased.
    pub retention_case_years: u32,
    /// Years after closing after which a referral is deleted.
    pub retention_referral_years: u32,
    /// Days after which a notification is deleted.
    pub retention_notification_days: u32,
    /// Whether a trusted reverse proxy in front of every server sets
    /// `X-Forwarded-For` (then the rate limits count its last address).
    pub trust_forwarded_for: bool,
}

impl fmt::Debug for Config {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let url = self
            .database_url
            .as_deref()
            .map(|u| DatabaseUrl::parse(u).map_or_else(|e| e.shown, |u| u.redacted()));
        f.debug_struct("Config")
            .field("data_dir", &self.data_dir)
            .field("database_url", &url)
            .field("bind", &self.bind)
            .field("languages", &self.languages)
            .field("public_url", &self.public_url)
            .field("network_name", &self.network_name)
            .field("log_format", &self.log_format)
            .field("mail_from", &self.mail_from)
            .field("smtp_url", &self.smtp_url.as_ref().map(|_| "***"))
            .field("session_key", &self.session_key.as_ref().map(|_| "***"))
            .field("field_key", &self.field_key.as_ref().map(|_| "***"))
            .field("audit_key", &self.audit_key.as_ref().map(|_| "***"))
            .field("audit_legacy_until", &self.audit_legacy_until)
            .field("audit_head_file", &self.audit_head_file)
            .field("audit_head_minutes", &self.audit_head_minutes)
            .field("oidc_issuer", &self.oidc_issuer)
            .field("oidc_client_id", &self.oidc_client_id)
            .field(
                "oidc_client_secret",
                &self.oidc_client_secret.as_ref().map(|_| "***"),
            )
            .field("oidc_label", &self.oidc_label)
            .field("map_tile_url", &self.map_tile_url)
            .field("break_glass_minutes", &self.break_glass_minutes)
            .field("trust_forwarded_for", &self.trust_forwarded_for)
            .field("retention", &self.retention())
            .finish()
    }
}

#[derive(Serialize)]
struct Defaults {
    data_dir: PathBuf,
    bind: String,
    languages: Vec<&'static str>,
    network_name: String,
    log_format: String,
    mail_from: String,
    map_tile_url: String,
    map_attribution: String,
    break_glass_minutes: i64,
    audit_head_minutes: u32,
    retention_person_years: u32,
    retention_case_years: u32,
    retention_referral_years: u32,
    retention_notification_days: u32,
    trust_forwarded_for: bool,
}

/// Values given on the command line; only those present override.
#[derive(Debug, Default, Serialize)]
pub struct Overrides {
    /// `--data-dir`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data_dir: Option<PathBuf>,
    /// `--database-url`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub database_url: Option<String>,
    /// `--bind`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bind: Option<String>,
}

impl Config {
    /// Reads every source; `file` is the TOML file (default `crocevia.toml` in the
    /// working directory, ignored when absent).
    pub fn load(file: Option<&Path>, overrides: &Overrides) -> Result<Config> {
        let defaults = Defaults {
            data_dir: PathBuf::from("data"),
            bind: "127.0.0.1:8080".to_owned(),
            languages: Lang::ALL.iter().map(|l| l.as_str()).collect(),
            network_name: "Crocevia".to_owned(),
            log_format: "text".to_owned(),
            mail_from: "Crocevia <noreply@localhost>".to_owned(),
            map_tile_url: "https://tile.openstreetmap.org/{z}/{x}/{y}.png".to_owned(),
            map_attribution: "© OpenStreetMap contributors".to_owned(),
            break_glass_minutes: 60,
            audit_head_minutes: 60,
            retention_person_years: RetentionRules::default().inactive_person_years,
            retention_case_years: RetentionRules::default().closed_case_years,
            retention_referral_years: RetentionRules::default().closed_referral_years,
            retention_notification_days: RetentionRules::default().notification_days,
            trust_forwarded_for: false,
        };
        let mut figment = Figment::from(Serialized::defaults(defaults));
        match file {
            Some(path) => {
                anyhow::ensure!(
                    path.is_file(),
                    "configuration file {} does not exist",
                    path.display()
                );
                figment = figment.merge(Toml::file_exact(path));
            }
            None => figment = figment.merge(Toml::file("crocevia.toml")),
        }
        let config: Config = figment
            .merge(Env::prefixed("CROCEVIA_").ignore(&["log"]))
            .merge(Serialized::defaults(overrides))
            .extract()
            .map_err(|e| anyhow::anyhow!("invalid configuration: {e}"))?;
        anyhow::ensure!(
            (1..=1440).contains(&config.break_glass_minutes),
            "invalid configuration: `break_glass_minutes` must be between 1 and 1440, got {}",
            config.break_glass_minutes
        );
        for (name, value) in [
            ("retention_person_years", config.retention_person_years),
            ("retention_case_years", config.retention_case_years),
            ("retention_referral_years", config.retention_referral_years),
            (
                "retention_notification_days",
                config.retention_notification_days,
            ),
        ] {
            anyhow::ensure!(
                value >= 1,
                "invalid configuration: `{name}` must be at least 1, got {value}"
            );
        }
        Ok(config)
    }

    /// How long records are kept.
    pub fn retention(&self) -> RetentionRules {
        RetentionRules {
            inactive_person_years: self.retention_person_years,
            closed_case_years: self.retention_case_years,
            closed_referral_years: self.retention_referral_years,
            notification_days: self.retention_notification_days,
        }
    }

    /// The enabled languages, validated.
    pub fn language_set(&self) -> Result<LangSet> {
        LangSet::parse(&self.languages).context("invalid `languages` setting")
    }

    /// The identity provider, when configured: all of issuer, client id and
    /// secret, or none of them.
    pub fn oidc(&self) -> Result<Option<crocevia_web::identity::oidc::OidcSettings>> {
        match (
            &self.oidc_issuer,
            &self.oidc_client_id,
            &self.oidc_client_secret,
        ) {
            (None, None, None) => Ok(None),
            (Some(issuer), Some(client_id), Some(client_secret)) => {
                anyhow::ensure!(
                    crocevia_web::identity::oidc::issuer_allowed(issuer),
                    "`oidc_issuer` must be an https URL (plain http only on the loopback \
                     interface, for tests), got {issuer:?}"
                );
                Ok(Some(crocevia_web::identity::oidc::OidcSettings {
                    issuer: issuer.trim_end_matches('/').to_owned(),
                    client_id: client_id.clone(),
                    client_secret: client_secret.clone(),
                    label: self.oidc_label.clone().unwrap_or_else(|| "SSO".to_owned()),
                }))
            }
            _ => anyhow::bail!(
                "OpenID Connect needs all of `oidc_issuer`, `oidc_client_id` and `oidc_client_secret`"
            ),
        }
    }

    /// The services map's tiles, unless the URL is empty.
    pub fn map_tiles(&self) -> Option<(String, String)> {
        Some(self.map_tile_url.trim())
            .filter(|u| !u.is_empty())
            .map(|u| (u.to_owned(), self.map_attribution.clone()))
    }

    /// The database to use: the configured URL, or SQLite in the data directory.
    pub fn database(&self, data_dir: &Path) -> Result<DatabaseUrl> {
        match &self.database_url {
            Some(url) => Ok(DatabaseUrl::parse(url)?),
            None => Ok(DatabaseUrl::sqlite_file(&data_dir.join("crocevia.db"))),
        }
    }
}

/// Parses a 64-hex-character key from configuration.
pub fn parse_hex_key(name: &str, value: &SecretString) -> Result<[u8; 32]> {
    let bytes = hex::decode(value.expose_secret().trim())
        .ok()
        .filter(|b| b.len() == 32)
        .with_context(|| format!("`{name}` must be 64 hexadecimal characters (32 bytes)"))?;
    let mut key = [0u8; 32];
    key.copy_from_slice(&bytes);
    Ok(key)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_hides_secrets() {
        let mut config = Config {
            data_dir: "d".into(),
            database_url: Some("postgres://u:topsecret@h/db".into()),
            bind: "b".into(),
            languages: vec!["it".into()],
            public_url: None,
            network_name: "n".into(),
            log_format: "text".into(),
            mail_from: "x <x@y.z>".into(),
            smtp_url: Some(SecretString::from("smtps://u:mailsecret@h")),
            session_key: Some(SecretString::from("aa".repeat(32))),
            field_key: None,
            audit_key: Some(SecretString::from("bb".repeat(32))),
            audit_legacy_until: None,
            audit_head_file: None,
            audit_head_minutes: 60,
            oidc_issuer: Some("https://idp.example".into()),
            oidc_client_id: Some("crocevia".into()),
            oidc_client_secret: Some(SecretString::from("oidcsecret")),
            oidc_label: None,
            map_tile_url: String::new(),
            map_attribution: String::new(),
            break_glass_minutes: 60,
            retention_person_years: 10,
            retention_case_years: 10,
            retention_referral_years: 5,
            retention_notification_days: 365,
            trust_forwarded_for: false,
        };
        let shown = format!("{config:?}");
        assert!(!shown.contains("oidcsecret"));
        assert!(config.oidc().is_ok_and(|o| o.is_some()));

        assert!(!shown.contains("topsecret"));
        assert!(!shown.contains("aaaa"));
        assert!(!shown.contains("bbbb"));
        assert!(!shown.contains("mailsecret"));
        config.oidc_issuer = Some("http://idp.example".into());
        assert!(config.oidc().is_err(), "a plain http issuer is refused");
        config.oidc_issuer = Some("http://127.0.0.1:8080".into());
        assert!(config.oidc().is_ok(), "except on loopback");
    }

    #[test]
    fn hex_keys_must_be_32_bytes() {
        assert!(parse_hex_key("k", &SecretString::from("ab".repeat(32))).is_ok());
        assert!(parse_hex_key("k", &SecretString::from("ab".repeat(31))).is_err());
        assert!(parse_hex_key("k", &SecretString::from("zz".repeat(32))).is_err());
    }
}
