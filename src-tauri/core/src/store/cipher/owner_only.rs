//! The database, its `-wal` and `-shm` companions and the key file are readable by their owner only
//! (0600), and the app's own data folder by its owner only (0700), on Unix. Elsewhere the operating
//! system's per-user folders already keep them private.

use std::path::Path;

/// The companions SQLite writes beside a database in WAL mode.
pub const COMPANIONS: [&str; 3] = ["-wal", "-shm", "-journal"];

/// `path` with `suffix` added to its file name (`db.sqlite3` + `-wal`).
pub fn beside(path: &Path, suffix: &str) -> std::path::PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(suffix);
    name.into()
}

/// Creates the folder (and its parents) if needed. A folder created here, or the app's own data
/// folder, is made owner-only; a folder the user chose that already existed is left as it is.
pub fn create_folder(folder: &Path) -> std::io::Result<()> {
    let existed = folder.is_dir();
    std::fs::create_dir_all(folder)?;
    let ours = folder
        .file_name()
        .is_some_and(|n| n == crate::APP_IDENTIFIER);
    if !existed || ours {
        set_mode(folder, 0o700)?;
    }
    Ok(())
}

/// Creates the folder a database (or its key file) goes in, as [`create_folder`] does.
pub fn create_folder_for(path: &Path) -> std::io::Result<()> {
    match path.parent().filter(|p| !p.as_os_str().is_empty()) {
        Some(folder) => create_folder(folder),
        None => Ok(()),
    }
}

/// Creates an empty file readable by its owner only, or makes an existing one so.
pub fn create_file(path: &Path) -> std::io::Result<()> {
    let mut options = std::fs::OpenOptions::new();
    options.create(true).append(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    drop(options.open(path)?);
    set_mode(path, 0o600)
}

/// Makes the database and whichever of its companions exist owner-only.
pub fn restrict_database(path: &Path) -> std::io::Result<()> {
    set_mode(path, 0o600)?;
    for suffix in COMPANIONS {
        let companion = beside(path, suffix);
        if companion.exists() {
            set_mode(&companion, 0o600)?;
        }
    }
    Ok(())
}

#[cfg(unix)]
pub fn set_mode(path: &Path, mode: u32) -> std::io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode))
}

#[cfg(not(unix))]
pub fn set_mode(_path: &Path, _mode: u32) -> std::io::Result<()> {
    Ok(())
}

/// Flushes a folder's entries (a rename into it) to disk, where the system allows it.
pub fn sync_folder(folder: &Path) -> std::io::Result<()> {
    #[cfg(unix)]
    std::fs::File::open(folder)?.sync_all()?;
    #[cfg(not(unix))]
    let _ = folder;
    Ok(())
}
