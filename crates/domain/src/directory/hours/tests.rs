use super::*;

fn weekly(byday: &str, opens: &str, closes: &str) -> ScheduleInput {
    ScheduleInput {
        freq: Some("WEEKLY".into()),
        byday: Some(byday.into()),
        opens_at: Some(opens.into()),
        closes_at: Some(closes.into()),
        ..ScheduleInput::default()
    }
}

fn at(s: &str) -> NaiveDateTime {
    NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").expect("datetime")
}

#[test]
fn open_now_and_next_opening() {
    let hours = Hours::parse(&[
        weekly("MO,TU,WE,TH,FR", "09:00", "13:00"),
        weekly("TU,TH", "14:30:00", "17:00"),
    ])
    .expect("valid");
    // Tuesday 24 November 2026.
    assert_eq!(
        hours.state_at(at("2026-11-24 10:00")),
        OpenState::OpenUntil(NaiveTime::from_hms_opt(13, 0, 0).expect("t"))
    );
    assert_eq!(
        hours.state_at(at("2026-11-24 13:30")),
        OpenState::OpensAt(at("2026-11-24 14:30"))
    );
    assert_eq!(
        hours.state_at(at("2026-11-27 13:00")),
        OpenState::OpensAt(at("2026-11-30 09:00")),
        "Friday afternoon: Monday morning"
    );
    assert_eq!(hours.week()[1].len(), 2);
    assert_eq!(hours.week()[1][0].recurs, Recurrence::Weekly);
    assert!(hours.week()[5].is_empty());
}

#[test]
fn holidays_and_exceptions() {
    let mut schedules = vec![weekly("MO,TU,WE,TH,FR", "09:00", "13:00")];
    let hours = Hours::parse(&schedules).expect("valid");
    // 8 December 2026 is a Tuesday and a national holiday; Easter Monday 2027 is 29 March.
    assert_eq!(
        hours.state_at(at("2026-12-08 10:00")),
        OpenState::OpensAt(at("2026-12-09 09:00"))
    );
    assert!(is_italian_holiday(
        NaiveDate::from_ymd_opt(2027, 3, 29).expect("d")
    ));
    assert!(!is_italian_holiday(
        NaiveDate::from_ymd_opt(2027, 3, 30).expect("d")
    ));
    // Closed for a week in August; special hours on Christmas Eve.
    schedules.push(ScheduleInput {
        valid_from: Some("2027-08-09".into()),
        valid_to: Some("2027-08-13".into()),
        ..ScheduleInput::default()
    });
    schedules.push(ScheduleInput {
        valid_from: Some("2026-12-24".into()),
        opens_at: Some("09:00".into()),
        closes_at: Some("11:00".into()),
        ..ScheduleInput::default()
    });
    let hours = Hours::parse(&schedules).expect("valid");
    assert_eq!(
        hours.state_at(at("2027-08-10 10:00")),
        OpenState::OpensAt(at("2027-08-16 09:00"))
    );
    assert_eq!(
        hours.state_at(at("2026-12-24 12:00")),
        OpenState::OpensAt(at("2026-12-28 09:00")),
        "closed after 11 on the 24th, then Christmas, St Stephen and the weekend"
    );
    assert_eq!(
        Hours::default().state_at(at("2026-12-24 12:00")),
        OpenState::Unknown
    );
}

#[test]
fn malformed_hours_are_refused_precisely() {
    assert_eq!(
        Hours::parse(&[weekly("MO", "25:00", "26:00")]),
        Err(HoursError::Time("25:00".into()))
    );
    assert!(matches!(
        Hours::parse(&[weekly("MO", "13:00", "09:00")]),
        Err(HoursError::Order { .. })
    ));
    assert_eq!(
        Hours::parse(&[weekly("LU", "09:00", "12:00")]),
        Err(HoursError::Day("LU".into()))
    );
    assert_eq!(
        Hours::parse(&[weekly("MO", "9", "12:00")]),
        Err(HoursError::Time("9".into()))
    );
    let mut no_close = weekly("MO", "09:00", "12:00");
    no_close.closes_at = None;
    assert_eq!(Hours::parse(&[no_close]), Err(HoursError::Incomplete));
    assert_eq!(
        Hours::parse_lenient(&[weekly("MO", "x", "y")]),
        Hours::default()
    );
}

fn monthly(byday: &str, bymonthday: &str) -> ScheduleInput {
    ScheduleInput {
        freq: Some("MONTHLY".into()),
        byday: Some(byday.into()),
        bymonthday: Some(bymonthday.into()),
        opens_at: Some("09:00".into()),
        closes_at: Some("12:00".into()),
        ..ScheduleInput::default()
    }
}

#[test]
fn monthly_rules_open_on_their_days_only() {
    // The second and fourth Tuesday, and the last Friday (as in real
    // directories' "2° e 4° martedì del mese").
    let hours = Hours::parse(&[monthly("2TU,4TU,-1FR", "")]).expect("valid");
    // January 2027: Tuesdays 5, 12, 19, 26; Fridays …, 22, 29.
    for (day, open) in [
        ("2027-01-05", false),
        ("2027-01-12", true),
        ("2027-01-19", false),
        ("2027-01-26", true),
        ("2027-01-22", false),
        ("2027-01-29", true),
    ] {
        let state = hours.state_at(at(&format!("{day} 10:00")));
        assert_eq!(
            matches!(state, OpenState::OpenUntil(_)),
            open,
            "{day}: {state}"
        );
    }
    assert_eq!(
        hours.state_at(at("2027-01-13 10:00")),
        OpenState::OpensAt(at("2027-01-26 09:00")),
        "after the second Tuesday, the fourth"
    );
    let week = hours.week();
    assert_eq!(
        week[1][0].recurs,
        Recurrence::InMonth {
            ordinals: vec![2, 4],
            every: 1
        }
    );
    assert_eq!(
        week[4][0].recurs,
        Recurrence::InMonth {
            ordinals: vec![-1],
            every: 1
        }
    );
    assert!(week[0].is_empty());
    // Days of the month: the 1st and the last.
    let dates = Hours::parse(&[monthly("", "1,-1")]).expect("valid");
    assert!(matches!(
        dates.state_at(at("2027-02-01 10:00")),
        OpenState::OpenUntil(_)
    ));
    assert!(matches!(
        dates.state_at(at("2027-03-31 10:00")),
        OpenState::OpenUntil(_)
    ));
    assert_eq!(dates.month_days()[0].days, vec![1, -1]);
}

#[test]
fn intervals_count_from_the_start_date() {
    let mut fortnightly = weekly("WE", "09:00", "12:00");
    fortnightly.interval = Some("2".into());
    assert_eq!(
        Hours::parse(&[fortnightly.clone()]),
        Err(HoursError::Anchor)
    );
    fortnightly.dtstart = Some("2027-01-13".into());
    let hours = Hours::parse(&[fortnightly]).expect("valid");
    for (day, open) in [
        ("2027-01-13", true),
        ("2027-01-20", false),
        ("2027-01-27", true),
    ] {
        assert_eq!(
            matches!(
                hours.state_at(at(&format!("{day} 10:00"))),
                OpenState::OpenUntil(_)
            ),
            open,
            "{day}"
        );
    }
    assert_eq!(hours.week()[2][0].recurs, Recurrence::EveryWeeks(2));
}

#[test]
fn malformed_recurrences_are_refused_precisely() {
    let mut bad = monthly("XX", "");
    assert_eq!(
        Hours::parse(&[bad.clone()]),
        Err(HoursError::Day("XX".into()))
    );
    bad.byday = Some("6TU".into());
    assert_eq!(
        Hours::parse(&[bad.clone()]),
        Err(HoursError::Ordinal("6TU".into()))
    );
    bad.byday = Some("-128TU".into());
    assert_eq!(
        Hours::parse(&[bad.clone()]),
        Err(HoursError::Ordinal("-128TU".into()))
    );
    bad.byday = None;
    bad.bymonthday = Some("32".into());
    assert_eq!(
        Hours::parse(&[bad.clone()]),
        Err(HoursError::MonthDay("32".into()))
    );
    bad.bymonthday = Some("-128".into());
    assert_eq!(
        Hours::parse(&[bad]),
        Err(HoursError::MonthDay("-128".into()))
    );
    assert_eq!(
        Hours::parse(&[weekly("2TU", "09:00", "12:00")]),
        Err(HoursError::Ordinal("2TU".into()))
    );
    let mut daily = weekly("MO", "09:00", "12:00");
    daily.freq = Some("DAILY".into());
    assert_eq!(
        Hours::parse(&[daily]),
        Err(HoursError::Freq("DAILY".into()))
    );
    let mut zero = weekly("MO", "09:00", "12:00");
    zero.interval = Some("0".into());
    assert_eq!(Hours::parse(&[zero]), Err(HoursError::Interval("0".into())));
    let mut bad_date = weekly("MO", "09:00", "12:00");
    bad_date.valid_from = Some("2024-13-45".into());
    assert_eq!(
        Hours::parse(&[bad_date]),
        Err(HoursError::Date("2024-13-45".into()))
    );
}

#[test]
fn italian_time_follows_summer_time() {
    let winter = Utc
        .with_ymd_and_hms(2026, 11, 22, 12, 0, 0)
        .single()
        .expect("t");
    assert_eq!(italian_local(winter), at("2026-11-22 13:00"));
    let summer = Utc
        .with_ymd_and_hms(2026, 7, 1, 12, 0, 0)
        .single()
        .expect("t");
    assert_eq!(italian_local(summer), at("2026-07-01 14:00"));
    // 29 March 2026, 00:59 UTC is still winter time; 01:00 UTC is summer time.
    let before = Utc
        .with_ymd_and_hms(2026, 3, 29, 0, 59, 0)
        .single()
        .expect("t");
    let after = Utc
        .with_ymd_and_hms(2026, 3, 29, 1, 0, 0)
        .single()
        .expect("t");
    assert_eq!(italian_local(before), at("2026-03-29 01:59"));
    assert_eq!(italian_local(after), at("2026-03-29 03:00"));
}
