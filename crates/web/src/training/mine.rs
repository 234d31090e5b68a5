//! Each operator's training record (`/app/training/mine`): their
//! enrolments, upcoming sessions, certified hours and certificates, each
//! downloadable as a PDF (`templates/certificate.typ`) with its verification
//! code and a QR code of the public verification page.

use askama::Template;
use axum::extract::Path;
use axum::response::Response;
use chrono::Utc;
use crocevia_domain::Lang;
use crocevia_domain::training::enrolment::EnrolmentStatus;
use crocevia_domain::training::verification::display;
use serde::Serialize;
use uuid::Uuid;

use super::editions::{SessionLine, session_lines};
use super::{Programme, edition_label, hours_label, hours_text};
use crate::context::Ctx;
use crate::error::{WebError, WebResult, render_html};
use crate::identity::AppChrome;

const CERTIFICATE_TYP: &str = include_str!("../../templates/certificate.typ");

/// One enrolment, as the operator sees it.
struct MyEnrolment {
    edition: Uuid,
    course: String,
    label: String,
    status: String,
}

/// One certificate.
struct MyCertificate {
    id: Uuid,
    course: String,
    hours: String,
    issued: String,
    code: String,
    revoked: bool,
}

#[derive(Template)]
#[template(path = "app_training_mine.html")]
struct MinePage {
    app: AppChrome,
    enrolments: Vec<MyEnrolment>,
    upcoming: Vec<SessionLine>,
    hours: String,
    certificates: Vec<MyCertificate>,
}

/// The operator's record.
pub(super) async fn show(ctx: Ctx) -> WebResult<Response> {
    let store = ctx.state.store();
    let me = ctx.operator.user.id;
    let tr = ctx.tr;
    let programme = Programme::load(&ctx).await?;
    let mut enrolments = Vec::new();
    let mut upcoming = Vec::new();
    let now = Utc::now();
    for e in store.enrolments_of_user(me).await? {
        if e.status == EnrolmentStatus::Cancelled {
            continue;
        }
        let Some(edition) = store.edition(e.edition).await? else {
            continue;
        };
        // The course's title in the operator's language when translated.
        let course = match store.course_texts_of(edition.input.course).await? {
            Some((italian, texts)) => {
                super::programme::course_text(Some(&texts), "title", &italian, &ctx).text
            }
            None => String::new(),
        };
        if e.status == EnrolmentStatus::Enrolled {
            upcoming.extend(
                store
                    .sessions_of(e.edition)
                    .await?
                    .into_iter()
                    .filter(|s| s.input.starts_at > now),
            );
        }
        enrolments.push(MyEnrolment {
            edition: e.edition,
            label: edition_label(&ctx, &programme, &edition.input),
            status: tr.t(&format!("training-status-{}", e.status.as_str())),
            course,
        });
    }
    upcoming.sort_by_key(|s| s.input.starts_at);
    let certificates = store.certificates_of(me).await?;
    let half_hours: u32 = certificates
        .iter()
        .filter(|c| c.revoked.is_none())
        .map(|c| c.half_hours)
        .sum();
    Ok(render_html(&MinePage {
        app: ctx.chrome("training-mine-title").await?,
        enrolments,
        upcoming: session_lines(&ctx, &upcoming).await?,
        hours: hours_label(&ctx, half_hours),
        certificates: certificates
            .into_iter()
            .map(|c| MyCertificate {
                id: c.id,
                hours: hours_label(&ctx, c.half_hours),
                issued: crate::desk::local_day(c.issued_at),
                code: display(&c.code),
                revoked: c.revoked.is_some(),
                course: c.course,
            })
            .collect(),
    }))
}

/// What the certificate's template reads.
#[derive(Debug, Serialize)]
struct CertificateDoc {
    lang: &'static str,
    fonts: Vec<&'static str>,
    rtl: bool,
    title: String,
    issuer: String,
    certifies: String,
    holder: String,
    attended: String,
    course: String,
    details: Vec<(String, String)>,
    verify: String,
    code: String,
    url: String,
    /// How the edition's project states its funding, if it does.
    funding: Option<FundingDoc>,
}

/// A project's funding statement on a certificate.
#[derive(Debug, Serialize)]
struct FundingDoc {
    /// The statement as the project's set-up has it.
    statement: String,
    /// Whether the EU emblem stands beside it.
    emblem: bool,
}

/// The certificate as a PDF: the holder's own, or any for a coordinator.
pub(super) async fn certificate_pdf(ctx: Ctx, Path(id): Path<Uuid>) -> WebResult<Response> {
    let store = ctx.state.store();
    let cert = store.certificate(id).await?.ok_or(WebError::NotFound)?;
    if cert.user != ctx.operator.user.id && !super::may_manage(&ctx).await? {
        return Err(WebError::NotFound);
    }
    let edition = store
        .edition(cert.edition)
        .await?
        .ok_or(WebError::NotFound)?;
    let programme = Programme::load(&ctx).await?;
    let tr = ctx.tr;
    let lang: Lang = ctx.lang;
    let network = crate::layout::network(
        ctx.state.network_profile().await?,
        &ctx.state.settings().default_network_name,
    )
    .name;
    let code = display(&cert.code);
    let base = ctx
        .state
        .settings()
        .link_base
        .trim_end_matches('/')
        .to_owned();
    let url = format!("{base}/{}/verify/{code}", lang.as_str());
    let mut details = vec![
        (
            tr.t("training-certificate-hours"),
            hours_text(cert.half_hours, lang),
        ),
        (
            tr.t("training-certificate-dates"),
            format!("{} – {}", edition.input.starts_on, edition.input.ends_on),
        ),
        (
            tr.t("training-area"),
            programme.area_name(&edition.input.area),
        ),
        (
            tr.t("training-certificate-issued"),
            crate::desk::local_day(cert.issued_at),
        ),
    ];
    if let Some((at, why)) = &cert.revoked {
        details.push((
            tr.t("training-certificate-revoked"),
            format!("{} — {why}", crate::desk::local_day(*at)),
        ));
    }
    let project = match &edition.input.project {
        Some(code) => store.training_project(code).await?,
        None => None,
    };
    let funding = project
        .filter(|p| !p.funding.trim().is_empty() || p.emblem)
        .map(|p| FundingDoc {
            statement: p.funding,
            emblem: p.emblem,
        });
    let doc = CertificateDoc {
        lang: lang.as_str(),
        fonts: crate::pdf::fonts_for(lang),
        rtl: lang.direction().as_str() == "rtl",
        title: tr.t("training-certificate-title"),
        certifies: crate::i18n::bare(&tr.t1("training-certificate-certifies", "issuer", &network)),
        issuer: network,
        holder: cert.holder.clone(),
        attended: tr.t("training-certificate-attended"),
        course: cert.course.clone(),
        details,
        verify: tr.t("training-certificate-verify"),
        code: code.clone(),
        url: url.clone(),
        funding,
    };
    let qr = crate::layout::qr_svg(&url).unwrap_or_default().into_bytes();
    let bytes =
        crate::pdf::typeset(&ctx.state, CERTIFICATE_TYP, doc, vec![("/qr.svg", qr)]).await?;
    Ok(crate::pdf::response(
        bytes,
        &format!("certificate-{code}.pdf"),
        false,
    ))
}

#[cfg(test)]
mod tests {
    use super::{CERTIFICATE_TYP, CertificateDoc, FundingDoc};
    use crocevia_domain::Lang;

    /// A certificate with everything at its longest: a revoked line, a long
    /// course title and the longest funding statement, in Arabic (taller
    /// lines) and Italian.
    fn longest(lang: Lang) -> CertificateDoc {
        let long = |n: usize| "Mediazione interculturale nei servizi ".repeat(n);
        CertificateDoc {
            lang: lang.as_str(),
            fonts: crate::pdf::fonts_for(lang),
            rtl: lang.direction().as_str() == "rtl",
            title: "شهادة مشاركة".to_owned(),
            issuer: "Rete Crocevia Piemonte".to_owned(),
            certifies: "تشهد الشبكة بأن".to_owned(),
            holder: "Maria Giovanna Esposito De Santis".to_owned(),
            attended: "شارك في الدورة".to_owned(),
            course: long(5).chars().take(200).collect(),
            details: vec![
                ("Ore".to_owned(), "24".to_owned()),
                ("Date".to_owned(), "2026-10-17 – 2026-10-24".to_owned()),
                (
                    "Area".to_owned(),
                    "Conferenza dei sindaci spezzina".to_owned(),
                ),
                ("Rilasciato il".to_owned(), "2026-12-08".to_owned()),
                ("Revocato".to_owned(), long(2)),
            ],
            verify: "Verifica".to_owned(),
            code: "7CVGN-G9NAM".to_owned(),
            url: "https://crocevia.example/ar/verify/7CVGN-G9NAM".to_owned(),
            funding: Some(FundingDoc {
                statement: long(20)
                    .chars()
                    .take(crocevia_store::training::projects::FUNDING_MAX)
                    .collect(),
                emblem: true,
            }),
        }
    }

    #[test]
    fn a_certificate_is_one_page_whatever_it_says() {
        let qr = crate::layout::qr_svg("https://crocevia.example/ar/verify/7CVGN-G9NAM")
            .unwrap_or_default()
            .into_bytes();
        for lang in [Lang::Ar, Lang::It] {
            let data = serde_json::to_value(longest(lang)).expect("json");
            let doc = crate::pdf::layout(CERTIFICATE_TYP, &data, vec![("/qr.svg", qr.clone())])
                .expect("typeset");
            assert_eq!(doc.pages().len(), 1, "{lang:?}");
        }
    }
}
