//! Builds this crate for wasm (the `WASM_BINARY` of `src/lib.rs`), as `runtime/build.rs` does.

#[cfg(feature = "std")]
fn main() {
	// The wasm builder reruns when a file of this crate or of its dependencies changes; the
	// verifier is included by path from another crate, so say it.
	println!("cargo:rerun-if-changed=../src/verifier.rs");
	substrate_wasm_builder::WasmBuilder::init_with_defaults()
		// Not a runtime: no `runtime_version` section.
		.disable_runtime_version_section_check()
		.build();
}

/// The wasm builder is deactivated when compiling this crate for wasm.
#[cfg(not(feature = "std"))]
fn main() {}
