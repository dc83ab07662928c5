//! Types stored by the pricing pallet and returned by its runtime API.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;
use sp_runtime::Perbill;

/// The largest step governance may allow per update: 12.5%, the bound of EIP-1559's base fee.
pub const MAX_STEP_LIMIT: Perbill = Perbill::from_parts(125_000_000);

/// What governance sets for a resource class.
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
	serde::Serialize,
	serde::Deserialize,
)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ClassParams<Balance> {
	/// The price per unit never falls below this. Must be non-zero: a zero price could never
	/// grow again under a multiplicative update.
	pub floor: Balance,
	/// The price per unit never rises above this.
	pub ceiling: Balance,
	/// The utilisation at which the price holds still. Strictly between 0% and 100%, so both
	/// directions can be reached.
	pub target_utilisation: Perbill,
	/// The weight of the newest utilisation sample in the moving average (`alpha`). Non-zero;
	/// 100% disables smoothing.
	pub smoothing: Perbill,
	/// The largest relative price change per update, at most [`MAX_STEP_LIMIT`]. Zero pins the
	/// price.
	pub max_step: Perbill,
}

/// The market state of a resource class.
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
pub struct MarketData<Balance, BlockNumber> {
	/// The current price of one compute unit.
	pub price: Balance,
	/// Utilisation measured over the last completed update period.
	pub utilisation: Perbill,
	/// Exponential moving average of `utilisation`; the price follows this, not the raw sample.
	pub average_utilisation: Perbill,
	/// Exponential moving average of the absolute relative price change per update.
	pub volatility: Perbill,
	/// The block of the last update (creation block before the first update).
	pub last_update: BlockNumber,
	/// Paid-for compute units recorded since the last update.
	pub period_demand: u64,
	/// Compute units per block that active operators offer.
	pub supply: u64,
}

/// A resource class: its governance parameters and its market.
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
pub struct PriceClass<Balance, BlockNumber> {
	pub params: ClassParams<Balance>,
	pub market: MarketData<Balance, BlockNumber>,
}

/// An operator's published price for a class, and the deposit it holds for the storage.
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
pub struct Ask<Balance> {
	pub price: Balance,
	/// Remembered so that a later change of `AskDeposit` releases exactly what was held.
	pub deposit: Balance,
}
