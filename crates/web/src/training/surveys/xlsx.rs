//! Workbooks in and out: an uploaded xlsx read into sheets of text cells
//! (`calamine`, after the zip's declared sizes are checked so that a small
//! upload cannot expand into gigabytes), and sheets of text written as an
//! xlsx (`rust_xlsxwriter`, every cell a string: nothing typed by a
//! respondent becomes a formula). CSV is written with the `csv` crate, a
//! cell that a spreadsheet would run as a formula quoted with `'`.

use std::io::Cursor;

use calamine::{Data, Reader, Xlsx};
use crocevia_domain::training::xlsform::Rows;
use rust_xlsxwriter::{Format, Workbook};

/// At most this many bytes once every part of the workbook is unzipped.
const MAX_UNZIPPED: u64 = 64 * 1024 * 1024;

/// At most this many parts in the workbook.
const MAX_PARTS: usize = 2_000;

/// At most this many rows read from a sheet.
pub(crate) const MAX_ROWS: usize = 5_000;

/// Why a file is not a workbook this reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Unreadable {
    /// Not an xlsx file (or a damaged one).
    NotXlsx,
    /// Too big once unzipped, or a sheet too long.
    TooBig,
}

/// The text of a cell as a person reads it (`3` for the number 3.0).
fn text(cell: &Data) -> String {
    match cell {
        Data::Empty => String::new(),
        Data::String(s) => s.clone(),
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{f:.0}"),
        Data::Float(f) => f.to_string(),
        Data::Int(i) => i.to_string(),
        Data::Bool(b) => if *b { "TRUE" } else { "FALSE" }.to_owned(),
        other => other.to_string(),
    }
}

/// The sheets of an xlsx workbook as rows of text cells, placed where the
/// spreadsheet shows them (row 1 is the first row, column A the first).
pub(crate) fn read(bytes: &[u8]) -> Result<Vec<(String, Rows)>, Unreadable> {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|_| Unreadable::NotXlsx)?;
    if zip.len() > MAX_PARTS {
        return Err(Unreadable::TooBig);
    }
    let mut unzipped: u64 = 0;
    for i in 0..zip.len() {
        let part = zip.by_index_raw(i).map_err(|_| Unreadable::NotXlsx)?;
        unzipped = unzipped.saturating_add(part.size());
    }
    if unzipped > MAX_UNZIPPED {
        return Err(Unreadable::TooBig);
    }
    let mut workbook: Xlsx<_> = Xlsx::new(Cursor::new(bytes)).map_err(|_| Unreadable::NotXlsx)?;
    let mut sheets = Vec::new();
    for name in workbook.sheet_names() {
        let range = workbook
            .worksheet_range(&name)
            .map_err(|_| Unreadable::NotXlsx)?;
        let (top, left) = range.start().unwrap_or((0, 0));
        let top = usize::try_from(top).unwrap_or(usize::MAX);
        let left = usize::try_from(left).unwrap_or(usize::MAX);
        if range.height().saturating_add(top) > MAX_ROWS || left > 200 || range.width() > 200 {
            return Err(Unreadable::TooBig);
        }
        let mut rows: Rows = vec![Vec::new(); top];
        for row in range.rows() {
            let mut cells = vec![String::new(); left];
            cells.extend(row.iter().map(text));
            rows.push(cells);
        }
        sheets.push((name, rows));
    }
    Ok(sheets)
}

/// An xlsx workbook of these sheets, the first row of each in bold.
pub(crate) fn write(sheets: &[(String, Rows)]) -> Result<Vec<u8>, rust_xlsxwriter::XlsxError> {
    let mut workbook = Workbook::new();
    let bold = Format::new().set_bold();
    for (name, rows) in sheets {
        let sheet = workbook.add_worksheet();
        sheet.set_name(name)?;
        for (r, row) in rows.iter().enumerate() {
            let r = u32::try_from(r).unwrap_or(u32::MAX);
            for (c, cell) in row.iter().enumerate() {
                let c = u16::try_from(c).unwrap_or(u16::MAX);
                if r == 0 {
                    sheet.write_string_with_format(r, c, cell, &bold)?;
                } else if !cell.is_empty() {
                    sheet.write_string(r, c, cell)?;
                }
            }
        }
    }
    workbook.save_to_buffer()
}

/// A CSV file of these rows (UTF-8 with a byte-order mark, which
/// spreadsheets need to read accents), a cell starting like a formula
/// quoted with `'`.
pub(crate) fn csv(rows: &Rows) -> Result<Vec<u8>, csv::Error> {
    let mut out = csv::Writer::from_writer(b"\xEF\xBB\xBF".to_vec());
    for row in rows {
        out.write_record(row.iter().map(|cell| {
            if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
                format!("'{cell}")
            } else {
                cell.clone()
            }
        }))?;
    }
    out.into_inner().map_err(|e| e.into_error().into())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_written_workbook_reads_back_and_a_non_workbook_is_refused() {
        let sheets = vec![(
            "survey".to_owned(),
            vec![
                vec!["type".to_owned(), "name".to_owned()],
                vec!["text".to_owned(), "other".to_owned()],
            ],
        )];
        let bytes = write(&sheets).expect("written");
        assert_eq!(read(&bytes).expect("read"), sheets);
        assert_eq!(read(b"type,name\n"), Err(Unreadable::NotXlsx));
    }

    #[test]
    fn a_formula_is_never_written_to_csv() {
        let rows = vec![vec!["=HYPERLINK(\"x\")".to_owned(), "ok".to_owned()]];
        let text = String::from_utf8(csv(&rows).expect("csv")).expect("utf8");
        assert!(text.contains("'=HYPERLINK"), "{text}");
    }
}
