//! Runtime-level behaviour: genesis presets, fees and their multiplier, and the emergency brakes
//! (safe mode, transaction pause) driven by the council.

use aitbc_runtime::{
	configs::{governance::CouncilCollective, monetary::SlowAdjustingFeeUpdate},
	genesis_config_presets::{development_config_genesis, local_config_genesis, ENDOWMENT},
	AccountId, Balances, Runtime, RuntimeCall, RuntimeGenesisConfig, RuntimeOrigin, SafeMode,
	System, TransactionPayment, TxPause, AIT, EXISTENTIAL_DEPOSIT, MILLI_AIT,
};
use frame_support::{
	assert_noop, assert_ok,
	dispatch::GetDispatchInfo,
	traits::{fungible::Inspect, Hooks},
	weights::{constants::ExtrinsicBaseWeight, Weight, WeightToFee as _},
};
use pallet_transaction_payment::Multiplier;
use sp_keyring::Sr25519Keyring::{Alice, Bob, Dave};
use sp_runtime::{
	traits::{Convert, Dispatchable, One},
	BuildStorage, DispatchError, FixedPointNumber,
};

mod common;
use common::pass_council_motion;

fn ext_from_preset(patch: serde_json::Value) -> sp_io::TestExternalities {
	let mut config =
		serde_json::to_value(RuntimeGenesisConfig::default()).expect("default config serializes");
	json_merge(&mut config, patch);
	let genesis: RuntimeGenesisConfig =
		serde_json::from_value(config).expect("preset is a valid genesis config");
	let mut ext: sp_io::TestExternalities = genesis.build_storage().expect("genesis builds").into();
	ext.execute_with(|| System::set_block_number(1));
	ext
}

fn json_merge(base: &mut serde_json::Value, patch: serde_json::Value) {
	match (base, patch) {
		(serde_json::Value::Object(base), serde_json::Value::Object(patch)) => {
			for (k, v) in patch {
				json_merge(base.entry(k).or_insert(serde_json::Value::Null), v);
			}
		}
		(base, patch) => *base = patch,
	}
}

fn dev_ext() -> sp_io::TestExternalities {
	ext_from_preset(development_config_genesis())
}

fn account(k: sp_keyring::Sr25519Keyring) -> AccountId {
	k.to_account_id()
}

fn transfer(to: &AccountId, value: u128) -> RuntimeCall {
	RuntimeCall::Balances(pallet_balances::Call::transfer_keep_alive {
		dest: to.clone().into(),
		value,
	})
}

#[test]
fn development_preset_builds_a_chain_alice_validates() {
	dev_ext().execute_with(|| {
		assert_eq!(pallet_aura::Authorities::<Runtime>::get().len(), 1);
		assert_eq!(
			pallet_grandpa::Pallet::<Runtime>::grandpa_authorities().len(),
			1
		);
		assert_eq!(pallet_sudo::Key::<Runtime>::get(), Some(account(Alice)));
		assert_eq!(
			pallet_collective::Members::<Runtime, CouncilCollective>::get().len(),
			3
		);
		assert_eq!(Balances::balance(&account(Dave)), ENDOWMENT);
		// The treasury account exists from genesis, so the first fees paid to it are kept.
		assert!(
			Balances::balance(&pallet_treasury::Pallet::<Runtime>::account_id())
				>= EXISTENTIAL_DEPOSIT
		);
	});
}

#[test]
fn local_preset_has_three_validators() {
	ext_from_preset(local_config_genesis()).execute_with(|| {
		assert_eq!(pallet_aura::Authorities::<Runtime>::get().len(), 3);
		assert_eq!(
			pallet_grandpa::Pallet::<Runtime>::grandpa_authorities().len(),
			3
		);
	});
}

#[test]
fn presets_are_listed_for_chain_spec_builder() {
	let names: Vec<String> = aitbc_runtime::genesis_config_presets::preset_names()
		.into_iter()
		.map(|id| String::from_utf8_lossy(id.as_ref()).into_owned())
		.collect();
	assert_eq!(
		names,
		vec!["development", "local_testnet", "development-peer"]
	);
	assert!(aitbc_runtime::genesis_config_presets::get_preset(&"no_such_preset".into()).is_none());
}

#[test]
fn base_extrinsic_costs_a_tenth_of_a_milli_ait() {
	let fee =
		aitbc_runtime::configs::monetary::WeightToFee::weight_to_fee(&ExtrinsicBaseWeight::get());
	assert_eq!(fee, MILLI_AIT / 10);
	// Twice the weight, twice the fee.
	let double = aitbc_runtime::configs::monetary::WeightToFee::weight_to_fee(
		&ExtrinsicBaseWeight::get().saturating_mul(2),
	);
	assert_eq!(double, MILLI_AIT / 5);
}

#[test]
fn fee_multiplier_rises_with_full_blocks_and_falls_with_empty_ones() {
	dev_ext().execute_with(|| {
		let max = <Runtime as frame_system::Config>::BlockWeights::get()
			.get(frame_support::dispatch::DispatchClass::Normal)
			.max_total
			.unwrap_or(Weight::MAX);
		System::set_block_consumed_resources(max, 0);
		let after_full = SlowAdjustingFeeUpdate::<Runtime>::convert(Multiplier::one());
		assert!(after_full > Multiplier::one(), "a full block raises fees");

		System::set_block_consumed_resources(Weight::zero(), 0);
		let after_empty = SlowAdjustingFeeUpdate::<Runtime>::convert(Multiplier::one());
		assert!(
			after_empty < Multiplier::one(),
			"an empty block lowers fees"
		);

		// However long blocks stay empty, fees stop at a tenth of their base level.
		let mut m = Multiplier::one();
		for _ in 0..300_000 {
			m = SlowAdjustingFeeUpdate::<Runtime>::convert(m);
		}
		assert_eq!(m, Multiplier::saturating_from_rational(1, 10));
	});
}

#[test]
fn transaction_payment_uses_the_multiplier() {
	dev_ext().execute_with(|| {
		let call = transfer(&account(Bob), AIT);
		let base = TransactionPayment::compute_fee(100, &call.get_dispatch_info(), 0);
		pallet_transaction_payment::NextFeeMultiplier::<Runtime>::put(
			Multiplier::saturating_from_integer(2),
		);
		let doubled = TransactionPayment::compute_fee(100, &call.get_dispatch_info(), 0);
		assert!(doubled > base);
	});
}

#[test]
fn council_pulls_the_safe_mode_brake_and_transfers_stop() {
	dev_ext().execute_with(|| {
		// Before: a transfer goes through.
		assert_ok!(transfer(&account(Dave), AIT).dispatch(RuntimeOrigin::signed(account(Bob))));

		// A stranger cannot enter safe mode: permissionless entry is disabled.
		assert!(SafeMode::enter(RuntimeOrigin::signed(account(Dave))).is_err());
		// One council member alone is not half the council.
		assert!(SafeMode::force_enter(RuntimeOrigin::signed(account(Alice))).is_err());

		let result = pass_council_motion(RuntimeCall::SafeMode(
			pallet_safe_mode::Call::force_enter {},
		));
		assert_ok!(result);
		assert!(
			pallet_safe_mode::EnteredUntil::<Runtime>::get().is_some(),
			"safe mode is on"
		);

		let balance = Balances::balance(&account(Dave));
		assert_noop!(
			transfer(&account(Dave), AIT).dispatch(RuntimeOrigin::signed(account(Bob))),
			frame_system::Error::<Runtime>::CallFiltered
		);
		assert_eq!(Balances::balance(&account(Dave)), balance);

		// Governance still works in safe mode, and lifts it.
		assert_ok!(pass_council_motion(RuntimeCall::SafeMode(
			pallet_safe_mode::Call::force_exit {}
		)));
		assert!(pallet_safe_mode::EnteredUntil::<Runtime>::get().is_none());
		assert_ok!(transfer(&account(Dave), AIT).dispatch(RuntimeOrigin::signed(account(Bob))));
	});
}

#[test]
fn safe_mode_ends_by_itself() {
	dev_ext().execute_with(|| {
		assert_ok!(SafeMode::force_enter(RuntimeOrigin::root()));
		let until = pallet_safe_mode::EnteredUntil::<Runtime>::get().expect("entered");
		System::set_block_number(until + 1);
		SafeMode::on_initialize(until + 1);
		assert!(pallet_safe_mode::EnteredUntil::<Runtime>::get().is_none());
	});
}

#[test]
fn council_pauses_one_call_and_governance_cannot_be_paused() {
	dev_ext().execute_with(|| {
		let name = |pallet: &str, call: &str| {
			(
				pallet.as_bytes().to_vec().try_into().unwrap(),
				call.as_bytes().to_vec().try_into().unwrap(),
			)
		};
		assert_ok!(pass_council_motion(RuntimeCall::TxPause(
			pallet_tx_pause::Call::pause {
				full_name: name("Balances", "transfer_keep_alive"),
			}
		)));
		assert_noop!(
			transfer(&account(Dave), AIT).dispatch(RuntimeOrigin::signed(account(Bob))),
			frame_system::Error::<Runtime>::CallFiltered
		);
		// Other calls of the same pallet still work.
		assert_ok!(
			RuntimeCall::Balances(pallet_balances::Call::transfer_allow_death {
				dest: account(Dave).into(),
				value: AIT
			})
			.dispatch(RuntimeOrigin::signed(account(Bob)))
		);

		// Pausing governance or the brakes themselves is refused.
		for (pallet, call) in [
			("Council", "vote"),
			("TxPause", "unpause"),
			("SafeMode", "force_exit"),
			("Sudo", "sudo"),
		] {
			assert_noop!(
				TxPause::pause(RuntimeOrigin::root(), name(pallet, call)),
				pallet_tx_pause::Error::<Runtime>::Unpausable
			);
		}
		// A stranger cannot pause anything.
		assert_noop!(
			TxPause::pause(
				RuntimeOrigin::signed(account(Dave)),
				name("Balances", "transfer_allow_death")
			),
			DispatchError::BadOrigin
		);

		assert_ok!(pass_council_motion(RuntimeCall::TxPause(
			pallet_tx_pause::Call::unpause {
				ident: name("Balances", "transfer_keep_alive"),
			}
		)));
		assert_ok!(transfer(&account(Dave), AIT).dispatch(RuntimeOrigin::signed(account(Bob))));
	});
}

#[test]
fn sudo_is_alice_on_dev_and_nobody_else() {
	dev_ext().execute_with(|| {
		let call = Box::new(RuntimeCall::System(frame_system::Call::remark {
			remark: vec![],
		}));
		assert_ok!(pallet_sudo::Pallet::<Runtime>::sudo(
			RuntimeOrigin::signed(account(Alice)),
			call.clone()
		));
		assert_noop!(
			pallet_sudo::Pallet::<Runtime>::sudo(RuntimeOrigin::signed(account(Bob)), call),
			pallet_sudo::Error::<Runtime>::RequireSudo
		);
	});
}
