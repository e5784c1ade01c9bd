//! The C `main`: records the arguments, installs the fault handler, runs `main.init` and
//! `main.main` (the compiled package), then exits with status 0 (printing allocation
//! statistics first when `GOLIFT_ALLOCSTATS=1`). Left out of the crate's unit tests, whose
//! harness has its own `main`.

extern "C" {
    #[link_name = "main.init"]
    fn go_main_init();
    #[link_name = "main.main"]
    fn go_main_main();
}

/// The process entry point called by the C start-up code.
#[export_name = "main"]
pub extern "C" fn c_main(argc: i32, argv: *const *const u8) -> i32 {
    crate::os::init(argc.max(0) as usize, argv);
    crate::signal::install();
    // SAFETY: codegen always emits both functions, taking no arguments.
    unsafe {
        go_main_init();
        go_main_main();
    }
    crate::os::exit(0)
}
