//! Writes the command list as a TypeScript map (`ui/src/lib/bindings/commands.ts`): each command's
//! name with its argument and result types, named as ts-rs names them, so the UI's one `call`
//! function is checked against the Rust signatures.

use std::collections::BTreeMap;

use ts_rs::{Config, Dependency, TypeVisitor, TS};

#[derive(Default)]
pub struct TsMap {
    /// Each command: name, argument type, result type (as TypeScript).
    entries: Vec<(&'static str, String, String)>,
    /// Every type that could need importing: its TypeScript name and the file it is in.
    known: BTreeMap<String, String>,
}

impl TsMap {
    pub fn add<A: TS + 'static, R: TS + 'static>(&mut self, name: &'static str) {
        let cfg = config();
        let mut found = Found(&cfg, Vec::new());
        found.visit::<A>();
        found.visit::<R>();
        for dep in found.1 {
            let file = dep.output_path.with_extension("");
            self.known
                .insert(dep.ts_name, file.to_string_lossy().replace('\\', "/"));
        }
        self.entries.push((name, A::name(&cfg), R::name(&cfg)));
    }

    pub fn render(&self) -> String {
        let mut out = String::from(
            "// Generated from src-tauri/commands/list.rs when `cargo test` runs: do not edit.\n",
        );
        let used = |ts_name: &str| {
            self.entries.iter().any(|(_, a, r)| {
                [a, r].iter().any(|t| {
                    t.split(|c: char| !c.is_alphanumeric() && c != '_')
                        .any(|word| word == ts_name)
                })
            })
        };
        for (ts_name, file) in self.known.iter().filter(|(n, _)| used(n)) {
            out.push_str(&format!("import type {{ {ts_name} }} from './{file}';\n"));
        }
        out.push_str(
            "\n/** Every command the UI may call: its arguments and what it answers. */\n",
        );
        out.push_str("export type Commands = {\n");
        for (name, args, result) in &self.entries {
            out.push_str(&format!(
                "  {name}: {{ args: {args}; result: {result} }};\n"
            ));
        }
        out.push_str("};\n\n/** The commands' names, in the order of the list. */\n");
        out.push_str("export const COMMAND_NAMES = [\n");
        for (name, _, _) in &self.entries {
            out.push_str(&format!("  '{name}',\n"));
        }
        out.push_str("] as const satisfies readonly (keyof Commands)[];\n");
        out
    }
}

/// Every exportable type a command's type names: itself, and the types inside `Vec<…>` and
/// `Option<…>` (ts-rs lists those as generics, not dependencies).
struct Found<'a>(&'a Config, Vec<Dependency>);

impl TypeVisitor for Found<'_> {
    fn visit<T: TS + 'static + ?Sized>(&mut self) {
        self.1.extend(Dependency::from_ty::<T>(self.0));
        T::visit_generics(self);
    }
}

/// The same settings the `#[ts(export)]` tests use (from `.cargo/config.toml`'s environment).
fn config() -> Config {
    Config::from_env()
}
