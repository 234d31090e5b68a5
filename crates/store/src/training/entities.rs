//! The training tables as SeaORM entities.

entity!(
    /// `training_areas`: a territorial area of the programme.
    area, "training_areas", {
        /// Code (`to`, `at-al`).
        #[sea_orm(primary_key, auto_increment = false)]
        code: String,
        /// Name as shown.
        name: String,
        /// Order in lists.
        position: i32,
    }
);

entity!(
    /// `training_area_provinces`: the provinces an area is made of.
    area_province, "training_area_provinces", {
        /// The area.
        #[sea_orm(primary_key, auto_increment = false)]
        area_code: String,
        /// A province's code (as the agencies' territory has it).
        #[sea_orm(primary_key, auto_increment = false)]
        province: String,
    }
);

entity!(
    /// `training_lines`: a thematic line of the programme.
    line, "training_lines", {
        /// Code.
        #[sea_orm(primary_key, auto_increment = false)]
        code: String,
        /// Name as shown.
        name: String,
        /// Order in lists.
        position: i32,
    }
);

entity!(
    /// `training_courses`: a course of the programme.
    course, "training_courses", {
        /// Id.
        #[sea_orm(primary_key, auto_increment = false)]
        id: Uuid,
        /// Title.
        title: String,
        /// Thematic line.
        line_code: String,
        /// `plenary`, `supervision`, `webinar`, `distance`, `summer_school`.
        format: String,
        /// Planned length, minutes.
        minutes: i32,
        /// Target professions, comma-separated codes.
        professions: String,
        /// Description and materials.
        description: String,
        /// Completion: attended share of the hours, percent.
        completion_percent: Option<i32>,
        /// Completion: the trainer's mark is needed.
        completion_mark: bool,
        /// Who created it.
        created_by: Option<Uuid>,
        /// When.
        created_at: DateTimeUtc,
        /// Last change.
        updated_at: DateTimeUtc,
    }
);

entity!(
    /// `training_course_trainers`: who teaches a course.
    trainer, "training_course_trainers", {
        /// Id.
        #[sea_orm(primary_key, auto_increment = false)]
        id: Uuid,
        /// The course.
        course_id: Uuid,
        /// An operator with the trainer profession, or
        user_id: Option<Uuid>,
        /// an external trainer by name.
        external_name: Option<String>,
    }
);

entity!(
    /// `training_editions`: a course run in an area for a period.
    edition, "training_editions", {
        /// Id.
        #[sea_orm(primary_key, auto_increment = false)]
        id: Uuid,
        /// The course.
        course_id: Uuid,
        /// The area.
        area_code: String,
        /// Seats.
        seats: i32,
        /// Enrolment opens.
        enrol_opens: DateTimeUtc,
        /// Enrolment closes (exclusive).
        enrol_closes: DateTimeUtc,
        /// First day (`YYYY-MM-DD`).
        starts_on: String,
        /// Last day (`YYYY-MM-DD`).
        ends_on: String,
        /// Created.
        created_at: DateTimeUtc,
        /// The project it is delivered under.
        project_code: Option<String>,
    }
);

entity!(
    /// `training_sessions`: one meeting of an edition.
    session, "training_sessions", {
        /// Id.
        #[sea_orm(primary_key, auto_increment = false)]
        id: Uuid,
        /// The edition.
        edition_id: Uuid,
        /// Starts.
        starts_at: DateTimeUtc,
        /// Length, minutes.
        minutes: i32,
        /// A directory location, when held at one.
        location_id: Option<String>,
        /// A place in words.
        place: Option<String>,
        /// The link of an online session.
        online_url: Option<String>,
        /// When its participants were reminded of it.
        reminded_at: Option<DateTimeUtc>,
    }
);

entity!(
    /// `training_enrolments`: an operator in an edition.
    enrolment, "training_enrolments", {
        /// Id.
        #[sea_orm(primary_key, auto_increment = false)]
        id: Uuid,
        /// The edition.
        edition_id: Uuid,
        /// The operator.
        user_id: Uuid,
        /// `enrolled`, `waiting`, `cancelled`.
        status: String,
        /// When asked (the waiting list's order).
        requested_at: DateTimeUtc,
        /// Who enrolled them (themself or their coordinator).
        enrolled_by: Option<Uuid>,
        /// The trainer's completion mark.
        marked: bool,
        /// Last change.
        updated_at: DateTimeUtc,
    }
);

entity!(
    /// `training_attendance`: a participant at a session.
    attendance, "training_attendance", {
        /// The session.
        #[sea_orm(primary_key, auto_increment = false)]
        session_id: Uuid,
        /// The participant.
        #[sea_orm(primary_key, auto_increment = false)]
        user_id: Uuid,
        /// `present`, `late`, `excused`, `absent`.
        mark: String,
        /// Minutes attended when late.
        minutes: Option<i32>,
        /// `register` (the trainer) or `checkin` (the QR).
        source: String,
        /// When.
        recorded_at: DateTimeUtc,
        /// By whom.
        recorded_by: Option<Uuid>,
    }
);

entity!(
    /// `training_certificates`: a certificate issued on completion.
    certificate, "training_certificates", {
        /// Id.
        #[sea_orm(primary_key, auto_increment = false)]
        id: Uuid,
        /// Verification code (ten Crockford base32 characters).
        code: String,
        /// The edition completed.
        edition_id: Uuid,
        /// The holder.
        user_id: Uuid,
        /// The holder's name as issued.
        holder_name: String,
        /// The course's title as issued.
        course_title: String,
        /// Certified half hours.
        half_hours: i32,
        /// Issued.
        issued_at: DateTimeUtc,
        /// Revoked, when.
        revoked_at: Option<DateTimeUtc>,
        /// Why it was revoked.
        revoked_reason: Option<String>,
    }
);

entity!(
    /// `training_projects`: a project funding the programme.
    project, "training_projects", {
        /// Code.
        #[sea_orm(primary_key, auto_increment = false)]
        code: String,
        /// Name as shown.
        name: String,
        /// Operators it commits to train.
        people: Option<i32>,
        /// The funding statement of its certificates.
        funding: String,
        /// Whether its certificates carry the EU emblem.
        emblem: bool,
        /// Order in lists.
        position: i32,
    }
);

entity!(
    /// `training_surveys`: a needs survey.
    survey, "training_surveys", {
        /// Id.
        #[sea_orm(primary_key, auto_increment = false)]
        id: Uuid,
        /// Title.
        title: String,
        /// What it is for, shown above the questions.
        description: String,
        /// The questions (JSON of the domain's `SurveyForm`).
        definition: String,
        /// Open from (none: a draft).
        opens_at: Option<DateTimeUtc>,
        /// Closed from.
        closes_at: Option<DateTimeUtc>,
        /// The public link's token (none: no public link).
        public_token: Option<String>,
        /// Who created it.
        created_by: Option<Uuid>,
        /// When.
        created_at: DateTimeUtc,
        /// Last change.
        updated_at: DateTimeUtc,
    }
);

entity!(
    /// `training_survey_audience`: the agencies and provinces a survey asks.
    audience, "training_survey_audience", {
        /// The survey.
        #[sea_orm(primary_key, auto_increment = false)]
        survey_id: Uuid,
        /// `agency` or `province`.
        #[sea_orm(primary_key, auto_increment = false)]
        scope: String,
        /// The agency's id or the province's ISTAT code.
        #[sea_orm(primary_key, auto_increment = false)]
        code: String,
    }
);

entity!(
    /// `training_survey_respondents`: who answered (never joined to what).
    respondent, "training_survey_respondents", {
        /// The survey.
        #[sea_orm(primary_key, auto_increment = false)]
        survey_id: Uuid,
        /// The operator.
        #[sea_orm(primary_key, auto_increment = false)]
        user_id: Uuid,
    }
);

entity!(
    /// `training_survey_responses`: one person's answers, without a name.
    response, "training_survey_responses", {
        /// Random id (not time-ordered).
        #[sea_orm(primary_key, auto_increment = false)]
        id: Uuid,
        /// The survey.
        survey_id: Uuid,
        /// The respondent's agency kind.
        agency_kind: String,
        /// The respondent's profession.
        profession: String,
        /// The respondent's province (ISTAT code; empty when unknown).
        province: String,
        /// `workspace` or `public`.
        via: String,
        /// The day (never the time).
        submitted_on: String,
    }
);

entity!(
    /// `training_survey_answers`: one answered choice, point or text.
    answer, "training_survey_answers", {
        /// Id.
        #[sea_orm(primary_key, auto_increment = false)]
        id: Uuid,
        /// The response.
        response_id: Uuid,
        /// The survey.
        survey_id: Uuid,
        /// The question's name.
        question: String,
        /// A choice's name (single, multiple, ranking).
        choice: Option<String>,
        /// The scale's point, or the choice's place in a ranking.
        value: Option<i32>,
        /// Words.
        words: Option<String>,
    }
);

entity!(
    /// `training_course_needs`: a need of a survey that a course answers.
    course_need, "training_course_needs", {
        /// The course.
        #[sea_orm(primary_key, auto_increment = false)]
        course_id: Uuid,
        /// The survey.
        #[sea_orm(primary_key, auto_increment = false)]
        survey_id: Uuid,
        /// The question's name.
        #[sea_orm(primary_key, auto_increment = false)]
        question: String,
        /// A choice's name; empty for the question as a whole.
        #[sea_orm(primary_key, auto_increment = false)]
        choice: String,
    }
);
