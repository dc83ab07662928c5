//! `pricing_quote`: the price of a job before it is called, for wallets and the `aitbc` CLI.

use std::{marker::PhantomData, sync::Arc};

use aitbc_primitives::ResourceClass;
use aitbc_runtime::{opaque::Block, AccountId, Balance, BlockNumber};
use jsonrpsee::{
	core::RpcResult,
	proc_macros::rpc,
	types::{error::ErrorObject, ErrorObjectOwned},
};
use pallet_pricing::runtime_api::PricingApi as PricingRuntimeApi;
use serde::{Deserialize, Serialize};
use sp_api::ProvideRuntimeApi;
use sp_blockchain::HeaderBackend;
use sp_runtime::traits::Block as BlockT;

/// A quote. Amounts are decimal strings: AIT has 12 decimals, beyond JSON's safe integers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Quote {
	/// The resource class priced.
	pub resource_class: u32,
	pub units: u64,
	pub price_per_unit: String,
	pub total: String,
	/// The block the quote was computed at.
	pub at: String,
}

#[rpc(client, server)]
pub trait PricingApi<BlockHash> {
	/// The price of `units` compute units in resource class `resource_class`, at the best block or `at`.
	/// `null` when the class does not exist.
	#[method(name = "pricing_quote")]
	fn quote(
		&self,
		resource_class: u32,
		units: u64,
		at: Option<BlockHash>,
	) -> RpcResult<Option<Quote>>;
}

/// Serves [`PricingApiServer`] from the runtime's `PricingApi`.
pub struct Pricing<C, B> {
	client: Arc<C>,
	_block: PhantomData<B>,
}

impl<C, B> Pricing<C, B> {
	pub fn new(client: Arc<C>) -> Self {
		Self {
			client,
			_block: PhantomData,
		}
	}
}

fn runtime_error(e: impl std::fmt::Debug) -> ErrorObjectOwned {
	ErrorObject::owned(1, "Runtime error", Some(format!("{e:?}")))
}

impl<C> PricingApiServer<<Block as BlockT>::Hash> for Pricing<C, Block>
where
	C: ProvideRuntimeApi<Block> + HeaderBackend<Block> + Send + Sync + 'static,
	C::Api: PricingRuntimeApi<Block, AccountId, Balance, BlockNumber>,
{
	fn quote(
		&self,
		resource_class: u32,
		units: u64,
		at: Option<<Block as BlockT>::Hash>,
	) -> RpcResult<Option<Quote>> {
		let at = at.unwrap_or_else(|| self.client.info().best_hash);
		let api = self.client.runtime_api();
		let class_id = ResourceClass(resource_class);
		let Some(price_per_unit) = api.price_per_unit(at, class_id).map_err(runtime_error)? else {
			return Ok(None);
		};
		let total = api
			.quote(at, class_id, units)
			.map_err(runtime_error)?
			.ok_or_else(|| ErrorObject::owned(2, "Quote overflows", None::<()>))?;
		Ok(Some(Quote {
			resource_class,
			units,
			price_per_unit: price_per_unit.to_string(),
			total: total.to_string(),
			at: format!("{at:?}"),
		}))
	}
}
