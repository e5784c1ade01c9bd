//! The asmcheck runner.
pub fn check_asmcheck_file(
    db: &dyn golift_hir::Db,
    path: &std::path::Path,
    triple: &target_lexicon::Triple,
) -> Result<(), Vec<String>> {
    let _ = (db, path, triple);
    Err(vec!["not implemented yet".to_string()])
}
