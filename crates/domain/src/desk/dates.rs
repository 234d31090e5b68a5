//! Dates of birth as far as they are known: many people know only their year
//! of birth, or year and month.

use std::fmt;

use chrono::{Datelike as _, NaiveDate};

/// A date with possibly unknown day, or day and month.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PartialDate {
    year: i32,
    month: Option<u32>,
    day: Option<u32>,
}

/// Why a date does not parse.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum DateError {
    /// Not one of the accepted forms.
    #[error("write the date as year (1990), month and year (05/1990) or a full date (17/05/1990)")]
    Format,
    /// Such a day or month does not exist.
    #[error("this date does not exist")]
    Invalid,
    /// In the future, or more than 130 years ago.
    #[error("this date is out of range")]
    Range,
}

impl DateError {
    /// Message key.
    #[must_use]
    pub fn key(self) -> &'static str {
        match self {
            Self::Format => "date-format",
            Self::Invalid => "date-invalid",
            Self::Range => "date-range",
        }
    }
}

impl PartialDate {
    /// Parses `1990`, `1990-05`, `1990-05-17`, `05/1990` and `17/05/1990`
    /// (also with `.` or `-` between day, month and year).
    pub fn parse(s: &str) -> Result<PartialDate, DateError> {
        let s = s.trim();
        let parts: Vec<&str> = s.split(['-', '/', '.']).map(str::trim).collect();
        let num = |p: &str| -> Result<u32, DateError> {
            if p.is_empty() || p.len() > 4 || !p.bytes().all(|b| b.is_ascii_digit()) {
                return Err(DateError::Format);
            }
            p.parse().map_err(|_| DateError::Format)
        };
        let year_first = parts.first().is_some_and(|p| p.len() == 4);
        let (y, m, d) = match (parts.as_slice(), year_first) {
            ([y], true) => (num(y)?, None, None),
            ([y, m], true) => (num(y)?, Some(num(m)?), None),
            ([y, m, d], true) => (num(y)?, Some(num(m)?), Some(num(d)?)),
            ([m, y], false) if y.len() == 4 => (num(y)?, Some(num(m)?), None),
            ([d, m, y], false) if y.len() == 4 => (num(y)?, Some(num(m)?), Some(num(d)?)),
            _ => return Err(DateError::Format),
        };
        let year = i32::try_from(y).map_err(|_| DateError::Format)?;
        Self::new(year, m, d)
    }

    /// A date from its parts; `day` needs `month`.
    pub fn new(year: i32, month: Option<u32>, day: Option<u32>) -> Result<PartialDate, DateError> {
        if day.is_some() && month.is_none() {
            return Err(DateError::Format);
        }
        if month.is_some_and(|m| !(1..=12).contains(&m)) {
            return Err(DateError::Invalid);
        }
        if let (Some(m), Some(d)) = (month, day)
            && NaiveDate::from_ymd_opt(year, m, d).is_none()
        {
            return Err(DateError::Invalid);
        }
        let today = crate::desk::calendar::rome_today();
        let date = PartialDate { year, month, day };
        if year < today.year() - 130 || date.earliest() > today {
            return Err(DateError::Range);
        }
        Ok(date)
    }

    /// The year.
    #[must_use]
    pub fn year(self) -> i32 {
        self.year
    }

    /// The month, when known.
    #[must_use]
    pub fn month(self) -> Option<u32> {
        self.month
    }

    /// The day, when known.
    #[must_use]
    pub fn day(self) -> Option<u32> {
        self.day
    }

    /// Whether day and month are known.
    #[must_use]
    pub fn is_full(self) -> bool {
        self.day.is_some()
    }

    /// The first day it may be.
    #[must_use]
    pub fn earliest(self) -> NaiveDate {
        NaiveDate::from_ymd_opt(self.year, self.month.unwrap_or(1), self.day.unwrap_or(1))
            .unwrap_or(NaiveDate::MIN)
    }

    /// Whether both may be the same date: they agree on every part both know.
    #[must_use]
    pub fn compatible(self, other: PartialDate) -> bool {
        let agree = |a: Option<u32>, b: Option<u32>| a.zip(b).is_none_or(|(a, b)| a == b);
        self.year == other.year && agree(self.month, other.month) && agree(self.day, other.day)
    }

    /// Age in whole years on `on` (the youngest it may be).
    #[must_use]
    pub fn age_on(self, on: NaiveDate) -> i32 {
        let latest = match (self.month, self.day) {
            (Some(m), Some(d)) => NaiveDate::from_ymd_opt(self.year, m, d),
            (Some(m), None) => NaiveDate::from_ymd_opt(self.year, m, 1)
                .and_then(|d| d.checked_add_months(chrono::Months::new(1)))
                .and_then(|d| d.pred_opt()),
            _ => NaiveDate::from_ymd_opt(self.year, 12, 31),
        }
        .unwrap_or(on);
        on.years_since(latest)
            .and_then(|y| i32::try_from(y).ok())
            .unwrap_or(0)
    }
}

/// Stored and shown as ISO: `1990`, `1990-05`, `1990-05-17`.
impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
        }
        if let Some(d) = self.day {
            write!(f, "-{d:02}")?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms_and_compatibility() {
        let full = PartialDate::parse("17/05/1990");
        assert_eq!(full.map(|d| d.to_string()), Ok("1990-05-17".to_owned()));
        assert_eq!(
            PartialDate::parse("05/1990").map(|d| d.to_string()),
            Ok("1990-05".to_owned())
        );
        assert_eq!(
            PartialDate::parse(" 1990 ").map(|d| d.to_string()),
            Ok("1990".to_owned())
        );
        assert_eq!(PartialDate::parse("1990-02-30"), Err(DateError::Invalid));
        assert_eq!(PartialDate::parse("1990-13"), Err(DateError::Invalid));
        assert_eq!(PartialDate::parse("17 maggio"), Err(DateError::Format));
        assert_eq!(PartialDate::parse("3000"), Err(DateError::Range));
        assert_eq!(PartialDate::parse("1850"), Err(DateError::Range));
        let (Ok(a), Ok(b), Ok(c)) = (
            PartialDate::parse("1990"),
            PartialDate::parse("1990-05-17"),
            PartialDate::parse("1990-06"),
        ) else {
            panic!("dates")
        };
        assert!(a.compatible(b) && b.compatible(a) && a.compatible(c));
        assert!(!b.compatible(c));
        let on = NaiveDate::from_ymd_opt(2026, 5, 16).unwrap_or_default();
        assert_eq!(b.age_on(on), 35);
        assert_eq!(a.age_on(on), 35);
    }
}
