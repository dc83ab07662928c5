//! Benchmarks of every call and hook, each at its worst case: a request at a full route, a
//! receipt of either kind with one signature, attestations up to the largest committee, the
//! commitment of a full block, the hooks at a full bucket.

use super::*;
use crate::{attested::recover_signer, outbound::PRUNED_PER_MESSAGE};
use aitbc_primitives::{
	settlement::{MaxAttesters, MessageKind},
	PaymentAsset,
};
use alloc::{vec, vec::Vec};
use codec::Encode;
use frame_benchmarking::v2::*;
use frame_support::{
	traits::{
		fungible::{Inspect, Mutate},
		EnsureOrigin, Get,
	},
	BoundedVec,
};
use frame_system::RawOrigin;
use sp_core::{crypto::KeyTypeId, H256};
use sp_runtime::traits::{Bounded, One, Saturating};

const HERE: ChainId = 1;
const THERE: ChainId = 2;
const KEY_TYPE: KeyTypeId = KeyTypeId(*b"aits");

fn fee<T: Config>() -> BalanceOf<T> {
	T::Currency::minimum_balance().saturating_mul(10u32.into())
}

fn funded<T: Config>(name: &'static str, index: u32) -> T::AccountId {
	let who: T::AccountId = account(name, index, 0);
	let amount = T::Currency::minimum_balance().saturating_mul(1_000_000u32.into());
	T::Currency::set_balance(&who, amount);
	who
}

fn route<T: Config>() -> Route<T> {
	let adapters = (0..T::MaxRouteAdapters::get())
		.filter_map(|i| match i {
			0 => Some(Adapter::Attested),
			1 if T::GrandpaAdapter::is_available() => Some(Adapter::Grandpa),
			_ => None,
		})
		.map(|adapter| RouteAdapter {
			adapter,
			fee: fee::<T>(),
			latency: 10,
		})
		.collect::<Vec<_>>();
	Route {
		adapters: BoundedVec::truncate_from(adapters),
		rate_limit: RateLimit {
			window: 100,
			max_messages: u32::MAX,
		},
	}
}

fn settled_job<T: Config>(job_id: JobId, client: &T::AccountId) {
	<Pallet<T> as OnJobSettled<_, _, _>>::on_job_settled(SettledJob {
		job_id,
		service_id: 1,
		client: client.clone(),
		operator: account("operator", 0, 0),
		receipt_id: [1; 32],
		output_hash: H256::repeat_byte(2),
		units: 1_000,
		paid: fee::<T>(),
		asset: PaymentAsset::Native,
	});
}

/// `n` fresh secp256k1 keys of the keystore, with their EVM addresses.
fn attesters(n: u32) -> Vec<(sp_core::ecdsa::Public, [u8; 20])> {
	(0..n)
		.map(|_| {
			let public = sp_io::crypto::ecdsa_generate(KEY_TYPE, None);
			let probe = H256::repeat_byte(9);
			let signature = sp_io::crypto::ecdsa_sign_prehashed(KEY_TYPE, &public, &probe.0)
				.map(|s| s.0)
				.unwrap_or([0; 65]);
			(
				public,
				recover_signer(&signature, &probe).unwrap_or_default(),
			)
		})
		.collect()
}

fn sign(keys: &[(sp_core::ecdsa::Public, [u8; 20])], hash: H256) -> Vec<u8> {
	let signatures: Vec<[u8; 65]> = keys
		.iter()
		.filter_map(|(public, _)| sp_io::crypto::ecdsa_sign_prehashed(KEY_TYPE, public, &hash.0))
		.map(|s| s.0)
		.collect();
	signatures.encode()
}

fn committee<T: Config>(keys: &[(sp_core::ecdsa::Public, [u8; 20])], threshold: u32) {
	let members = keys.iter().map(|(_, address)| *address).collect::<Vec<_>>();
	Committees::<T>::insert(
		THERE,
		Committee {
			members: BoundedVec::truncate_from(members),
			threshold,
			set_id: 0,
		},
	);
}

/// A message from `THERE` with the next inbound nonce.
fn inbound_message<T: Config>(
	kind: MessageKind,
	job_id: u64,
	receipt_id: [u8; 32],
) -> SettlementMessage {
	SettlementMessage {
		kind,
		source: THERE,
		target: HERE,
		nonce: InboundNonces::<T>::get(THERE).saturating_add(1),
		job_id,
		receipt_id,
		output_hash: H256::repeat_byte(3),
		units: 1_000,
		amount: 1_000_000,
		token: H256::zero(),
		client: H256::repeat_byte(4),
		operator: H256::repeat_byte(5),
		beneficiary: H256::repeat_byte(6),
	}
}

/// Sends a message to `THERE` from `client` about job `job_id`; returns its nonce.
fn request<T: Config>(client: &T::AccountId, job_id: JobId) -> Result<u64, BenchmarkError> {
	settled_job::<T>(job_id, client);
	Pallet::<T>::do_request(
		client.clone(),
		job_id,
		THERE,
		Routing::Cheapest,
		H256::repeat_byte(7),
		BalanceOf::<T>::max_value(),
	)
	.map_err(|_| BenchmarkError::Stop("the request failed"))?;
	Ok(OutboundNonces::<T>::get(THERE))
}

/// Moves the chain `RecordRetention` blocks on, so every final record is old enough to go.
fn past_retention<T: Config>() {
	let now = frame_system::Pallet::<T>::block_number();
	frame_system::Pallet::<T>::set_block_number(
		now.saturating_add(T::RecordRetention::get())
			.saturating_add(One::one()),
	);
}

/// The most the next message to `THERE` prunes, at its dearest: `PRUNED_PER_MESSAGE` failed
/// messages, each refunded as its record goes.
fn prunable_outbound<T: Config>() -> Result<(), BenchmarkError> {
	let requester = funded::<T>("requester", 0);
	let now = frame_system::Pallet::<T>::block_number();
	for job_id in 100..100u64.saturating_add(PRUNED_PER_MESSAGE.into()) {
		let nonce = request::<T>(&requester, job_id)?;
		Outbound::<T>::mutate(THERE, nonce, |sent| {
			if let Some(sent) = sent {
				sent.status = MessageStatus::Failed { at: now };
			}
		});
	}
	BlockMessages::<T>::kill();
	Ok(())
}

/// `PRUNED_PER_MESSAGE` messages received from `THERE`, for the next one to prune.
fn prunable_inbound<T: Config>() {
	let relayer: T::AccountId = account("relayer", 9, 0);
	for job_id in 0..u64::from(PRUNED_PER_MESSAGE) {
		let message = inbound_message::<T>(MessageKind::JobSettled, job_id, [1; 32]);
		let nonce = message.nonce;
		Inbound::<T>::insert(
			THERE,
			nonce,
			InboundMessage {
				hash: message.hash(),
				message,
				adapter: Adapter::Attested,
				relayer: relayer.clone(),
				received_at: frame_system::Pallet::<T>::block_number(),
			},
		);
		InboundNonces::<T>::insert(THERE, nonce);
	}
}

/// A distinct leaf hash for each `i`.
fn leaf(i: u32) -> H256 {
	let mut bytes = [0u8; 32];
	bytes[28..].copy_from_slice(&i.to_be_bytes());
	H256(bytes)
}

fn setup<T: Config>() {
	ChainIdentity::<T>::put(HERE);
	Routes::<T>::insert(THERE, route::<T>());
}

#[benchmarks]
mod benchmarks {
	use super::*;

	/// A request that prunes two failed messages' records, refunding their fees.
	#[benchmark]
	fn request_settlement() -> Result<(), BenchmarkError> {
		setup::<T>();
		prunable_outbound::<T>()?;
		past_retention::<T>();
		let client = funded::<T>("client", 0);
		settled_job::<T>(7, &client);

		#[extrinsic_call]
		_(
			RawOrigin::Signed(client.clone()),
			7,
			THERE,
			Routing::Cheapest,
			H256::repeat_byte(7),
			BalanceOf::<T>::max_value(),
		);

		assert_eq!(OutboundNonces::<T>::get(THERE), 3);
		assert_eq!(OutboundPruned::<T>::get(THERE), 2);
		Ok(())
	}

	#[benchmark]
	fn retry() -> Result<(), BenchmarkError> {
		setup::<T>();
		let client = funded::<T>("client", 0);
		let nonce = request::<T>(&client, 7)?;
		Outbound::<T>::mutate(THERE, nonce, |sent| {
			if let Some(sent) = sent {
				sent.status = MessageStatus::Failed { at: One::one() };
			}
		});
		let caller = funded::<T>("relayer", 0);

		#[extrinsic_call]
		_(RawOrigin::Signed(caller), THERE, nonce);

		assert!(matches!(
			Outbound::<T>::get(THERE, nonce).map(|s| s.status),
			Some(MessageStatus::Retried { .. })
		));
		Ok(())
	}

	#[benchmark]
	fn refund() -> Result<(), BenchmarkError> {
		setup::<T>();
		let client = funded::<T>("client", 0);
		let nonce = request::<T>(&client, 7)?;
		Outbound::<T>::mutate(THERE, nonce, |sent| {
			if let Some(sent) = sent {
				sent.status = MessageStatus::Failed { at: One::one() };
			}
		});

		#[extrinsic_call]
		_(RawOrigin::Signed(client.clone()), THERE, nonce);

		assert!(matches!(
			Outbound::<T>::get(THERE, nonce).map(|s| s.status),
			Some(MessageStatus::Refunded { .. })
		));
		Ok(())
	}

	/// A settled job from there, proven by one attester: it is recorded and acknowledged, and
	/// old records both ways are pruned.
	#[benchmark]
	fn receive_job_settled() -> Result<(), BenchmarkError> {
		setup::<T>();
		prunable_outbound::<T>()?;
		prunable_inbound::<T>();
		past_retention::<T>();
		let keys = attesters(1);
		committee::<T>(&keys, 1);
		let message = inbound_message::<T>(MessageKind::JobSettled, 7, [1; 32]);
		let proof = BoundedVec::try_from(sign(&keys, message.hash()))
			.map_err(|_| BenchmarkError::Stop("proof too long"))?;
		let relayer = funded::<T>("relayer", 0);

		#[extrinsic_call]
		receive(
			RawOrigin::Signed(relayer),
			message,
			Adapter::Attested,
			proof,
		);

		assert_eq!(InboundNonces::<T>::get(THERE), 3);
		assert_eq!(InboundPruned::<T>::get(THERE), 2);
		assert_eq!(OutboundPruned::<T>::get(THERE), 2);
		Ok(())
	}

	/// An acknowledgement from there, proven by one attester: the message is delivered and its
	/// fee paid to the relayer, and old inbound records are pruned.
	#[benchmark]
	fn receive_acknowledgement() -> Result<(), BenchmarkError> {
		setup::<T>();
		prunable_inbound::<T>();
		past_retention::<T>();
		let keys = attesters(1);
		committee::<T>(&keys, 1);
		let client = funded::<T>("client", 0);
		let nonce = request::<T>(&client, 7)?;
		let hash = Outbound::<T>::get(THERE, nonce)
			.map(|s| s.hash)
			.unwrap_or_default();
		let message = inbound_message::<T>(MessageKind::Acknowledgement, nonce, hash.0);
		let proof = BoundedVec::try_from(sign(&keys, message.hash()))
			.map_err(|_| BenchmarkError::Stop("proof too long"))?;
		let relayer = funded::<T>("relayer", 0);

		#[extrinsic_call]
		receive(
			RawOrigin::Signed(relayer),
			message,
			Adapter::Attested,
			proof,
		);

		assert!(matches!(
			Outbound::<T>::get(THERE, nonce).map(|s| s.status),
			Some(MessageStatus::Delivered { .. })
		));
		Ok(())
	}

	#[benchmark]
	fn verify_attestations(s: Linear<1, { MaxAttesters::get() }>) -> Result<(), BenchmarkError> {
		setup::<T>();
		let keys = attesters(MaxAttesters::get());
		committee::<T>(&keys, s);
		let hash = H256::repeat_byte(8);
		let signers = keys.get(..s as usize).ok_or(BenchmarkError::Weightless)?;
		let proof = sign(signers, hash);
		let verified;

		#[block]
		{
			verified = <attested::Attested<T> as BridgeAdapter>::verify(THERE, hash, &proof);
		}

		assert_eq!(verified, Ok(()));
		Ok(())
	}

	/// The light client adapter's check of a proof of `s` bytes (a storage proof under a
	/// finalized header, in the runtime).
	#[benchmark]
	fn verify_light_client(s: Linear<0, { T::MaxProofLen::get() }>) -> Result<(), BenchmarkError> {
		setup::<T>();
		let message = inbound_message::<T>(MessageKind::JobSettled, 7, [1; 32]);
		let proof = T::BenchmarkHelper::light_client_proof(&message, s);
		let hash = message.hash();
		let verified;

		#[block]
		{
			verified = T::GrandpaAdapter::verify(THERE, hash, &proof);
		}

		assert_eq!(verified, Ok(()));
		Ok(())
	}

	#[benchmark]
	fn set_route() -> Result<(), BenchmarkError> {
		ChainIdentity::<T>::put(HERE);
		let origin =
			T::GovernanceOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, THERE, Some(route::<T>()));

		assert!(Routes::<T>::contains_key(THERE));
		Ok(())
	}

	#[benchmark]
	fn set_committee() -> Result<(), BenchmarkError> {
		ChainIdentity::<T>::put(HERE);
		let members: Vec<[u8; 20]> = (1..=MaxAttesters::get())
			.map(|i| {
				let mut address = [0u8; 20];
				for (byte, from) in address.iter_mut().zip(i.to_be_bytes()) {
					*byte = from;
				}
				address
			})
			.collect();
		committee::<T>(&[], 0);
		let origin =
			T::GovernanceOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let count = MaxAttesters::get();

		#[extrinsic_call]
		_(
			origin as T::RuntimeOrigin,
			THERE,
			BoundedVec::truncate_from(members),
			count,
		);

		assert_eq!(Committees::<T>::get(THERE).map(|c| c.set_id), Some(1));
		Ok(())
	}

	#[benchmark]
	fn commit_messages(
		n: Linear<0, { T::MaxMessagesPerBlock::get() }>,
	) -> Result<(), BenchmarkError> {
		let leaves = (0..n)
			.map(|i| (THERE, u64::from(i), leaf(i)))
			.collect::<Vec<_>>();
		BlockMessages::<T>::put(BoundedVec::truncate_from(leaves));
		let now = frame_system::Pallet::<T>::block_number()
			.saturating_add(T::CommitmentsToKeep::get().into());
		Commitments::<T>::insert(
			now.saturating_sub(T::CommitmentsToKeep::get().into()),
			BoundedVec::truncate_from(vec![(THERE, 0u64, H256::zero())]),
		);

		#[block]
		{
			Pallet::<T>::commit_block(now);
		}

		assert_eq!(BlockMessages::<T>::get().len(), 0);
		Ok(())
	}

	#[benchmark]
	fn expire_deliveries(
		n: Linear<0, { T::MaxProcessedPerBlock::get().min(T::MaxMessagesPerBlock::get()) }>,
	) -> Result<(), BenchmarkError> {
		setup::<T>();
		let client = funded::<T>("client", 0);
		for job_id in 0..n {
			request::<T>(&client, job_id.into())?;
		}
		let due =
			frame_system::Pallet::<T>::block_number().saturating_add(T::DeliveryTimeout::get());
		// The cursor at the due block, as if the hook ran every block before.
		DeliveryExpiryCursor::<T>::put(due);

		#[block]
		{
			Pallet::<T>::expire_deliveries(due);
		}

		if n > 0 {
			assert!(matches!(
				Outbound::<T>::get(THERE, 1).map(|s| s.status),
				Some(MessageStatus::Failed { .. })
			));
		}
		Ok(())
	}

	#[benchmark]
	fn forget_settled_jobs(
		n: Linear<0, { T::MaxProcessedPerBlock::get().min(T::MaxSettledPerBlock::get()) }>,
	) -> Result<(), BenchmarkError> {
		let client: T::AccountId = account("client", 0, 0);
		for job_id in 0..n {
			settled_job::<T>(job_id.into(), &client);
		}
		let due = frame_system::Pallet::<T>::block_number().saturating_add(T::RequestWindow::get());
		SettledJobPruneCursor::<T>::put(due);

		#[block]
		{
			Pallet::<T>::forget_settled_jobs(due);
		}

		assert!(!SettledJobs::<T>::contains_key(0));
		Ok(())
	}

	#[benchmark]
	fn set_standing_rule() -> Result<(), BenchmarkError> {
		setup::<T>();
		let who = funded::<T>("client", 0);
		let rule = StandingRule {
			target: THERE,
			routing: Routing::Cheapest,
			beneficiary: H256::repeat_byte(1),
			max_fee: fee::<T>(),
		};

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), Some(rule));

		assert!(StandingRules::<T>::contains_key(&who));
		Ok(())
	}

	#[benchmark]
	fn set_light_client_chain() -> Result<(), BenchmarkError> {
		setup::<T>();
		let origin =
			T::GovernanceOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, Some(THERE));

		assert_eq!(LightClientChain::<T>::get(), Some(THERE));
		Ok(())
	}

	#[benchmark]
	fn on_job_settled() -> Result<(), BenchmarkError> {
		let client: T::AccountId = account("client", 0, 0);

		#[block]
		{
			settled_job::<T>(7, &client);
		}

		assert!(SettledJobs::<T>::contains_key(7));
		Ok(())
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
