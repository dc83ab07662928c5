pragma circom 2.1.0;

// Pieces shared by the AITBC private-receipt circuits.
//
// Field elements that stand for 32-byte hashes (model, input, result, salt) are the 32 bytes
// truncated to their first 31 bytes, read little-endian, so every one of them is below the BN254
// scalar modulus and the chain can derive them without reducing anything.
//
// There are no nullifiers: a job settles once, so the job's own state on chain is what stops a
// second settlement, and the keys of these circuits are registered without a nullifier input.

include "poseidon.circom";
include "bitify.circom";
include "comparators.circom";

// The commitment a client publishes when it calls a job: it hides what is computed (model and
// input) behind a salt that the client shares with the job's operators off-chain.
template JobCommitment() {
    signal input job_id;
    signal input model_hash;
    signal input input_hash;
    signal input salt;
    signal output out;

    component h = Poseidon(4);
    h.inputs[0] <== job_id;
    h.inputs[1] <== model_hash;
    h.inputs[2] <== input_hash;
    h.inputs[3] <== salt;
    out <== h.out;
}

// The output hash of a private receipt: the result digest bound to the job (its id and the
// opening of its commitment) and salted with the job's salt. Without the salt, anyone who guesses
// the model and the input cannot test guesses of the result against it; with the job id, the
// same result of another job gives another output hash.
template OutputHash() {
    signal input job_id;
    signal input model_hash;
    signal input input_hash;
    signal input result_digest;
    signal input salt;
    signal output out;

    component h = Poseidon(5);
    h.inputs[0] <== job_id;
    h.inputs[1] <== model_hash;
    h.inputs[2] <== input_hash;
    h.inputs[3] <== result_digest;
    h.inputs[4] <== salt;
    out <== h.out;
}

// The rate commitment a client publishes with an `enhanced` job: the unit price it agrees to pay,
// hidden behind the job's salt.
template RateCommitment() {
    signal input job_id;
    signal input unit_price;
    signal input salt;
    signal output out;

    component h = Poseidon(3);
    h.inputs[0] <== job_id;
    h.inputs[1] <== unit_price;
    h.inputs[2] <== salt;
    out <== h.out;
}

// a <= b for values proven to fit in `bits` bits (Num2Bits first: LessEqThan alone is unsound on
// values wider than its bit size).
template BoundedLessEq(bits) {
    signal input a;
    signal input b;

    component a_bits = Num2Bits(bits);
    a_bits.in <== a;
    component b_bits = Num2Bits(bits);
    b_bits.in <== b;

    component le = LessEqThan(bits);
    le.in[0] <== a;
    le.in[1] <== b;
    le.out === 1;
}
