//! # AITBC runtime
//!
//! The state transition function of the AITBC chain, a market for AI compute.
//!
//! - [`configs`]: one module per group of pallets (system and consensus, money, governance,
//!   account utilities, the compute market, disputes, zero-knowledge proofs, staking). Each
//!   says why its parameters have the values they have. The AITBC pallets never import each
//!   other: a pallet's `Config` names, for each trait of [`aitbc_primitives::traits`] it uses,
//!   the pallet that implements it (the table there says which), and these modules wire them.
//! - [`apis`]: the runtime APIs the node, Polkadot.js Apps and subxt call.
//! - [`genesis_config_presets`]: the `development` and `local_testnet` genesis presets that
//!   `aitbc-node` and `chain-spec-builder` read.
//! - [`migrations`]: the storage migrations the next runtime upgrade runs.
//!
//! Blocks are authored by Aura and finalised by GRANDPA, by a validator set governance keeps
//! (proof of authority): `pallet-session` hands each session's keys to both, `ValidatorSet`
//! decides who is in it (`configs::validators`).

#![cfg_attr(not(feature = "std"), no_std)]
// `construct_runtime` and `impl_runtime_apis` expand to large items.
#![recursion_limit = "512"]

#[cfg(feature = "std")]
include!(concat!(env!("OUT_DIR"), "/wasm_binary.rs"));

#[cfg(feature = "runtime-benchmarks")]
#[macro_use]
mod benchmarks;
pub mod apis;
pub mod configs;
pub mod genesis_config_presets;
pub mod migrations;

extern crate alloc;

use alloc::vec::Vec;

use sp_runtime::{
	generic, impl_opaque_keys,
	traits::{BlakeTwo256, IdentifyAccount, Verify},
	MultiAddress, MultiSignature,
};
use sp_version::RuntimeVersion;

pub use aitbc_primitives::{Balance, AIT, MICRO_AIT, MILLI_AIT};
pub use frame_system::Call as SystemCall;
pub use pallet_balances::Call as BalancesCall;
pub use pallet_timestamp::Call as TimestampCall;
#[cfg(any(feature = "std", test))]
pub use sp_runtime::BuildStorage;

/// Types the node needs without knowing the runtime's extrinsic format.
pub mod opaque {
	use super::*;
	use sp_runtime::traits::Hash as HashT;

	pub use sp_runtime::OpaqueExtrinsic as UncheckedExtrinsic;

	pub type Header = generic::Header<BlockNumber, BlakeTwo256>;
	pub type Block = generic::Block<Header, UncheckedExtrinsic>;
	pub type BlockId = generic::BlockId<Block>;
	pub type Hash = <BlakeTwo256 as HashT>::Output;
}

impl_opaque_keys! {
	pub struct SessionKeys {
		pub aura: Aura,
		pub grandpa: Grandpa,
	}
}

/// The runtime's version. `spec_version` rises with every release that changes behaviour;
/// `System::set_code` refuses a runtime whose `spec_version` is not higher than the running one.
#[cfg(not(feature = "upgrade-rehearsal"))]
#[sp_version::runtime_version]
pub const VERSION: RuntimeVersion = RuntimeVersion {
	spec_name: alloc::borrow::Cow::Borrowed("aitbc"),
	impl_name: alloc::borrow::Cow::Borrowed("aitbc-node"),
	authoring_version: 1,
	spec_version: 100,
	impl_version: 1,
	apis: apis::RUNTIME_API_VERSIONS,
	transaction_version: 1,
	system_version: 1,
};

/// The same runtime one `spec_version` later: the upgrade the end-to-end upgrade rehearsal enacts
/// on a running dev chain through `System::set_code` (see `build.rs`). Never shipped.
#[cfg(feature = "upgrade-rehearsal")]
#[sp_version::runtime_version]
pub const VERSION: RuntimeVersion = RuntimeVersion {
	spec_name: alloc::borrow::Cow::Borrowed("aitbc"),
	impl_name: alloc::borrow::Cow::Borrowed("aitbc-node"),
	authoring_version: 1,
	spec_version: 101,
	impl_version: 1,
	apis: apis::RUNTIME_API_VERSIONS,
	transaction_version: 1,
	system_version: 1,
};

/// Block production targets one block every six seconds.
pub const MILLI_SECS_PER_BLOCK: u64 = 6000;
/// Aura's slot. It cannot change once the chain runs: changing it stops block production.
pub const SLOT_DURATION: u64 = MILLI_SECS_PER_BLOCK;

/// `$prod` normally; `$fast` in a runtime built with the `fast-runtime` feature, whose waiting
/// periods (slash review, unbonding, dispute phases, heartbeats) take minutes instead of days, so
/// the dev chain and the end-to-end tests can go through them. Production builds leave it off.
#[macro_export]
macro_rules! prod_or_fast {
	($prod:expr, $fast:expr) => {
		if cfg!(feature = "fast-runtime") {
			$fast
		} else {
			$prod
		}
	};
}

pub const MINUTES: BlockNumber = 60_000 / (MILLI_SECS_PER_BLOCK as BlockNumber);
pub const HOURS: BlockNumber = MINUTES * 60;
pub const DAYS: BlockNumber = HOURS * 24;

/// Below this an account is reaped: 0.001 AIT.
pub const EXISTENTIAL_DEPOSIT: Balance = MILLI_AIT;

/// A storage deposit: `items` storage entries of `bytes` bytes in total.
pub const fn deposit(items: u32, bytes: u32) -> Balance {
	(items as Balance) * 20 * MILLI_AIT + (bytes as Balance) * 100 * MICRO_AIT
}

/// sr25519, ed25519 or ecdsa signatures.
pub type Signature = MultiSignature;
/// An account is identified by its public key.
pub type AccountId = <<Signature as Verify>::Signer as IdentifyAccount>::AccountId;
pub type Nonce = u32;
pub type Hash = sp_core::H256;
pub type BlockNumber = u32;
/// Assets of `pallet-assets` are numbered.
pub type AssetId = u32;
pub type Address = MultiAddress<AccountId, ()>;
pub type Header = generic::Header<BlockNumber, BlakeTwo256>;
pub type Block = generic::Block<Header, UncheckedExtrinsic>;
pub type SignedBlock = generic::SignedBlock<Block>;
pub type BlockId = generic::BlockId<Block>;

/// Checks every signed transaction runs through, in order.
pub type TxExtension = (
	frame_system::CheckNonZeroSender<Runtime>,
	frame_system::CheckSpecVersion<Runtime>,
	frame_system::CheckTxVersion<Runtime>,
	frame_system::CheckGenesis<Runtime>,
	frame_system::CheckEra<Runtime>,
	frame_system::CheckNonce<Runtime>,
	frame_system::CheckWeight<Runtime>,
	pallet_transaction_payment::ChargeTransactionPayment<Runtime>,
	frame_metadata_hash_extension::CheckMetadataHash<Runtime>,
	frame_system::WeightReclaim<Runtime>,
);

pub type UncheckedExtrinsic =
	generic::UncheckedExtrinsic<Address, RuntimeCall, Signature, TxExtension>;
pub type SignedPayload = generic::SignedPayload<RuntimeCall, TxExtension>;

pub type Executive = frame_executive::Executive<
	Runtime,
	Block,
	frame_system::ChainContext<Runtime>,
	Runtime,
	AllPalletsWithSystem,
	migrations::Migrations,
>;

#[frame_support::runtime]
mod runtime {
	#[runtime::runtime]
	#[runtime::derive(
		RuntimeCall,
		RuntimeEvent,
		RuntimeError,
		RuntimeOrigin,
		RuntimeFreezeReason,
		RuntimeHoldReason,
		RuntimeSlashReason,
		RuntimeLockId,
		RuntimeTask,
		RuntimeViewFunction
	)]
	pub struct Runtime;

	// System and consensus.
	#[runtime::pallet_index(0)]
	pub type System = frame_system;
	#[runtime::pallet_index(1)]
	pub type Timestamp = pallet_timestamp;
	#[runtime::pallet_index(2)]
	pub type Aura = pallet_aura;
	#[runtime::pallet_index(3)]
	pub type Grandpa = pallet_grandpa;
	#[runtime::pallet_index(5)]
	pub type Authorship = pallet_authorship;
	#[runtime::pallet_index(6)]
	pub type ValidatorSet = pallet_validator_set;
	#[runtime::pallet_index(7)]
	pub type Session = pallet_session;
	#[runtime::pallet_index(8)]
	pub type Historical = pallet_session::historical;
	#[runtime::pallet_index(9)]
	pub type Offences = pallet_offences;
	#[runtime::pallet_index(14)]
	pub type ComputeAuthorship = pallet_compute_authorship;

	// Money.
	#[runtime::pallet_index(10)]
	pub type Balances = pallet_balances;
	#[runtime::pallet_index(11)]
	pub type TransactionPayment = pallet_transaction_payment;
	#[runtime::pallet_index(12)]
	pub type Assets = pallet_assets;
	#[runtime::pallet_index(13)]
	pub type Treasury = pallet_treasury;

	// Governance and emergency brakes.
	#[runtime::pallet_index(20)]
	pub type Sudo = pallet_sudo;
	#[runtime::pallet_index(21)]
	pub type Council = pallet_collective<Instance1>;
	#[runtime::pallet_index(22)]
	pub type Scheduler = pallet_scheduler;
	#[runtime::pallet_index(23)]
	pub type Preimage = pallet_preimage;
	#[runtime::pallet_index(24)]
	pub type SafeMode = pallet_safe_mode;
	#[runtime::pallet_index(25)]
	pub type TxPause = pallet_tx_pause;

	// Account utilities.
	#[runtime::pallet_index(30)]
	pub type Utility = pallet_utility;
	#[runtime::pallet_index(31)]
	pub type Multisig = pallet_multisig;

	// The compute market.
	#[runtime::pallet_index(40)]
	pub type Pricing = pallet_pricing;
	#[runtime::pallet_index(41)]
	pub type Escrow = pallet_escrow;
	#[runtime::pallet_index(42)]
	pub type Services = pallet_services;
	#[runtime::pallet_index(43)]
	pub type Receipts = pallet_receipts;
	#[runtime::pallet_index(44)]
	pub type Staking = pallet_operator_staking;
	#[runtime::pallet_index(45)]
	pub type Disputes = pallet_disputes;
	#[runtime::pallet_index(46)]
	pub type ZkVerifier = pallet_zk_verifier;
	#[runtime::pallet_index(47)]
	pub type Settlement = pallet_settlement;
	/// The GRANDPA light client of the other AITBC chain, for `Settlement`'s light-client
	/// adapter.
	#[runtime::pallet_index(48)]
	pub type BridgeAitbcGrandpa = pallet_bridge_grandpa<Instance1>;
}
