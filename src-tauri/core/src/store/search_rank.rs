//! `dphub_rank(contact_fts)`: the order "Best match" shows search results in. A match at the start
//! of a name counts most, then anywhere in a name, then in skills, tags and areas, then in notes;
//! more matches count for more. Facet words (the filters) count for nothing.
//!
//! FTS5's own `bm25` would give a similar order, but for every query it first counts, over the
//! whole index, how many contacts contain each searched word and each filter word, and looks up
//! every matching row's column lengths: most of a search's time on a large contact book. This
//! function reads only the positions FTS5 already holds for the row it is ranking.

use std::ffi::{c_int, c_void, CStr};

use rusqlite::ffi;
use rusqlite::types::ToSqlOutput;
use rusqlite::Connection;

const FTS5_API_POINTER: &CStr = c"fts5_api_ptr";
const FUNCTION_NAME: &CStr = c"dphub_rank";

/// The points a match in each column of `contact_fts` is worth: name, notes, skills, tags, areas,
/// facets.
const COLUMN_POINTS: [i64; 6] = [10, 1, 3, 3, 3, 0];
/// Extra points when a name starts with the word searched for.
const NAME_START_POINTS: i64 = 10;

/// Makes `dphub_rank` available to this connection's full-text queries.
pub(super) fn register(conn: &Connection) -> rusqlite::Result<()> {
    let mut api: *mut ffi::fts5_api = std::ptr::null_mut();
    let out = ToSqlOutput::Pointer((
        (&mut api as *mut *mut ffi::fts5_api).cast::<c_void>(),
        FTS5_API_POINTER,
        None,
    ));
    conn.query_row("SELECT fts5(?1)", [out], |_| Ok(()))?;
    // SAFETY: SQLite filled `api` with the connection's FTS5 API, which lives as long as the
    // connection; `rank` is a plain function with no context to free.
    let rc = unsafe {
        match api
            .as_mut()
            .and_then(|a| a.xCreateFunction.map(|create| (a, create)))
        {
            Some((api, create)) => create(
                api,
                FUNCTION_NAME.as_ptr(),
                std::ptr::null_mut(),
                Some(rank),
                None,
            ),
            None => ffi::SQLITE_ERROR,
        }
    };
    if rc == ffi::SQLITE_OK {
        Ok(())
    } else {
        Err(rusqlite::Error::SqliteFailure(
            ffi::Error::new(rc),
            Some("the full-text search could not take DP Hub's ranking".into()),
        ))
    }
}

/// Lower is better, as with `bm25`: minus the points the row's matches are worth.
unsafe extern "C" fn rank(
    api: *const ffi::Fts5ExtensionApi,
    fts: *mut ffi::Fts5Context,
    ctx: *mut ffi::sqlite3_context,
    _argc: c_int,
    _argv: *mut *mut ffi::sqlite3_value,
) {
    // SAFETY: FTS5 calls this with its valid API table and context, for the current row.
    unsafe {
        match points(&*api, fts) {
            Ok(points) => ffi::sqlite3_result_int64(ctx, -points),
            Err(rc) => ffi::sqlite3_result_error_code(ctx, rc),
        }
    }
}

unsafe fn points(api: &ffi::Fts5ExtensionApi, fts: *mut ffi::Fts5Context) -> Result<i64, c_int> {
    let (Some(inst_count), Some(inst)) = (api.xInstCount, api.xInst) else {
        return Err(ffi::SQLITE_ERROR);
    };
    let mut matches: c_int = 0;
    // SAFETY: `fts` is the context FTS5 passed in, valid during this call.
    check(unsafe { inst_count(fts, &mut matches) })?;
    let mut total = 0;
    for i in 0..matches {
        let (mut _phrase, mut column, mut offset): (c_int, c_int, c_int) = (0, 0, 0);
        // SAFETY: as above; `i` is below the count FTS5 gave.
        check(unsafe { inst(fts, i, &mut _phrase, &mut column, &mut offset) })?;
        let column_points = usize::try_from(column)
            .ok()
            .and_then(|c| COLUMN_POINTS.get(c))
            .copied()
            .unwrap_or(0);
        let name_start = if column == 0 && offset == 0 {
            NAME_START_POINTS
        } else {
            0
        };
        total += column_points + name_start;
    }
    Ok(total)
}

fn check(rc: c_int) -> Result<(), c_int> {
    if rc == ffi::SQLITE_OK {
        Ok(())
    } else {
        Err(rc)
    }
}
