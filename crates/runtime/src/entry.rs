//! The C `main`: records the arguments, installs the fault handler, and runs `main.init`,
//! the package's `init` functions and `main.main` (the compiled package) on a thread with gc's 1 GB stack limit (on the
//! main thread if that thread cannot be created), then exits with status 0 (printing
//! allocation statistics first when `GOLIFT_ALLOCSTATS=1`). Left out of the crate's unit tests, whose
//! harness has its own `main`.

extern "C" {
    #[link_name = "main.init"]
    fn go_main_init();
    #[link_name = "main.main"]
    fn go_main_main();
    /// The package's `init` functions: a count, then that many function pointers
    /// (docs/runtime-abi.md).
    #[link_name = "go.initfuncs"]
    static GO_INITFUNCS: u64;
}

/// Calls the package's `init` functions in order. They are called from here, not from
/// `main.init`, so that a traceback through one shows no caller, as gc's (whose runtime
/// calls them from its `doInit`).
fn run_init_funcs() {
    // SAFETY: codegen always emits `go.initfuncs`: a `u64` count followed by that many
    // pointers to compiled functions taking no arguments and returning nothing.
    unsafe {
        let table = std::ptr::addr_of!(GO_INITFUNCS);
        let n = *table as usize;
        let fns = table.add(1) as *const extern "C" fn();
        for i in 0..n {
            (*fns.add(i))();
        }
    }
}

/// gc's maximum goroutine stack (`runtime/debug.SetMaxStack`'s default on 64-bit): the
/// Go code runs on a thread with a stack this large (reserved, committed lazily), so
/// recursion as deep as gc allows works, and overflows fault near the stack pointer.
const GO_STACK: usize = 1_000_000_000;

extern "C" fn go_thread(_: *mut std::ffi::c_void) -> *mut std::ffi::c_void {
    // The alternate signal stack is per thread.
    crate::signal::install();
    // Every Go frame lies below this one: the collector scans the stack up to here.
    let marker = 0u64;
    crate::gc::set_stack_top(std::hint::black_box(&marker) as *const u64 as usize);
    // SAFETY: codegen always emits both functions, taking no arguments.
    unsafe {
        go_main_init();
        run_init_funcs();
        go_main_main();
    }
    crate::os::exit(0)
}

/// The process entry point called by the C start-up code.
#[export_name = "main"]
pub extern "C" fn c_main(argc: i32, argv: *const *const u8) -> i32 {
    crate::os::init(argc.max(0) as usize, argv);
    crate::traceback::init();
    crate::signal::install();
    let mut attr = crate::sys::PthreadAttr([0; 128]);
    let mut thread = 0u64;
    // SAFETY: plain C calls with valid, initialised arguments.
    let started = unsafe {
        crate::sys::pthread_attr_init(&mut attr) == 0
            && crate::sys::pthread_attr_setstacksize(&mut attr, GO_STACK) == 0
            && crate::sys::pthread_create(&mut thread, &attr, go_thread, std::ptr::null_mut()) == 0
    };
    if started {
        // SAFETY: `thread` was created above; it never returns (it exits the process).
        unsafe { crate::sys::pthread_join(thread, std::ptr::null_mut()) };
    }
    // No thread (address space exhausted): run on the main thread's stack.
    go_thread(std::ptr::null_mut());
    crate::os::exit(0)
}
