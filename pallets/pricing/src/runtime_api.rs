//! Runtime API of the pricing pallet, behind the node's `pricing_quote` RPC.
//!
//! The runtime implements it by calling, on its `Pricing` pallet:
//! `quote` → `<Pricing as PriceOracle<_, _>>::quote`, `price_per_unit` →
//! `<Pricing as PriceOracle<_, _>>::price_per_unit`, `operator_ask` →
//! `<Pricing as PriceOracle<_, _>>::operator_ask`, `market` → `Pricing::market`,
//! `parameters` → `Pricing::parameters`, `classes` → `Pricing::class_ids`.

use crate::types::{ClassParams, MarketData};
use aitbc_primitives::ResourceClass;
use alloc::vec::Vec;
use codec::Codec;

// Parameter names reach every client's generated code (polkadot-api turns them into JavaScript
// function parameters), so none is a reserved word of JavaScript, Rust or Python: see
// `runtime/tests/metadata_names.rs`.
sp_api::decl_runtime_apis! {
	/// Prices and market data per resource class.
	pub trait PricingApi<AccountId, Balance, BlockNumber>
	where
		AccountId: Codec,
		Balance: Codec,
		BlockNumber: Codec,
	{
		/// The price of `units` compute units in `resource_class` now, or `None` if the class is unknown
		/// or the amount overflows.
		fn quote(resource_class: ResourceClass, units: u64) -> Option<Balance>;
		/// The current price of one compute unit in `resource_class`.
		fn price_per_unit(resource_class: ResourceClass) -> Option<Balance>;
		/// The ask `operator` published for `resource_class`, if it is still within the class's bounds.
		fn operator_ask(resource_class: ResourceClass, operator: AccountId) -> Option<Balance>;
		/// Utilisation, moving average, volatility, last update, demand and supply of `resource_class`.
		fn market(resource_class: ResourceClass) -> Option<MarketData<Balance, BlockNumber>>;
		/// The governance parameters of `resource_class`.
		fn parameters(resource_class: ResourceClass) -> Option<ClassParams<Balance>>;
		/// Every class id.
		fn classes() -> Vec<ResourceClass>;
	}
}
