//! The desk's tables as SeaORM entities.

entity!(
    /// `desk_people`: a person known to a desk.
    person, "desk_people", {
        /// Id.
        #[sea_orm(primary_key, auto_increment = false)]
        id: Uuid,
        /// Owning agency.
        agency_id: Uuid,
        /// Given names as written by the person (any script).
        given_name: String,
        /// Family names as written by the person (any script).
        family_name: String,
        /// Latin transliteration ("Given Family").
        latin_name: String,
        /// Partial date of birth (`1990`, `1990-05`, `1990-05-17`).
        birth_date: Option<String>,
        /// Year of birth (lookups).
        birth_year: Option<i32>,
        /// `female`, `male`, `other`.
        sex: Option<String>,
        /// ISO 3166 alpha-2 codes, comma-separated, sealed.
        citizenships: String,
        /// Permit type (free text from a list), sealed.
        permit_type: Option<String>,
        /// Permit expiry (`YYYY-MM-DD`), sealed.
        permit_expiry: Option<String>,
        /// The month the permit expires (`YYYY-MM`), unsealed: what the
        /// deadlines list looks rows up by.
        permit_expiry_month: Option<String>,
        /// Telephone.
        phone: Option<String>,
        /// Email.
        email: Option<String>,
        /// Address.
        address: Option<String>,
        /// Sealed JSON of special-category facts.
        sensitive: Option<String>,
        /// The record this one was merged into.
        merged_into: Option<Uuid>,
        /// Registered.
        created_at: DateTimeUtc,
        /// By.
        created_by: Uuid,
        /// Last change.
        updated_at: DateTimeUtc,
    }
);

entity!(
    /// `desk_person_names`: other names a person is known by.
    person_name, "desk_person_names", {
        /// Person.
        #[sea_orm(primary_key, auto_increment = false)]
        person_id: Uuid,
        /// The name as written.
        #[sea_orm(primary_key, auto_increment = false)]
        name: String,
    }
);

entity!(
    /// `desk_person_keys`: sound keys of every name word (finding people
    /// again).
    person_key, "desk_person_keys", {
        /// Sound key.
        #[sea_orm(primary_key, auto_increment = false)]
        key: String,
        /// Person.
        #[sea_orm(primary_key, auto_increment = false)]
        person_id: Uuid,
    }
);

entity!(
    /// `desk_person_identifiers`: tax code, STP/ENI code, permit number.
    person_identifier, "desk_person_identifiers", {
        /// `cf`, `stp`, `permit`.
        #[sea_orm(primary_key, auto_increment = false)]
        kind: String,
        /// The blind index of the normalized value
        /// ([`crocevia_domain::crypto::FieldCipher::blind_index`]); the
        /// value itself in a row not converted yet (`sealed_value` empty).
        #[sea_orm(primary_key, auto_increment = false)]
        value: String,
        /// Person.
        #[sea_orm(primary_key, auto_increment = false)]
        person_id: Uuid,
        /// The normalized value, sealed.
        sealed_value: Option<String>,
    }
);

entity!(
    /// `desk_person_languages`: languages spoken, with level.
    person_language, "desk_person_languages", {
        /// Person.
        #[sea_orm(primary_key, auto_increment = false)]
        person_id: Uuid,
        /// Language tag.
        #[sea_orm(primary_key, auto_increment = false)]
        lang: String,
        /// `native`, `fluent`, `intermediate`, `basic`.
        level: String,
    }
);

entity!(
    /// `desk_visit_reasons`: the configurable list of reasons for a visit.
    visit_reason, "desk_visit_reasons", {
        /// Code.
        #[sea_orm(primary_key, auto_increment = false)]
        code: String,
        /// Italian label.
        label_it: String,
        /// English label.
        label_en: String,
        /// Offered for new visits.
        active: bool,
        /// Order in the list.
        position: i32,
    }
);

entity!(
    /// `desk_visits`: each contact with a person.
    visit, "desk_visits", {
        /// Id.
        #[sea_orm(primary_key, auto_increment = false)]
        id: Uuid,
        /// Person.
        person_id: Uuid,
        /// Agency of the desk.
        agency_id: Uuid,
        /// When.
        at: DateTimeUtc,
        /// `desk`, `outreach`, `phone`, `online`.
        channel: String,
        /// Language used.
        lang: Option<String>,
        /// A mediator was present.
        mediator: bool,
        /// Reason codes, comma-separated.
        reasons: String,
        /// Outcome codes, comma-separated.
        outcomes: String,
        /// The guide handed over.
        guide_slug: Option<String>,
        /// Operator.
        operator_id: Uuid,
        /// The outreach desk it happened at.
        outreach_id: Option<Uuid>,
    }
);

entity!(
    /// `desk_cases`: a person taken in charge.
    case, "desk_cases", {
        /// Id.
        #[sea_orm(primary_key, auto_increment = false)]
        id: Uuid,
        /// Person.
        person_id: Uuid,
        /// Owning agency.
        agency_id: Uuid,
        /// `open`, `active`, `suspended`, `closed`.
        status: String,
        /// Opened.
        opened_at: DateTimeUtc,
        /// By.
        opened_by: Uuid,
        /// Closed.
        closed_at: Option<DateTimeUtc>,
        /// Why it was closed.
        close_reason: Option<String>,
        /// Outcome at closing.
        close_outcome: Option<String>,
        /// Last change.
        updated_at: DateTimeUtc,
    }
);

entity!(
    /// `desk_assessments`: need level per dimension, with sealed notes.
    assessment, "desk_assessments", {
        /// Id.
        #[sea_orm(primary_key, auto_increment = false)]
        id: Uuid,
        /// Case.
        case_id: Uuid,
        /// Dimension.
        dimension: String,
        /// Need level.
        need_level: String,
        /// Sealed notes.
        notes: String,
        /// When.
        assessed_at: DateTimeUtc,
        /// By.
        assessed_by: Uuid,
    }
);

entity!(
    /// `desk_case_notes`: notes with a confidentiality class, sealed.
    case_note, "desk_case_notes", {
        /// Id.
        #[sea_orm(primary_key, auto_increment = false)]
        id: Uuid,
        /// Case.
        case_id: Uuid,
        /// `general`, `health`, `legal`, `penal`.
        class: String,
        /// Sealed text.
        body: String,
        /// Author.
        author_id: Uuid,
        /// Written.
        created_at: DateTimeUtc,
    }
);

entity!(
    /// `desk_case_members`: the team of a case.
    case_member, "desk_case_members", {
        /// Case.
        #[sea_orm(primary_key, auto_increment = false)]
        case_id: Uuid,
        /// Operator.
        #[sea_orm(primary_key, auto_increment = false)]
        operator_id: Uuid,
        /// Their profession when added.
        profession: String,
        /// Added.
        added_at: DateTimeUtc,
    }
);

entity!(
    /// `desk_tasks`: a case's goals, actions and tasks.
    task, "desk_tasks", {
        /// Id.
        #[sea_orm(primary_key, auto_increment = false)]
        id: Uuid,
        /// Case.
        case_id: Uuid,
        /// `goal`, `action`, `task`.
        kind: String,
        /// The goal an action serves.
        goal_id: Option<Uuid>,
        /// What.
        title: String,
        /// Who.
        owner_id: Option<Uuid>,
        /// By when (`YYYY-MM-DD`).
        due: Option<String>,
        /// Remind from (`YYYY-MM-DD`).
        remind_on: Option<String>,
        /// `todo`, `doing`, `done`, `dropped`.
        status: String,
        /// Written by.
        created_by: Uuid,
        /// Written.
        created_at: DateTimeUtc,
        /// Last changed.
        updated_at: DateTimeUtc,
    }
);

entity!(
    /// `desk_documents`: files attached to a case, sealed.
    document, "desk_documents", {
        /// Id.
        #[sea_orm(primary_key, auto_increment = false)]
        id: Uuid,
        /// Case.
        case_id: Uuid,
        /// File name (cleaned).
        name: String,
        /// Media type read from the content.
        content_type: String,
        /// Size in bytes (before sealing).
        size: i32,
        /// Sealed content.
        body: Vec<u8>,
        /// By.
        uploaded_by: Uuid,
        /// When.
        uploaded_at: DateTimeUtc,
    }
);

entity!(
    /// `desk_outreach`: an outreach desk and its weekly session.
    outreach, "desk_outreach", {
        /// Id.
        #[sea_orm(primary_key, auto_increment = false)]
        id: Uuid,
        /// Agency running it.
        agency_id: Uuid,
        /// Name ("Sportello scuola Manzoni").
        name: String,
        /// Place.
        place: String,
        /// Address.
        address: Option<String>,
        /// ISO weekday, 1 = Monday.
        weekday: i32,
        /// Opens (`HH:MM`).
        starts: String,
        /// Closes (`HH:MM`).
        ends: String,
        /// First day (`YYYY-MM-DD`).
        valid_from: String,
        /// Last day.
        valid_until: Option<String>,
        /// Running.
        active: bool,
        /// Created.
        created_at: DateTimeUtc,
    }
);

entity!(
    /// `desk_appointments`: the calendars of operators and desks.
    appointment, "desk_appointments", {
        /// Id.
        #[sea_orm(primary_key, auto_increment = false)]
        id: Uuid,
        /// Desk (agency).
        agency_id: Uuid,
        /// Operator, when booked with one.
        operator_id: Option<Uuid>,
        /// Person, when known.
        person_id: Option<Uuid>,
        /// Outreach desk, when held there.
        outreach_id: Option<Uuid>,
        /// Starts, Italian wall-clock time (`YYYY-MM-DD HH:MM`).
        starts: String,
        /// Length in minutes.
        minutes: i32,
        /// Purpose.
        purpose: String,
        /// `booked`, `done`, `missed`, `cancelled`.
        status: String,
        /// Booked by.
        created_by: Uuid,
        /// Booked.
        created_at: DateTimeUtc,
    }
);

entity!(
    /// `desk_calendar_tokens`: the hash of each operator's calendar feed
    /// token.
    calendar_token, "desk_calendar_tokens", {
        /// Operator.
        #[sea_orm(primary_key, auto_increment = false)]
        operator_id: Uuid,
        /// SHA-256 of the token, hex.
        token_hash: String,
        /// Issued.
        created_at: DateTimeUtc,
    }
);

entity!(
    /// `desk_household`: one person's link to another, read from the first.
    household, "desk_household", {
        /// Person.
        #[sea_orm(primary_key, auto_increment = false)]
        person_id: Uuid,
        /// The other person.
        #[sea_orm(primary_key, auto_increment = false)]
        other_id: Uuid,
        /// `spouse`, `child`, `parent`, `sibling`, `other`.
        relation: String,
    }
);

entity!(
    /// `desk_legal_bases`: why a person's data may go to a recipient for a
    /// purpose (consent and the other bases), until when.
    legal_basis, "desk_legal_bases", {
        /// Id.
        #[sea_orm(primary_key, auto_increment = false)]
        id: Uuid,
        /// Person.
        person_id: Uuid,
        /// Agency that recorded it (the owner of the record).
        agency_id: Uuid,
        /// Recipient agency, when one agency is named.
        recipient_agency_id: Option<Uuid>,
        /// Recipient kind, when any agency of a kind is.
        recipient_kind: Option<String>,
        /// Purpose code.
        purpose: String,
        /// Basis code.
        basis: String,
        /// Whether it covers special-category data.
        special: bool,
        /// How it was given or documented.
        evidence: String,
        /// Language of the consent text the person signed.
        lang: Option<String>,
        /// Reference (the act, the signed form's protocol number).
        reference: Option<String>,
        /// From (`YYYY-MM-DD`).
        given_on: String,
        /// Until (`YYYY-MM-DD`, inclusive).
        expires_on: Option<String>,
        /// When the person withdrew it.
        withdrawn_at: Option<DateTimeUtc>,
        /// Recorded by.
        recorded_by: Uuid,
        /// Recorded.
        recorded_at: DateTimeUtc,
    }
);

entity!(
    /// `desk_referrals`: a person referred to another agency with a package.
    referral, "desk_referrals", {
        /// Id.
        #[sea_orm(primary_key, auto_increment = false)]
        id: Uuid,
        /// Person.
        person_id: Uuid,
        /// Case the package's case parts come from.
        case_id: Option<Uuid>,
        /// Sending agency.
        from_agency_id: Uuid,
        /// Receiving agency.
        to_agency_id: Uuid,
        /// The basis it rests on.
        basis_id: Uuid,
        /// Purpose code.
        purpose: String,
        /// Urgency code.
        urgency: String,
        /// Sealed reason.
        reason: String,
        /// Package part codes, comma-separated.
        parts: String,
        /// Sealed JSON package.
        package: String,
        /// Status code.
        status: String,
        /// Sent by.
        created_by: Uuid,
        /// Sent.
        created_at: DateTimeUtc,
        /// The receiving agency reads the package until then.
        access_until: DateTimeUtc,
        /// Accepted or declined by.
        decided_by: Option<Uuid>,
        /// Accepted or declined.
        decided_at: Option<DateTimeUtc>,
        /// Sealed reason of the decision.
        decision: Option<String>,
        /// Sealed outcome.
        outcome: Option<String>,
        /// Closed.
        closed_at: Option<DateTimeUtc>,
        /// Whether the receiving agency was told its access ends soon.
        expiry_noticed: bool,
    }
);

entity!(
    /// `desk_break_glass`: an emergency access to a record outside the
    /// operator's scope.
    break_glass, "desk_break_glass", {
        /// Id.
        #[sea_orm(primary_key, auto_increment = false)]
        id: Uuid,
        /// Operator.
        user_id: Uuid,
        /// Person.
        person_id: Uuid,
        /// The record's agency.
        agency_id: Uuid,
        /// Sealed reason.
        reason: String,
        /// Opened.
        started_at: DateTimeUtc,
        /// Ends.
        ends_at: DateTimeUtc,
    }
);

entity!(
    /// `notifications`: what an operator is told in the workspace.
    notification, "notifications", {
        /// Id.
        #[sea_orm(primary_key, auto_increment = false)]
        id: Uuid,
        /// Operator told.
        user_id: Uuid,
        /// Kind, e.g. `referral.received`.
        kind: String,
        /// Object kind, e.g. `referral`.
        object_type: String,
        /// Object id.
        object_id: Uuid,
        /// Created.
        created_at: DateTimeUtc,
        /// Read.
        read_at: Option<DateTimeUtc>,
    }
);

entity!(
    /// `desk_anonymous_activity`: the visits and cases of erased people,
    /// without the person (statistics only).
    anonymous_activity, "desk_anonymous_activity", {
        /// Id.
        #[sea_orm(primary_key, auto_increment = false)]
        id: Uuid,
        /// Agency.
        agency_id: Uuid,
        /// `visit` or `case`.
        kind: String,
        /// Day (`YYYY-MM-DD`).
        day: String,
        /// Codes: a visit's channel and reasons, a case's status and outcome.
        codes: String,
    }
);
