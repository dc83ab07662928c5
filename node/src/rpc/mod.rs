//! The node's JSON-RPC methods beyond Substrate's built-in ones: account nonces (`system_*`),
//! transaction fees (`payment_*`), compute prices (`pricing_quote`), and receipts and work scores
//! (`receipts_status`, `receipts_workScore`).

pub mod pricing;
pub mod receipts;

use std::sync::Arc;

use aitbc_runtime::{opaque::Block, AccountId, Balance, BlockNumber, Nonce};
use jsonrpsee::RpcModule;
use sc_transaction_pool_api::TransactionPool;
use sp_api::ProvideRuntimeApi;
use sp_block_builder::BlockBuilder;
use sp_blockchain::{Error as BlockChainError, HeaderBackend, HeaderMetadata};

/// What the RPC extensions need from the node.
pub struct FullDeps<C, P> {
	pub client: Arc<C>,
	pub pool: Arc<P>,
}

/// The RPC extensions of a full node.
pub fn create_full<C, P>(
	deps: FullDeps<C, P>,
) -> Result<RpcModule<()>, Box<dyn std::error::Error + Send + Sync>>
where
	C: ProvideRuntimeApi<Block>,
	C: HeaderBackend<Block> + HeaderMetadata<Block, Error = BlockChainError> + 'static,
	C: Send + Sync + 'static,
	C::Api: substrate_frame_rpc_system::AccountNonceApi<Block, AccountId, Nonce>,
	C::Api: pallet_transaction_payment_rpc::TransactionPaymentRuntimeApi<Block, Balance>,
	C::Api: BlockBuilder<Block>,
	C::Api: pallet_pricing::runtime_api::PricingApi<Block, AccountId, Balance, BlockNumber>,
	C::Api: pallet_receipts::runtime_api::ReceiptsApi<Block, AccountId, BlockNumber>,
	P: TransactionPool + 'static,
{
	use pallet_transaction_payment_rpc::{TransactionPayment, TransactionPaymentApiServer};
	use pricing::{Pricing, PricingApiServer};
	use receipts::{Receipts, ReceiptsApiServer};
	use substrate_frame_rpc_system::{System, SystemApiServer};

	let mut module = RpcModule::new(());
	let FullDeps { client, pool } = deps;

	module.merge(System::new(client.clone(), pool).into_rpc())?;
	module.merge(TransactionPayment::new(client.clone()).into_rpc())?;
	module.merge(Pricing::new(client.clone()).into_rpc())?;
	module.merge(Receipts::new(client).into_rpc())?;

	Ok(module)
}
