//! Embeds every tax year's rates file in `data/rates/` and every checklist in `data/checklists/`, so
//! a new tax year or a changed checklist is a new or edited file and no code change.

use std::{env, fs, path::Path};

fn main() {
    embed("data/rates", "RATES_FILES", "rates_files.rs", "rates file");
    embed(
        "data/checklists",
        "CHECKLIST_FILES",
        "checklist_files.rs",
        "checklist file",
    );
}

/// Writes `OUT_DIR/out_name` with a static `name` listing (file name, contents) of every `.toml` in `dir`.
fn embed(dir: &str, name: &str, out_name: &str, what: &str) {
    let dir = Path::new(&env::var("CARGO_MANIFEST_DIR").unwrap()).join(dir);
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut files: Vec<_> = fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{} exists: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    files.sort();
    let mut out = format!(
        "/// Every embedded {what}: (file name, contents).\npub(super) static {name}: &[(&str, &str)] = &[\n"
    );
    for path in &files {
        println!("cargo:rerun-if-changed={}", path.display());
        let file = path.file_name().unwrap().to_string_lossy();
        out.push_str(&format!(
            "    ({file:?}, include_str!({:?})),\n",
            path.display().to_string()
        ));
    }
    out.push_str("];\n");
    fs::write(Path::new(&env::var("OUT_DIR").unwrap()).join(out_name), out).unwrap();
}
