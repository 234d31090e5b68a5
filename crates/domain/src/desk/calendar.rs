//! Calendars: Italian wall-clock time, the weekly sessions of outreach
//! desks, and the iCalendar feed (RFC 5545) an operator subscribes to.
//!
//! Appointments are kept as the wall-clock time agreed with the person
//! (`YYYY-MM-DD HH:MM`, Europe/Rome), as calendars do; the only conversion
//! needed is "what day and time is it now in Italy", which follows the EU
//! summer-time rule (last Sunday of March to last Sunday of October, 01:00
//! UTC).

use chrono::{DateTime, Datelike, Duration, NaiveDate, NaiveDateTime, NaiveTime, Utc, Weekday};

/// The format appointments are stored and compared in.
pub const WALL_CLOCK: &str = "%Y-%m-%d %H:%M";

fn last_sunday(year: i32, month: u32) -> NaiveDate {
    let next = if month == 12 {
        NaiveDate::from_ymd_opt(year + 1, 1, 1)
    } else {
        NaiveDate::from_ymd_opt(year, month + 1, 1)
    }
    .unwrap_or_default();
    let last = next - Duration::days(1);
    last - Duration::days(i64::from(last.weekday().num_days_from_sunday()))
}

/// Italian local time at `utc` (CET, or CEST in summer).
#[must_use]
pub fn rome(utc: DateTime<Utc>) -> NaiveDateTime {
    let year = utc.year();
    let switch = |month| last_sunday(year, month).and_time(NaiveTime::MIN) + Duration::hours(1);
    let naive = utc.naive_utc();
    let summer = naive >= switch(3) && naive < switch(10);
    naive + Duration::hours(if summer { 2 } else { 1 })
}

/// The instant of an Italian wall-clock time. In October's repeated hour
/// it is the first (summer) one; a time skipped in March is read as winter
/// time, an hour later on the clock.
#[must_use]
pub fn from_rome(local: NaiveDateTime) -> DateTime<Utc> {
    [2, 1]
        .into_iter()
        .map(|h| (local - Duration::hours(h)).and_utc())
        .find(|utc| rome(*utc) == local)
        .unwrap_or_else(|| (local - Duration::hours(1)).and_utc())
}

/// Today in Italy.
#[must_use]
pub fn rome_today() -> NaiveDate {
    rome(Utc::now()).date()
}

/// A weekly session of an outreach desk.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WeeklySession {
    /// Day of the week.
    pub weekday: Weekday,
    /// Opens.
    pub starts: NaiveTime,
    /// Closes.
    pub ends: NaiveTime,
    /// First day it runs.
    pub from: NaiveDate,
    /// Last day it runs.
    pub until: Option<NaiveDate>,
}

impl WeeklySession {
    /// The days between `first` and `last` (inclusive) on which it is held.
    #[must_use]
    pub fn days(&self, first: NaiveDate, last: NaiveDate) -> Vec<NaiveDate> {
        let start = first.max(self.from);
        let end = self.until.map_or(last, |u| u.min(last));
        let mut day = start
            + Duration::days(i64::from(
                (7 + self.weekday.num_days_from_monday() - start.weekday().num_days_from_monday())
                    % 7,
            ));
        let mut out = Vec::new();
        while day <= end {
            out.push(day);
            day += Duration::days(7);
        }
        out
    }
}

/// An event of a calendar feed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FeedEvent {
    /// Stable id (appointment or session and day).
    pub uid: String,
    /// Starts, Italian wall-clock time.
    pub starts: NaiveDateTime,
    /// Ends, Italian wall-clock time.
    pub ends: NaiveDateTime,
    /// Title.
    pub summary: String,
    /// Place.
    pub location: Option<String>,
    /// Cancelled.
    pub cancelled: bool,
}

/// The Europe/Rome time zone as RFC 5545 describes it.
const VTIMEZONE: &str = "BEGIN:VTIMEZONE\r\nTZID:Europe/Rome\r\n\
BEGIN:DAYLIGHT\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nTZNAME:CEST\r\n\
DTSTART:19700329T020000\r\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\nEND:DAYLIGHT\r\n\
BEGIN:STANDARD\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nTZNAME:CET\r\n\
DTSTART:19701025T030000\r\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\nEND:STANDARD\r\n\
END:VTIMEZONE\r\n";

/// Escapes a text value (RFC 5545 §3.3.11).
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Folds a content line at 75 octets, never inside a character (§3.1).
fn fold(line: &str, out: &mut String) {
    let mut width = 0;
    for c in line.chars() {
        if width + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += c.len_utf8();
    }
    out.push_str("\r\n");
}

/// The iCalendar document of `events`, named `name`, stamped `now`.
#[must_use]
pub fn ical(name: &str, events: &[FeedEvent], now: DateTime<Utc>) -> String {
    let mut out = String::new();
    out.push_str(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Crocevia//Desk//IT\r\nCALSCALE:GREGORIAN\r\n",
    );
    fold(&format!("X-WR-CALNAME:{}", escape(name)), &mut out);
    out.push_str("X-WR-TIMEZONE:Europe/Rome\r\n");
    out.push_str(VTIMEZONE);
    let stamp = now.format("%Y%m%dT%H%M%SZ").to_string();
    for e in events {
        out.push_str("BEGIN:VEVENT\r\n");
        fold(&format!("UID:{}", escape(&e.uid)), &mut out);
        out.push_str(&format!("DTSTAMP:{stamp}\r\n"));
        out.push_str(&format!(
            "DTSTART;TZID=Europe/Rome:{}\r\n",
            e.starts.format("%Y%m%dT%H%M%S")
        ));
        out.push_str(&format!(
            "DTEND;TZID=Europe/Rome:{}\r\n",
            e.ends.format("%Y%m%dT%H%M%S")
        ));
        fold(&format!("SUMMARY:{}", escape(&e.summary)), &mut out);
        if let Some(place) = &e.location {
            fold(&format!("LOCATION:{}", escape(place)), &mut out);
        }
        if e.cancelled {
            out.push_str("STATUS:CANCELLED\r\n");
        }
        out.push_str("END:VEVENT\r\n");
    }
    out.push_str("END:VCALENDAR\r\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utc(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s)
            .expect("date")
            .with_timezone(&Utc)
    }

    #[test]
    fn italian_wall_clock_goes_back_to_the_instant() {
        let at = |s: &str| NaiveDateTime::parse_from_str(s, WALL_CLOCK).expect("time");
        for s in [
            "2026-01-15 11:00",
            "2026-07-01 09:30",
            "2026-03-29 01:59",
            "2026-10-25 04:00",
        ] {
            assert_eq!(rome(from_rome(at(s))), at(s), "{s}");
        }
        assert_eq!(
            from_rome(at("2026-07-01 09:30")),
            utc("2026-07-01T07:30:00Z")
        );
        // The repeated hour is the summer one; the skipped one is winter time.
        assert_eq!(
            from_rome(at("2026-10-25 02:30")),
            utc("2026-10-25T00:30:00Z")
        );
        assert_eq!(
            from_rome(at("2026-03-29 02:30")),
            utc("2026-03-29T01:30:00Z")
        );
    }

    #[test]
    fn italian_time_follows_summer_time() {
        // 2026: summer time from 29 March to 25 October, 01:00 UTC.
        assert_eq!(
            rome(utc("2026-01-15T10:00:00Z"))
                .format(WALL_CLOCK)
                .to_string(),
            "2026-01-15 11:00"
        );
        assert_eq!(
            rome(utc("2026-03-29T00:59:00Z"))
                .format(WALL_CLOCK)
                .to_string(),
            "2026-03-29 01:59"
        );
        assert_eq!(
            rome(utc("2026-03-29T01:00:00Z"))
                .format(WALL_CLOCK)
                .to_string(),
            "2026-03-29 03:00"
        );
        assert_eq!(
            rome(utc("2026-10-25T00:59:00Z"))
                .format(WALL_CLOCK)
                .to_string(),
            "2026-10-25 02:59"
        );
        assert_eq!(
            rome(utc("2026-10-25T01:00:00Z"))
                .format(WALL_CLOCK)
                .to_string(),
            "2026-10-25 02:00"
        );
        assert_eq!(
            rome(utc("2026-12-31T23:30:00Z")).date(),
            NaiveDate::from_ymd_opt(2027, 1, 1).expect("date")
        );
    }

    #[test]
    fn weekly_sessions_fall_on_their_day_within_their_validity() {
        let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("date");
        let session = WeeklySession {
            weekday: Weekday::Wed,
            starts: NaiveTime::from_hms_opt(9, 0, 0).expect("time"),
            ends: NaiveTime::from_hms_opt(12, 0, 0).expect("time"),
            from: d("2026-11-10"),
            until: Some(d("2026-12-02")),
        };
        assert_eq!(
            session.days(d("2026-11-01"), d("2026-12-31")),
            vec![
                d("2026-11-11"),
                d("2026-11-18"),
                d("2026-11-25"),
                d("2026-12-02")
            ]
        );
        assert!(session.days(d("2026-11-12"), d("2026-11-17")).is_empty());
        assert_eq!(
            session.days(d("2026-11-18"), d("2026-11-18")),
            vec![d("2026-11-18")]
        );
    }

    #[test]
    fn the_feed_is_escaped_folded_and_zoned() {
        let at = |s: &str| NaiveDateTime::parse_from_str(s, WALL_CLOCK).expect("time");
        let doc = ical(
            "Sportello; Centro",
            &[FeedEvent {
                uid: "a1@crocevia".into(),
                starts: at("2026-11-23 10:00"),
                ends: at("2026-11-23 10:30"),
                summary: format!("Colloquio, rinnovo permesso\n{}", "è".repeat(60)),
                location: Some("Via Roma 1, Torino".into()),
                cancelled: true,
            }],
            utc("2026-11-22T08:00:00Z"),
        );
        assert!(doc.starts_with("BEGIN:VCALENDAR\r\n"));
        assert!(doc.ends_with("END:VCALENDAR\r\n"));
        assert!(doc.contains("X-WR-CALNAME:Sportello\\; Centro\r\n"));
        assert!(doc.contains("DTSTART;TZID=Europe/Rome:20261123T100000\r\n"));
        assert!(doc.contains("DTEND;TZID=Europe/Rome:20261123T103000\r\n"));
        assert!(doc.contains("SUMMARY:Colloquio\\, rinnovo permesso\\n"));
        assert!(doc.contains("LOCATION:Via Roma 1\\, Torino\r\n"));
        assert!(doc.contains("STATUS:CANCELLED\r\n"));
        assert!(doc.contains("DTSTAMP:20261122T080000Z\r\n"));
        for line in doc.split("\r\n") {
            assert!(line.len() <= 75, "{line}");
        }
        let unfolded = doc.replace("\r\n ", "");
        assert!(unfolded.contains(&"è".repeat(60)));
    }
}
