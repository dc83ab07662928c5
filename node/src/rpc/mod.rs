//! The node's JSON-RPC methods beyond Substrate's built-in ones: account nonces (`system_*`),
//! transaction fees (`payment_*`), finality (`grandpa_roundState`, `grandpa_proveFinality`,
//! `grandpa_subscribeJustifications`: what a validator operator watches to see its node vote),
//! compute prices (`pricing_quote`), and receipts and work scores (`receipts_status`,
//! `receipts_workScore`).

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
pub struct FullDeps<C, P, B> {
	pub client: Arc<C>,
	pub pool: Arc<P>,
	pub grandpa: GrandpaDeps<B>,
}

/// What the GRANDPA methods read: the voter's state, the authority set it follows, the
/// justifications it makes, and finality proofs from the database.
pub struct GrandpaDeps<B> {
	pub shared_voter_state: sc_consensus_grandpa::SharedVoterState,
	pub shared_authority_set: sc_consensus_grandpa::SharedAuthoritySet<
		<Block as sp_runtime::traits::Block>::Hash,
		BlockNumber,
	>,
	pub justification_stream: sc_consensus_grandpa::GrandpaJustificationStream<Block>,
	pub subscription_executor: sc_rpc::SubscriptionTaskExecutor,
	pub finality_provider: Arc<sc_consensus_grandpa::FinalityProofProvider<B, Block>>,
}

/// The RPC extensions of a full node.
pub fn create_full<C, P, B>(
	deps: FullDeps<C, P, B>,
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
	B: sc_client_api::Backend<Block> + Send + Sync + 'static,
	B::State: sc_client_api::StateBackend<sp_runtime::traits::HashingFor<Block>>,
{
	use pallet_transaction_payment_rpc::{TransactionPayment, TransactionPaymentApiServer};
	use pricing::{Pricing, PricingApiServer};
	use receipts::{Receipts, ReceiptsApiServer};
	use sc_consensus_grandpa_rpc::{Grandpa, GrandpaApiServer};
	use substrate_frame_rpc_system::{System, SystemApiServer};

	let mut module = RpcModule::new(());
	let FullDeps {
		client,
		pool,
		grandpa,
	} = deps;

	module.merge(System::new(client.clone(), pool).into_rpc())?;
	module.merge(TransactionPayment::new(client.clone()).into_rpc())?;
	module.merge(
		Grandpa::new(
			grandpa.subscription_executor,
			grandpa.shared_authority_set,
			grandpa.shared_voter_state,
			grandpa.justification_stream,
			grandpa.finality_provider,
		)
		.into_rpc(),
	)?;
	module.merge(Pricing::new(client.clone()).into_rpc())?;
	module.merge(Receipts::new(client).into_rpc())?;

	Ok(module)
}
