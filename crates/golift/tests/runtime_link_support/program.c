/* A stand-in for compiled Go code, exercising the runtime ABI (docs/runtime-abi.md).
 * It is the C equivalent of this Go program, whose gc 1.19.8 output the tests expect:
 *
 *   var initialized = 21
 *   func init() { initialized *= 2 }
 *   func main() {
 *       println(initialized, 1.5)
 *       v := -7
 *       var sl []int
 *       for i := 0; i < 5; i++ { sl = append(sl, i*i) }
 *       fmt.Println(v, "hello", sl)
 *       println(cap(sl))
 *       switch os.Getenv("GOLIFT_TEST_MODE") {
 *       case "index": i := 5; _ = make([]int, 3)[i]
 *       case "nil":   var p *int; println(*p)
 *       case "exit":  os.Exit(3)
 *       case "panic": panic("hello")
 *       }
 *   }
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

typedef struct TypeDesc {
    uint64_t kind, size;
    const struct TypeDesc *elem;
    uint64_t len;
    const void *fields;
    const char *name_ptr;
    uint64_t name_len;
    const void *methods;
    uint64_t nmethods;
} TypeDesc;
typedef struct { const TypeDesc *typ; const void *data; } Eface;
typedef struct { void *ptr; int64_t len, cap; } Slice;
typedef struct { const char *ptr; int64_t len; } GoString;

void printint(int64_t) __asm__("runtime.printint");
void printfloat(double) __asm__("runtime.printfloat");
void printsp(void) __asm__("runtime.printsp");
void printnl(void) __asm__("runtime.printnl");
void fmt_println(const Eface *, int64_t) __asm__("fmt.Println");
void growslice(Slice *, void *, int64_t, int64_t, int64_t, int64_t) __asm__("runtime.growslice");
void *makeslice(int64_t, int64_t, int64_t) __asm__("runtime.makeslice");
void panic_index(int64_t, int64_t) __asm__("runtime.panicIndex");
void gopanic(const TypeDesc *, const void *) __asm__("runtime.gopanic");
void os_exit(int64_t) __asm__("os.Exit");

static const TypeDesc int_t = {2, 8, 0, 0, 0, "int", 3};
static const TypeDesc string_t = {24, 16, 0, 0, 0, "string", 6};
static const TypeDesc slice_int_t = {23, 24, &int_t, 0, 0, "[]int", 5};

static int64_t initialized;

/* The line table every compiled package defines (docs/runtime-abi.md): empty here, so a
 * traceback names no frames (C frames are not Go frames). */
const uint64_t go_linetab[5] __asm__("go.linetab") = {1, 0, 0, 0, 0};

/* The package's init functions (docs/runtime-abi.md): a count, then pointers. One here,
 * run after main.init. */
static void go_init0(void);
struct initfuncs {
    uint64_t n;
    void (*fns[1])(void);
};
const struct initfuncs go_initfuncs __asm__("go.initfuncs") = {1, {go_init0}};

void go_init(void) __asm__("main.init");
void go_init(void) { initialized = 21; }

static void go_init0(void) { initialized *= 2; }

void go_main(void) __asm__("main.main");
void go_main(void) {
    const char *mode = getenv("GOLIFT_TEST_MODE");
    if (!mode) mode = "";
    printint(initialized);
    printsp();
    printfloat(1.5);
    printnl();

    int64_t v = -7;
    GoString s = {"hello", 5};
    Slice sl = {0, 0, 0};
    for (int64_t i = 0; i < 5; i++) {
        if (sl.len + 1 > sl.cap)
            growslice(&sl, sl.ptr, sl.len, sl.cap, sl.len + 1, 8);
        else
            sl.len++;
        ((int64_t *)sl.ptr)[sl.len - 1] = i * i;
    }
    Eface args[3] = {{&int_t, &v}, {&string_t, &s}, {&slice_int_t, &sl}};
    fmt_println(args, 3);
    printint(sl.cap);
    printnl();

    if (!strcmp(mode, "index")) {
        int64_t *a = makeslice(8, 3, 3);
        (void)a;
        panic_index(5, 3);
    } else if (!strcmp(mode, "nil")) {
        volatile int64_t *p = 0;
        printint(*p);
    } else if (!strcmp(mode, "exit")) {
        os_exit(3);
    } else if (!strcmp(mode, "panic")) {
        gopanic(&string_t, &s);
    }
}
