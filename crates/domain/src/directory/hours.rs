//! Opening hours from HSDS schedules, in Italian local time: "open now, closes
//! at 13:00", "opens Tuesday at 09:00", with Italian public holidays and dated
//! exceptions.
//!
//! HSDS-IT profile: a weekly schedule has `freq = WEEKLY`, `byday`, `opens_at`
//! and `closes_at` (`HH:MM` or `HH:MM:SS`), optionally limited by
//! `valid_from`/`valid_to`. An exception is a schedule without `freq` whose
//! `valid_from`..`valid_to` covers the dates: with hours it replaces the week's
//! hours on those dates, without hours it means closed. On Italian public
//! holidays services are closed unless an exception says otherwise.

use std::fmt;

use chrono::{
    DateTime, Datelike, Duration, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Timelike, Utc,
    Weekday,
};
use serde::Deserialize;

/// The parts of an HSDS schedule that hours depend on.
#[derive(Debug, Clone, Default, Deserialize, PartialEq, Eq)]
pub struct ScheduleInput {
    /// `WEEKLY` (or `MONTHLY`, not used for hours), absent for exceptions.
    #[serde(default)]
    pub freq: Option<String>,
    /// `MO,TU,…`.
    #[serde(default)]
    pub byday: Option<String>,
    /// Opening time.
    #[serde(default)]
    pub opens_at: Option<String>,
    /// Closing time.
    #[serde(default)]
    pub closes_at: Option<String>,
    /// First date it applies (`YYYY-MM-DD`).
    #[serde(default)]
    pub valid_from: Option<String>,
    /// Last date it applies.
    #[serde(default)]
    pub valid_to: Option<String>,
}

/// A wrong schedule, said precisely enough to fix it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum HoursError {
    /// A time that is not `HH:MM`.
    #[error("time {0:?} is not HH:MM")]
    Time(String),
    /// Closing before (or at) opening.
    #[error("closes at {closes} before it opens at {opens}")]
    Order {
        /// Opening time.
        opens: String,
        /// Closing time.
        closes: String,
    },
    /// A day that is not MO, TU, WE, TH, FR, SA or SU.
    #[error("day {0:?} is not one of MO, TU, WE, TH, FR, SA, SU")]
    Day(String),
    /// A date that is not `YYYY-MM-DD`.
    #[error("date {0:?} is not YYYY-MM-DD")]
    Date(String),
    /// A weekly schedule without days or hours.
    #[error("a weekly schedule needs days, an opening and a closing time")]
    Incomplete,
}

/// One opening interval, minutes from midnight.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Span {
    opens: u16,
    closes: u16,
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct Weekly {
    days: [bool; 7],
    span: Span,
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct Exception {
    from: NaiveDate,
    to: NaiveDate,
    span: Option<Span>,
}

/// Parsed opening hours of one place.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Hours {
    weekly: Vec<Weekly>,
    exceptions: Vec<Exception>,
}

/// Where a place stands at an instant.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OpenState {
    /// Open now, until this local time.
    OpenUntil(NaiveTime),
    /// Closed; opens next at this local date and time (within two weeks).
    OpensAt(NaiveDateTime),
    /// No hours known, or none in the next two weeks.
    Unknown,
}

fn parse_time(s: &str) -> Result<u16, HoursError> {
    let err = || HoursError::Time(s.to_owned());
    let t = s.trim();
    // HSDS allows a timezone suffix; hours are local Italian time in our profile.
    let core = t.find(['Z', '+', '-']).map_or(t, |i| &t[..i]);
    let parts: Vec<&str> = core.split(':').collect();
    if !(2..=3).contains(&parts.len())
        || parts
            .iter()
            .any(|p| p.len() != 2 || !p.bytes().all(|b| b.is_ascii_digit()))
    {
        return Err(err());
    }
    let h: u16 = parts[0].parse().map_err(|_| err())?;
    let m: u16 = parts[1].parse().map_err(|_| err())?;
    if h > 24 || m > 59 || (h == 24 && m != 0) {
        return Err(err());
    }
    Ok(h * 60 + m)
}

fn parse_date(s: &str) -> Result<NaiveDate, HoursError> {
    NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d").map_err(|_| HoursError::Date(s.to_owned()))
}

fn parse_span(opens: Option<&str>, closes: Option<&str>) -> Result<Option<Span>, HoursError> {
    match (opens, closes) {
        (None, None) => Ok(None),
        (Some(o), Some(c)) => {
            let (opens_m, closes_m) = (parse_time(o)?, parse_time(c)?);
            if closes_m <= opens_m {
                return Err(HoursError::Order {
                    opens: o.to_owned(),
                    closes: c.to_owned(),
                });
            }
            Ok(Some(Span {
                opens: opens_m,
                closes: closes_m,
            }))
        }
        _ => Err(HoursError::Incomplete),
    }
}

const DAYS: [&str; 7] = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];

fn parse_days(s: &str) -> Result<[bool; 7], HoursError> {
    let mut days = [false; 7];
    for token in s.split(',').map(str::trim).filter(|t| !t.is_empty()) {
        let i = DAYS
            .iter()
            .position(|d| d.eq_ignore_ascii_case(token))
            .ok_or_else(|| HoursError::Day(token.to_owned()))?;
        days[i] = true;
    }
    Ok(days)
}

fn non_empty(s: &Option<String>) -> Option<&str> {
    s.as_deref().map(str::trim).filter(|s| !s.is_empty())
}

/// Checks one schedule as an editor typed it.
pub fn check_schedule(s: &ScheduleInput) -> Result<(), HoursError> {
    Hours::parse(std::slice::from_ref(s)).map(|_| ())
}

impl Hours {
    /// Parses HSDS schedules; monthly rules (not used for opening hours) are
    /// ignored, anything malformed is an error.
    pub fn parse(schedules: &[ScheduleInput]) -> Result<Hours, HoursError> {
        let mut hours = Hours::default();
        for s in schedules {
            let span = parse_span(non_empty(&s.opens_at), non_empty(&s.closes_at))?;
            let from = non_empty(&s.valid_from).map(parse_date).transpose()?;
            let to = non_empty(&s.valid_to).map(parse_date).transpose()?;
            match non_empty(&s.freq) {
                Some(f) if f.eq_ignore_ascii_case("WEEKLY") => {
                    let days = parse_days(non_empty(&s.byday).ok_or(HoursError::Incomplete)?)?;
                    let span = span.ok_or(HoursError::Incomplete)?;
                    hours.weekly.push(Weekly {
                        days,
                        span,
                        from,
                        to,
                    });
                }
                Some(_) => {}
                None => {
                    if let Some(from) = from {
                        hours.exceptions.push(Exception {
                            from,
                            to: to.unwrap_or(from),
                            span,
                        });
                    }
                }
            }
        }
        Ok(hours)
    }

    /// Parses, dropping schedules that do not parse (for data imported from
    /// elsewhere, checked and reported at import).
    #[must_use]
    pub fn parse_lenient(schedules: &[ScheduleInput]) -> Hours {
        let mut hours = Hours::default();
        for s in schedules {
            if let Ok(h) = Hours::parse(std::slice::from_ref(s)) {
                hours.weekly.extend(h.weekly);
                hours.exceptions.extend(h.exceptions);
            }
        }
        hours
    }

    /// Whether any hours are known.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.weekly.is_empty() && self.exceptions.is_empty()
    }

    /// The opening spans on a date, sorted.
    fn spans_on(&self, date: NaiveDate) -> Vec<Span> {
        if let Some(e) = self
            .exceptions
            .iter()
            .find(|e| e.from <= date && date <= e.to)
        {
            return e.span.into_iter().collect();
        }
        if is_italian_holiday(date) {
            return Vec::new();
        }
        let day = date.weekday().num_days_from_monday() as usize;
        let mut spans: Vec<Span> = self
            .weekly
            .iter()
            .filter(|w| {
                w.days[day] && w.from.is_none_or(|f| f <= date) && w.to.is_none_or(|t| date <= t)
            })
            .map(|w| w.span)
            .collect();
        spans.sort();
        spans
    }

    /// The state at a local (Italian) date and time.
    #[must_use]
    pub fn state_at(&self, local: NaiveDateTime) -> OpenState {
        if self.is_empty() {
            return OpenState::Unknown;
        }
        let now = (local.hour() * 60 + local.minute()) as u16;
        let today = local.date();
        for span in self.spans_on(today) {
            if span.opens <= now && now < span.closes {
                return OpenState::OpenUntil(minutes_to_time(span.closes));
            }
        }
        for offset in 0..15 {
            let date = today + Duration::days(offset);
            for span in self.spans_on(date) {
                if offset > 0 || span.opens > now {
                    return OpenState::OpensAt(date.and_time(minutes_to_time(span.opens)));
                }
            }
        }
        OpenState::Unknown
    }

    /// The week's regular hours for display: per weekday (Monday first), the
    /// spans as (opens, closes).
    #[must_use]
    pub fn week(&self) -> [Vec<(NaiveTime, NaiveTime)>; 7] {
        let mut week: [Vec<(NaiveTime, NaiveTime)>; 7] = Default::default();
        for (i, day) in week.iter_mut().enumerate() {
            let mut spans: Vec<Span> = self
                .weekly
                .iter()
                .filter(|w| w.days[i])
                .map(|w| w.span)
                .collect();
            spans.sort();
            spans.dedup();
            *day = spans
                .into_iter()
                .map(|s| (minutes_to_time(s.opens), minutes_to_time(s.closes)))
                .collect();
        }
        week
    }
}

fn minutes_to_time(m: u16) -> NaiveTime {
    NaiveTime::from_hms_opt(u32::from(m / 60) % 24, u32::from(m % 60), 0).unwrap_or(NaiveTime::MIN)
}

/// Easter Sunday (Gregorian, anonymous algorithm).
fn easter(year: i32) -> Option<NaiveDate> {
    let a = year % 19;
    let b = year / 100;
    let c = year % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    NaiveDate::from_ymd_opt(year, u32::try_from(month).ok()?, u32::try_from(day).ok()?)
}

/// National public holidays in Italy (local patron saints' days are exceptions
/// a deployment adds to its schedules).
#[must_use]
pub fn is_italian_holiday(date: NaiveDate) -> bool {
    const FIXED: [(u32, u32); 10] = [
        (1, 1),
        (1, 6),
        (4, 25),
        (5, 1),
        (6, 2),
        (8, 15),
        (11, 1),
        (12, 8),
        (12, 25),
        (12, 26),
    ];
    FIXED.contains(&(date.month(), date.day()))
        || easter(date.year()).is_some_and(|e| date == e || date == e + Duration::days(1))
}

/// Last Sunday of a month at 01:00 UTC (EU summer-time switch).
fn last_sunday_1utc(year: i32, month: u32) -> Option<DateTime<Utc>> {
    let first_next = if month == 12 {
        NaiveDate::from_ymd_opt(year + 1, 1, 1)?
    } else {
        NaiveDate::from_ymd_opt(year, month + 1, 1)?
    };
    let mut d = first_next - Duration::days(1);
    while d.weekday() != Weekday::Sun {
        d -= Duration::days(1);
    }
    Some(Utc.from_utc_datetime(&d.and_hms_opt(1, 0, 0)?))
}

/// Italian local time (CET/CEST, EU rules) of a UTC instant.
#[must_use]
pub fn italian_local(at: DateTime<Utc>) -> NaiveDateTime {
    let year = at.year();
    let summer = match (last_sunday_1utc(year, 3), last_sunday_1utc(year, 10)) {
        (Some(start), Some(end)) => start <= at && at < end,
        _ => false,
    };
    (at + Duration::hours(if summer { 2 } else { 1 })).naive_utc()
}

impl fmt::Display for OpenState {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            OpenState::OpenUntil(t) => write!(f, "open until {}", t.format("%H:%M")),
            OpenState::OpensAt(t) => write!(f, "opens {}", t.format("%Y-%m-%d %H:%M")),
            OpenState::Unknown => f.write_str("unknown"),
        }
    }
}

#[cfg(test)]
mod tests {
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
}
