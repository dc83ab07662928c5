//! Runtime APIs: what the node, Polkadot.js Apps and subxt call into the runtime for.

use alloc::vec::Vec;
use frame_support::{
	genesis_builder_helper::{build_state, get_preset},
	traits::KeyOwnerProofSystem,
	weights::Weight,
};
use pallet_grandpa::AuthorityId as GrandpaId;
use sp_api::impl_runtime_apis;
use sp_consensus_aura::sr25519::AuthorityId as AuraId;
use sp_core::{crypto::KeyTypeId, OpaqueMetadata};
use sp_runtime::{
	traits::{Block as BlockT, NumberFor},
	transaction_validity::{TransactionSource, TransactionValidity},
	ApplyExtrinsicResult,
};
use sp_version::RuntimeVersion;

use crate::{
	AccountId, AssetId, Aura, Balance, Block, BlockNumber, ComputeAuthorship, Disputes, Executive,
	Grandpa, Historical, InherentDataExt, Nonce, Pricing, Receipts, Runtime, RuntimeCall,
	RuntimeGenesisConfig, Services, SessionKeys, Settlement, Staking, System, TransactionPayment,
	ValidatorSet, VERSION,
};
use aitbc_primitives::{traits::PriceOracle, ResourceClass};

impl_runtime_apis! {
	impl sp_api::Core<Block> for Runtime {
		fn version() -> RuntimeVersion {
			VERSION
		}

		fn execute_block(block: <Block as BlockT>::LazyBlock) {
			Executive::execute_block(block);
		}

		fn initialize_block(header: &<Block as BlockT>::Header) -> sp_runtime::ExtrinsicInclusionMode {
			Executive::initialize_block(header)
		}
	}

	impl sp_api::Metadata<Block> for Runtime {
		fn metadata() -> OpaqueMetadata {
			OpaqueMetadata::new(Runtime::metadata().into())
		}

		fn metadata_at_version(version: u32) -> Option<OpaqueMetadata> {
			Runtime::metadata_at_version(version)
		}

		fn metadata_versions() -> Vec<u32> {
			Runtime::metadata_versions()
		}
	}

	impl frame_support::view_functions::runtime_api::RuntimeViewFunction<Block> for Runtime {
		fn execute_view_function(
			id: frame_support::view_functions::ViewFunctionId,
			input: Vec<u8>,
		) -> Result<Vec<u8>, frame_support::view_functions::ViewFunctionDispatchError> {
			Runtime::execute_view_function(id, input)
		}
	}

	impl sp_block_builder::BlockBuilder<Block> for Runtime {
		fn apply_extrinsic(extrinsic: <Block as BlockT>::Extrinsic) -> ApplyExtrinsicResult {
			Executive::apply_extrinsic(extrinsic)
		}

		fn finalize_block() -> <Block as BlockT>::Header {
			Executive::finalize_block()
		}

		fn inherent_extrinsics(data: sp_inherents::InherentData) -> Vec<<Block as BlockT>::Extrinsic> {
			data.create_extrinsics()
		}

		fn check_inherents(
			block: <Block as BlockT>::LazyBlock,
			data: sp_inherents::InherentData,
		) -> sp_inherents::CheckInherentsResult {
			data.check_extrinsics(&block)
		}
	}

	impl sp_transaction_pool::runtime_api::TaggedTransactionQueue<Block> for Runtime {
		fn validate_transaction(
			source: TransactionSource,
			tx: <Block as BlockT>::Extrinsic,
			block_hash: <Block as BlockT>::Hash,
		) -> TransactionValidity {
			Executive::validate_transaction(source, tx, block_hash)
		}
	}

	impl sp_offchain::OffchainWorkerApi<Block> for Runtime {
		fn offchain_worker(header: &<Block as BlockT>::Header) {
			Executive::offchain_worker(header)
		}
	}

	impl sp_consensus_aura::AuraApi<Block, AuraId> for Runtime {
		fn slot_duration() -> sp_consensus_aura::SlotDuration {
			sp_consensus_aura::SlotDuration::from_millis(Aura::slot_duration())
		}

		fn authorities() -> Vec<AuraId> {
			pallet_aura::Authorities::<Runtime>::get().into_inner()
		}
	}

	impl sp_session::SessionKeys<Block> for Runtime {
		fn generate_session_keys(
			owner: Vec<u8>,
			seed: Option<Vec<u8>>,
		) -> sp_session::OpaqueGeneratedSessionKeys {
			SessionKeys::generate(&owner, seed).into()
		}

		fn decode_session_keys(encoded: Vec<u8>) -> Option<Vec<(Vec<u8>, KeyTypeId)>> {
			SessionKeys::decode_into_raw_public_keys(&encoded)
		}
	}

	impl sp_consensus_grandpa::GrandpaApi<Block> for Runtime {
		fn grandpa_authorities() -> sp_consensus_grandpa::AuthorityList {
			Grandpa::grandpa_authorities()
		}

		fn current_set_id() -> sp_consensus_grandpa::SetId {
			Grandpa::current_set_id()
		}

		fn submit_report_equivocation_unsigned_extrinsic(
			equivocation_proof: sp_consensus_grandpa::EquivocationProof<
				<Block as BlockT>::Hash,
				NumberFor<Block>,
			>,
			key_owner_proof: sp_consensus_grandpa::OpaqueKeyOwnershipProof,
		) -> Option<()> {
			let key_owner_proof = key_owner_proof.decode()?;
			Grandpa::submit_unsigned_equivocation_report(equivocation_proof, key_owner_proof)
		}

		fn generate_key_ownership_proof(
			_set_id: sp_consensus_grandpa::SetId,
			authority_id: GrandpaId,
		) -> Option<sp_consensus_grandpa::OpaqueKeyOwnershipProof> {
			use codec::Encode;
			Historical::prove((sp_consensus_grandpa::KEY_TYPE, authority_id))
				.map(|proof| proof.encode())
				.map(sp_consensus_grandpa::OpaqueKeyOwnershipProof::new)
		}
	}

	impl pallet_validator_set::runtime_api::ValidatorSetApi<Block, AccountId, AuraId> for Runtime {
		fn validators() -> Vec<AccountId> {
			pallet_validator_set::Validators::<Runtime>::get().into_inner()
		}

		fn planned() -> Vec<AccountId> {
			pallet_validator_set::Planned::<Runtime>::get().into_inner()
		}

		fn generate_aura_key_ownership_proof(
			authority: AuraId,
		) -> Option<pallet_validator_set::runtime_api::OpaqueKeyOwnershipProof> {
			use codec::Encode;
			use sp_runtime::RuntimeAppPublic;
			Historical::prove((<AuraId as RuntimeAppPublic>::ID, authority))
				.map(|proof| proof.encode())
				.map(pallet_validator_set::runtime_api::OpaqueKeyOwnershipProof::new)
		}

		fn submit_aura_equivocation_report(
			equivocation_proof: sp_consensus_slots::EquivocationProof<<Block as BlockT>::Header, AuraId>,
			key_owner_proof: pallet_validator_set::runtime_api::OpaqueKeyOwnershipProof,
		) -> Option<()> {
			let key_owner_proof = key_owner_proof.decode()?;
			ValidatorSet::submit_unsigned_aura_equivocation_report(equivocation_proof, key_owner_proof)
		}
	}

	impl pallet_compute_authorship::runtime_api::ComputeAuthorshipApi<Block, AccountId> for Runtime {
		fn slot_claim(slot: u64) -> Option<aitbc_primitives::authorship::SlotClaim<AuraId>> {
			ComputeAuthorship::slot_claim(slot)
		}

		fn current_epoch() -> Option<pallet_compute_authorship::EpochSummary<AccountId>> {
			ComputeAuthorship::current_epoch_summary()
		}

		fn next_epoch() -> Option<pallet_compute_authorship::EpochSummary<AccountId>> {
			ComputeAuthorship::next_epoch_summary()
		}

		fn slot_records() -> Vec<(AccountId, pallet_compute_authorship::SlotRecord)> {
			ComputeAuthorship::slot_records()
		}

		fn handover_session() -> Option<u32> {
			pallet_compute_authorship::HandoverSession::<Runtime>::get()
		}

		fn submit_wrong_slot_report(
			header: <Block as BlockT>::Header,
			offender: AuraId,
			key_owner_proof: sp_runtime::OpaqueValue,
		) -> Option<()> {
			let key_owner_proof = key_owner_proof.decode()?;
			ComputeAuthorship::submit_unsigned_wrong_slot_report(header, offender, key_owner_proof)
		}
	}

	impl frame_system_rpc_runtime_api::AccountNonceApi<Block, AccountId, Nonce> for Runtime {
		fn account_nonce(account: AccountId) -> Nonce {
			System::account_nonce(account)
		}
	}

	impl pallet_transaction_payment_rpc_runtime_api::TransactionPaymentApi<Block, Balance> for Runtime {
		fn query_info(
			uxt: <Block as BlockT>::Extrinsic,
			len: u32,
		) -> pallet_transaction_payment_rpc_runtime_api::RuntimeDispatchInfo<Balance> {
			TransactionPayment::query_info(uxt, len)
		}
		fn query_fee_details(
			uxt: <Block as BlockT>::Extrinsic,
			len: u32,
		) -> pallet_transaction_payment::FeeDetails<Balance> {
			TransactionPayment::query_fee_details(uxt, len)
		}
		fn query_weight_to_fee(weight: Weight) -> Balance {
			TransactionPayment::weight_to_fee(weight)
		}
		fn query_length_to_fee(length: u32) -> Balance {
			TransactionPayment::length_to_fee(length)
		}
	}

	impl pallet_transaction_payment_rpc_runtime_api::TransactionPaymentCallApi<Block, Balance, RuntimeCall>
		for Runtime
	{
		fn query_call_info(
			call: RuntimeCall,
			len: u32,
		) -> pallet_transaction_payment::RuntimeDispatchInfo<Balance> {
			TransactionPayment::query_call_info(call, len)
		}
		fn query_call_fee_details(
			call: RuntimeCall,
			len: u32,
		) -> pallet_transaction_payment::FeeDetails<Balance> {
			TransactionPayment::query_call_fee_details(call, len)
		}
		fn query_weight_to_fee(weight: Weight) -> Balance {
			TransactionPayment::weight_to_fee(weight)
		}
		fn query_length_to_fee(length: u32) -> Balance {
			TransactionPayment::length_to_fee(length)
		}
	}

	impl pallet_pricing::runtime_api::PricingApi<Block, AccountId, Balance, BlockNumber> for Runtime {
		fn quote(resource_class: ResourceClass, units: u64) -> Option<Balance> {
			<Pricing as PriceOracle<AccountId, Balance>>::quote(resource_class, units)
		}
		fn price_per_unit(resource_class: ResourceClass) -> Option<Balance> {
			<Pricing as PriceOracle<AccountId, Balance>>::price_per_unit(resource_class)
		}
		fn operator_ask(resource_class: ResourceClass, operator: AccountId) -> Option<Balance> {
			<Pricing as PriceOracle<AccountId, Balance>>::operator_ask(resource_class, &operator)
		}
		fn market(resource_class: ResourceClass) -> Option<pallet_pricing::MarketData<Balance, BlockNumber>> {
			Pricing::market(resource_class)
		}
		fn parameters(resource_class: ResourceClass) -> Option<pallet_pricing::ClassParams<Balance>> {
			Pricing::parameters(resource_class)
		}
		fn classes() -> Vec<ResourceClass> {
			Pricing::class_ids()
		}
	}

	impl pallet_services::runtime_api::ServicesApi<Block, AccountId, AssetId, Balance> for Runtime {
		fn services_by_blueprint(blueprint_id: aitbc_primitives::BlueprintId) -> Vec<aitbc_primitives::ServiceId> {
			Services::services_by_blueprint(blueprint_id)
		}
		fn services_by_operator(operator: AccountId) -> Vec<aitbc_primitives::ServiceId> {
			Services::services_by_operator(&operator)
		}
		fn requests_by_client(client: AccountId) -> Vec<aitbc_primitives::RequestId> {
			Services::requests_by_client(&client)
		}
		fn job(job_id: aitbc_primitives::JobId) -> Option<pallet_services::Job<AccountId, AssetId, Balance>> {
			Services::job_details(job_id)
		}
	}

	impl pallet_services::runtime_api::RentalsApi<Block, AccountId, AssetId, Balance, BlockNumber> for Runtime {
		fn rental(rental_id: aitbc_primitives::RentalId) -> Option<pallet_services::Rental<AccountId, AssetId, Balance, BlockNumber>> {
			Services::rental_details(rental_id)
		}
		fn rentals_of(account: AccountId) -> Vec<aitbc_primitives::RentalId> {
			Services::rentals_of(&account)
		}
		fn open_periods(rental_id: aitbc_primitives::RentalId) -> Vec<(u32, aitbc_primitives::JobId)> {
			Services::open_rental_periods(rental_id)
		}
		fn calculate_penalty(rental_id: aitbc_primitives::RentalId, metrics: pallet_services::RentalMetrics) -> Option<Balance> {
			Services::calculate_penalty(rental_id, metrics)
		}
		fn period_judgement(rental_id: aitbc_primitives::RentalId, period: u32) -> Option<pallet_services::PeriodJudgement> {
			Services::period_judgement(rental_id, period)
		}
	}

	impl pallet_disputes::runtime_api::DisputesApi<Block, AccountId, Balance, BlockNumber> for Runtime {
		fn dispute(dispute_id: aitbc_primitives::DisputeId) -> Option<pallet_disputes::Dispute<AccountId, Balance, BlockNumber>> {
			Disputes::dispute(dispute_id)
		}
		fn dispute_of_job(job_id: aitbc_primitives::JobId) -> Option<aitbc_primitives::DisputeId> {
			Disputes::dispute_of_job(job_id)
		}
		fn arbiter(who: AccountId) -> Option<pallet_disputes::ArbiterInfo<Balance, BlockNumber>> {
			Disputes::arbiter(who)
		}
	}

	impl pallet_settlement::runtime_api::SettlementApi<Block, Balance, BlockNumber> for Runtime {
		fn chain_id() -> aitbc_primitives::settlement::ChainId {
			pallet_settlement::ChainIdentity::<Runtime>::get()
		}

		fn quote(
			target: aitbc_primitives::settlement::ChainId,
			routing: pallet_settlement::Routing,
		) -> Option<pallet_settlement::Quote<Balance>> {
			Settlement::quote(target, routing)
		}

		fn outbound(
			target: aitbc_primitives::settlement::ChainId,
			nonce: u64,
		) -> Option<(
			aitbc_primitives::settlement::SettlementMessage,
			pallet_settlement::MessageStatus<BlockNumber>,
		)> {
			Settlement::outbound_status(target, nonce)
		}

		fn provable(
			target: aitbc_primitives::settlement::ChainId,
			nonce: u64,
		) -> Option<pallet_settlement::ProvableMessage<BlockNumber>> {
			Settlement::provable_message(target, nonce)
		}

		fn nonces(chain: aitbc_primitives::settlement::ChainId) -> (u64, u64) {
			Settlement::nonces(chain)
		}
	}

	impl pallet_receipts::runtime_api::ReceiptsApi<Block, AccountId, BlockNumber> for Runtime {
		fn receipt_status(
			operator: AccountId,
			receipt_id: aitbc_primitives::ReceiptId,
		) -> pallet_receipts::ReceiptStatus<BlockNumber> {
			Receipts::receipt_status(&operator, receipt_id)
		}
		fn work_score(who: AccountId) -> pallet_receipts::WorkScoreInfo {
			Receipts::work_score(&who)
		}
	}

	impl pallet_operator_staking::runtime_api::StakingApi<Block, AccountId, AssetId, Balance, BlockNumber> for Runtime {
		fn operator_bond(operator: AccountId) -> Option<pallet_operator_staking::OperatorLedger<Balance, BlockNumber>> {
			Staking::operator_ledger(&operator)
		}
		fn delegations_of(operator: AccountId) -> Vec<pallet_operator_staking::DelegationView<AccountId, AssetId, Balance, BlockNumber>> {
			Staking::delegations_of(&operator)
		}
		fn pending_slashes(operator: AccountId) -> Vec<(pallet_operator_staking::SlashId, pallet_operator_staking::UnappliedSlash<AccountId, BlockNumber>)> {
			Staking::pending_slashes(&operator)
		}
		fn claimable_rewards(who: AccountId, operator: AccountId) -> Balance {
			Staking::claimable_rewards(&who, &operator)
		}
	}

	#[cfg(feature = "runtime-benchmarks")]
	impl frame_benchmarking::Benchmark<Block> for Runtime {
		fn benchmark_metadata(extra: bool) -> (
			Vec<frame_benchmarking::BenchmarkList>,
			Vec<frame_support::traits::StorageInfo>,
		) {
			use frame_benchmarking::BenchmarkList;
			use frame_support::traits::StorageInfoTrait;
			use crate::benchmarks::*;

			let mut list = Vec::<BenchmarkList>::new();
			list_benchmarks!(list, extra);

			let storage_info = crate::AllPalletsWithSystem::storage_info();
			(list, storage_info)
		}

		#[allow(non_local_definitions)]
		fn dispatch_benchmark(
			config: frame_benchmarking::BenchmarkConfig
		) -> Result<Vec<frame_benchmarking::BenchmarkBatch>, alloc::string::String> {
			use frame_benchmarking::BenchmarkBatch;
			use frame_support::traits::WhitelistedStorageKeys;
			use sp_storage::TrackedStorageKey;
			use crate::benchmarks::*;

			impl frame_system_benchmarking::Config for Runtime {}
			impl frame_benchmarking::baseline::Config for Runtime {}

			let whitelist: Vec<TrackedStorageKey> =
				crate::AllPalletsWithSystem::whitelisted_storage_keys();
			let mut batches = Vec::<BenchmarkBatch>::new();
			let params = (&config, &whitelist);
			add_benchmarks!(params, batches);
			Ok(batches)
		}
	}

	#[cfg(feature = "try-runtime")]
	impl frame_try_runtime::TryRuntime<Block> for Runtime {
		fn on_runtime_upgrade(checks: frame_try_runtime::UpgradeCheckSelect) -> (Weight, Weight) {
			// try-runtime is an offline test tool: a failed check must abort loudly with its reason.
			match Executive::try_runtime_upgrade(checks) {
				Ok(weight) =>
					(weight, crate::configs::RuntimeBlockWeights::get().max_block),
				Err(e) => panic!("try_runtime_upgrade failed: {e:?}"),
			}
		}

		fn execute_block(
			block: <Block as BlockT>::LazyBlock,
			state_root_check: bool,
			signature_check: bool,
			select: frame_try_runtime::TryStateSelect,
		) -> Weight {
			match Executive::try_execute_block(block, state_root_check, signature_check, select) {
				Ok(weight) => weight,
				Err(e) => panic!("try_execute_block failed: {e:?}"),
			}
		}
	}

	impl sp_genesis_builder::GenesisBuilder<Block> for Runtime {
		fn build_state(config: Vec<u8>) -> sp_genesis_builder::Result {
			build_state::<RuntimeGenesisConfig>(config)
		}

		fn get_preset(id: &Option<sp_genesis_builder::PresetId>) -> Option<Vec<u8>> {
			get_preset::<RuntimeGenesisConfig>(id, crate::genesis_config_presets::get_preset)
		}

		fn preset_names() -> Vec<sp_genesis_builder::PresetId> {
			crate::genesis_config_presets::preset_names()
		}
	}
}
