//! The records of disputes, panels and arbiters.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{pallet_prelude::*, BoundedVec};
use scale_info::TypeInfo;
use sp_core::H256;
use sp_runtime::Perbill;

/// A party to a dispute.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	PartialOrd,
	Ord,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
)]
pub enum Side {
	/// Who called and paid for the job.
	Client,
	/// The operator of the job's service named in the dispute.
	Operator,
}

impl Side {
	pub fn other(self) -> Self {
		match self {
			Self::Client => Self::Operator,
			Self::Operator => Self::Client,
		}
	}
}

/// How the escrow is to be divided: the operator's share of what is held.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
)]
pub enum Ruling {
	/// Everything back to the client: the operator was at fault.
	Client,
	/// Everything to the operator: the client's complaint fails.
	Operator,
	/// The operator receives this share, the client the rest.
	Split(Perbill),
}

impl Ruling {
	/// The share of the escrow the operator receives.
	pub fn operator_share(&self) -> Perbill {
		match self {
			Self::Client => Perbill::zero(),
			Self::Operator => Perbill::one(),
			Self::Split(share) => *share,
		}
	}

	/// The side that loses: the one receiving less than half. An even split has no loser.
	pub fn loser(&self) -> Option<Side> {
		let share = self.operator_share();
		let half = Perbill::from_percent(50);
		if share < half {
			Some(Side::Operator)
		} else if share > half {
			Some(Side::Client)
		} else {
			None
		}
	}

	/// The ruling that gives everything to `side`.
	pub fn for_side(side: Side) -> Self {
		match side {
			Side::Client => Self::Client,
			Side::Operator => Self::Operator,
		}
	}

	/// Two rulings that divide the escrow the same way count as one when votes are tallied.
	pub fn same_as(&self, other: &Self) -> bool {
		self.operator_share() == other.operator_share()
	}
}

/// What a dispute contests.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
)]
pub enum DisputeKind {
	/// The payment of an open job: its escrow is frozen, and the ruling divides it and closes
	/// the job as `Resolved`.
	Payment,
	/// The receipt of a job that already settled: the client says the paid result was invalid.
	/// No money moves; an operator that loses is reported for an invalid receipt.
	Receipt,
}

/// Who or what settled a dispute.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
)]
pub enum ResolvedBy {
	/// The respondent never posted its bond before the evidence deadline.
	Default,
	/// The majority of an arbiter panel, and nobody appealed in time.
	Panel,
	/// `EscalationOrigin`.
	Council,
	/// The council did not decide within `EscalationTimeout`: the escrow is split evenly.
	Timeout,
}

/// Where a panel is in its review.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
)]
pub enum ReviewPhase<BlockNumber> {
	/// Arbiters commit until `commit_end`, then reveal until `reveal_end`.
	Voting {
		commit_end: BlockNumber,
		reveal_end: BlockNumber,
	},
	/// The panel's majority ruled; the loser may appeal until `appeal_end`.
	AppealWindow {
		ruling: Ruling,
		appeal_end: BlockNumber,
		appealed_by: Option<Side>,
	},
}

/// Where a dispute is in its life.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
)]
pub enum DisputeStatus<BlockNumber> {
	/// Filed with the filer's bond; the respondent has not posted its bond yet.
	Filed,
	/// Both sides are bonded and may add evidence until the evidence deadline.
	EvidenceSubmitted,
	/// The panel of the dispute's `round` was requested at `requested_at`; it is drawn at the
	/// start of the next block with randomness that did not exist yet, from the arbiters whose
	/// stake had warmed up by `requested_at`.
	AwaitingPanel { requested_at: BlockNumber },
	/// A panel of `round` (0 for the first panel, one more per appeal) reviews the dispute.
	UnderReview { phase: ReviewPhase<BlockNumber> },
	/// Waiting for `EscalationOrigin` until `until`.
	Escalated { until: BlockNumber },
	/// Settled and enforced; the record is pruned at the dispute's deadline.
	Resolved { ruling: Ruling, by: ResolvedBy },
}

/// A dispute over one job: its payment or its settled receipt.
#[derive(
	Clone, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Debug,
)]
pub struct Dispute<AccountId, Balance, BlockNumber> {
	pub job_id: aitbc_primitives::JobId,
	pub kind: DisputeKind,
	/// The job's escrowed price when the dispute was filed; a default judgment's offence
	/// scales with it.
	pub job_value: Balance,
	pub blueprint_id: aitbc_primitives::BlueprintId,
	pub service_id: aitbc_primitives::ServiceId,
	pub client: AccountId,
	pub operator: AccountId,
	pub filer: Side,
	/// What the client has on hold for this dispute (its filing or response bond and appeals).
	pub client_bond: Balance,
	/// What the operator has on hold for this dispute.
	pub operator_bond: Balance,
	/// Appeals so far; the panel of round `r` has `InitialPanelSize * 2^r` seats.
	pub round: u32,
	/// The end of the evidence period.
	pub evidence_end: BlockNumber,
	/// When the dispute must move on by itself (see [`crate::Pallet::advance`]).
	pub deadline: BlockNumber,
	pub status: DisputeStatus<BlockNumber>,
}

impl<AccountId: PartialEq, Balance: Copy, BlockNumber> Dispute<AccountId, Balance, BlockNumber> {
	/// The side `who` is on, if it is a party.
	pub fn side_of(&self, who: &AccountId) -> Option<Side> {
		if *who == self.client {
			Some(Side::Client)
		} else if *who == self.operator {
			Some(Side::Operator)
		} else {
			None
		}
	}

	pub fn party(&self, side: Side) -> &AccountId {
		match side {
			Side::Client => &self.client,
			Side::Operator => &self.operator,
		}
	}

	pub fn bond_of(&self, side: Side) -> Balance {
		match side {
			Side::Client => self.client_bond,
			Side::Operator => self.operator_bond,
		}
	}

	pub fn bond_of_mut(&mut self, side: Side) -> &mut Balance {
		match side {
			Side::Client => &mut self.client_bond,
			Side::Operator => &mut self.operator_bond,
		}
	}

	pub fn is_open(&self) -> bool {
		!matches!(self.status, DisputeStatus::Resolved { .. })
	}
}

/// One piece of evidence: a hash of the material and where to fetch it.
#[derive(
	Clone, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Debug,
)]
#[scale_info(skip_type_params(MaxUriLen))]
pub struct EvidenceItem<MaxUriLen: Get<u32>> {
	pub hash: H256,
	pub uri: BoundedVec<u8, MaxUriLen>,
}

/// A seat on a panel and what its arbiter did with it.
#[derive(
	Clone, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Debug,
)]
pub struct Seat<AccountId> {
	pub arbiter: AccountId,
	/// See [`commitment_of`].
	pub commitment: Option<H256>,
	pub revealed: Option<Ruling>,
}

/// A staked arbiter.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
)]
pub struct ArbiterInfo<Balance, BlockNumber> {
	/// On hold under `HoldReason::ArbiterStake`; ranks the arbiter in a full pool.
	pub stake: Balance,
	/// Open panels the arbiter sits on; it cannot leave, nor be evicted, while this is not zero.
	pub seats: u32,
	/// The part of `stake` still warming up: bonded at `warming_since`, it counts in draws
	/// requested `ArbiterWarmup` blocks later or after. Never more than `stake`.
	pub warming: Balance,
	/// When the warming part was last added to.
	pub warming_since: BlockNumber,
}

impl<Balance, BlockNumber> ArbiterInfo<Balance, BlockNumber>
where
	Balance: Copy + sp_runtime::Saturating,
	BlockNumber: Copy + PartialOrd + sp_runtime::Saturating,
{
	/// The stake that counts for a draw requested at `requested_at`: stake bonded less than
	/// `warmup` blocks before the request does not, so nobody can add stake once a draw is
	/// requested (or about to be) and have it weigh in that draw.
	pub fn drawable_stake(&self, requested_at: BlockNumber, warmup: BlockNumber) -> Balance {
		if self.warming_since.saturating_add(warmup) <= requested_at {
			self.stake
		} else {
			self.stake.saturating_sub(self.warming)
		}
	}

	/// Add `amount` bonded at `now` to the stake and to its warming part. A warming part that
	/// already warmed up joins the settled stake first; one that has not is merged and warms up
	/// again from `now` (the conservative choice: it never counts earlier than it should).
	pub fn bond_more(&mut self, amount: Balance, now: BlockNumber, warmup: BlockNumber) {
		if self.warming_since.saturating_add(warmup) <= now {
			self.warming = amount;
		} else {
			self.warming = self.warming.saturating_add(amount);
		}
		self.warming_since = now;
		self.stake = self.stake.saturating_add(amount);
	}
}

/// Who has a stake in an operator's outcome through staking: its delegators. Delegators are
/// never drawn for a dispute of the operator they back, since a ruling against the operator
/// slashes them too.
///
/// Implemented by the runtime over `pallet-operator-staking`; `()` knows no delegations.
pub trait Delegations<AccountId> {
	/// Whether `delegator` has stake delegated to `operator` (on any blueprint).
	fn delegates_to(delegator: &AccountId, operator: &AccountId) -> bool;
}

impl<AccountId> Delegations<AccountId> for () {
	fn delegates_to(_: &AccountId, _: &AccountId) -> bool {
		false
	}
}

/// The commitment `arbiter` submits for `ruling` in `dispute_id` with its secret `salt`:
/// `blake2_256((dispute_id, arbiter, ruling, salt).encode())`.
///
/// Naming the dispute and the arbiter means a lazy arbiter cannot copy another's commitment
/// and reveal the same ruling and salt once the other has revealed them.
pub fn commitment_of<AccountId: Encode>(
	dispute_id: aitbc_primitives::DisputeId,
	arbiter: &AccountId,
	ruling: &Ruling,
	salt: &[u8; 32],
) -> H256 {
	H256(sp_io::hashing::blake2_256(
		&(dispute_id, arbiter, ruling, salt).encode(),
	))
}
