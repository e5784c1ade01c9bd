//! The go command's habits in `golift build` and `golift run`: packages named by
//! directory (build constraints honoured, the executable named as go names it), files and
//! program arguments split as `go run` splits them, `-o DIR`, errors in go's words, exit
//! statuses, and no temporary files left by an interrupted run. Every expected text was
//! printed by gc 1.19.8's go command in the same situation (with `GO111MODULE=off` for a
//! directory without go.mod, in module mode for one with it); where go names itself
//! (`go: `, `go build PKG: `) golift says `golift`.

mod common;
mod tools;

use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use common::*;

/// A scratch directory of its own for one test, removed when dropped.
struct Scratch(PathBuf);

impl Scratch {
    fn new(name: &str) -> Scratch {
        let dir = std::env::temp_dir().join(format!("golift-gocmd-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("creates the scratch directory");
        Scratch(dir)
    }

    fn write(&self, rel: &str, text: &str) -> &Scratch {
        let path = self.0.join(rel);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).expect("creates directories");
        }
        std::fs::write(&path, text).expect("writes a file");
        self
    }

    fn path(&self, rel: &str) -> PathBuf {
        self.0.join(rel)
    }

    /// `golift ARGS` run in `rel` under the scratch directory.
    fn golift(&self, rel: &str, args: &[&str]) -> Output {
        golift()
            .current_dir(self.0.join(rel))
            .args(args)
            .output()
            .expect("runs golift")
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn assert_fails(out: &Output, status: i32, stderr: &str) {
    assert_eq!(text(&out.stderr), stderr, "{}", describe(out));
    assert_eq!(out.status.code(), Some(status), "{}", describe(out));
}

fn assert_ok(out: &Output) {
    assert!(out.status.success(), "{}", describe(out));
}

/// The output of an executable golift built.
fn run_built(exe: &Path) -> String {
    let out = run_exe(exe).output().expect("runs the built program");
    assert!(out.status.success(), "{}", describe(&out));
    text(&out.stdout)
}

const MAIN: &str = "package main

import \"fmt\"

func f() *int {
\tx := 1
\treturn &x
}

func main() {
\tfmt.Println(*f(), g())
}
";

/// A package directory whose files only build together when constraints are honoured:
/// the excluded files redeclare `g` or are not Go at all.
fn constrained_package(s: &Scratch, dir: &str) {
    s.write(&format!("{dir}/main.go"), MAIN)
        .write(
            &format!("{dir}/g_linux.go"),
            "package main\n\nfunc g() string { return \"linux\" }\n",
        )
        .write(
            &format!("{dir}/g_windows.go"),
            "package main\n\nfunc g() string { return \"windows\" }\n",
        )
        .write(
            &format!("{dir}/g_arm64_test.go"),
            "package main\n\nthis is not Go\n",
        )
        .write(&format!("{dir}/x_test.go"), "package main\n\nnot Go either\n")
        .write(&format!("{dir}/_scratch.go"), "not Go\n")
        .write(
            &format!("{dir}/ignored.go"),
            "//go:build ignore\n\npackage main\n\nfunc g() string { return \"ignored\" }\n",
        )
        .write(
            &format!("{dir}/legacy.go"),
            "// +build windows,!linux\n\npackage main\n\nfunc g() string { return \"legacy\" }\n",
        )
        .write(
            &format!("{dir}/both.go"),
            "//go:build (linux || darwin) && !cgo && go1.19 && gc && unix\n\npackage main\n\nfunc h() {}\n",
        );
}

#[test]
fn build_in_a_directory_names_the_binary_after_it() {
    let s = Scratch::new("dir");
    constrained_package(&s, "hello");
    assert_ok(&s.golift("hello", &["build"]));
    assert_eq!(run_built(&s.path("hello/hello")), "1 linux\n");
    std::fs::remove_file(s.path("hello/hello")).expect("removes the binary");
    assert_ok(&s.golift("hello", &["build", "."]));
    assert_eq!(run_built(&s.path("hello/hello")), "1 linux\n");
    // From above, the default output would be the directory itself.
    assert_fails(
        &s.golift("", &["build", "./hello"]),
        1,
        "golift: build output \"hello\" already exists and is a directory\n",
    );
    assert_ok(&s.golift("", &["build", "-o", "bin/", "./hello"]));
    assert_eq!(run_built(&s.path("bin/hello")), "1 linux\n");
}

#[test]
fn build_in_a_module_names_the_binary_after_the_module_path() {
    let s = Scratch::new("module");
    s.write("mod/go.mod", "module example.com/foo/bar\n\ngo 1.19\n");
    constrained_package(&s, "mod");
    constrained_package(&s, "mod/cmd/tool");
    s.write("v2/go.mod", "module example.com/foo/v2\n\ngo 1.19\n");
    constrained_package(&s, "v2");
    assert_ok(&s.golift("mod", &["build"]));
    assert_eq!(run_built(&s.path("mod/bar")), "1 linux\n");
    assert_ok(&s.golift("mod", &["build", "./cmd/tool"]));
    assert_eq!(run_built(&s.path("mod/tool")), "1 linux\n");
    assert_ok(&s.golift("mod/cmd/tool", &["build"]));
    assert_eq!(run_built(&s.path("mod/cmd/tool/tool")), "1 linux\n");
    assert_ok(&s.golift("v2", &["build"]));
    assert_eq!(run_built(&s.path("v2/foo")), "1 linux\n");
    // Files keep the first file's name, in a module too.
    assert_ok(&s.golift("mod", &["build", "main.go", "g_linux.go"]));
    assert_eq!(run_built(&s.path("mod/main")), "1 linux\n");
}

#[test]
fn several_packages_as_go_build_builds_them() {
    let s = Scratch::new("multi");
    s.write("a/a.go", "package main\nfunc main(){ x := 1 }\n")
        .write("b/b.go", "package main\nfunc main(){ y := 1 }\n")
        .write("c/c.go", "package main\nfunc main(){}\n")
        .write("d/d.go", "package main\nfunc main(){}\n");
    // Each package's errors (go prints them in the order its parallel builds finish).
    assert_fails(
        &s.golift("", &["build", "./a", "./b"]),
        2,
        "a/a.go:2:14: x declared but not used\nb/b.go:2:14: y declared but not used\n",
    );
    // Built and checked, nothing written.
    assert_ok(&s.golift("", &["build", "./c", "./d"]));
    assert!(s.path("c").is_dir() && !s.path("d/d").exists());
    // A package named twice is one package, whose default output here is its directory.
    assert_fails(
        &s.golift("", &["build", "./c", "./c"]),
        1,
        "golift: build output \"c\" already exists and is a directory\n",
    );
    assert_fails(
        &s.golift("", &["build", "-o", "out", "./c", "./a"]),
        1,
        "golift: cannot write multiple packages to non-directory out\n",
    );
    assert_ok(&s.golift("", &["build", "-o", "out/", "./c", "./d"]));
    assert!(s.path("out/c").is_file() && s.path("out/d").is_file());
}

#[test]
fn escape_notes_of_a_directory_print_paths_as_go_does() {
    // `go build -gcflags='-m -l'` of the same package, from three places.
    let s = Scratch::new("mpaths");
    s.write("sub/inner/main.go", MAIN).write(
        "sub/inner/g_linux.go",
        "package main\n\nfunc g() string { return \"linux\" }\n",
    );
    let notes = |prefix: &str| {
        format!(
            "{prefix}main.go:6:2: moved to heap: x\n\
             {prefix}main.go:11:13: ... argument does not escape\n\
             {prefix}main.go:11:14: *f() escapes to heap\n\
             {prefix}main.go:11:21: g() escapes to heap\n"
        )
    };
    let out_file = s.path("o");
    let o = out_file.to_str().expect("utf-8 path");
    let out = s.golift("", &["build", "-m", "-l", "-o", o, "./sub/inner"]);
    assert_ok(&out);
    assert_eq!(text(&out.stderr), notes("sub/inner/"));
    let out = s.golift("sub/inner", &["build", "-m", "-l", "-o", o]);
    assert_ok(&out);
    assert_eq!(text(&out.stderr), notes("./"));
    let out = s.golift(
        "sub",
        &[
            "build",
            "-m",
            "-l",
            "-o",
            o,
            "./inner/main.go",
            "./inner/g_linux.go",
        ],
    );
    assert_ok(&out);
    assert_eq!(text(&out.stderr), notes("inner/"));
}

#[test]
fn constraints_follow_the_target() {
    let s = Scratch::new("arch");
    s.write("p/main.go", "package main\n\nfunc main() { f() }\n")
        .write(
            "p/f_amd64.go",
            "package main\n\nfunc f() { onlyAmd64() }\n\nfunc onlyAmd64() {}\n",
        )
        .write(
            "p/f_arm64.go",
            "package main\n\nfunc f() { onlyArm64() }\n\nfunc onlyArm64() {}\n",
        );
    let x86 = s.golift("p", &["asm", "--target", "x86_64-unknown-linux-gnu"]);
    assert_ok(&x86);
    assert!(text(&x86.stdout).contains("TEXT main.onlyAmd64(SB) ./f_amd64.go"));
    assert!(!text(&x86.stdout).contains("onlyArm64"));
    let arm = s.golift("p", &["asm", "--target", "aarch64-unknown-linux-gnu"]);
    assert_ok(&arm);
    assert!(text(&arm.stdout).contains("TEXT main.onlyArm64(SB) ./f_arm64.go"));
    assert!(!text(&arm.stdout).contains("onlyAmd64"));
}

#[test]
fn package_errors_in_go_words_without_a_module() {
    let s = Scratch::new("errs");
    let root = s.0.display().to_string();
    s.write("onlytest/a_test.go", "package main\n")
        .write("ignored/a.go", "//go:build ignore\n\npackage main\n")
        .write("mixed/a.go", "package main\nfunc main(){}\n")
        .write("mixed/b.go", "package other\n")
        .write("nonmain/a.go", "package lib\n\nfunc F() {}\n")
        .write("badbuild/a.go", "//go:build linux &&\n\npackage main\n")
        .write("files/main.go", "package main\n\nfunc main() {}\n")
        .write("files/sub/m2.go", "package main\n");
    std::fs::create_dir_all(s.path("empty")).expect("mkdir");
    let o = s.path("o");
    let o = o.to_str().expect("utf-8 path");
    assert_fails(
        &s.golift("", &["build", "-o", o, "./empty"]),
        1,
        &format!("package ./empty: no Go files in {root}/empty\n"),
    );
    assert_fails(
        &s.golift("empty", &["build", "-o", o]),
        1,
        &format!("package .: no Go files in {root}/empty\n"),
    );
    assert_fails(
        &s.golift("", &["build", "-o", o, "./onlytest"]),
        1,
        &format!("golift build _{root}/onlytest: no non-test Go files in {root}/onlytest\n"),
    );
    assert_fails(
        &s.golift("", &["build", "-o", o, "./ignored"]),
        1,
        &format!("package ./ignored: build constraints exclude all Go files in {root}/ignored\n"),
    );
    assert_fails(
        &s.golift("", &["build", "-o", o, "./mixed"]),
        1,
        &format!("found packages main (a.go) and other (b.go) in {root}/mixed\n"),
    );
    // Named files of two packages: go/build's check, in the order they were named
    // (`go build b.go a.go` names other first), never a silently linked binary.
    assert_fails(
        &s.golift("mixed", &["build", "-o", o, "a.go", "b.go"]),
        1,
        &format!("found packages main (a.go) and other (b.go) in {root}/mixed\n"),
    );
    assert_fails(
        &s.golift("mixed", &["build", "-o", o, "b.go", "a.go"]),
        1,
        &format!("found packages other (b.go) and main (a.go) in {root}/mixed\n"),
    );
    assert_fails(
        &s.golift("", &["build", "-o", o, "./nonexist"]),
        1,
        &format!("cannot find package \".\" in:\n\t{root}/nonexist\n"),
    );
    assert_fails(
        &s.golift("badbuild", &["build", "-o", o]),
        1,
        "a.go: parsing //go:build line: unexpected end of expression\n",
    );
    // `go build` of a non-main package checks it and writes nothing.
    assert_ok(&s.golift("", &["build", "./nonmain"]));
    assert!(!s.path("nonmain/nonmain").exists() && !s.path("nonmain").is_file());
    assert_fails(
        &s.golift("", &["run", "./nonmain"]),
        1,
        "golift: no packages loaded from ./nonmain\n",
    );
    assert_fails(
        &s.golift("", &["run", "./empty"]),
        1,
        "golift: no packages loaded from ./empty\n",
    );
    assert_fails(
        &s.golift("", &["run", "./ignored"]),
        1,
        "golift: no packages loaded from ./ignored\n",
    );
    assert_fails(
        &s.golift("", &["run", "./onlytest"]),
        1,
        &format!("golift build _{root}/onlytest: no non-test Go files in {root}/onlytest\n"),
    );
    assert_fails(
        &s.golift("files", &["build", "main.go", "sub/m2.go"]),
        1,
        "named files must all be in one directory; have . and sub\n",
    );
    assert_fails(
        &s.golift("files", &["build", "main.go", "x.txt"]),
        1,
        "named files must be .go files: x.txt\n",
    );
    for args in [
        &["build", "main.go", "nonexist.go"][..],
        &["build", "nonexist.go"],
        &["run", "nonexist.go"],
        &["run", "main.go", "nonexist.go"],
        &["asm", "nonexist.go"],
    ] {
        assert_fails(
            &s.golift("files", args),
            1,
            "stat nonexist.go: no such file or directory\n",
        );
    }
    assert_fails(
        &s.golift("files", &["run"]),
        1,
        "golift: no go files listed\n",
    );
}

#[test]
fn package_errors_in_go_words_in_a_module() {
    let s = Scratch::new("moderrs");
    let root = s.0.display().to_string();
    s.write("go.mod", "module example.com/m\n\ngo 1.19\n")
        .write("onlytest/a_test.go", "package main\n")
        .write("ignored/a.go", "//go:build ignore\n\npackage main\n")
        .write("nonmain/a.go", "package lib\n\nfunc F() {}\n");
    std::fs::create_dir_all(s.path("e")).expect("mkdir");
    let o = s.path("o");
    let o = o.to_str().expect("utf-8 path");
    assert_fails(
        &s.golift("", &["build", "-o", o, "./e"]),
        1,
        &format!("no Go files in {root}/e\n"),
    );
    assert_fails(
        &s.golift("", &["build", "-o", o, "./onlytest"]),
        1,
        &format!("golift build example.com/m/onlytest: no non-test Go files in {root}/onlytest\n"),
    );
    assert_fails(
        &s.golift("", &["build", "-o", o, "./ignored"]),
        1,
        &format!(
            "package example.com/m/ignored: build constraints exclude all Go files in {root}/ignored\n"
        ),
    );
    assert_fails(
        &s.golift("", &["build", "-o", o, "./nonexist"]),
        1,
        &format!("stat {root}/nonexist: directory not found\n"),
    );
    assert_fails(
        &s.golift("", &["run", "./nonmain"]),
        1,
        "package example.com/m/nonmain is not a main package\n",
    );
    assert_fails(
        &s.golift("", &["run", "./e"]),
        1,
        "golift: no packages loaded from ./e\n",
    );
    assert_fails(
        &s.golift("", &["run", "./ignored"]),
        1,
        &format!(
            "package example.com/m/ignored: build constraints exclude all Go files in {root}/ignored\n"
        ),
    );
}

/// Permission errors as go prints them (`open /abs/path: permission denied`). As root
/// nothing is unreadable, so the commands then run as `nobody` through `setpriv`.
#[test]
fn unreadable_files_and_directories_in_go_words() {
    // SAFETY: geteuid has no preconditions.
    let root = unsafe { libc::geteuid() } == 0;
    if root
        && !tools::require(
            "unreadable_files_and_directories_in_go_words",
            "setpriv",
            tools::have("setpriv"),
            "apt-get install util-linux",
        )
    {
        return;
    }
    use std::os::unix::fs::PermissionsExt;
    let s = Scratch::new("perm");
    s.write("locked/main.go", MAIN)
        .write("ok/main.go", "package main\n\nfunc main() {}\n")
        .write("ok/unread.go", "package main\n");
    let no_access = std::fs::Permissions::from_mode(0o000);
    std::fs::set_permissions(s.path("locked"), no_access.clone()).expect("chmod");
    std::fs::set_permissions(s.path("ok/unread.go"), no_access).expect("chmod");
    let run = |dir: &str, args: &[&str]| {
        let mut cmd = if root {
            let mut c = Command::new("setpriv");
            c.args(["--reuid=65534", "--regid=65534", "--clear-groups"])
                .arg(env!("CARGO_BIN_EXE_golift"));
            c
        } else {
            golift()
        };
        cmd.current_dir(s.path(dir))
            .args(args)
            .output()
            .expect("runs golift")
    };
    let abs = s.0.display().to_string();
    assert_fails(
        &run("", &["build", "./locked"]),
        1,
        &format!("open {abs}/locked: permission denied\n"),
    );
    assert_fails(
        &run("ok", &["build"]),
        1,
        &format!("open {abs}/ok/unread.go: permission denied\n"),
    );
    assert_fails(
        &run("ok", &["build", "main.go", "unread.go"]),
        1,
        &format!("open {abs}/ok/unread.go: permission denied\n"),
    );
    std::fs::set_permissions(s.path("locked"), std::fs::Permissions::from_mode(0o755))
        .expect("chmod back, so that the scratch directory can be removed");
}

const ARGS_PROGRAM: &str = "package main

import (
\t\"fmt\"
\t\"os\"
)

func main() {
\tfmt.Println(os.Args[1:], x)
\tif len(os.Args) > 1 && os.Args[1] == \"exit\" {
\t\tos.Exit(3)
\t}
}
";

#[test]
fn run_splits_files_from_program_arguments_as_go_run_does() {
    let s = Scratch::new("runargs");
    s.write("r/a.go", ARGS_PROGRAM)
        .write("r/b.go", "package main\n\nvar x = 5\n");
    let out = s.golift("r", &["run", "a.go", "b.go", "--", "-h", "x.go"]);
    assert_ok(&out);
    assert_eq!(text(&out.stdout), "[-- -h x.go] 5\n");
    let out = s.golift("r", &["run", "a.go", "b.go", "c.txt", "y.go"]);
    assert_ok(&out);
    assert_eq!(text(&out.stdout), "[c.txt y.go] 5\n");
    let out = s.golift("r", &["run", ".", "-h"]);
    assert_ok(&out);
    assert_eq!(text(&out.stdout), "[-h] 5\n");
    let out = s.golift("", &["run", "./r", "a", "b"]);
    assert_ok(&out);
    assert_eq!(text(&out.stdout), "[a b] 5\n");
    // go run's `exit status 3`; the program's code passed through (DESIGN.md's contract).
    let out = s.golift("r", &["run", "a.go", "b.go", "exit"]);
    assert_eq!(text(&out.stdout), "[exit] 5\n");
    assert_fails(&out, 3, "exit status 3\n");
    // Only a.go: b.go's x is undefined, as gc says.
    assert_fails(
        &s.golift("r", &["run", "a.go", "b.go.txt"]),
        2,
        "./a.go:9:27: undefined: x\n",
    );
}

#[test]
fn output_flag_as_go_build_reads_it() {
    let s = Scratch::new("output");
    s.write("hello/main.go", MAIN).write(
        "hello/g.go",
        "package main\n\nfunc g() string { return \"linux\" }\n",
    );
    std::fs::create_dir_all(s.path("outdir")).expect("mkdir");
    // An existing directory: the default name inside it.
    assert_ok(&s.golift("", &["build", "-o", "outdir", "./hello"]));
    assert_eq!(run_built(&s.path("outdir/hello")), "1 linux\n");
    assert_ok(&s.golift(
        "",
        &["build", "-o", "outdir", "hello/main.go", "hello/g.go"],
    ));
    assert_eq!(run_built(&s.path("outdir/main")), "1 linux\n");
    // A path ending in `/` is a directory, created when missing; so are missing parents.
    assert_ok(&s.golift("", &["build", "-o", "newdir/", "./hello"]));
    assert_eq!(run_built(&s.path("newdir/hello")), "1 linux\n");
    assert_ok(&s.golift("", &["build", "-o", "nd2/sub/x", "./hello"]));
    assert_eq!(run_built(&s.path("nd2/sub/x")), "1 linux\n");
    // Where no directory can be made, or no file opened: go's words.
    s.write("afile", "");
    let afile = s.path("afile").display().to_string();
    assert_fails(
        &s.golift(
            "hello",
            &["build", "-o", &format!("{afile}/x"), "main.go", "g.go"],
        ),
        1,
        &format!("golift build command-line-arguments: mkdir {afile}/: file exists\n"),
    );
    assert_fails(
        &s.golift("hello", &["build", "-o", "/proc/nd/x"]),
        1,
        &format!(
            "golift build _{}: mkdir /proc/nd/: no such file or directory\n",
            s.path("hello").display()
        ),
    );
    assert_fails(
        &s.golift("hello", &["build", "-o", "/proc/x", "main.go", "g.go"]),
        1,
        "golift build command-line-arguments: open /proc/x: no such file or directory\n",
    );
}

#[test]
fn escape_levels_above_two_are_refused() {
    let s = Scratch::new("m3");
    s.write("a.go", "package main\n\nfunc main() {}\n");
    let want = "golift: -m=3 is not supported: golift prints -m and -m=2 as gc does; \
                gc's -m=3 and higher trace gc's own IR\n";
    assert_fails(&s.golift("", &["build", "-m=3", "a.go"]), 2, want);
    assert_fails(&s.golift("", &["build", "-m", "-m", "-m", "a.go"]), 2, want);
    assert!(!s.path("a").exists());
}

#[test]
fn unknown_func_lists_the_functions() {
    let s = Scratch::new("func");
    s.write(
        "a.go",
        "package main\n\nfunc fib(n int) int { return n }\n\nfunc main() { println(fib(1)) }\n",
    );
    for cmd in ["asm", "clif", "ir"] {
        assert_fails(
            &s.golift("", &[cmd, "--func", "nope", "a.go"]),
            2,
            "golift: no function nope in the package; --func takes one of: fib, init, main\n",
        );
    }
    let out = s.golift("", &["ir", "--func", "fib", "a.go"]);
    assert_ok(&out);
    assert!(text(&out.stdout).contains("main.fib"), "{}", describe(&out));
}

#[test]
fn clif_shows_go_source_lines() {
    let s = Scratch::new("clif");
    s.write(
        "a.go",
        "package main\n\nfunc add(a, b int) int {\n\tc := a + b\n\treturn c * 2\n}\n\nfunc main() { println(add(1, 2)) }\n",
    );
    let out = s.golift("", &["clif", "--func", "add", "a.go"]);
    assert_ok(&out);
    let got = text(&out.stdout);
    let first = got.find("; ./a.go:4  c := a + b").expect(&got);
    let second = got.find("; ./a.go:5  return c * 2").expect(&got);
    assert!(first < second, "{got}");
    let iadd = got.find("iadd").expect(&got);
    assert!(
        first < iadd && iadd < second,
        "the add is under line 4:\n{got}"
    );
}

#[test]
fn cgo_is_refused_clearly() {
    let s = Scratch::new("cgo");
    s.write("c/a.go", "package main\n\nimport \"C\"\n\nfunc main() {}\n");
    assert_fails(
        &s.golift("c", &["build"]),
        1,
        "./a.go:3:8: cgo is not supported by golift (import \"C\")\n",
    );
    assert_fails(
        &s.golift("c", &["build", "a.go"]),
        1,
        "./a.go:3:8: cgo is not supported by golift (import \"C\")\n",
    );
}

#[test]
fn other_languages_are_refused_in_go_words() {
    let s = Scratch::new("clang");
    s.write("cf/main.go", "package main\n\nfunc main() {}\n")
        .write("cf/a.c", "int x;\n")
        .write("cf/z.c", "int z;\n")
        .write("cf/b.cc", "int y;\n")
        .write("cf/w_windows.c", "int w;\n");
    assert_fails(
        &s.golift("cf", &["build"]),
        1,
        "package .: C source files not allowed when not using cgo or SWIG: a.c z.c\n",
    );
    std::fs::remove_file(s.path("cf/a.c")).expect("rm");
    std::fs::remove_file(s.path("cf/z.c")).expect("rm");
    assert_fails(
        &s.golift("", &["build", "./cf"]),
        1,
        "package ./cf: C++ source files not allowed when not using cgo or SWIG: b.cc\n",
    );
    s.write("cf/go.mod", "module example.com/cf\n");
    assert_fails(
        &s.golift("cf", &["build"]),
        1,
        "package example.com/cf: C++ source files not allowed when not using cgo or SWIG: b.cc\n",
    );
}

#[test]
fn linker_failures_are_one_golift_line() {
    let s = Scratch::new("link");
    s.write("a.go", "package main\n\nfunc main() {}\n");
    let out = golift()
        .current_dir(&s.0)
        .env("CC", "false")
        .args(["build", "a.go"])
        .output()
        .expect("runs golift");
    assert_fails(
        &out,
        1,
        "golift: linking with false failed (exit status 1)\n",
    );
    let out = golift()
        .current_dir(&s.0)
        .env("CC", "/nonexistent/cc")
        .args(["build", "a.go"])
        .output()
        .expect("runs golift");
    assert_fails(
        &out,
        1,
        "golift: cannot run the linker /nonexistent/cc: no such file or directory (install gcc)\n",
    );
    assert!(!s.path("a").exists());
}

const SPIN: &str = "package main

import \"fmt\"

func main() {
\tfmt.Println(\"ready\")
\tn := 0
\tfor {
\t\tn++
\t}
}
";

/// `golift run` of a program that never ends, in a process group of its own and with a
/// temporary directory of its own, stopped once the program has started. Returns golift's
/// output and the temporary directory's entries afterwards.
fn interrupted_run(name: &str, signal: i32, whole_group: bool) -> (Output, Vec<String>) {
    use std::io::BufRead;
    let s = Scratch::new(name);
    s.write("spin.go", SPIN);
    let tmp = s.path("tmp");
    std::fs::create_dir_all(&tmp).expect("mkdir");
    let mut child = golift()
        .current_dir(&s.0)
        .env("TMPDIR", &tmp)
        .args(["run", "spin.go"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .process_group(0)
        .spawn()
        .expect("runs golift");
    let pid = child.id() as i32;
    let mut stdout = std::io::BufReader::new(child.stdout.take().expect("stdout"));
    let mut line = String::new();
    stdout
        .read_line(&mut line)
        .expect("reads the program's first line");
    assert_eq!(line, "ready\n");
    // Let golift reach its wait for the program.
    std::thread::sleep(std::time::Duration::from_millis(300));
    // SAFETY: signals to the process (group) this test started.
    unsafe {
        libc::kill(if whole_group { -pid } else { pid }, signal);
    }
    let status = child.wait().expect("golift ends");
    // The program itself outlives a golift killed alone, as it outlives go run: stop it
    // (it holds the output pipes open).
    // SAFETY: the process group this test started.
    unsafe {
        libc::kill(-pid, libc::SIGKILL);
    }
    let mut stderr = Vec::new();
    std::io::Read::read_to_end(&mut child.stderr.take().expect("stderr"), &mut stderr)
        .expect("reads golift's stderr");
    let out = Output {
        status,
        stdout: Vec::new(),
        stderr,
    };
    let left: Vec<String> = std::fs::read_dir(&tmp)
        .expect("reads the temporary directory")
        .filter_map(|e| e.ok().map(|e| e.file_name().to_string_lossy().into_owned()))
        .collect();
    (out, left)
}

#[test]
fn interrupted_run_reports_as_go_run_and_leaves_nothing() {
    // Ctrl-C reaches the whole foreground group: go run prints `signal: interrupt`;
    // golift exits 128 + SIGINT, as a shell reports a program killed by it.
    let (out, left) = interrupted_run("sigint", libc::SIGINT, true);
    assert_fails(&out, 130, "signal: interrupt\n");
    assert!(left.is_empty(), "left behind: {left:?}");
    // SIGTERM to golift alone ends golift, as it ends go run; nothing is left behind.
    let (out, left) = interrupted_run("sigterm", libc::SIGTERM, false);
    use std::os::unix::process::ExitStatusExt;
    assert_eq!(
        out.status.signal(),
        Some(libc::SIGTERM),
        "{}",
        describe(&out)
    );
    assert!(left.is_empty(), "left behind: {left:?}");
}

/// A signal while golift links (here a `$CC` that never finishes) removes the link
/// directory before golift ends by it.
#[test]
fn signal_during_linking_leaves_nothing() {
    use std::os::unix::fs::PermissionsExt;
    use std::os::unix::process::ExitStatusExt;
    for (name, signal) in [("linkint", libc::SIGINT), ("linkterm", libc::SIGTERM)] {
        let s = Scratch::new(name);
        s.write("a.go", "package main\n\nfunc main() {}\n")
            .write("slowcc", "#!/bin/sh\nexec sleep 60\n");
        std::fs::set_permissions(s.path("slowcc"), std::fs::Permissions::from_mode(0o755))
            .expect("chmod");
        let tmp = s.path("tmp");
        std::fs::create_dir_all(&tmp).expect("mkdir");
        let mut child = golift()
            .current_dir(&s.0)
            .env("TMPDIR", &tmp)
            .env("CC", s.path("slowcc"))
            .args(["run", "a.go"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .process_group(0)
            .spawn()
            .expect("runs golift");
        let pid = child.id() as i32;
        let entries = || {
            std::fs::read_dir(&tmp)
                .expect("reads the temporary directory")
                .filter_map(|e| e.ok().map(|e| e.file_name().to_string_lossy().into_owned()))
                .collect::<Vec<_>>()
        };
        let started = std::time::Instant::now();
        while entries().is_empty() && started.elapsed() < std::time::Duration::from_secs(120) {
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
        assert!(!entries().is_empty(), "golift never started linking");
        // Let the linker start.
        std::thread::sleep(std::time::Duration::from_millis(300));
        // SAFETY: a signal to the process this test started.
        unsafe {
            libc::kill(pid, signal);
        }
        let status = child.wait().expect("golift ends");
        // SAFETY: the process group this test started (the stand-in linker).
        unsafe {
            libc::kill(-pid, libc::SIGKILL);
        }
        assert_eq!(status.signal(), Some(signal), "{name}: {status:?}");
        assert_eq!(entries(), Vec::<String>::new(), "{name}: left behind");
    }
}

/// Channel operations are type-checked and escape-analysed, but running them is a
/// later issue: codegen refuses each at its position with golift's own message and
/// exit status 2, and writes no executable.
#[test]
fn channel_operations_are_refused_where_they_are() {
    let s = Scratch::new("chans");
    s.write(
        "a.go",
        "package main\n\nfunc main() {\n\tc := make(chan int, 1)\n\tc <- 1\n\tx, ok := <-c\n\
         \tselect {\n\tcase <-c:\n\tdefault:\n\t}\n\tfor range c {\n\t}\n\tclose(c)\n\
         \tprintln(x, ok, len(c))\n}\n",
    );
    let want = "./a.go:4:7: making channels not supported yet\n\
                ./a.go:5:2: channel sends not supported yet\n\
                ./a.go:6:11: channel receives not supported yet\n\
                ./a.go:7:2: select statements not supported yet\n\
                ./a.go:11:2: range over channels not supported yet\n\
                ./a.go:13:2: closing channels not supported yet\n\
                ./a.go:14:17: len of channels not supported yet\n";
    assert_fails(&s.golift("", &["build", "a.go"]), 2, want);
    assert!(!s.path("a").exists());
}
