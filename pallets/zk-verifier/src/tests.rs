//! Tests with real proofs: the circom circuits of `zk/`, proven by snarkjs (`zk/build.sh`).

use crate::{
	mock::*,
	snarkjs,
	testing::{synthetic_key, synthetic_statements},
	verifier::{self, Groth16Error},
	Error, Event, Groth16Backend, HostBackend, KeyBytes, KeyPins, Keys, NullifierCount, Nullifiers,
	ProofBytes, PublicInputs, PureBackend, OPEN_DOMAIN,
};
use aitbc_primitives::{
	traits::{KeyConsumer, NullifierScope, ProofVerifier},
	VerifyingKeyId,
};
use ark_bn254::{Fq, Fq2, Fr, G1Affine, G2Affine};
use ark_ec::{AffineRepr, CurveGroup};
use ark_ff::{BigInteger, PrimeField};
use ark_serialize::{CanonicalDeserialize, CanonicalSerialize};
use frame_support::{
	assert_noop, assert_ok,
	traits::fungible::{Inspect, InspectHold},
	BoundedVec,
};
use sp_runtime::DispatchError;

type Hold = crate::HoldReason;

fn key_bytes(bytes: &[u8]) -> KeyBytes<Test> {
	bytes.to_vec().try_into().expect("within the key bound")
}

fn proof_bytes(bytes: &[u8]) -> ProofBytes {
	bytes.to_vec().try_into().expect("256 bytes at most")
}

fn inputs(inputs: &[[u8; 32]]) -> PublicInputs<Test> {
	inputs.to_vec().try_into().expect("within the input bound")
}

/// The id of `bytes` registered for the open calls with `nullifier_input`.
fn open_id(bytes: &[u8], nullifier_input: Option<u32>) -> VerifyingKeyId {
	ZkVerifier::id_of_key(bytes, nullifier_input, KeyConsumer::Open).expect("a valid key")
}

fn register(owner: AccountId, circuit: &Circuit) -> VerifyingKeyId {
	assert_ok!(ZkVerifier::register_key(
		RuntimeOrigin::signed(owner),
		key_bytes(circuit.vk),
		Some(circuit.nullifier_input),
		KeyConsumer::Open,
	));
	open_id(circuit.vk, Some(circuit.nullifier_input))
}

/// Registers `circuit` for a pallet (governance, no deposit), without a nullifier input.
fn register_for(consumer: KeyConsumer, circuit: &Circuit) -> VerifyingKeyId {
	assert_ok!(ZkVerifier::register_key_for_everyone(
		RuntimeOrigin::root(),
		key_bytes(circuit.vk),
		Some(circuit.nullifier_input),
		consumer,
	));
	ZkVerifier::id_of_key(circuit.vk, Some(circuit.nullifier_input), consumer).expect("a valid key")
}

/// The nullifier a proof of `statement` records under `circuit`'s nullifier input.
fn nullifier_of(circuit: &Circuit, statement: &Statement) -> [u8; 32] {
	statement.inputs()[circuit.nullifier_input as usize]
}

fn verify(key: VerifyingKeyId, proof: &[u8], public: &[[u8; 32]]) -> sp_runtime::DispatchResult {
	ZkVerifier::verify_proof(
		RuntimeOrigin::signed(BOB),
		key,
		proof_bytes(proof),
		inputs(public),
	)
}

fn deposit_of(vk: &[u8]) -> Balance {
	let prepared = verifier::prepare_key(vk, MAX_PUBLIC_INPUTS).expect("valid key");
	DEPOSIT_BASE
		+ DEPOSIT_PER_BYTE * prepared.len() as Balance
		+ NULLIFIER_DEPOSIT * Balance::from(MAX_NULLIFIERS)
}

fn held(who: AccountId) -> Balance {
	Balances::balance_on_hold(&Hold::KeyDeposit.into(), &who)
}

fn last_event() -> RuntimeEvent {
	System::events().pop().expect("an event").event
}

// ---- byte surgery on encoded points ----

const G1: usize = verifier::G1_LEN;
const G2: usize = verifier::G2_LEN;
/// Offsets in a proof.
const PROOF_A: usize = 0;
const PROOF_B: usize = G1;
/// Offsets in a key.
const KEY_ALPHA: usize = 0;
const KEY_GAMMA: usize = G1 + G2;
const KEY_DELTA: usize = G1 + 2 * G2;
const KEY_COUNT: usize = G1 + 3 * G2;

fn g2_bytes(point: &G2Affine) -> Vec<u8> {
	let mut out = Vec::new();
	point.serialize_uncompressed(&mut out).unwrap();
	out
}

/// A point on the twist curve outside the prime-order subgroup.
fn g2_outside_subgroup() -> G2Affine {
	(1u64..)
		.find_map(|x| {
			G2Affine::get_point_from_x_unchecked(Fq2::new(Fq::from(x), Fq::from(1u64)), true)
				.filter(|p| !p.is_in_correct_subgroup_assuming_on_curve())
		})
		.unwrap()
}

/// The 32 little-endian bytes of `value + r` (r the scalar modulus); fits, since both < 2^254.
fn plus_modulus(value: &[u8; 32]) -> [u8; 32] {
	let modulus = Fr::MODULUS.to_bytes_le();
	let mut out = [0u8; 32];
	let mut carry = 0u16;
	for i in 0..32 {
		let sum = u16::from(value[i]) + u16::from(modulus[i]) + carry;
		out[i] = sum as u8;
		carry = sum >> 8;
	}
	assert_eq!(carry, 0);
	out
}

/// Groth16 malleability: `(A, B, C) -> (A / s, s·B, C)` is another valid proof of the same
/// statement, with different bytes.
fn maul(proof: &[u8]) -> Vec<u8> {
	let a = G1Affine::deserialize_uncompressed(&proof[PROOF_A..G1]).unwrap();
	let b = G2Affine::deserialize_uncompressed(&proof[PROOF_B..G1 + G2]).unwrap();
	let c = G1Affine::deserialize_uncompressed(&proof[G1 + G2..]).unwrap();
	let s = Fr::from(1234567u64);
	verifier::encode_proof(
		&(a * ark_ff::Field::inverse(&s).unwrap()).into_affine(),
		&(b * s).into_affine(),
		&c,
	)
}

// ---- the verifier and the converter, without the pallet ----

#[test]
fn snarkjs_proofs_verify_with_both_backends() {
	for (circuit, statement) in [
		(&BASIC, &BASIC_JOB7),
		(&BASIC, &BASIC_JOB8),
		(&ENHANCED, &ENHANCED_JOB7),
	] {
		let prepared = PureBackend::prepare_key(circuit.vk, MAX_PUBLIC_INPUTS).unwrap();
		assert_eq!(
			HostBackend::prepare_key(circuit.vk, MAX_PUBLIC_INPUTS).unwrap(),
			prepared
		);
		assert_eq!(statement.inputs().len(), circuit.public_inputs as usize);
		assert_eq!(
			PureBackend::verify(&prepared, statement.proof, &statement.inputs()),
			Ok(())
		);
		assert_eq!(
			HostBackend::verify(&prepared, statement.proof, &statement.inputs()),
			Ok(())
		);
	}
}

#[test]
fn backends_agree_on_valid_and_invalid_proofs() {
	let prepared = verifier::prepare_key(BASIC.vk, MAX_PUBLIC_INPUTS).unwrap();
	let good = BASIC_JOB7.inputs();
	let mut changed = good.clone();
	changed[3][0] ^= 1;
	let mut not_canonical = good.clone();
	not_canonical[0] = plus_modulus(&good[0]);
	let mut off_curve = BASIC_JOB7.proof.to_vec();
	off_curve[G1] ^= 1;
	let cases: Vec<(Vec<u8>, Vec<[u8; 32]>, Result<(), Groth16Error>)> = vec![
		(BASIC_JOB7.proof.to_vec(), good.clone(), Ok(())),
		(
			BASIC_JOB8.proof.to_vec(),
			good.clone(),
			Err(Groth16Error::ProofRejected),
		),
		(
			BASIC_JOB7.proof.to_vec(),
			changed,
			Err(Groth16Error::ProofRejected),
		),
		(
			BASIC_JOB7.proof.to_vec(),
			not_canonical,
			Err(Groth16Error::InputNotCanonical),
		),
		(
			BASIC_JOB7.proof.to_vec(),
			good[..3].to_vec(),
			Err(Groth16Error::WrongInputCount),
		),
		(
			off_curve,
			good.clone(),
			Err(Groth16Error::ProofG2NotOnCurve),
		),
		(
			BASIC_JOB7.proof[..200].to_vec(),
			good,
			Err(Groth16Error::MalformedProof),
		),
	];
	for (proof, public, expected) in cases {
		assert_eq!(PureBackend::verify(&prepared, &proof, &public), expected);
		assert_eq!(HostBackend::verify(&prepared, &proof, &public), expected);
	}
	// Keys too.
	let mut bad_key = BASIC.vk.to_vec();
	bad_key[KEY_GAMMA..KEY_DELTA].copy_from_slice(&BASIC.vk[KEY_DELTA..KEY_COUNT]);
	assert_eq!(
		PureBackend::prepare_key(&bad_key, 8),
		Err(Groth16Error::GammaEqualsDelta)
	);
	assert_eq!(
		HostBackend::prepare_key(&bad_key, 8),
		Err(Groth16Error::GammaEqualsDelta)
	);
}

#[test]
fn rust_converter_gives_the_same_bytes_as_the_js_converter() {
	for circuit in [&BASIC, &ENHANCED] {
		assert_eq!(snarkjs::verifying_key(circuit.vk_json).unwrap(), circuit.vk);
	}
	for statement in [&BASIC_JOB7, &BASIC_JOB8, &ENHANCED_JOB7] {
		assert_eq!(
			snarkjs::proof(statement.proof_json).unwrap(),
			statement.proof
		);
		assert_eq!(
			snarkjs::public_inputs(statement.public_json).unwrap(),
			statement.inputs()
		);
	}
}

#[test]
fn converter_refuses_what_it_cannot_represent_exactly() {
	use snarkjs::ConvertError;
	// r itself, as a public input, must not become 0.
	let r = Fr::MODULUS.to_string();
	assert_eq!(
		snarkjs::public_inputs(&format!("[\"{r}\"]")),
		Err(ConvertError::NotCanonical("public inputs"))
	);
	assert_eq!(
		snarkjs::public_inputs("[\"12a\"]"),
		Err(ConvertError::NotCanonical("public inputs"))
	);
	assert_eq!(
		snarkjs::public_inputs("[\"\"]"),
		Err(ConvertError::NotCanonical("public inputs"))
	);
	assert_eq!(
		snarkjs::public_inputs("[1]"),
		Err(ConvertError::Shape("public inputs"))
	);
	assert!(matches!(
		snarkjs::public_inputs("[\"1\""),
		Err(ConvertError::Json(_))
	));
	// 2^256 overflows.
	let too_big = "115792089237316195423570985008687907853269984665640564039457584007913129639936";
	assert_eq!(
		snarkjs::public_inputs(&format!("[\"{too_big}\"]")),
		Err(ConvertError::NotCanonical("public inputs"))
	);
	// x.c0 and x.c1 of pi_b swapped: not on the curve.
	let mut proof: serde_json::Value = serde_json::from_str(BASIC_JOB7.proof_json).unwrap();
	let x = proof["pi_b"][0].as_array().unwrap().clone();
	proof["pi_b"][0] = serde_json::json!([x[1], x[0]]);
	assert_eq!(
		snarkjs::proof(&proof.to_string()),
		Err(ConvertError::InvalidPoint("pi_b"))
	);
	// Not a groth16 key.
	let mut vk: serde_json::Value = serde_json::from_str(BASIC.vk_json).unwrap();
	vk["protocol"] = serde_json::json!("plonk");
	assert_eq!(
		snarkjs::verifying_key(&vk.to_string()),
		Err(ConvertError::NotGroth16Bn254)
	);
	assert_eq!(snarkjs::to_hex(&[0, 171]), "0x00ab");
}

/// `zk/test/converter-cases.json` holds the converters' edge cases with the answer each must
/// give; `zk/test/converter.test.mjs` runs the same file through the JavaScript converter, so
/// the two are tested against each other.
#[test]
fn both_converters_give_the_answers_of_the_shared_cases() {
	let cases: serde_json::Value =
		serde_json::from_str(include_str!("../../../zk/test/converter-cases.json")).unwrap();
	let cases = cases.as_array().unwrap();
	assert!(cases.len() >= 20, "the edge cases are all there");
	for case in cases {
		let name = case["name"].as_str().unwrap();
		let json = case["json"].to_string();
		let converted = match case["kind"].as_str().unwrap() {
			"vk" => snarkjs::verifying_key(&json),
			"proof" => snarkjs::proof(&json),
			"public" => snarkjs::public_inputs(&json).map(|inputs| inputs.concat()),
			other => panic!("{name}: unknown kind {other}"),
		};
		match (&case["expect"], converted) {
			(serde_json::Value::String(hex), Ok(bytes)) => {
				assert_eq!(&snarkjs::to_hex(&bytes), hex, "{name}")
			}
			(serde_json::Value::Object(refused), Err(_)) if refused.contains_key("refused") => {}
			(expected, got) => panic!("{name}: expected {expected}, got {got:?}"),
		}
	}
}

#[test]
fn synthetic_statements_verify_for_every_size() {
	for n in 0..=MAX_PUBLIC_INPUTS {
		let (key, statements) = synthetic_statements(n, 2);
		let prepared = verifier::prepare_key(&key, MAX_PUBLIC_INPUTS).unwrap();
		for (proof, public) in &statements {
			assert_eq!(
				verifier::verify(&prepared, proof, public.as_flattened()),
				Ok(())
			);
		}
		// Each statement's proof is bound to its own inputs.
		if n > 0 {
			assert_eq!(
				verifier::verify(&prepared, &statements[0].0, statements[1].1.as_flattened()),
				Err(Groth16Error::ProofRejected)
			);
		}
	}
	assert_eq!(
		verifier::prepare_key(&synthetic_key(MAX_PUBLIC_INPUTS + 1), MAX_PUBLIC_INPUTS),
		Err(Groth16Error::TooManyPublicInputs)
	);
}

// ---- keys ----

#[test]
fn register_key_holds_a_deposit_and_stores_the_prepared_key() {
	test(|| {
		let id = register(ALICE, &BASIC);
		let deposit = deposit_of(BASIC.vk);
		assert_eq!(held(ALICE), deposit);
		assert_eq!(Balances::balance(&ALICE), INITIAL - deposit);
		let key = Keys::<Test>::get(id).unwrap();
		assert_eq!(key.owner, Some(ALICE));
		assert_eq!(key.public_inputs, BASIC.public_inputs);
		assert_eq!(key.nullifier_input, Some(BASIC.nullifier_input));
		assert_eq!(key.consumer, KeyConsumer::Open);
		assert_eq!(
			key.prepared.to_vec(),
			verifier::prepare_key(BASIC.vk, MAX_PUBLIC_INPUTS).unwrap()
		);
		assert_eq!(
			last_event(),
			Event::KeyRegistered {
				key_id: id,
				owner: Some(ALICE),
				deposit,
				public_inputs: BASIC.public_inputs,
				nullifier_input: Some(BASIC.nullifier_input),
				consumer: KeyConsumer::Open,
			}
			.into()
		);
	});
}

#[test]
fn register_key_refusals() {
	test(|| {
		register(ALICE, &BASIC);
		let open = KeyConsumer::Open;
		assert_noop!(
			ZkVerifier::register_key(
				RuntimeOrigin::signed(BOB),
				key_bytes(BASIC.vk),
				Some(BASIC.nullifier_input),
				open
			),
			Error::<Test>::KeyAlreadyRegistered
		);
		assert_noop!(
			ZkVerifier::register_key(
				RuntimeOrigin::signed(BOB),
				key_bytes(ENHANCED.vk),
				Some(ENHANCED.public_inputs),
				open
			),
			Error::<Test>::NullifierInputOutOfRange
		);
		assert_noop!(
			ZkVerifier::register_key(
				RuntimeOrigin::signed(PAUPER),
				key_bytes(ENHANCED.vk),
				None,
				open
			),
			Error::<Test>::InsufficientDeposit
		);
		assert_noop!(
			ZkVerifier::register_key(RuntimeOrigin::root(), key_bytes(ENHANCED.vk), None, open),
			DispatchError::BadOrigin
		);
	});
}

fn assert_key_refused(key: &[u8], error: Error<Test>) {
	assert_noop!(
		ZkVerifier::register_key(
			RuntimeOrigin::signed(ALICE),
			key_bytes(key),
			None,
			KeyConsumer::Open
		),
		error
	);
}

#[test]
fn a_key_with_gamma_equal_to_delta_is_refused() {
	test(|| {
		let mut key = BASIC.vk.to_vec();
		key[KEY_GAMMA..KEY_DELTA].copy_from_slice(&BASIC.vk[KEY_DELTA..KEY_COUNT]);
		assert_key_refused(&key, Error::<Test>::GammaEqualsDelta);
	});
}

#[test]
fn a_key_without_phase_two_is_refused() {
	test(|| {
		let mut key = BASIC.vk.to_vec();
		key[KEY_DELTA..KEY_COUNT].copy_from_slice(&g2_bytes(&G2Affine::generator()));
		assert_key_refused(&key, Error::<Test>::DeltaIsGenerator);
	});
}

#[test]
fn a_key_with_invalid_points_is_refused() {
	test(|| {
		let mut off_curve = BASIC.vk.to_vec();
		off_curve[KEY_ALPHA] ^= 1;
		assert_key_refused(&off_curve, Error::<Test>::KeyPointNotOnCurve);

		let mut outside = BASIC.vk.to_vec();
		outside[KEY_DELTA..KEY_COUNT].copy_from_slice(&g2_bytes(&g2_outside_subgroup()));
		assert_key_refused(&outside, Error::<Test>::KeyPointNotInSubgroup);

		let mut infinity = BASIC.vk.to_vec();
		infinity[KEY_GAMMA..KEY_DELTA].copy_from_slice(&g2_bytes(&G2Affine::zero()));
		assert_key_refused(&infinity, Error::<Test>::KeyPointAtInfinity);

		// x of alpha set to the base modulus: not a canonical coordinate.
		let mut not_canonical = BASIC.vk.to_vec();
		not_canonical[KEY_ALPHA..KEY_ALPHA + 32].copy_from_slice(&Fq::MODULUS.to_bytes_le());
		assert_key_refused(&not_canonical, Error::<Test>::MalformedKey);

		assert_key_refused(&BASIC.vk[..BASIC.vk.len() - 1], Error::<Test>::MalformedKey);
	});
}

#[test]
fn a_key_with_too_many_inputs_is_refused() {
	test(|| {
		// A key one input over the bound does not even fit the call.
		let too_big = synthetic_key(MAX_PUBLIC_INPUTS + 1);
		assert!(KeyBytes::<Test>::try_from(too_big.clone()).is_err());
		// A key whose IC count claims more inputs than allowed is refused before anything is
		// read or allocated.
		let mut claims_more = BASIC.vk.to_vec();
		claims_more[KEY_COUNT..KEY_COUNT + 8]
			.copy_from_slice(&u64::from(MAX_PUBLIC_INPUTS + 2).to_le_bytes());
		assert_key_refused(&claims_more, Error::<Test>::TooManyPublicInputs);
	});
}

#[test]
fn governance_registers_keys_for_everyone_without_a_deposit() {
	test(|| {
		assert_noop!(
			ZkVerifier::register_key_for_everyone(
				RuntimeOrigin::signed(STRANGER),
				key_bytes(BASIC.vk),
				Some(BASIC.nullifier_input),
				KeyConsumer::Open
			),
			DispatchError::BadOrigin
		);
		assert_ok!(ZkVerifier::register_key_for_everyone(
			RuntimeOrigin::signed(COUNCIL),
			key_bytes(BASIC.vk),
			Some(BASIC.nullifier_input),
			KeyConsumer::Open
		));
		let id = open_id(BASIC.vk, Some(BASIC.nullifier_input));
		assert_eq!(held(COUNCIL), 0);
		assert_eq!(Keys::<Test>::get(id).unwrap().owner, None);
		assert_ok!(verify(id, BASIC_JOB7.proof, &BASIC_JOB7.inputs()));
		// Only governance can remove it.
		assert_noop!(
			ZkVerifier::unregister_key(RuntimeOrigin::signed(STRANGER), id),
			Error::<Test>::NotKeyOwner
		);
		assert_ok!(ZkVerifier::unregister_key(RuntimeOrigin::root(), id));
		assert_eq!(
			last_event(),
			Event::KeyUnregistered {
				key_id: id,
				owner: None,
				released: 0,
				burned: 0
			}
			.into()
		);
	});
}

#[test]
fn unregister_returns_the_deposit_and_refuses_strangers() {
	test(|| {
		let id = register(ALICE, &BASIC);
		let deposit = deposit_of(BASIC.vk);
		assert_noop!(
			ZkVerifier::unregister_key(RuntimeOrigin::signed(STRANGER), id),
			Error::<Test>::NotKeyOwner
		);
		assert_noop!(
			ZkVerifier::unregister_key(RuntimeOrigin::signed(ALICE), [0; 32]),
			Error::<Test>::UnknownKey
		);
		ZkVerifier::do_try_state().unwrap();
		assert_ok!(ZkVerifier::unregister_key(RuntimeOrigin::signed(ALICE), id));
		assert_eq!(held(ALICE), 0);
		assert_eq!(Balances::balance(&ALICE), INITIAL);
		assert!(Keys::<Test>::get(id).is_none());
		assert_eq!(
			last_event(),
			Event::KeyUnregistered {
				key_id: id,
				owner: Some(ALICE),
				released: deposit,
				burned: 0
			}
			.into()
		);
		assert_noop!(
			verify(id, BASIC_JOB7.proof, &BASIC_JOB7.inputs()),
			Error::<Test>::UnknownKey
		);
	});
}

#[test]
fn governance_may_unregister_any_key_and_the_owner_gets_the_deposit() {
	test(|| {
		let id = register(ALICE, &ENHANCED);
		assert_ok!(ZkVerifier::unregister_key(
			RuntimeOrigin::signed(COUNCIL),
			id
		));
		assert_eq!(held(ALICE), 0);
		assert_eq!(Balances::balance(&ALICE), INITIAL);
	});
}

#[test]
fn recorded_nullifiers_are_paid_for_and_outlive_the_key() {
	test(|| {
		let id = register(ALICE, &BASIC);
		let deposit = deposit_of(BASIC.vk);
		assert_ok!(verify(id, BASIC_JOB7.proof, &BASIC_JOB7.inputs()));
		assert_ok!(verify(id, BASIC_JOB8.proof, &BASIC_JOB8.inputs()));
		let issuance = Balances::total_issuance();
		assert_ok!(ZkVerifier::unregister_key(RuntimeOrigin::signed(ALICE), id));
		let burned = 2 * NULLIFIER_DEPOSIT;
		assert_eq!(
			last_event(),
			Event::KeyUnregistered {
				key_id: id,
				owner: Some(ALICE),
				released: deposit - burned,
				burned,
			}
			.into()
		);
		assert_eq!(Balances::balance(&ALICE), INITIAL - burned);
		assert_eq!(Balances::total_issuance(), issuance - burned);
		assert_eq!(NullifierCount::<Test>::get(id), 2);
		ZkVerifier::do_try_state().unwrap();

		// Registering the same key again cannot replay what it proved before; its new
		// registration pays only for what it records itself.
		register(BOB, &BASIC);
		assert_eq!(Keys::<Test>::get(id).unwrap().nullifiers_at_registration, 2);
		assert_noop!(
			verify(id, BASIC_JOB7.proof, &BASIC_JOB7.inputs()),
			Error::<Test>::NullifierAlreadyUsed
		);
		assert_ok!(ZkVerifier::unregister_key(RuntimeOrigin::signed(BOB), id));
		assert_eq!(Balances::balance(&BOB), INITIAL);
	});
}

// ---- proofs ----

#[test]
fn a_valid_snarkjs_proof_passes_and_records_its_nullifier() {
	test(|| {
		let id = register(ALICE, &BASIC);
		let public = BASIC_JOB7.inputs();
		assert_ok!(verify(id, BASIC_JOB7.proof, &public));
		let nullifier = nullifier_of(&BASIC, &BASIC_JOB7);
		assert_eq!(
			Nullifiers::<Test>::get((id, OPEN_DOMAIN, nullifier)),
			Some(1)
		);
		assert_eq!(NullifierCount::<Test>::get(id), 1);
		assert_eq!(
			last_event(),
			Event::ProofVerified {
				key_id: id,
				consumer: KeyConsumer::Open,
				nullifier: Some(nullifier)
			}
			.into()
		);
	});
}

#[test]
fn an_enhanced_receipt_proof_passes() {
	test(|| {
		let id = register(ALICE, &ENHANCED);
		assert_ok!(verify(id, ENHANCED_JOB7.proof, &ENHANCED_JOB7.inputs()));
		// Another price (input 5) than the one proven is another statement.
		let mut other_price = ENHANCED_JOB7.inputs();
		other_price[5][0] ^= 1;
		// a fresh nullifier, so the pairing check is what refuses
		other_price[ENHANCED.nullifier_input as usize] = [7; 32];
		assert_noop!(
			verify(id, ENHANCED_JOB7.proof, &other_price),
			Error::<Test>::ProofRejected
		);
	});
}

#[test]
fn a_changed_public_input_is_refused() {
	test(|| {
		let id = register(ALICE, &BASIC);
		let mut public = BASIC_JOB7.inputs();
		public[3][0] ^= 1; // units
		assert_noop!(
			verify(id, BASIC_JOB7.proof, &public),
			Error::<Test>::ProofRejected
		);
		// The proof of another job under the same key proves other inputs.
		assert_noop!(
			verify(id, BASIC_JOB8.proof, &BASIC_JOB7.inputs()),
			Error::<Test>::ProofRejected
		);
	});
}

#[test]
fn a_swapped_coordinate_is_refused() {
	test(|| {
		let id = register(ALICE, &BASIC);
		// x.c0 and x.c1 of B swapped, the classic mistake with snarkjs's G2 order.
		let mut proof = BASIC_JOB7.proof.to_vec();
		let (x_c0, x_c1) = (PROOF_B, PROOF_B + 32);
		let c0: Vec<u8> = proof[x_c0..x_c0 + 32].to_vec();
		proof.copy_within(x_c1..x_c1 + 32, x_c0);
		proof[x_c1..x_c1 + 32].copy_from_slice(&c0);
		assert_noop!(
			verify(id, &proof, &BASIC_JOB7.inputs()),
			Error::<Test>::ProofG2NotOnCurve
		);
	});
}

#[test]
fn a_point_off_the_curve_is_refused() {
	test(|| {
		let id = register(ALICE, &BASIC);
		let mut proof = BASIC_JOB7.proof.to_vec();
		proof[PROOF_A + 32] ^= 1; // A.y
		assert_noop!(
			verify(id, &proof, &BASIC_JOB7.inputs()),
			Error::<Test>::ProofG1NotOnCurve
		);
	});
}

#[test]
fn a_proof_point_outside_the_subgroup_or_not_canonical_is_refused() {
	test(|| {
		let id = register(ALICE, &BASIC);
		let mut proof = BASIC_JOB7.proof.to_vec();
		proof[PROOF_B..PROOF_B + G2].copy_from_slice(&g2_bytes(&g2_outside_subgroup()));
		assert_noop!(
			verify(id, &proof, &BASIC_JOB7.inputs()),
			Error::<Test>::ProofG2NotInSubgroup
		);

		let mut proof = BASIC_JOB7.proof.to_vec();
		proof[PROOF_A..PROOF_A + 32].copy_from_slice(&Fq::MODULUS.to_bytes_le());
		assert_noop!(
			verify(id, &proof, &BASIC_JOB7.inputs()),
			Error::<Test>::MalformedProof
		);
		assert_noop!(
			verify(id, &BASIC_JOB7.proof[..255], &BASIC_JOB7.inputs()),
			Error::<Test>::MalformedProof
		);
	});
}

#[test]
fn an_input_plus_the_modulus_is_refused_not_reduced() {
	test(|| {
		let id = register(ALICE, &BASIC);
		let mut public = BASIC_JOB7.inputs();
		public[2] = plus_modulus(&public[2]);
		assert_noop!(
			verify(id, BASIC_JOB7.proof, &public),
			Error::<Test>::InputNotCanonical
		);
		// The nullifier input too: the same statement must not pass under a second encoding.
		let mut public = BASIC_JOB7.inputs();
		let n = BASIC.nullifier_input as usize;
		public[n] = plus_modulus(&public[n]);
		assert_noop!(
			verify(id, BASIC_JOB7.proof, &public),
			Error::<Test>::InputNotCanonical
		);
	});
}

#[test]
fn a_replayed_nullifier_is_refused_even_with_other_proof_bytes() {
	test(|| {
		let id = register(ALICE, &BASIC);
		assert_ok!(verify(id, BASIC_JOB7.proof, &BASIC_JOB7.inputs()));
		assert_noop!(
			verify(id, BASIC_JOB7.proof, &BASIC_JOB7.inputs()),
			Error::<Test>::NullifierAlreadyUsed
		);
		// A re-randomised proof is valid (the verifier accepts it) but repeats the nullifier.
		let mauled = maul(BASIC_JOB7.proof);
		assert_ne!(mauled.as_slice(), BASIC_JOB7.proof);
		let prepared = verifier::prepare_key(BASIC.vk, MAX_PUBLIC_INPUTS).unwrap();
		assert_eq!(
			PureBackend::verify(&prepared, &mauled, &BASIC_JOB7.inputs()),
			Ok(())
		);
		assert_noop!(
			verify(id, &mauled, &BASIC_JOB7.inputs()),
			Error::<Test>::NullifierAlreadyUsed
		);
	});
}

#[test]
fn wrong_input_counts_and_unknown_keys_are_refused() {
	test(|| {
		let id = register(ALICE, &BASIC);
		let public = BASIC_JOB7.inputs();
		assert_noop!(
			verify(id, BASIC_JOB7.proof, &public[..3]),
			Error::<Test>::WrongInputCount
		);
		let mut six = public.clone();
		six.push([0; 32]);
		assert_noop!(
			verify(id, BASIC_JOB7.proof, &six),
			Error::<Test>::WrongInputCount
		);
		assert_noop!(
			verify([1; 32], BASIC_JOB7.proof, &public),
			Error::<Test>::UnknownKey
		);
		assert_noop!(
			ZkVerifier::verify_proof(
				RuntimeOrigin::none(),
				id,
				proof_bytes(BASIC_JOB7.proof),
				inputs(&public)
			),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn a_key_without_a_nullifier_accepts_a_statement_repeatedly() {
	test(|| {
		assert_ok!(ZkVerifier::register_key(
			RuntimeOrigin::signed(ALICE),
			key_bytes(BASIC.vk),
			None,
			KeyConsumer::Open
		));
		let id = open_id(BASIC.vk, None);
		assert_ok!(verify(id, BASIC_JOB7.proof, &BASIC_JOB7.inputs()));
		assert_ok!(verify(id, BASIC_JOB7.proof, &BASIC_JOB7.inputs()));
		assert_eq!(NullifierCount::<Test>::get(id), 0);
		assert_eq!(
			last_event(),
			Event::ProofVerified {
				key_id: id,
				consumer: KeyConsumer::Open,
				nullifier: None
			}
			.into()
		);
	});
}

#[test]
fn a_key_stops_at_its_nullifier_capacity() {
	test(|| {
		let (key, statements) = synthetic_statements(2, MAX_NULLIFIERS + 1);
		assert_ok!(ZkVerifier::register_key(
			RuntimeOrigin::signed(ALICE),
			key_bytes(&key),
			Some(0),
			KeyConsumer::Open
		));
		let id = open_id(&key, Some(0));
		for (proof, public) in &statements[..MAX_NULLIFIERS as usize] {
			assert_ok!(verify(id, proof, public));
		}
		let (proof, public) = &statements[MAX_NULLIFIERS as usize];
		assert_noop!(
			verify(id, proof, public),
			Error::<Test>::NullifierCapacityReached
		);
	});
}

// ---- batches ----

fn batch(
	items: &[(&[u8], Vec<[u8; 32]>)],
) -> BoundedVec<(ProofBytes, PublicInputs<Test>), frame_support::traits::ConstU32<MAX_BATCH>> {
	items
		.iter()
		.map(|(proof, public)| (proof_bytes(proof), inputs(public)))
		.collect::<Vec<_>>()
		.try_into()
		.unwrap()
}

#[test]
fn a_batch_verifies_every_proof_and_records_every_nullifier() {
	test(|| {
		let id = register(ALICE, &BASIC);
		assert_ok!(ZkVerifier::verify_batch(
			RuntimeOrigin::signed(BOB),
			id,
			batch(&[
				(BASIC_JOB7.proof, BASIC_JOB7.inputs()),
				(BASIC_JOB8.proof, BASIC_JOB8.inputs())
			])
		));
		assert_eq!(NullifierCount::<Test>::get(id), 2);
		assert!(Nullifiers::<Test>::contains_key((
			id,
			OPEN_DOMAIN,
			nullifier_of(&BASIC, &BASIC_JOB8)
		)));
		assert_eq!(
			last_event(),
			Event::BatchVerified {
				key_id: id,
				proofs: 2
			}
			.into()
		);
	});
}

#[test]
fn a_batch_with_one_bad_proof_changes_nothing() {
	test(|| {
		let id = register(ALICE, &BASIC);
		let mut bad = BASIC_JOB8.inputs();
		bad[3][0] ^= 1;
		assert_noop!(
			ZkVerifier::verify_batch(
				RuntimeOrigin::signed(BOB),
				id,
				batch(&[
					(BASIC_JOB7.proof, BASIC_JOB7.inputs()),
					(BASIC_JOB8.proof, bad)
				])
			),
			Error::<Test>::ProofRejected
		);
		// The same statement twice in one batch is a replay.
		assert_noop!(
			ZkVerifier::verify_batch(
				RuntimeOrigin::signed(BOB),
				id,
				batch(&[
					(BASIC_JOB7.proof, BASIC_JOB7.inputs()),
					(BASIC_JOB7.proof, BASIC_JOB7.inputs())
				])
			),
			Error::<Test>::NullifierAlreadyUsed
		);
		assert_noop!(
			ZkVerifier::verify_batch(RuntimeOrigin::signed(BOB), id, batch(&[])),
			Error::<Test>::EmptyBatch
		);
		assert_noop!(
			ZkVerifier::verify_batch(
				RuntimeOrigin::none(),
				id,
				batch(&[(BASIC_JOB7.proof, BASIC_JOB7.inputs())])
			),
			DispatchError::BadOrigin
		);
	});
}

// ---- the trait other pallets use ----

#[test]
fn proof_verifier_trait_verifies_and_records_in_the_consumers_domain() {
	test(|| {
		let id = register_for(KeyConsumer::Escrow, &ENHANCED);
		let public = ENHANCED_JOB7.inputs();
		let verify = |scope, inputs: &[[u8; 32]]| {
			<ZkVerifier as ProofVerifier>::verify(
				KeyConsumer::Escrow,
				&id,
				scope,
				ENHANCED_JOB7.proof,
				inputs,
			)
		};
		let (domain_a, domain_b) = (
			NullifierScope::Domain([1; 32]),
			NullifierScope::Domain([2; 32]),
		);
		assert_ok!(verify(domain_a, &public));
		assert_eq!(
			verify(domain_a, &public),
			Err(Error::<Test>::NullifierAlreadyUsed.into())
		);
		// Another domain of the same key has its own nullifiers.
		assert_ok!(verify(domain_b, &public));
		assert_eq!(NullifierCount::<Test>::get(id), 2);
		// Too many inputs through the trait (no call bound there).
		let many = vec![[0u8; 32]; 100];
		assert_eq!(
			verify(NullifierScope::Domain([3; 32]), &many),
			Err(Error::<Test>::WrongInputCount.into())
		);
		assert!(
			<ZkVerifier as ProofVerifier>::verify_weight(8).ref_time()
				> <ZkVerifier as ProofVerifier>::verify_weight(1).ref_time()
		);
	});
}

#[test]
fn a_consumer_whose_state_is_the_uniqueness_records_nothing_and_meets_no_ceiling() {
	test(|| {
		let id = register_for(KeyConsumer::Receipts, &BASIC);
		for _ in 0..MAX_NULLIFIERS + 2 {
			assert_ok!(<ZkVerifier as ProofVerifier>::verify(
				KeyConsumer::Receipts,
				&id,
				NullifierScope::ConsumerState,
				BASIC_JOB7.proof,
				&BASIC_JOB7.inputs(),
			));
		}
		assert_eq!(NullifierCount::<Test>::get(id), 0);
		assert_eq!(
			last_event(),
			Event::ProofVerified {
				key_id: id,
				consumer: KeyConsumer::Receipts,
				nullifier: None
			}
			.into()
		);
	});
}

/// The attack of issue 16: a watcher copies a pending private receipt's public inputs into the
/// open `verify_proof` (or exhausts the key's nullifiers with a batch) to make the job
/// unsettleable privately. Keys registered for a pallet are not open.
#[test]
fn open_calls_cannot_touch_a_key_a_pallet_depends_on() {
	test(|| {
		let receipts = register_for(KeyConsumer::Receipts, &BASIC);
		assert_noop!(
			verify(receipts, BASIC_JOB7.proof, &BASIC_JOB7.inputs()),
			Error::<Test>::KeyServesAnotherConsumer
		);
		assert_noop!(
			ZkVerifier::verify_batch(
				RuntimeOrigin::signed(BOB),
				receipts,
				batch(&[(BASIC_JOB7.proof, BASIC_JOB7.inputs())])
			),
			Error::<Test>::KeyServesAnotherConsumer
		);
		// Nor can one pallet use another's key, or a pallet an open key.
		let scope = NullifierScope::ConsumerState;
		assert_eq!(
			<ZkVerifier as ProofVerifier>::verify(
				KeyConsumer::Escrow,
				&receipts,
				scope,
				BASIC_JOB7.proof,
				&BASIC_JOB7.inputs()
			),
			Err(Error::<Test>::KeyServesAnotherConsumer.into())
		);
		let open = register(ALICE, &BASIC);
		assert_ne!(open, receipts, "the id covers the consumer");
		assert_eq!(
			<ZkVerifier as ProofVerifier>::verify(
				KeyConsumer::Receipts,
				&open,
				scope,
				BASIC_JOB7.proof,
				&BASIC_JOB7.inputs()
			),
			Err(Error::<Test>::KeyServesAnotherConsumer.into())
		);
		// Spending the open key's nullifier leaves the pallet's key as it was.
		assert_ok!(verify(open, BASIC_JOB7.proof, &BASIC_JOB7.inputs()));
		assert_ok!(<ZkVerifier as ProofVerifier>::verify(
			KeyConsumer::Receipts,
			&receipts,
			scope,
			BASIC_JOB7.proof,
			&BASIC_JOB7.inputs()
		));
	});
}

#[test]
fn a_pinned_key_stays_until_its_last_pin_is_released() {
	test(|| {
		assert_ok!(ZkVerifier::register_key(
			RuntimeOrigin::signed(ALICE),
			key_bytes(ENHANCED.vk),
			None,
			KeyConsumer::Escrow
		));
		let id =
			ZkVerifier::id_of_key(ENHANCED.vk, None, KeyConsumer::Escrow).expect("a valid key");
		let pin = |consumer, inputs| <ZkVerifier as ProofVerifier>::pin_key(consumer, &id, inputs);
		assert_eq!(
			pin(KeyConsumer::Receipts, None),
			Err(Error::<Test>::KeyServesAnotherConsumer.into())
		);
		assert_eq!(
			pin(KeyConsumer::Escrow, Some(ENHANCED.public_inputs + 1)),
			Err(Error::<Test>::WrongInputCount.into())
		);
		assert_eq!(
			<ZkVerifier as ProofVerifier>::pin_key(KeyConsumer::Escrow, &[9; 32], None),
			Err(Error::<Test>::UnknownKey.into())
		);
		assert_ok!(pin(KeyConsumer::Escrow, Some(ENHANCED.public_inputs)));
		assert_ok!(pin(KeyConsumer::Escrow, None));
		assert_eq!(
			last_event(),
			Event::KeyPinned {
				key_id: id,
				consumer: KeyConsumer::Escrow,
				pins: 2
			}
			.into()
		);
		// The depositor who owns the key cannot pull it from under its own escrow.
		assert_noop!(
			ZkVerifier::unregister_key(RuntimeOrigin::signed(ALICE), id),
			Error::<Test>::KeyInUse
		);
		<ZkVerifier as ProofVerifier>::unpin_key(&id);
		assert_noop!(
			ZkVerifier::unregister_key(RuntimeOrigin::signed(ALICE), id),
			Error::<Test>::KeyInUse
		);
		<ZkVerifier as ProofVerifier>::unpin_key(&id);
		assert_eq!(KeyPins::<Test>::get(id), 0);
		assert_ok!(ZkVerifier::unregister_key(RuntimeOrigin::signed(ALICE), id));
		assert_eq!(held(ALICE), 0);

		// Governance may remove a pinned key; the pins outlive it.
		let id = register_for(KeyConsumer::Receipts, &BASIC);
		assert_ok!(<ZkVerifier as ProofVerifier>::pin_key(
			KeyConsumer::Receipts,
			&id,
			Some(BASIC.public_inputs)
		));
		assert_ok!(ZkVerifier::unregister_key(RuntimeOrigin::root(), id));
		assert_eq!(KeyPins::<Test>::get(id), 1);
	});
}

// ---- canonical keys and proofs ----

/// Sets arkworks' "y is the larger root" flag on the point whose last byte is at `last`: the
/// uncompressed reader ignores it, so the bytes decode to the same key.
fn flip_ignored_flag(bytes: &mut [u8], last: usize) {
	bytes[last] ^= 0x80;
}

#[test]
fn one_key_has_one_id_per_use() {
	test(|| {
		// Before: flag bits the reader ignores gave the same key thousands of ids, each with a
		// fresh nullifier space.
		let mut flagged = BASIC.vk.to_vec();
		flip_ignored_flag(&mut flagged, KEY_ALPHA + G1 - 1);
		assert_eq!(
			verifier::prepare_key_under(&flagged, MAX_PUBLIC_INPUTS, verifier::Rules::Lenient),
			verifier::prepare_key(BASIC.vk, MAX_PUBLIC_INPUTS),
			"the same key to the lenient reader"
		);
		assert_key_refused(&flagged, Error::<Test>::KeyNotCanonical);
		let mut flagged_ic = BASIC.vk.to_vec();
		let last = flagged_ic.len() - 1;
		flip_ignored_flag(&mut flagged_ic, last);
		assert_key_refused(&flagged_ic, Error::<Test>::KeyNotCanonical);

		// The id covers the nullifier input and the consumer: the same bytes with another
		// nullifier input are another key, with their own nullifiers.
		let with_0 = open_id(BASIC.vk, Some(0));
		let with_1 = open_id(BASIC.vk, Some(1));
		let without = open_id(BASIC.vk, None);
		assert!(with_0 != with_1 && with_1 != without && with_0 != without);
		assert_ne!(with_0, sp_io::hashing::blake2_256(BASIC.vk));

		// (-alpha, -beta) is another encoding of the same verification (e(-a, -b) = e(a, b)):
		// the id covers the prepared key, so it is the same key.
		register(ALICE, &BASIC);
		let mut negated = BASIC.vk.to_vec();
		let alpha = G1Affine::deserialize_uncompressed(&BASIC.vk[KEY_ALPHA..G1]).unwrap();
		let beta = G2Affine::deserialize_uncompressed(&BASIC.vk[G1..G1 + G2]).unwrap();
		let mut bytes = Vec::new();
		(-alpha).serialize_uncompressed(&mut bytes).unwrap();
		(-beta).serialize_uncompressed(&mut bytes).unwrap();
		negated[..G1 + G2].copy_from_slice(&bytes);
		assert_ne!(negated.as_slice(), BASIC.vk);
		assert_noop!(
			ZkVerifier::register_key(
				RuntimeOrigin::signed(BOB),
				key_bytes(&negated),
				Some(BASIC.nullifier_input),
				KeyConsumer::Open
			),
			Error::<Test>::KeyAlreadyRegistered
		);
	});
}

#[test]
fn points_at_infinity_are_refused_in_keys_and_proofs() {
	test(|| {
		// An IC point at infinity: its input is bound to nothing (a proof holds for every value
		// of it, the nullifier's for instance).
		let mut unbound = BASIC.vk.to_vec();
		let ic_1 = KEY_COUNT + 8 + G1;
		unbound[ic_1..ic_1 + G1].copy_from_slice(
			&verifier::encode_proof(&G1Affine::zero(), &G2Affine::generator(), &G1Affine::zero())
				[..G1],
		);
		assert_key_refused(&unbound, Error::<Test>::KeyInputAtInfinity);
		assert!(
			verifier::prepare_key_under(&unbound, MAX_PUBLIC_INPUTS, verifier::Rules::Lenient)
				.is_ok(),
			"version 1 of the host function accepted it"
		);

		let id = register(ALICE, &BASIC);
		let mut a_at_infinity = BASIC_JOB7.proof.to_vec();
		a_at_infinity[PROOF_A..PROOF_A + G1].copy_from_slice(
			&verifier::encode_proof(&G1Affine::zero(), &G2Affine::generator(), &G1Affine::zero())
				[..G1],
		);
		assert_noop!(
			verify(id, &a_at_infinity, &BASIC_JOB7.inputs()),
			Error::<Test>::ProofPointAtInfinity
		);
		// Infinity flagged on a point that keeps its coordinates: not its canonical bytes.
		let mut flagged_infinity = BASIC_JOB7.proof.to_vec();
		let last = PROOF_A + G1 - 1;
		flagged_infinity[last] = (flagged_infinity[last] & 0x3F) | 0x40;
		assert_noop!(
			verify(id, &flagged_infinity, &BASIC_JOB7.inputs()),
			Error::<Test>::ProofNotCanonical
		);
		let mut flagged = BASIC_JOB7.proof.to_vec();
		flip_ignored_flag(&mut flagged, PROOF_B + G2 - 1);
		assert_noop!(
			verify(id, &flagged, &BASIC_JOB7.inputs()),
			Error::<Test>::ProofNotCanonical
		);
		let prepared = verifier::prepare_key(BASIC.vk, MAX_PUBLIC_INPUTS).unwrap();
		assert_eq!(
			verifier::verify_under(
				&prepared,
				&flagged,
				BASIC_JOB7.public,
				verifier::Rules::Lenient
			),
			Ok(()),
			"version 1 read the flagged proof as the same proof"
		);
	});
}

// ---- timings ----

/// Native timings: `cargo test --release -p pallet-zk-verifier --features runtime-benchmarks
/// -- --ignored native_timings --nocapture`.
#[test]
#[ignore]
fn native_timings() {
	use std::time::Instant;
	// The best of several batches: the machine is shared, and the minimum is the least noisy.
	const ROUNDS: u32 = 5;
	const BATCHES: u32 = 30;
	let time = |prepared: &[u8], proof: &[u8], public: &[[u8; 32]]| {
		(0..BATCHES)
			.map(|_| {
				let start = Instant::now();
				for _ in 0..ROUNDS {
					verifier::verify(prepared, proof, public.as_flattened()).unwrap();
				}
				start.elapsed().as_secs_f64() * 1e3 / f64::from(ROUNDS)
			})
			.fold(f64::INFINITY, f64::min)
	};
	let prepared = verifier::prepare_key(BASIC.vk, MAX_PUBLIC_INPUTS).unwrap();
	// Warm up (CPU clock, caches) before anything is timed.
	let warm_up = Instant::now();
	while warm_up.elapsed().as_secs_f64() < 1.0 {
		verifier::verify(&prepared, BASIC_JOB7.proof, BASIC_JOB7.public).unwrap();
	}
	println!(
		"snarkjs receipt_basic (4 inputs): {:.3} ms/proof",
		time(&prepared, BASIC_JOB7.proof, &BASIC_JOB7.inputs())
	);
	let prepared = verifier::prepare_key(ENHANCED.vk, MAX_PUBLIC_INPUTS).unwrap();
	println!(
		"snarkjs receipt_enhanced (6 inputs): {:.3} ms/proof",
		time(&prepared, ENHANCED_JOB7.proof, &ENHANCED_JOB7.inputs())
	);
	let mut points = Vec::new();
	for n in [0u32, 1, 4, 8, 16, 32] {
		let (key, statements) = synthetic_statements(n, 1);
		let prepared = verifier::prepare_key(&key, 32).unwrap();
		let ms = time(&prepared, &statements[0].0, &statements[0].1);
		println!("synthetic, {n:2} full-width inputs: {ms:.3} ms/proof");
		points.push((f64::from(n), ms));
	}
	let (first, last) = (points[0], points[points.len() - 1]);
	println!(
		"per public input: {:.4} ms",
		(last.1 - first.1) / (last.0 - first.0)
	);
	let start = Instant::now();
	for _ in 0..10 {
		verifier::prepare_key(ENHANCED.vk, MAX_PUBLIC_INPUTS).unwrap();
	}
	println!(
		"prepare_key (6 inputs): {:.3} ms",
		start.elapsed().as_secs_f64() * 1e3 / 10.0
	);
}
