//! The `golift` command: parses the command line and dispatches to a subcommand.
//! Everything a subcommand prints goes through here, so exit statuses are decided once.

mod cli;
mod commands;

use clap::Parser;

use cli::{normalize_args, Cli, Command, MAX_ESCAPE_LEVEL};

use golift::COMPILER_STACK;

fn main() {
    let worker = std::thread::Builder::new()
        .name("golift".into())
        .stack_size(COMPILER_STACK)
        .spawn(run);
    let code = match worker.map(|handle| handle.join()) {
        Ok(Ok(code)) => code,
        Ok(Err(_)) => 3,
        Err(e) => {
            eprintln!(
                "golift: cannot start the compiler thread: {}",
                golift::ioerr::reason(&e)
            );
            3
        }
    };
    std::process::exit(code);
}

fn run() -> i32 {
    let cli = Cli::parse_from(normalize_args(std::env::args_os()));
    let result = match &cli.command {
        Command::Build { escape_level, .. } if *escape_level > MAX_ESCAPE_LEVEL => {
            Err(golift::failure::Failure {
                message: format!(
                "golift: -m={escape_level} is not supported: golift prints -m and -m=2 as gc does; \
                 gc's -m=3 and higher trace gc's own IR\n"
            ),
                status: 2,
            })
        }
        Command::Build {
            output,
            target,
            escape_level,
            no_inline: _,
            all_errors,
            files,
        } => commands::build::build(
            files,
            output.as_deref(),
            target.target.as_deref(),
            *escape_level,
            *all_errors,
        )
        .map(|()| 0),
        Command::Run { target, args } => commands::run::run(args, target.target.as_deref()),
        Command::Asm {
            target,
            func,
            files,
        } => commands::asm::asm(files, func.as_deref(), target.target.as_deref()).map(|text| {
            print!("{text}");
            0
        }),
        Command::Ir { func, files } => commands::ir::ir(files, func.as_deref()).map(|text| {
            print!("{text}");
            0
        }),
        Command::Clif {
            target,
            func,
            files,
        } => commands::clif::clif(files, func.as_deref(), target.target.as_deref()).map(|text| {
            print!("{text}");
            0
        }),
    };
    match result {
        Ok(code) => code,
        Err(failure) => {
            eprint!("{}", failure.message);
            failure.status
        }
    }
}
