//! What a runtime upgrade relies on: every AITBC pallet declares its storage layout, genesis
//! writes it, and the upgrade path (`Executive`'s migrations, then every pallet's `try_state`)
//! runs clean on a chain with a market on it. The rehearsal on a live node is
//! `tests/e2e/upgrade.test.mjs`.

mod common;

use common::*;
use frame_support::traits::{GetStorageVersion, PalletInfoAccess, StorageVersion};

fn layouts() -> [(&'static str, StorageVersion, StorageVersion); 7] {
	use aitbc_runtime::*;
	[
		(
			Pricing::name(),
			Pricing::in_code_storage_version(),
			Pricing::on_chain_storage_version(),
		),
		(
			Escrow::name(),
			Escrow::in_code_storage_version(),
			Escrow::on_chain_storage_version(),
		),
		(
			Services::name(),
			Services::in_code_storage_version(),
			Services::on_chain_storage_version(),
		),
		(
			Receipts::name(),
			Receipts::in_code_storage_version(),
			Receipts::on_chain_storage_version(),
		),
		(
			Staking::name(),
			Staking::in_code_storage_version(),
			Staking::on_chain_storage_version(),
		),
		(
			Disputes::name(),
			Disputes::in_code_storage_version(),
			Disputes::on_chain_storage_version(),
		),
		(
			ZkVerifier::name(),
			ZkVerifier::in_code_storage_version(),
			ZkVerifier::on_chain_storage_version(),
		),
	]
}

#[test]
fn genesis_writes_every_aitbc_pallets_storage_version() {
	new_chain().execute_with(|| {
		for (pallet, in_code, on_chain) in layouts() {
			assert_eq!(
				on_chain, in_code,
				"{pallet}: genesis stores the layout the code declares"
			);
			// A value the genesis did not write reads as 0 too: check the key is really there.
			let key =
				frame_support::storage::storage_prefix(pallet.as_bytes(), b":__STORAGE_VERSION__:");
			assert!(
				sp_io::storage::get(&key).is_some(),
				"{pallet}: its storage version is stored"
			);
		}
	});
}

/// The upgrade path a new runtime takes, on a chain with a settled and an open job: the listed
/// migrations, every pallet's `on_runtime_upgrade` with its pre- and post-checks, a decode of the
/// whole state and every pallet's `try_state`. Only a runtime built with `try-runtime` has it
/// (the test build does; the production one does not).
#[cfg(feature = "try-runtime")]
#[test]
fn the_upgrade_path_runs_clean_on_a_market() {
	new_chain().execute_with(|| {
		let blueprint_id = operator_with_blueprint(Dave);
		let service_id = service(Eve, blueprint_id, Terms::of(&[Dave]));
		let (job_id, _) = call_job(Eve, service_id, 10);
		submit_result(Dave, job_id);
		let (_open_job, _) = call_job(Eve, service_id, 5);
		next_block();
		aitbc_runtime::Executive::try_runtime_upgrade(frame_try_runtime::UpgradeCheckSelect::All)
			.expect("migrations, their checks and every try_state pass");
		for (pallet, in_code, on_chain) in layouts() {
			assert_eq!(
				on_chain, in_code,
				"{pallet}: the upgrade leaves the declared layout"
			);
		}
	});
}
