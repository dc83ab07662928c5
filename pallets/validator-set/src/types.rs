//! Types of the validator set.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;

/// Why a member of the governed set is left out of a session.
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
pub enum Ineligibility {
	/// It has no session keys (they were purged).
	NoSessionKeys,
	/// Its operator bond in `Staking` fell below `MinValidatorBond`.
	BondTooLow,
}

/// Prepares accounts for the benchmarks: session keys and, with a `MinValidatorBond`, a bond.
#[cfg(feature = "runtime-benchmarks")]
pub trait BenchmarkHelper<AccountId> {
	fn prepare_validator(who: &AccountId);
}

/// The full identification `pallet-session`'s history keeps for a validator: none beyond its
/// account, since slashes are computed from `Staking` when they apply.
pub struct NoIdentification;

impl<AccountId> sp_runtime::traits::Convert<AccountId, Option<()>> for NoIdentification {
	fn convert(_: AccountId) -> Option<()> {
		Some(())
	}
}
