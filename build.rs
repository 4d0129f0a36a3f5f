// Rebuild when the embedded default theme changes (include_dir! cannot track it on stable).
fn main() {
    println!("cargo:rerun-if-changed=themes/default");
}
