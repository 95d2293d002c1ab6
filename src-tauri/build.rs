/// Our own commands, each of which gets an `allow-…` permission, come from the one command list
/// (`commands/list.rs`): here only their names are taken, the types in it are not looked at. The
/// capability files in src-tauri/capabilities grant exactly these (tests/ipc_people.rs checks).
macro_rules! command_list {
    ($( $module:ident :: $name:ident ( $args:ty ) -> $result:ty ; )*) => {
        const COMMANDS: &[&str] = &[$( stringify!($name) ),*];
    };
}

include!("commands/list.rs");

fn main() {
    println!("cargo:rerun-if-changed=src-tauri/capabilities");
    println!("cargo:rerun-if-changed=src-tauri/commands/list.rs");
    tauri_build::try_build(
        tauri_build::Attributes::new()
            .capabilities_path_pattern("src-tauri/capabilities/*.json")
            .app_manifest(tauri_build::AppManifest::new().commands(COMMANDS)),
    )
    .expect("tauri-build failed");
}
