//! The compute market: dynamic pricing per resource class and escrowed payments.
//!
//! `Jobs` and `Proofs` of the escrow are `()` until the services and zk-verifier pallets are in
//! the runtime: until then a job-bound or proof-bound escrow condition can never be met and such
//! escrows resolve by refund at their deadline; plain, time-locked and multi-signature escrows
//! work fully.

use crate::{
	configs::governance::EnsureRootOrHalfCouncil, AccountId, AssetId, Assets, Balance, Balances,
	BlockNumber, Runtime, RuntimeHoldReason, MILLI_AIT, MINUTES,
};
use frame_support::{parameter_types, traits::ConstU32, PalletId};
use sp_runtime::Perbill;

use super::monetary::TreasuryAccount;

parameter_types! {
	/// Prices move once a minute: often enough to follow demand, seldom enough that a burst
	/// within one minute counts as one sample.
	pub const PricingUpdatePeriod: BlockNumber = MINUTES;
	/// Publishing an ask stores an entry; the deposit pays for it and comes back on `clear_ask`.
	pub const AskDeposit: Balance = 10 * MILLI_AIT;
}

impl pallet_pricing::Config for Runtime {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type GovernanceOrigin = EnsureRootOrHalfCouncil;
	type MaxClasses = ConstU32<32>;
	type UpdatePeriod = PricingUpdatePeriod;
	type AskDeposit = AskDeposit;
	type WeightInfo = pallet_pricing::weights::SubstrateWeight<Runtime>;
}

parameter_types! {
	pub const EscrowPalletId: PalletId = PalletId(*b"aitb/esc");
	pub const MaxPlatformFee: Perbill = Perbill::from_percent(10);
}

impl pallet_escrow::Config for Runtime {
	type RuntimeHoldReason = RuntimeHoldReason;
	type Balance = Balance;
	type Currency = Balances;
	type AssetId = AssetId;
	type Assets = Assets;
	type Jobs = ();
	type Proofs = ();
	type GovernanceOrigin = EnsureRootOrHalfCouncil;
	type DisputeOrigin = EnsureRootOrHalfCouncil;
	type TreasuryAccount = TreasuryAccount;
	type PalletId = EscrowPalletId;
	type MaxPlatformFee = MaxPlatformFee;
	type MaxSignatories = ConstU32<16>;
	type MaxExpiriesPerBlock = ConstU32<64>;
	type MaxAutoRefundsPerBlock = ConstU32<32>;
	type MaxProofLen = ConstU32<512>;
	type MaxPublicInputs = ConstU32<16>;
	type WeightInfo = pallet_escrow::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = EscrowBenchmarkHelper;
}

/// Escrow's benchmarks need an asset and, for `submit_proof`, a proof the verifier accepts.
/// The runtime has no proof verifier yet, so escrow is not in `define_benchmarks!` and its weights
/// remain the pallet's estimates until the zk-verifier lands.
#[cfg(feature = "runtime-benchmarks")]
pub struct EscrowBenchmarkHelper;
#[cfg(feature = "runtime-benchmarks")]
impl pallet_escrow::BenchmarkHelper<AssetId> for EscrowBenchmarkHelper {
	fn create_asset() -> AssetId {
		const ASSET: AssetId = 1_000;
		if !pallet_assets::Asset::<Runtime>::contains_key(ASSET) {
			let owner: AccountId = TreasuryAccount::get();
			let _ = Assets::force_create(
				frame_system::RawOrigin::Root.into(),
				ASSET.into(),
				owner.into(),
				true,
				1,
			);
		}
		ASSET
	}

	fn valid_proof() -> (
		aitbc_primitives::VerifyingKeyId,
		alloc::vec::Vec<u8>,
		alloc::vec::Vec<[u8; 32]>,
	) {
		([0u8; 32], alloc::vec::Vec::new(), alloc::vec::Vec::new())
	}
}
