//! Storage migrations run by the next runtime upgrade.
//!
//! A forkless upgrade (`System::set_code` through a council motion, or sudo on a dev chain)
//! swaps the runtime; `Executive` then runs, in the first block of the new runtime, every
//! pallet's `on_runtime_upgrade` and the migrations listed here. Each AITBC pallet declares its
//! storage layout as a `StorageVersion`; a change of layout bumps that version and adds here a
//! migration that converts the stored values, written as a
//! `frame_support::migrations::VersionedMigration` so it runs once, only from the version it was
//! written for, and leaves the new version behind. Its `pre_upgrade` and `post_upgrade` checks
//! run under `try-runtime`, with every pallet's `try_state` (`TryRuntime_on_runtime_upgrade`,
//! which the upgrade rehearsal of `tests/e2e/upgrade.test.mjs` calls on a live node).
//!
//! Once a release that carries a migration has been enacted on every AITBC network, the migration
//! leaves this list.
//!
//! This release replaces `RandomnessCollectiveFlip` with `ComputeAuthorship`'s VRF randomness:
//! its storage (81 block hashes) goes. `ComputeAuthorship` needs no migration on a chain that
//! had no such pallet: until the first session starts it answers with Aura's turn order, and at
//! that session it plans its epochs from the validators `pallet-session` hands it.

frame_support::parameter_types! {
	pub const RandomnessCollectiveFlipName: &'static str = "RandomnessCollectiveFlip";
}

/// The migrations of the next release, in the order they run.
pub type Unreleased = (
	frame_support::migrations::RemovePallet<
		RandomnessCollectiveFlipName,
		<crate::Runtime as frame_system::Config>::DbWeight,
	>,
);

/// Everything `Executive` runs on a runtime upgrade besides the pallets' own hooks.
pub type Migrations = (Unreleased,);
