//! Builds the runtime's wasm blob, which the node embeds as its genesis runtime.
//!
//! With `AITBC_UPGRADE_REHEARSAL` set (the test scripts set it), it also builds the same runtime
//! with the `upgrade-rehearsal` feature: one `spec_version` later, written beside the first as
//! `aitbc_runtime_upgrade_rehearsal.compact.compressed.wasm`. The end-to-end upgrade test enacts
//! it on a running dev chain with `System::set_code`. The rehearsal shares the wasm build's target
//! directory, so only this crate compiles twice.

#[cfg(feature = "std")]
fn main() {
	let runtime = substrate_wasm_builder::WasmBuilder::init_with_defaults();
	#[cfg(feature = "metadata-hash")]
	let runtime = runtime.enable_metadata_hash("AIT", 12);
	runtime.build();

	println!("cargo:rerun-if-env-changed=AITBC_UPGRADE_REHEARSAL");
	if std::env::var_os("AITBC_UPGRADE_REHEARSAL").is_some() {
		let rehearsal = substrate_wasm_builder::WasmBuilder::init_with_defaults()
			.enable_feature("upgrade-rehearsal")
			.set_file_name("aitbc_runtime_upgrade_rehearsal");
		#[cfg(feature = "metadata-hash")]
		let rehearsal = rehearsal.enable_metadata_hash("AIT", 12);
		rehearsal.build();
	}
}

/// The wasm builder is deactivated when compiling this crate for wasm.
#[cfg(not(feature = "std"))]
fn main() {}
