//! Types stored by the pallet and returned by its runtime API.

use crate::Config;
use aitbc_primitives::{receipt::ComputeReceipt, JobId, ReceiptId, SessionIndex};
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::traits::fungible;
use scale_info::TypeInfo;
use sp_runtime::{
	traits::{CheckedAdd, CheckedMul},
	PerThing, Permill,
};

/// The balance type of the currency AIT is minted in (also the unit prices are quoted in).
pub type BalanceOf<T> =
	<<T as Config>::Currency as fungible::Inspect<<T as frame_system::Config>::AccountId>>::Balance;

/// The receipt an operator submits, with this runtime's account, balance and signature types.
pub type ReceiptOf<T> =
	ComputeReceipt<<T as frame_system::Config>::AccountId, BalanceOf<T>, <T as Config>::Signature>;

/// How much of a receipt the chain can see.
///
/// Only `Public` exists today: every field of the receipt is in clear. Issue 8 adds a private
/// level that carries a Groth16 proof for `ProofVerifier`; adding an enum variant keeps the
/// encoding of `Public` (index 0) and therefore every existing `submit_receipt` transaction valid.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Default,
	Debug,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
)]
#[cfg_attr(feature = "std", derive(serde::Serialize, serde::Deserialize))]
pub enum PrivacyLevel {
	/// Units, price and parties are public and checked directly.
	#[default]
	#[codec(index = 0)]
	Public,
}

/// Who a part of a mint went to.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
)]
#[cfg_attr(feature = "std", derive(serde::Serialize, serde::Deserialize))]
pub enum MintShare {
	/// The operator that coordinated (ran) the compute.
	Coordinator,
	/// The treasury account.
	Treasury,
}

/// Something split between the coordinator and the treasury.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Default,
	Debug,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
)]
#[cfg_attr(feature = "std", derive(serde::Serialize, serde::Deserialize))]
pub struct PerShare<Balance> {
	pub coordinator: Balance,
	pub treasury: Balance,
}

impl<Balance: CheckedAdd + CheckedMul + Copy> PerShare<Balance> {
	/// Both shares added, or `None` on overflow.
	pub fn total(&self) -> Option<Balance> {
		self.coordinator.checked_add(&self.treasury)
	}

	/// Share-wise sum, or `None` on overflow.
	pub fn checked_add(&self, other: &Self) -> Option<Self> {
		Some(Self {
			coordinator: self.coordinator.checked_add(&other.coordinator)?,
			treasury: self.treasury.checked_add(&other.treasury)?,
		})
	}

	/// Both shares multiplied by `factor`, or `None` on overflow.
	pub fn checked_scale(&self, factor: Balance) -> Option<Self> {
		Some(Self {
			coordinator: self.coordinator.checked_mul(&factor)?,
			treasury: self.treasury.checked_mul(&factor)?,
		})
	}
}

/// The mint rate, set by governance.
///
/// Exactly `mint_per_unit` is minted per accepted compute unit. It is split per unit, before
/// multiplying by the units, so every receipt mints exactly `units × per-unit share` for each
/// share and the accounting in `try_state` is exact: the coordinator gets
/// `coordinator_share × mint_per_unit` (rounded down) per unit and the treasury the rest of
/// `mint_per_unit`, so the treasury share is always `1 - coordinator_share`.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Default,
	Debug,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
)]
#[cfg_attr(feature = "std", derive(serde::Serialize, serde::Deserialize))]
pub struct MintParameters<Balance> {
	/// AIT minted per accepted compute unit, coordinator and treasury shares together.
	pub mint_per_unit: Balance,
	/// The coordinator's (the operator's) part of each unit's mint.
	pub coordinator_share: Permill,
}

impl<Balance: sp_runtime::traits::AtLeast32BitUnsigned + Copy> MintParameters<Balance> {
	/// What one compute unit mints, per share.
	pub fn per_unit(&self) -> PerShare<Balance> {
		let coordinator = self.coordinator_share.mul_floor(self.mint_per_unit);
		PerShare {
			coordinator,
			treasury: self.mint_per_unit.saturating_sub(coordinator),
		}
	}

	/// The treasury's part of each unit's mint.
	pub fn treasury_share(&self) -> Permill {
		self.coordinator_share.left_from_one()
	}
}

/// Everything minted, and what the accepted units say should have been minted.
///
/// The rate changes only through governance. Each change closes an "epoch": the units accepted
/// under the old rate are multiplied by the old per-unit shares and folded into `closed_epochs`.
/// So `minted == closed_epochs + epoch_units × current per-unit shares` must always hold; it is
/// computed from units alone, independently of the amounts the mint path adds to `minted`.
#[derive(
	Clone,
	PartialEq,
	Eq,
	Default,
	Debug,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
)]
pub struct MintLedger<Balance> {
	/// Compute units accepted under the mint parameters now in force.
	pub epoch_units: u128,
	/// What all earlier epochs owe, per share.
	pub closed_epochs: PerShare<Balance>,
	/// Compute units accepted since genesis.
	pub total_units: u128,
	/// What was actually minted since genesis, per share.
	pub minted: PerShare<Balance>,
}

/// What the chain remembers about an accepted receipt until it is pruned.
#[derive(
	Clone, PartialEq, Eq, Debug, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo,
)]
#[cfg_attr(feature = "std", derive(serde::Serialize, serde::Deserialize))]
pub struct ClaimedReceipt<AccountId, BlockNumber> {
	/// The job the receipt settled.
	pub job_id: JobId,
	/// The operator that was paid.
	pub operator: AccountId,
	/// The compute units accepted.
	pub compute_units: u64,
	/// The block the receipt was accepted in.
	pub accepted_at: BlockNumber,
	/// The block whose `on_initialize` forgets this receipt.
	pub prunable_at: BlockNumber,
}

/// How a job was settled, remembered until the settling receipt is pruned.
#[derive(
	Clone, PartialEq, Eq, Debug, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo,
)]
#[cfg_attr(feature = "std", derive(serde::Serialize, serde::Deserialize))]
pub struct JobSettlement<BlockNumber> {
	/// The receipt that settled the job.
	pub receipt_id: ReceiptId,
	/// The block it was settled in.
	pub settled_at: BlockNumber,
}

/// A receipt's status, as the runtime API reports it.
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode, DecodeWithMemTracking, TypeInfo)]
#[cfg_attr(feature = "std", derive(serde::Serialize, serde::Deserialize))]
pub enum ReceiptStatus<AccountId, BlockNumber> {
	/// Never accepted, or accepted longer than the retention period ago and pruned. A pruned
	/// receipt still cannot be replayed: its job reports `Settled` in the job registry.
	Unknown,
	/// Accepted and still remembered.
	Accepted(ClaimedReceipt<AccountId, BlockNumber>),
}

/// An operator's verified work, as the runtime API reports it.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Default,
	Debug,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
)]
#[cfg_attr(feature = "std", derive(serde::Serialize, serde::Deserialize))]
pub struct WorkScoreInfo {
	/// The session now in progress.
	pub session: SessionIndex,
	/// Compute units accepted in `session`.
	pub session_work: u64,
	/// Compute units accepted since genesis.
	pub total_work: u64,
}

/// Sets up what `submit_receipt` needs in benchmarks: a job served by an operator, with its
/// payment escrowed. Implemented by the runtime (through the real services and escrow pallets)
/// and by the mock.
#[cfg(feature = "runtime-benchmarks")]
pub trait BenchmarkHelper<AccountId, Balance> {
	/// Create a job called by `client` on a service that `operator` serves, allowing up to
	/// `max_units` compute units and a price up to `price`, and escrow `price` for it (funding
	/// the client as needed). Returns the job id.
	fn create_job(
		client: &AccountId,
		operator: &AccountId,
		max_units: u64,
		price: Balance,
	) -> JobId;
}
