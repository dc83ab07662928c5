//! Cross-chain settlement: a job that settled here is carried to another chain as a message
//! committed in the block's digest, proven there by a light client of our finality or by an
//! attester committee, and acknowledged back, which pays the relayer the delivery fee.
//!
//! `Receipts` tells `Settlement` of every settled job (`OnJobSettled`). Routes, their adapters'
//! fees and rate limits, and the attester committees are governance's (council or root). The
//! GRANDPA light-client adapter is not in this runtime yet: routes can use the attested adapter
//! only until it is.

use crate::{
	configs::governance::EnsureRootOrHalfCouncil, prod_or_fast, AssetId, Balance, Balances,
	BlockNumber, Runtime, RuntimeHoldReason, HOURS, MINUTES,
};
use frame_support::{parameter_types, traits::ConstU32};

parameter_types! {
	/// An acknowledgement is awaited this long before a message fails (then it may be retried
	/// or its fee refunded).
	pub const DeliveryTimeout: BlockNumber = prod_or_fast!(HOURS, 2 * MINUTES);
	/// A job's client or operator may ask for a message about it this long after it settled.
	pub const RequestWindow: BlockNumber = prod_or_fast!(24 * HOURS, 10 * MINUTES);
}

/// The longest adapter proof `Settlement::receive` takes: 32 attestations are 2 KiB; a light
/// client's header and Merkle proof fit too.
pub type MaxProofLen = ConstU32<8192>;

impl pallet_settlement::Config for Runtime {
	type RuntimeHoldReason = RuntimeHoldReason;
	type Balance = Balance;
	type Currency = Balances;
	type AssetId = AssetId;
	type GrandpaAdapter = ();
	type GovernanceOrigin = EnsureRootOrHalfCouncil;
	type MaxRouteAdapters = ConstU32<2>;
	type MaxTargetsPerJob = ConstU32<4>;
	/// 64 messages a block: a commitment of 64 leaves is a 6-step proof.
	type MaxMessagesPerBlock = ConstU32<64>;
	type MaxProofLen = MaxProofLen;
	type DeliveryTimeout = DeliveryTimeout;
	type MaxAttempts = ConstU32<4>;
	type RequestWindow = RequestWindow;
	type MaxSettledPerBlock = ConstU32<256>;
	/// A day of 6-second blocks: relayers prove from the runtime API's leaves within it; older
	/// messages are retried into a fresh block.
	type CommitmentsToKeep = ConstU32<14_400>;
	type MaxProcessedPerBlock = ConstU32<64>;
	type WeightInfo = pallet_settlement::weights::SubstrateWeight<Runtime>;
}
