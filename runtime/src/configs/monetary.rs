//! Money: AIT balances, transaction fees, assets clients may pay in, and the treasury.

use crate::{
	deposit, AccountId, AssetId, Balance, Balances, Runtime, RuntimeEvent, RuntimeFreezeReason,
	RuntimeHoldReason, System, Treasury, DAYS, EXISTENTIAL_DEPOSIT, MICRO_AIT, MILLI_AIT,
};
use frame_support::{
	parameter_types,
	traits::{
		tokens::{PayFromAccount, UnityAssetBalanceConversion},
		AsEnsureOriginWithArg, ConstU32, ConstU8, VariantCountOf,
	},
	weights::{
		constants::ExtrinsicBaseWeight, ConstantMultiplier, WeightToFeeCoefficient,
		WeightToFeeCoefficients, WeightToFeePolynomial,
	},
	PalletId,
};
use frame_system::{EnsureRoot, EnsureSigned};
use pallet_transaction_payment::{FungibleAdapter, Multiplier, TargetedFeeAdjustment};
use sp_runtime::{
	traits::{Bounded, IdentityLookup},
	FixedPointNumber, Perbill, Permill, Perquintill,
};

use super::governance::EnsureRootOrHalfCouncil;

impl pallet_balances::Config for Runtime {
	type MaxLocks = ConstU32<50>;
	type MaxReserves = ConstU32<50>;
	type ReserveIdentifier = [u8; 8];
	type Balance = Balance;
	type RuntimeEvent = RuntimeEvent;
	/// Dust from reaped accounts is burnt.
	type DustRemoval = ();
	type ExistentialDeposit = frame_support::traits::ConstU128<EXISTENTIAL_DEPOSIT>;
	type AccountStore = System;
	type WeightInfo = pallet_balances::weights::SubstrateWeight<Runtime>;
	type FreezeIdentifier = RuntimeFreezeReason;
	type MaxFreezes = VariantCountOf<RuntimeFreezeReason>;
	type RuntimeHoldReason = RuntimeHoldReason;
	type RuntimeFreezeReason = RuntimeFreezeReason;
	type DoneSlashHandler = ();
}

/// Maps weight to fee: the base weight of an extrinsic costs a tenth of a milli-AIT, and fees grow
/// linearly with weight from there.
pub struct WeightToFee;
impl WeightToFeePolynomial for WeightToFee {
	type Balance = Balance;
	fn polynomial() -> WeightToFeeCoefficients<Self::Balance> {
		let p = MILLI_AIT / 10;
		let q = Balance::from(ExtrinsicBaseWeight::get().ref_time()).max(1);
		core::iter::once(WeightToFeeCoefficient {
			degree: 1,
			negative: false,
			coeff_frac: Perbill::from_rational(p.checked_rem(q).unwrap_or(0), q),
			coeff_integer: p.checked_div(q).unwrap_or(0),
		})
		.collect()
	}
}

parameter_types! {
	/// One micro-AIT per byte of transaction.
	pub const TransactionByteFee: Balance = MICRO_AIT;
	/// Fees rise when blocks are more than a quarter full and fall when they are emptier.
	pub const TargetBlockFullness: Perquintill = Perquintill::from_percent(25);
	/// How fast the multiplier reacts; at this value full blocks double fees in about 2.5 hours.
	pub AdjustmentVariable: Multiplier = Multiplier::saturating_from_rational(75, 1_000_000);
	/// Fees never fall below a tenth of their base level.
	pub MinimumMultiplier: Multiplier = Multiplier::saturating_from_rational(1, 10u128);
	pub MaximumMultiplier: Multiplier = Bounded::max_value();
}

/// The fee multiplier follows block fullness, as on Polkadot.
pub type SlowAdjustingFeeUpdate<R> = TargetedFeeAdjustment<
	R,
	TargetBlockFullness,
	AdjustmentVariable,
	MinimumMultiplier,
	MaximumMultiplier,
>;

impl pallet_transaction_payment::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	/// Fees go to the treasury.
	type OnChargeTransaction = FungibleAdapter<Balances, ToTreasury>;
	type OperationalFeeMultiplier = ConstU8<5>;
	type WeightToFee = WeightToFee;
	type LengthToFee = ConstantMultiplier<Balance, TransactionByteFee>;
	type FeeMultiplierUpdate = SlowAdjustingFeeUpdate<Self>;
	type WeightInfo = pallet_transaction_payment::weights::SubstrateWeight<Runtime>;
}

/// Deposits fees (and anything else unbalanced) into the treasury's account.
pub struct ToTreasury;
impl
	frame_support::traits::OnUnbalanced<
		frame_support::traits::fungible::Credit<AccountId, Balances>,
	> for ToTreasury
{
	fn on_nonzero_unbalanced(amount: frame_support::traits::fungible::Credit<AccountId, Balances>) {
		use frame_support::traits::fungible::Balanced;
		// Resolving into an existing account can only fail below the existential deposit, in which
		// case the credit is dropped and so burnt.
		let _ = <Balances as Balanced<AccountId>>::resolve(&Treasury::account_id(), amount);
	}
}

parameter_types! {
	pub const AssetDeposit: Balance = 10 * crate::AIT;
	pub const AssetAccountDeposit: Balance = deposit(1, 16);
	pub const MetadataDepositBase: Balance = deposit(1, 68);
	pub const MetadataDepositPerByte: Balance = deposit(0, 1);
	pub const ApprovalDeposit: Balance = EXISTENTIAL_DEPOSIT;
}

impl pallet_assets::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type Balance = Balance;
	type RemoveItemsLimit = ConstU32<1000>;
	type AssetId = AssetId;
	type AssetIdParameter = codec::Compact<AssetId>;
	type ReserveData = ();
	type Currency = Balances;
	type CreateOrigin = AsEnsureOriginWithArg<EnsureSigned<AccountId>>;
	type ForceOrigin = EnsureRoot<AccountId>;
	type AssetDeposit = AssetDeposit;
	type AssetAccountDeposit = AssetAccountDeposit;
	type MetadataDepositBase = MetadataDepositBase;
	type MetadataDepositPerByte = MetadataDepositPerByte;
	type ApprovalDeposit = ApprovalDeposit;
	type StringLimit = ConstU32<50>;
	type Freezer = ();
	type Holder = ();
	type Extra = ();
	type CallbackHandle = ();
	type AssetIdAllocator = ();
	type WeightInfo = pallet_assets::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = ();
}

parameter_types! {
	pub const TreasuryPalletId: PalletId = PalletId(*b"aitb/try");
	pub const SpendPeriod: crate::BlockNumber = 6 * DAYS;
	pub const PayoutPeriod: crate::BlockNumber = 30 * DAYS;
	pub const Burn: Permill = Permill::zero();
	pub TreasuryAccount: AccountId = Treasury::account_id();
	pub const MaxBalance: Balance = Balance::MAX;
}

impl pallet_treasury::Config for Runtime {
	type Currency = Balances;
	type RejectOrigin = EnsureRootOrHalfCouncil;
	type RuntimeEvent = RuntimeEvent;
	type SpendPeriod = SpendPeriod;
	type Burn = Burn;
	type PalletId = TreasuryPalletId;
	type BurnDestination = ();
	type WeightInfo = pallet_treasury::weights::SubstrateWeight<Runtime>;
	type SpendFunds = ();
	type MaxApprovals = ConstU32<100>;
	type SpendOrigin =
		frame_system::EnsureWithSuccess<EnsureRoot<AccountId>, AccountId, MaxBalance>;
	type AssetKind = ();
	type Beneficiary = AccountId;
	type BeneficiaryLookup = IdentityLookup<AccountId>;
	type Paymaster = PayFromAccount<Balances, TreasuryAccount>;
	type BalanceConverter = UnityAssetBalanceConversion;
	type PayoutPeriod = PayoutPeriod;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = ();
	type BlockNumberProvider = System;
}
