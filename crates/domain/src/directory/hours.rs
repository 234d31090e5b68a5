//! Opening hours from HSDS schedules, in Italian local time: "open now, closes
//! at 13:00", "opens Tuesday at 09:00", with Italian public holidays and dated
//! exceptions.
//!
//! HSDS-IT profile: a weekly schedule has `freq = WEEKLY`, `byday`, `opens_at`
//! and `closes_at` (`HH:MM` or `HH:MM:SS`), optionally limited by
//! `valid_from`/`valid_to` (and `until`). A monthly one (`freq = MONTHLY`)
//! names its days by `byday` with an optional ordinal (`2TU,4TU`: the second
//! and fourth Tuesday; `-1FR`: the last Friday) and/or by `bymonthday`
//! (`1,15`; `-1` the last day). `interval` repeats every N weeks or months,
//! counted from `dtstart` (else `valid_from`). This is the RFC 5545 subset
//! HSDS schedules use; `count` is accepted and not used. An exception is a
//! schedule without `freq` whose `valid_from`..`valid_to` covers the dates:
//! with hours it replaces the regular hours on those dates, without hours it
//! means closed. On Italian public holidays services are closed unless an
//! exception says otherwise.

use std::fmt;

use chrono::{
    DateTime, Datelike, Duration, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Timelike, Utc,
    Weekday,
};
use serde::Deserialize;

/// The parts of an HSDS schedule that hours depend on.
#[derive(Debug, Clone, Default, Deserialize, PartialEq, Eq)]
pub struct ScheduleInput {
    /// `WEEKLY` or `MONTHLY`, absent for exceptions.
    #[serde(default)]
    pub freq: Option<String>,
    /// `MO,TU,…`; in a monthly rule with an optional ordinal (`2TU`, `-1FR`).
    #[serde(default)]
    pub byday: Option<String>,
    /// Days of the month of a monthly rule (`1,15`, `-1` the last).
    #[serde(default, deserialize_with = "text_or_number")]
    pub bymonthday: Option<String>,
    /// Every how many weeks or months (default 1).
    #[serde(default, deserialize_with = "text_or_number")]
    pub interval: Option<String>,
    /// The first occurrence, from which `interval` counts (`YYYY-MM-DD`).
    #[serde(default)]
    pub dtstart: Option<String>,
    /// The last date the rule applies (`YYYY-MM-DD`).
    #[serde(default)]
    pub until: Option<String>,
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
    /// A frequency other than WEEKLY and MONTHLY.
    #[error("freq {0:?} is not WEEKLY or MONTHLY")]
    Freq(String),
    /// A day with an ordinal in a weekly rule, or an ordinal out of range.
    #[error("day {0:?}: an ordinal (1 to 5, or -1 to -5) belongs to a MONTHLY schedule")]
    Ordinal(String),
    /// A day of the month out of range.
    #[error("day of the month {0:?} is not 1 to 31 (or -1 to -31)")]
    MonthDay(String),
    /// An interval that is not a whole number from 1 up.
    #[error("interval {0:?} is not a whole number from 1 up")]
    Interval(String),
    /// An interval over 1 without the date it counts from.
    #[error("an interval over 1 needs dtstart (or valid_from) to count from")]
    Anchor,
}

/// A text field that some files write as a number (`interval: 2`).
fn text_or_number<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Raw {
        Text(String),
        Number(f64),
    }
    Ok(match Option::<Raw>::deserialize(d)? {
        None => None,
        Some(Raw::Text(t)) => Some(t),
        Some(Raw::Number(n)) => Some(n.to_string()),
    })
}

/// One opening interval, minutes from midnight.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Span {
    opens: u16,
    closes: u16,
}

/// Which days a regular rule opens.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Days {
    /// These weekdays (Monday first), every `every` weeks.
    Weekly([bool; 7]),
    /// These weekdays, each in every week of the month (`None`) or only its
    /// Nth (1..5) or Nth-from-last (-1..-5); and these days of the month.
    Monthly {
        weekdays: Vec<(Option<i8>, usize)>,
        month_days: Vec<i8>,
    },
}

/// A regular rule: days, hours, how often and when it applies.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Rule {
    days: Days,
    span: Span,
    /// Every how many weeks or months.
    every: u32,
    /// The date `every` counts from.
    anchor: Option<NaiveDate>,
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
}

impl Rule {
    /// Whether the rule opens on `date` (holidays and exceptions aside).
    fn applies(&self, date: NaiveDate) -> bool {
        if self.from.is_some_and(|f| date < f) || self.to.is_some_and(|t| date > t) {
            return false;
        }
        let day = date.weekday().num_days_from_monday() as usize;
        match &self.days {
            Days::Weekly(days) => {
                days[day]
                    && self.anchor.is_none_or(|a| {
                        let weeks = (monday_of(date) - monday_of(a)).num_weeks();
                        weeks >= 0 && weeks % i64::from(self.every) == 0
                    })
            }
            Days::Monthly {
                weekdays,
                month_days,
            } => {
                let in_cycle = self.anchor.is_none_or(|a| {
                    let months =
                        (date.year() - a.year()) * 12 + date.month() as i32 - a.month() as i32;
                    months >= 0 && i64::from(months) % i64::from(self.every) == 0
                });
                let last = days_in_month(date);
                let nth = i8::try_from((date.day() - 1) / 7 + 1).unwrap_or(0);
                let nth_last = -i8::try_from((last - date.day()) / 7 + 1).unwrap_or(0);
                let by_weekday = weekdays
                    .iter()
                    .any(|(n, d)| *d == day && n.is_none_or(|n| n == nth || n == nth_last));
                let day_of_month = i8::try_from(date.day()).unwrap_or(0);
                let from_end =
                    i8::try_from(i64::from(date.day()) - i64::from(last) - 1).unwrap_or(0);
                let by_date = month_days
                    .iter()
                    .any(|d| *d == day_of_month || *d == from_end);
                in_cycle && (by_weekday || by_date)
            }
        }
    }
}

fn monday_of(date: NaiveDate) -> NaiveDate {
    date - Duration::days(i64::from(date.weekday().num_days_from_monday()))
}

fn days_in_month(date: NaiveDate) -> u32 {
    let (y, m) = if date.month() == 12 {
        (date.year() + 1, 1)
    } else {
        (date.year(), date.month() + 1)
    };
    NaiveDate::from_ymd_opt(y, m, 1)
        .and_then(|first| first.pred_opt())
        .map_or(28, |d| d.day())
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
    rules: Vec<Rule>,
    exceptions: Vec<Exception>,
}

/// How often an opening of [`Hours::week`] recurs.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Recurrence {
    /// Every week.
    Weekly,
    /// Every this many weeks.
    EveryWeeks(u32),
    /// Only these weeks of the month (1..5, -1 the last), every `every`
    /// months.
    InMonth {
        /// Which occurrences of the weekday.
        ordinals: Vec<i8>,
        /// Every how many months.
        every: u32,
    },
}

/// One opening of a weekday in the regular hours.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Opening {
    /// Opening time.
    pub opens: NaiveTime,
    /// Closing time.
    pub closes: NaiveTime,
    /// How often.
    pub recurs: Recurrence,
}

/// Openings on days of the month (`bymonthday`), for display.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MonthDays {
    /// The days (1..31, -1 the last).
    pub days: Vec<i8>,
    /// Opening time.
    pub opens: NaiveTime,
    /// Closing time.
    pub closes: NaiveTime,
    /// Every how many months.
    pub every: u32,
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

/// `byday`'s days, each with its ordinal when it has one (`2TU`, `-1FR`).
fn parse_days(s: &str) -> Result<Vec<(Option<i8>, usize)>, HoursError> {
    let mut days = Vec::new();
    for token in s.split(',').map(str::trim).filter(|t| !t.is_empty()) {
        let split = token.len().saturating_sub(2);
        let (ordinal, day) = token.split_at_checked(split).unwrap_or(("", token));
        let i = DAYS
            .iter()
            .position(|d| d.eq_ignore_ascii_case(day))
            .ok_or_else(|| HoursError::Day(token.to_owned()))?;
        let ordinal = match ordinal {
            "" => None,
            n => match n.trim_start_matches('+').parse::<i8>() {
                Ok(n) if (1..=5).contains(&n.unsigned_abs()) => Some(n),
                Ok(_) => return Err(HoursError::Ordinal(token.to_owned())),
                Err(_) => return Err(HoursError::Day(token.to_owned())),
            },
        };
        days.push((ordinal, i));
    }
    Ok(days)
}

/// `bymonthday`'s days (1..31, -1..-31).
fn parse_month_days(s: &str) -> Result<Vec<i8>, HoursError> {
    s.split(',')
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .map(|t| match t.trim_start_matches('+').parse::<i8>() {
            Ok(n) if n != 0 && n.unsigned_abs() <= 31 => Ok(n),
            _ => Err(HoursError::MonthDay(t.to_owned())),
        })
        .collect()
}

/// `interval`: a whole number from 1 (a file may write `2.0`).
fn parse_interval(s: &str) -> Result<u32, HoursError> {
    let err = || HoursError::Interval(s.to_owned());
    let n: f64 = s.trim().parse().map_err(|_| err())?;
    if n.fract() != 0.0 || !(1.0..=1000.0).contains(&n) {
        return Err(err());
    }
    Ok(n as u32)
}

fn non_empty(s: &Option<String>) -> Option<&str> {
    s.as_deref().map(str::trim).filter(|s| !s.is_empty())
}

/// Checks one schedule as an editor typed it.
pub fn check_schedule(s: &ScheduleInput) -> Result<(), HoursError> {
    Hours::parse(std::slice::from_ref(s)).map(|_| ())
}

impl Hours {
    /// Parses HSDS schedules; anything malformed is an error.
    pub fn parse(schedules: &[ScheduleInput]) -> Result<Hours, HoursError> {
        let mut hours = Hours::default();
        for s in schedules {
            let span = parse_span(non_empty(&s.opens_at), non_empty(&s.closes_at))?;
            let from = non_empty(&s.valid_from).map(parse_date).transpose()?;
            let to = non_empty(&s.valid_to).map(parse_date).transpose()?;
            let until = non_empty(&s.until)
                .map(|u| parse_date(u.get(..10).unwrap_or(u)))
                .transpose()?;
            let dtstart = non_empty(&s.dtstart)
                .map(|d| parse_date(d.get(..10).unwrap_or(d)))
                .transpose()?;
            let every = non_empty(&s.interval)
                .map(parse_interval)
                .transpose()?
                .unwrap_or(1);
            let anchor = dtstart.or(from);
            if every > 1 && anchor.is_none() {
                return Err(HoursError::Anchor);
            }
            let to = match (to, until) {
                (Some(t), Some(u)) => Some(t.min(u)),
                (t, u) => t.or(u),
            };
            let days = match non_empty(&s.freq) {
                None => {
                    if let Some(from) = from {
                        hours.exceptions.push(Exception {
                            from,
                            to: to.unwrap_or(from),
                            span,
                        });
                    }
                    continue;
                }
                Some(f) if f.eq_ignore_ascii_case("WEEKLY") => {
                    let mut days = [false; 7];
                    for (ordinal, day) in
                        parse_days(non_empty(&s.byday).ok_or(HoursError::Incomplete)?)?
                    {
                        if ordinal.is_some() {
                            return Err(HoursError::Ordinal(s.byday.clone().unwrap_or_default()));
                        }
                        days[day] = true;
                    }
                    Days::Weekly(days)
                }
                Some(f) if f.eq_ignore_ascii_case("MONTHLY") => {
                    let weekdays = non_empty(&s.byday).map(parse_days).transpose()?;
                    let month_days = non_empty(&s.bymonthday).map(parse_month_days).transpose()?;
                    let weekdays = weekdays.unwrap_or_default();
                    let month_days = month_days.unwrap_or_default();
                    if weekdays.is_empty() && month_days.is_empty() {
                        return Err(HoursError::Incomplete);
                    }
                    Days::Monthly {
                        weekdays,
                        month_days,
                    }
                }
                Some(f) => return Err(HoursError::Freq(f.to_owned())),
            };
            hours.rules.push(Rule {
                days,
                span: span.ok_or(HoursError::Incomplete)?,
                every,
                anchor: if every > 1 { anchor } else { None },
                from,
                to,
            });
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
                hours.rules.extend(h.rules);
                hours.exceptions.extend(h.exceptions);
            }
        }
        hours
    }

    /// Whether any hours are known.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.rules.is_empty() && self.exceptions.is_empty()
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
        let mut spans: Vec<Span> = self
            .rules
            .iter()
            .filter(|r| r.applies(date))
            .map(|r| r.span)
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

    /// The regular hours for display: per weekday (Monday first), its
    /// openings and how often each recurs (every week, every N weeks, or
    /// only some weeks of the month).
    #[must_use]
    pub fn week(&self) -> [Vec<Opening>; 7] {
        let mut week: [Vec<Opening>; 7] = Default::default();
        for rule in &self.rules {
            let (opens, closes) = (
                minutes_to_time(rule.span.opens),
                minutes_to_time(rule.span.closes),
            );
            match &rule.days {
                Days::Weekly(days) => {
                    for (i, _) in days.iter().enumerate().filter(|(_, on)| **on) {
                        week[i].push(Opening {
                            opens,
                            closes,
                            recurs: match rule.every {
                                1 => Recurrence::Weekly,
                                n => Recurrence::EveryWeeks(n),
                            },
                        });
                    }
                }
                Days::Monthly { weekdays, .. } => {
                    for (day, openings) in week.iter_mut().enumerate() {
                        let ordinals: Vec<Option<i8>> = weekdays
                            .iter()
                            .filter(|(_, d)| *d == day)
                            .map(|(n, _)| *n)
                            .collect();
                        if ordinals.is_empty() {
                            continue;
                        }
                        let recurs = if ordinals.contains(&None) {
                            match rule.every {
                                1 => Recurrence::Weekly,
                                n => Recurrence::InMonth {
                                    ordinals: Vec::new(),
                                    every: n,
                                },
                            }
                        } else {
                            let mut ordinals: Vec<i8> = ordinals.into_iter().flatten().collect();
                            // First to fifth, then the last ones.
                            ordinals.sort_by_key(|n| (*n < 0, n.abs()));
                            ordinals.dedup();
                            Recurrence::InMonth {
                                ordinals,
                                every: rule.every,
                            }
                        };
                        openings.push(Opening {
                            opens,
                            closes,
                            recurs,
                        });
                    }
                }
            }
        }
        for day in &mut week {
            day.sort();
            day.dedup();
        }
        week
    }

    /// The openings on days of the month (`bymonthday` rules), for display.
    #[must_use]
    pub fn month_days(&self) -> Vec<MonthDays> {
        self.rules
            .iter()
            .filter_map(|r| match &r.days {
                Days::Monthly { month_days, .. } if !month_days.is_empty() => Some(MonthDays {
                    days: month_days.clone(),
                    opens: minutes_to_time(r.span.opens),
                    closes: minutes_to_time(r.span.closes),
                    every: r.every,
                }),
                _ => None,
            })
            .collect()
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
mod tests;
