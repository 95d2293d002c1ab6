//! Writing a backup file: owner-only (0600 on Unix), through a temporary file beside it that is
//! flushed to the disk and renamed, so a full disk or a folder DP Hub may not write in leaves no
//! partial file, and an existing file as it was.

use std::fs::File;
use std::io::Write;
use std::path::Path;

use crate::model::error::{CoreError, CoreResult};
use crate::store::cipher::owner_only;

pub fn owner_only(path: &Path, bytes: &[u8]) -> CoreResult<()> {
    owner_only_with(path, bytes, |file, bytes| file.write_all(bytes))
}

/// As [`owner_only`], with the writing itself given (a test makes it fail as a full disk does).
pub fn owner_only_with(
    path: &Path,
    bytes: &[u8],
    write: impl FnOnce(&mut File, &[u8]) -> std::io::Result<()>,
) -> CoreResult<()> {
    let folder = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "backup".into());
    let temp = folder.join(format!(".{name}.{}.part", std::process::id()));
    let written = (|| {
        let _ = std::fs::remove_file(&temp);
        let mut options = std::fs::OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        let mut file = options.open(&temp)?;
        write(&mut file, bytes)?;
        file.sync_all()?;
        drop(file);
        std::fs::rename(&temp, path)?;
        owner_only::sync_folder(folder)
    })();
    written.map_err(|e| {
        let _ = std::fs::remove_file(&temp);
        write_error(path, &e)
    })
}

/// The reason a backup could not be written, in plain words.
fn write_error(path: &Path, e: &std::io::Error) -> CoreError {
    use std::io::ErrorKind;
    let why = match e.kind() {
        ErrorKind::StorageFull | ErrorKind::QuotaExceeded => {
            "the disk (or memory stick) is full. Free some space, or choose another place".into()
        }
        ErrorKind::PermissionDenied | ErrorKind::ReadOnlyFilesystem => {
            "DP Hub may not write in that folder. Choose another place".into()
        }
        ErrorKind::NotFound | ErrorKind::NotADirectory => {
            "that folder does not exist. Choose another place".into()
        }
        _ => format!("{e}"),
    };
    CoreError::Storage(format!(
        "The backup could not be saved as {}: {why}. Nothing was saved",
        path.display()
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_full_disk_says_so_and_leaves_no_partial_file_and_the_old_one_as_it_was() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("march.dphub-backup");
        std::fs::write(&path, b"the backup from before").unwrap();
        let error = owner_only_with(&path, &[1; 100_000], |file, bytes| {
            file.write_all(&bytes[..4096])?;
            Err(std::io::Error::from_raw_os_error(28)) // ENOSPC: no space left on device
        })
        .unwrap_err()
        .to_string();
        assert!(error.contains("is full"), "{error}");
        assert!(error.contains("Nothing was saved"), "{error}");
        let names: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names, ["march.dphub-backup"]);
        assert_eq!(std::fs::read(&path).unwrap(), b"the backup from before");
    }

    #[test]
    fn a_missing_folder_says_so() {
        let dir = tempfile::tempdir().unwrap();
        let error = owner_only(&dir.path().join("gone/b.dphub-backup"), b"x")
            .unwrap_err()
            .to_string();
        assert!(error.contains("does not exist"), "{error}");
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn dev_full_is_a_full_disk() {
        // /dev/full fails every write with ENOSPC: the writer is given it in place of the file.
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("b.dphub-backup");
        let error = owner_only_with(&path, &[7; 10_000], |_, bytes| {
            let mut full = std::fs::OpenOptions::new().write(true).open("/dev/full")?;
            full.write_all(bytes)?;
            full.flush()
        })
        .unwrap_err()
        .to_string();
        assert!(error.contains("is full"), "{error}");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
    }

    #[cfg(unix)]
    #[test]
    fn the_file_is_readable_by_its_owner_only() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("b.dphub-backup");
        owner_only(&path, b"sealed").unwrap();
        let mode = std::fs::metadata(&path).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
}
