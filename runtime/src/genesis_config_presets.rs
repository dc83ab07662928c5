//! Genesis presets: `development` (one validator, Alice), `development-peer` (the same with
//! settlement chain id 2: a second dev chain to settle with) and `local_testnet` (Alice, Bob and
//! Charlie validate). Validators are set through `pallet-session`'s keys and `ValidatorSet`,
//! each with an operator bond of `MinOperatorBond` in `Staking`. Both endow the well-known development accounts, make Alice the sudo key and
//! seat Alice, Bob and Charlie on the council. A production chain spec has no sudo key.

use crate::{
	configs::staking::MinOperatorBond, AccountId, BalancesConfig, RuntimeGenesisConfig,
	SessionKeys, Staking, SudoConfig, AIT, MICRO_AIT, MILLI_AIT,
};
use aitbc_primitives::ResourceClass;
use alloc::{vec, vec::Vec};
use frame_support::build_struct_json_patch;
use pallet_pricing::ClassParams;
use serde_json::Value;
use sp_consensus_aura::sr25519::AuthorityId as AuraId;
use sp_consensus_grandpa::AuthorityId as GrandpaId;
use sp_genesis_builder::{self, PresetId};
use sp_keyring::{Ed25519Keyring, Sr25519Keyring};
use sp_runtime::{Perbill, Permill};

/// Every endowed development account starts with a million AIT.
pub const ENDOWMENT: crate::Balance = 1_000_000 * AIT;

fn testnet_genesis(
	initial_authorities: Vec<(AccountId, AuraId, GrandpaId)>,
	endowed_accounts: Vec<AccountId>,
	council: Vec<AccountId>,
	root: AccountId,
	weighted: bool,
	chain_id: aitbc_primitives::settlement::ChainId,
) -> Value {
	// Two AITBC dev chains (ids 1 and 2) follow each other's finality.
	let light_client_chain = if chain_id == AITBC_CHAIN_ID {
		PEER_CHAIN_ID
	} else {
		AITBC_CHAIN_ID
	};
	build_struct_json_patch!(RuntimeGenesisConfig {
		balances: BalancesConfig {
			balances: endowed_accounts
				.iter()
				.cloned()
				.map(|k| (k, ENDOWMENT))
				.chain(pallet_accounts())
				.collect::<Vec<_>>(),
		},
		// Aura's and GRANDPA's authorities come from the session keys.
		session: pallet_session::GenesisConfig {
			keys: initial_authorities
				.iter()
				.map(|(account, aura, grandpa)| {
					(
						account.clone(),
						account.clone(),
						SessionKeys {
							aura: aura.clone(),
							grandpa: grandpa.clone(),
						},
					)
				})
				.collect::<Vec<_>>(),
		},
		validator_set: pallet_validator_set::GenesisConfig {
			validators: initial_authorities
				.iter()
				.map(|x| x.0.clone())
				.collect::<Vec<_>>(),
		},
		// Every validator holds an operator bond, as `ValidatorSet` requires.
		staking: pallet_operator_staking::GenesisConfig {
			operators: initial_authorities
				.iter()
				.map(|x| (x.0.clone(), MinOperatorBond::get()))
				.collect::<Vec<_>>(),
		},
		compute_authorship: pallet_compute_authorship::GenesisConfig {
			weighted,
			..Default::default()
		},
		sudo: SudoConfig { key: Some(root) },
		council: pallet_collective::GenesisConfig { members: council },
		pricing: pallet_pricing::GenesisConfig {
			classes: compute_classes()
		},
		escrow: pallet_escrow::GenesisConfig {
			platform_fee: PLATFORM_FEE,
		},
		receipts: pallet_receipts::GenesisConfig {
			mint_per_unit: MINT_PER_UNIT,
			coordinator_share: Permill::from_percent(80),
		},
		settlement: pallet_settlement::GenesisConfig {
			chain_id,
			light_client_chain: Some(light_client_chain),
		},
	})
}

/// Each verified compute unit mints half a micro-AIT: 80% to the operator that ran it (the
/// coordinator share), 20% to the treasury. That is the platform fee burned on a unit at the
/// lowest class floor (5% of 10 µAIT), and a job never mints more than its fee burned, so
/// paying oneself for made-up work loses AIT (`docs/economics.md`).
pub const MINT_PER_UNIT: crate::Balance = MICRO_AIT / 2;

/// The id other chains know this one by in settlement messages.
pub const AITBC_CHAIN_ID: aitbc_primitives::settlement::ChainId = 1;

/// The id of the second dev chain (`dev-peer`), for settlement between two chains on one
/// machine.
pub const PEER_CHAIN_ID: aitbc_primitives::settlement::ChainId = 2;

/// The preset of the second dev chain: `development` with chain id [`PEER_CHAIN_ID`].
pub const DEV_PEER_RUNTIME_PRESET: &str = "development-peer";

/// The platform fee at genesis: 5% of every payment, burned when paid in AIT.
pub const PLATFORM_FEE: Perbill = Perbill::from_percent(5);

/// Accounts that must exist from the first block: the treasury (it receives mint shares smaller
/// than the existential deposit and pays session rewards) and the staking pallet's account
/// (it keeps delegated assets and unclaimed rewards).
fn pallet_accounts() -> Vec<(AccountId, crate::Balance)> {
	vec![
		(
			crate::configs::monetary::TreasuryAccount::get(),
			10_000 * AIT,
		),
		(Staking::account_id(), crate::EXISTENTIAL_DEPOSIT),
	]
}

/// The resource classes compute is priced in at genesis: 0 is CPU, 1 is a GPU class.
/// Each moves toward 50% utilisation by at most 12.5% a minute,
/// and weighs each minute's sample by a fifth in its moving average.
pub fn compute_classes() -> Vec<(ResourceClass, ClassParams<u128>, u128)> {
	let class = |floor: u128, ceiling: u128| ClassParams {
		floor,
		ceiling,
		target_utilisation: Perbill::from_percent(50),
		smoothing: Perbill::from_percent(20),
		max_step: pallet_pricing::MAX_STEP_LIMIT,
	};
	vec![
		(
			ResourceClass(0),
			class(10 * MICRO_AIT, 10 * MILLI_AIT),
			100 * MICRO_AIT,
		),
		(
			ResourceClass(1),
			class(10 * MICRO_AIT, 100 * MILLI_AIT),
			MILLI_AIT,
		),
	]
}

/// The validator's account is the sr25519 account of the seed; Aura signs with the same sr25519
/// key and GRANDPA votes with the ed25519 key of the seed.
fn authority(aura: Sr25519Keyring, grandpa: Ed25519Keyring) -> (AccountId, AuraId, GrandpaId) {
	(
		aura.to_account_id(),
		aura.public().into(),
		grandpa.public().into(),
	)
}

fn council() -> Vec<AccountId> {
	vec![
		Sr25519Keyring::Alice.to_account_id(),
		Sr25519Keyring::Bob.to_account_id(),
		Sr25519Keyring::Charlie.to_account_id(),
	]
}

/// One validator, Alice: blocks within seconds of start. A new chain: authored by weight from
/// genesis.
pub fn development_config_genesis() -> Value {
	single_validator_genesis(AITBC_CHAIN_ID)
}

/// `development` as a second chain, with chain id [`PEER_CHAIN_ID`] (so another genesis):
/// the other end of a settlement route on one machine.
pub fn development_peer_config_genesis() -> Value {
	single_validator_genesis(PEER_CHAIN_ID)
}

fn single_validator_genesis(chain_id: aitbc_primitives::settlement::ChainId) -> Value {
	testnet_genesis(
		vec![authority(Sr25519Keyring::Alice, Ed25519Keyring::Alice)],
		Sr25519Keyring::well_known()
			.map(|k| k.to_account_id())
			.collect(),
		council(),
		Sr25519Keyring::Alice.to_account_id(),
		true,
		chain_id,
	)
}

/// Three validators: Alice, Bob and Charlie. It starts on Aura, as AITBC's first chains did, and
/// moves to weighted authorship when governance schedules the handover.
pub fn local_config_genesis() -> Value {
	testnet_genesis(
		vec![
			authority(Sr25519Keyring::Alice, Ed25519Keyring::Alice),
			authority(Sr25519Keyring::Bob, Ed25519Keyring::Bob),
			authority(Sr25519Keyring::Charlie, Ed25519Keyring::Charlie),
		],
		Sr25519Keyring::iter()
			.filter(|k| k != &Sr25519Keyring::One && k != &Sr25519Keyring::Two)
			.map(|k| k.to_account_id())
			.collect(),
		council(),
		Sr25519Keyring::Alice.to_account_id(),
		false,
		AITBC_CHAIN_ID,
	)
}

/// The preset with the given id, if there is one.
pub fn get_preset(id: &PresetId) -> Option<Vec<u8>> {
	let patch = match id.as_ref() {
		sp_genesis_builder::DEV_RUNTIME_PRESET => development_config_genesis(),
		sp_genesis_builder::LOCAL_TESTNET_RUNTIME_PRESET => local_config_genesis(),
		DEV_PEER_RUNTIME_PRESET => development_peer_config_genesis(),
		_ => return None,
	};
	serde_json::to_string(&patch).ok().map(|s| s.into_bytes())
}

/// The ids of all presets.
pub fn preset_names() -> Vec<PresetId> {
	vec![
		PresetId::from(sp_genesis_builder::DEV_RUNTIME_PRESET),
		PresetId::from(sp_genesis_builder::LOCAL_TESTNET_RUNTIME_PRESET),
		PresetId::from(DEV_PEER_RUNTIME_PRESET),
	]
}
