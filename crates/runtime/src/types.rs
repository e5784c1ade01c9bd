//! Layouts shared with compiled code: type descriptors, `interface{}` and slice headers
//! (see docs/runtime-abi.md, "Value layout" and "Type descriptors").

/// Go's `reflect.Kind` numbering, as stored in [`TypeDesc::kind`].
pub mod kind {
    pub const BOOL: u64 = 1;
    pub const INT: u64 = 2;
    pub const INT8: u64 = 3;
    pub const INT16: u64 = 4;
    pub const INT32: u64 = 5;
    pub const INT64: u64 = 6;
    pub const UINT: u64 = 7;
    pub const UINT8: u64 = 8;
    pub const UINT16: u64 = 9;
    pub const UINT32: u64 = 10;
    pub const UINT64: u64 = 11;
    pub const UINTPTR: u64 = 12;
    pub const FLOAT32: u64 = 13;
    pub const FLOAT64: u64 = 14;
    pub const COMPLEX64: u64 = 15;
    pub const COMPLEX128: u64 = 16;
    pub const ARRAY: u64 = 17;
    pub const CHAN: u64 = 18;
    pub const FUNC: u64 = 19;
    pub const INTERFACE: u64 = 20;
    pub const MAP: u64 = 21;
    pub const POINTER: u64 = 22;
    pub const SLICE: u64 = 23;
    pub const STRING: u64 = 24;
    pub const STRUCT: u64 = 25;
    pub const UNSAFE_POINTER: u64 = 26;
}

/// A Go type, as emitted by codegen in read-only data.
#[repr(C)]
pub struct TypeDesc {
    pub kind: u64,
    pub size: u64,
    /// Pointer, slice and array element; null otherwise.
    pub elem: *const TypeDesc,
    /// Array length; struct field count.
    pub len: u64,
    /// Struct fields (`len` of them); null otherwise.
    pub fields: *const FieldDesc,
    pub name_ptr: *const u8,
    pub name_len: u64,
    /// The method table (`nmethods` of them, gc's method order: exported names first,
    /// then by name); null when there are none. See `methods.rs`.
    pub methods: *const MethodDesc,
    pub nmethods: u64,
    /// Map key type (the value type is `elem`); null otherwise.
    pub key: *const TypeDesc,
}

/// One method of a type's method table: for a concrete type, a method of its method
/// set (`T`: value methods; `*T`: all) with the function an itab slot holds for it
/// (receiving the interface's data word as receiver); for an interface type, one of
/// its methods with a null `ifn`.
#[repr(C)]
pub struct MethodDesc {
    pub name_ptr: *const u8,
    pub name_len: u64,
    /// The method's type without receiver: a `FUNC` descriptor named as gc prints it
    /// (`func() string`).
    pub typ: *const TypeDesc,
    /// Null for an interface's method (and for a method promoted through an embedded
    /// field, which golift cannot call through a table yet).
    pub ifn: *const u8,
}

impl MethodDesc {
    /// The method's name.
    pub fn name(&self) -> &[u8] {
        // SAFETY: codegen emits a valid (ptr, len) pair for every method.
        unsafe { bytes(self.name_ptr, self.name_len as i64) }
    }

    /// The method's signature type.
    pub fn typ(&self) -> &TypeDesc {
        // SAFETY: codegen emits a valid descriptor for every method.
        unsafe { &*self.typ }
    }
}

/// One struct field.
#[repr(C)]
pub struct FieldDesc {
    pub name_ptr: *const u8,
    pub name_len: u64,
    pub typ: *const TypeDesc,
    pub offset: u64,
}

/// `interface{}`: `data` points at a copy of the value, or is the value itself for
/// pointer-shaped types (see [`is_direct_iface`]).
#[repr(C)]
#[derive(Clone, Copy)]
pub struct Eface {
    pub typ: *const TypeDesc,
    pub data: *const u8,
}

/// Whether values of type `t` are stored directly in an interface's data word (gc's
/// `types.IsDirectIface`): pointers, channels, maps, funcs, unsafe pointers, and arrays
/// of one / structs of one field of such a type.
pub fn is_direct_iface(t: &TypeDesc) -> bool {
    match t.kind {
        kind::POINTER | kind::CHAN | kind::MAP | kind::FUNC | kind::UNSAFE_POINTER => true,
        // SAFETY: descriptors' elements and fields are valid when non-null.
        kind::ARRAY if t.len == 1 => unsafe { t.elem.as_ref() }.is_some_and(is_direct_iface),
        kind::STRUCT if t.len == 1 => {
            // SAFETY: a struct descriptor has `len` valid fields.
            unsafe { t.fields.as_ref() }
                .and_then(|f| unsafe { f.typ.as_ref() })
                .is_some_and(is_direct_iface)
        }
        _ => false,
    }
}

/// A pointer to the value held by an interface of dynamic type `t` whose data word is
/// at `word`: the word itself for direct types, what it points to otherwise.
///
/// # Safety
/// `word` points at a readable data word of an interface holding a value of type `t`.
pub unsafe fn eface_value_ptr(t: &TypeDesc, word: *const *const u8) -> *const u8 {
    if is_direct_iface(t) {
        word.cast()
    } else {
        // SAFETY: guaranteed by the caller.
        unsafe { word.read_unaligned() }
    }
}

/// A slice header.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct Slice {
    pub ptr: *mut u8,
    pub len: i64,
    pub cap: i64,
}

/// A string header.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct GoString {
    pub ptr: *const u8,
    pub len: i64,
}

/// The bytes of a (pointer, length) pair from compiled code; empty when null or `len <= 0`.
///
/// # Safety
/// When non-null, `ptr` must point at `len` readable bytes that outlive the result.
pub unsafe fn bytes<'a>(ptr: *const u8, len: i64) -> &'a [u8] {
    if ptr.is_null() || len <= 0 {
        &[]
    } else {
        // SAFETY: guaranteed by the caller.
        unsafe { std::slice::from_raw_parts(ptr, len as usize) }
    }
}

impl TypeDesc {
    /// A descriptor of kind `kind`, size `size` and name `name` without elements, fields
    /// or methods (the runtime's own descriptors, and its tests').
    pub const fn plain(kind: u64, size: u64, name: &'static str) -> TypeDesc {
        TypeDesc {
            kind,
            size,
            elem: std::ptr::null(),
            len: 0,
            fields: std::ptr::null(),
            name_ptr: name.as_ptr(),
            name_len: name.len() as u64,
            methods: std::ptr::null(),
            nmethods: 0,
            key: std::ptr::null(),
        }
    }

    /// The type's name as gc prints it.
    pub fn name(&self) -> &[u8] {
        // SAFETY: codegen emits a valid (ptr, len) pair for every descriptor.
        unsafe { bytes(self.name_ptr, self.name_len as i64) }
    }

    /// The struct fields (empty for other kinds).
    pub fn fields(&self) -> &[FieldDesc] {
        if self.fields.is_null() || self.len == 0 {
            &[]
        } else {
            // SAFETY: codegen emits `len` field descriptors for a struct.
            unsafe { std::slice::from_raw_parts(self.fields, self.len as usize) }
        }
    }

    /// The method table (empty when there are none).
    pub fn methods(&self) -> &[MethodDesc] {
        if self.methods.is_null() || self.nmethods == 0 {
            &[]
        } else {
            // SAFETY: codegen emits `nmethods` method descriptors.
            unsafe { std::slice::from_raw_parts(self.methods, self.nmethods as usize) }
        }
    }

    /// The element type, if any.
    pub fn elem(&self) -> Option<&TypeDesc> {
        // SAFETY: null or a valid descriptor.
        unsafe { self.elem.as_ref() }
    }
}
