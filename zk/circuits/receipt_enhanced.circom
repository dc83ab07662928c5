pragma circom 2.1.0;

// Privacy level `enhanced`: the computation and the amounts are hidden.
//
// Public inputs, in this order (the order snarkjs writes public.json):
//   0 job_id             the on-chain job id
//   1 job_commitment     Poseidon(job_id, model_hash, input_hash, salt), published with the job
//   2 output_hash        the receipt's output hash (31 bytes, little-endian)
//   3 max_units          the job's cap on compute units (from the chain)
//   4 price_cap          the job's cap on the total price (from the chain)
//   5 amount_commitment  Poseidon(units, price, amount_salt)
//   6 nullifier          Poseidon(job_id, salt): the verifying key names input 6 as its nullifier
//
// The proof says what the basic circuit says, and that the hidden units and price behind the
// amount commitment are within the job's caps (range-checked: units in 64 bits, price in 128 bits).

include "receipt_common.circom";

template ReceiptEnhanced() {
    signal input job_id;
    signal input job_commitment;
    signal input output_hash;
    signal input max_units;
    signal input price_cap;
    signal input amount_commitment;
    signal input nullifier;

    signal input model_hash;
    signal input input_hash;
    signal input salt;
    signal input result_digest;
    signal input units;
    signal input price;
    signal input amount_salt;

    component commitment = JobCommitment();
    commitment.job_id <== job_id;
    commitment.model_hash <== model_hash;
    commitment.input_hash <== input_hash;
    commitment.salt <== salt;
    commitment.out === job_commitment;

    component output_check = OutputHash();
    output_check.model_hash <== model_hash;
    output_check.input_hash <== input_hash;
    output_check.result_digest <== result_digest;
    output_check.out === output_hash;

    component amounts = Poseidon(3);
    amounts.inputs[0] <== units;
    amounts.inputs[1] <== price;
    amounts.inputs[2] <== amount_salt;
    amounts.out === amount_commitment;

    component units_in_cap = BoundedLessEq(64);
    units_in_cap.a <== units;
    units_in_cap.b <== max_units;

    component price_in_cap = BoundedLessEq(128);
    price_in_cap.a <== price;
    price_in_cap.b <== price_cap;

    component job_nullifier = JobNullifier();
    job_nullifier.job_id <== job_id;
    job_nullifier.salt <== salt;
    job_nullifier.out === nullifier;
}

component main {public [job_id, job_commitment, output_hash, max_units, price_cap, amount_commitment, nullifier]} = ReceiptEnhanced();
