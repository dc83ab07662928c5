//! Types stored by the pallet and returned by its runtime API.

use crate::Config;
use aitbc_primitives::{receipt::ComputeReceipt, JobId, ReceiptId, SessionIndex, VerifyingKeyId};
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{
	traits::{fungible, ConstU32},
	BoundedVec,
};
use scale_info::TypeInfo;
use sp_runtime::{
	helpers_128bit::multiply_by_rational_with_rounding,
	traits::{CheckedAdd, CheckedMul, CheckedSub, Zero},
	PerThing, Permill, Rounding,
};

/// The balance type of the currency AIT is minted in (also the unit prices are quoted in).
pub type BalanceOf<T> =
	<<T as Config>::Currency as fungible::Inspect<<T as frame_system::Config>::AccountId>>::Balance;

/// The receipt an operator submits, with this runtime's account, balance and signature types.
pub type ReceiptOf<T> =
	ComputeReceipt<<T as frame_system::Config>::AccountId, BalanceOf<T>, <T as Config>::Signature>;

/// A pending claim with this runtime's types.
pub type PendingClaimOf<T> = PendingClaim<
	<T as frame_system::Config>::AccountId,
	BalanceOf<T>,
	frame_system::pallet_prelude::BlockNumberFor<T>,
>;

/// Bytes of a Groth16 proof in arkworks' uncompressed encoding (`pallet-zk-verifier`).
pub const PROOF_BYTES: u32 = 256;

/// A Groth16 proof that settles a receipt privately, against a key governance approved for
/// its privacy level (see [`PrivacyKeys`](crate::PrivacyKeys)). It carries no nullifier: a job
/// is claimed once, so the job's own state is what makes a proof count once.
#[derive(
	Clone, PartialEq, Eq, Debug, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo,
)]
#[cfg_attr(feature = "std", derive(serde::Serialize, serde::Deserialize))]
pub struct PrivateProof {
	/// The verifying key the proof is for; must be the approved key of the level.
	pub key: VerifyingKeyId,
	/// The proof (A, B, C uncompressed, 256 bytes).
	pub proof: BoundedVec<u8, ConstU32<PROOF_BYTES>>,
}

/// How much of a receipt the chain can see.
///
/// `Public` (index 0) is unchanged, so every existing `submit_receipt` transaction stays valid.
/// The private levels prove the receipt with the circuits of `zk/` through `T::Proofs`; their
/// public inputs are derived on-chain (see `claiming::private_inputs`), so a proof binds to
/// this job, this receipt and the client's commitments, never to values the submitter picks:
///
/// | level | public inputs (32-byte little-endian field elements) |
/// |---|---|
/// | `Basic` | job id, the client's job commitment, output hash, compute units |
/// | `Enhanced` | job id, the client's job commitment, output hash, the job's max units, the client's rate commitment, price |
///
/// What each level hides, and what it does not, precisely:
///
/// - Both: the job's model and input stay behind `job_commitment = Poseidon(job_id, model,
///   input, salt)`, which is all the client publishes about them (the call's input hash must be
///   that commitment). The output hash is `Poseidon(job_id, model, input, result, salt)`:
///   salted, so nobody without the salt can test guesses of model, input or result. The proof
///   shows that the operator knows the job's opening (model, input, salt) and binds the output
///   hash to it and to a result it chose. It does **not** show that the model was run on the
///   input: that stays with the signed receipt, the challenge window and disputes, as for
///   public receipts.
/// - `Basic`: units and price are public and checked as for `Public`.
/// - `Enhanced`: the units and the unit price are hidden. The client commits, with the job, to
///   the unit price (`rate_commitment = Poseidon(job_id, unit_price, salt)`); the proof shows
///   `price = units × unit_price` with `units <= max_units`. The price is public: it moves
///   between accounts, and a public ledger shows every transfer. The operator is paid exactly
///   `price` and the client refunded the rest of the escrow. A job whose client committed to a
///   rate settles only this way (`RateCommitted` refuses receipts of other levels). The chain cannot count hidden
///   units, so an enhanced receipt mints nothing and adds no work score.
#[derive(
	Clone,
	PartialEq,
	Eq,
	Debug,
	Default,
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
	/// The computation is hidden; units and price are public.
	#[codec(index = 1)]
	Basic(PrivateProof),
	/// The computation, the units and the unit price are hidden; the price paid is public and
	/// proven to be the hidden units at the client's committed rate. The receipt's units must
	/// be zero.
	#[codec(index = 2)]
	Enhanced(PrivateProof),
}

/// What the client of a private job committed to, on chain.
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
pub struct JobCommitment {
	/// `Poseidon(job_id, model_hash, input_hash, salt)`; also the job's published input hash.
	pub job: [u8; 32],
	/// `Poseidon(job_id, unit_price, salt)`, for an enhanced receipt: the rate the client
	/// agreed to pay per hidden unit.
	pub rate: Option<[u8; 32]>,
}

impl PrivacyLevel {
	/// The proof and the level's kind, for the private levels.
	pub fn private_proof(&self) -> Option<(PrivacyKind, &PrivateProof)> {
		match self {
			Self::Public => None,
			Self::Basic(proof) => Some((PrivacyKind::Basic, proof)),
			Self::Enhanced(proof) => Some((PrivacyKind::Enhanced, proof)),
		}
	}
}

/// The private privacy levels, each with its own approved verifying key.
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
pub enum PrivacyKind {
	/// `receipt_basic.circom`: 4 public inputs.
	Basic,
	/// `receipt_enhanced.circom`: 6 public inputs.
	Enhanced,
}

impl PrivacyKind {
	/// How many public inputs the level's circuit has.
	pub const fn public_inputs(self) -> u32 {
		match self {
			Self::Basic => 4,
			Self::Enhanced => 6,
		}
	}
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

impl<Balance: CheckedSub + Copy> PerShare<Balance> {
	/// Share-wise difference, or `None` if a share of `other` is larger.
	pub fn checked_sub(&self, other: &Self) -> Option<Self> {
		Some(Self {
			coordinator: self.coordinator.checked_sub(&other.coordinator)?,
			treasury: self.treasury.checked_sub(&other.treasury)?,
		})
	}
}

impl<Balance: Zero> PerShare<Balance> {
	/// Whether both shares are zero.
	pub fn is_zero(&self) -> bool {
		self.coordinator.is_zero() && self.treasury.is_zero()
	}
}

impl<Balance: TryInto<u128> + TryFrom<u128> + Copy + Zero> PerShare<Balance> {
	/// Both shares multiplied by `numerator / denominator`, each rounded down (so the result
	/// never adds up to more than the same ratio of the total). `None` if the ratio cannot be
	/// computed (a zero denominator, or amounts beyond 128 bits).
	pub fn scaled_down(&self, numerator: Balance, denominator: Balance) -> Option<Self> {
		let numerator: u128 = numerator.try_into().ok()?;
		let denominator: u128 = denominator.try_into().ok()?;
		let scale = |share: Balance| -> Option<Balance> {
			let share: u128 = share.try_into().ok()?;
			let scaled =
				multiply_by_rational_with_rounding(share, numerator, denominator, Rounding::Down)?;
			Balance::try_from(scaled).ok()
		};
		Some(Self {
			coordinator: scale(self.coordinator)?,
			treasury: scale(self.treasury)?,
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

/// One operator's work in a batch of settlements of jobs paid in AIT, and what it may mint.
#[derive(Clone, PartialEq, Eq, Default, Debug)]
pub struct MintableWork<Balance> {
	/// The compute units paid.
	pub units: u128,
	/// The platform fees the settlements burned.
	pub burned: Balance,
	/// What the work may mint: for each job the lesser of its units times the rate and the fee
	/// its settlement burned, summed.
	pub mintable: Balance,
}

/// Everything minted, and what the accepted units say should have been minted.
///
/// The rate changes only through governance. Each change closes an "epoch": the units accepted
/// under the old rate are multiplied by the old per-unit shares and folded into `closed_epochs`.
/// So `minted + dropped == closed_epochs + epoch_units × current per-unit shares` must always
/// hold; it is computed from units alone, independently of the amounts the mint path adds to
/// `minted` and `dropped`.
///
/// Only units paid in AIT count here: units paid in an asset mint nothing (see the crate docs)
/// and are counted in `unminted_units` instead, so that the work scores still add up. What a
/// job's burned fee does not cover is dropped like what the caps hold back.
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
	/// Compute units accepted for minting under the mint parameters now in force.
	pub epoch_units: u128,
	/// What all earlier epochs owe, per share.
	pub closed_epochs: PerShare<Balance>,
	/// Compute units accepted for minting since genesis.
	pub total_units: u128,
	/// What was actually minted since genesis, per share.
	pub minted: PerShare<Balance>,
	/// What the per-block and per-session caps kept from being minted since genesis, per share.
	pub dropped: PerShare<Balance>,
	/// Compute units settled since genesis for jobs paid in an asset, which mint nothing.
	pub unminted_units: u128,
	/// Platform fees burned since genesis by the settlements of jobs paid in AIT. A job mints
	/// at most its own fee, so `minted` (both shares) never exceeds this.
	pub burned: Balance,
}

/// A receipt's claim on its job's payment, from the claim until it is settled or voided.
#[derive(
	Clone, PartialEq, Eq, Debug, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo,
)]
#[cfg_attr(feature = "std", derive(serde::Serialize, serde::Deserialize))]
pub struct PendingClaim<AccountId, Balance, BlockNumber> {
	/// The claiming receipt (an id of `operator`).
	pub receipt_id: ReceiptId,
	/// The operator that submitted the job's result and signed the receipt; the one paid.
	pub operator: AccountId,
	/// The job's client, who may accept the claim before the window closes.
	pub client: AccountId,
	/// The compute units claimed (zero for an enhanced private receipt).
	pub compute_units: u64,
	/// The price claimed: what escrow pays the operator at settlement, at most what it then
	/// holds.
	pub price: Balance,
	/// The block the receipt was claimed in.
	pub claimed_at: BlockNumber,
	/// The block whose `on_initialize` settles the claim if the client neither accepted nor
	/// disputed it.
	pub matures_at: BlockNumber,
}

/// What became of a remembered receipt.
#[derive(
	Clone, PartialEq, Eq, Debug, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo,
)]
#[cfg_attr(feature = "std", derive(serde::Serialize, serde::Deserialize))]
pub enum ReceiptState<BlockNumber> {
	/// Its claim waits out the challenge window, which closes at `matures_at` (or sooner, if the
	/// client accepts).
	Pending { matures_at: BlockNumber },
	/// The claim was settled (the operator paid) in block `at`.
	Settled { at: BlockNumber },
	/// The job was disputed before the claim settled; nothing was paid through it (block `at`).
	Voided { at: BlockNumber },
}

/// What the chain remembers about a claimed receipt until it is pruned. Keyed by the operator
/// and its receipt id.
#[derive(
	Clone, PartialEq, Eq, Debug, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo,
)]
#[cfg_attr(feature = "std", derive(serde::Serialize, serde::Deserialize))]
pub struct ClaimedReceipt<BlockNumber> {
	/// The job the receipt claimed.
	pub job_id: JobId,
	/// The compute units claimed.
	pub compute_units: u64,
	/// The block the receipt was claimed in.
	pub claimed_at: BlockNumber,
	/// The block whose `on_initialize` forgets this receipt.
	pub prunable_at: BlockNumber,
	/// Pending, settled or voided.
	pub state: ReceiptState<BlockNumber>,
}

/// A receipt's status, as the runtime API reports it.
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode, DecodeWithMemTracking, TypeInfo)]
#[cfg_attr(feature = "std", derive(serde::Serialize, serde::Deserialize))]
pub enum ReceiptStatus<BlockNumber> {
	/// Never claimed by this operator, or claimed longer than the retention period ago and
	/// pruned. A pruned receipt still cannot be replayed: its job is no longer `ResultSubmitted`
	/// in the job registry.
	Unknown,
	/// Claimed and still remembered, with what became of the claim.
	Claimed(ClaimedReceipt<BlockNumber>),
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
/// payment escrowed and its result submitted. Implemented by the runtime (through the real
/// services and escrow pallets) and by the mock.
#[cfg(feature = "runtime-benchmarks")]
pub trait BenchmarkHelper<AccountId, Balance> {
	/// Create a job called by `client` on a service that `operator` serves, allowing up to
	/// `max_units` compute units and a price up to `price`, and escrow `price` for it (funding
	/// the client as needed). Returns the job id. The job is `Called`.
	fn create_job(
		client: &AccountId,
		operator: &AccountId,
		max_units: u64,
		price: Balance,
	) -> JobId;

	/// Submit `operator`'s result of `job_id` with `output_hash`, as the operator would through
	/// the job registry, so the job becomes `ResultSubmitted` and a receipt can claim it.
	fn submit_result(job_id: JobId, operator: &AccountId, output_hash: sp_core::H256);

	/// Register a verifying key for private receipts with `public_inputs` inputs (a different
	/// key for each `seed`) in the runtime's proof verifier, and return its id.
	fn privacy_key(public_inputs: u32, seed: u32) -> VerifyingKeyId;

	/// A priced resource class and a blueprint of it that staking pays reward points for, so
	/// a settlement's demand and points take their costliest path.
	fn incentivized_blueprint() -> (
		aitbc_primitives::ResourceClass,
		aitbc_primitives::BlueprintId,
	);
}
