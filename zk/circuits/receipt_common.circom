pragma circom 2.1.0;

// Pieces shared by the AITBC private-receipt circuits.
//
// Field elements that stand for 32-byte hashes (model, input, output) are the hash truncated to its
// first 31 bytes, read little-endian, so every one of them is below the BN254 scalar modulus and
// the chain can derive them without reducing anything.

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

// The output hash binds the result to the committed model and input: it can only be opened by
// someone who knows what the committed job computed.
template OutputHash() {
    signal input model_hash;
    signal input input_hash;
    signal input result_digest;
    signal output out;

    component h = Poseidon(3);
    h.inputs[0] <== model_hash;
    h.inputs[1] <== input_hash;
    h.inputs[2] <== result_digest;
    out <== h.out;
}

// One nullifier per job: whatever output or amounts a second proof claims, it repeats the
// nullifier, so a job settles privately at most once.
template JobNullifier() {
    signal input job_id;
    signal input salt;
    signal output out;

    component h = Poseidon(2);
    h.inputs[0] <== job_id;
    h.inputs[1] <== salt;
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
