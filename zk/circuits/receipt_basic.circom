pragma circom 2.1.0;

// Privacy level `basic`: what the job computes is hidden; the units and the price are public.
//
// Public inputs, in this order (the order snarkjs writes public.json; the chain derives them):
//   0 job_id          the on-chain job id
//   1 job_commitment  Poseidon(job_id, model_hash, input_hash, salt), published by the client
//                     with the job
//   2 output_hash     Poseidon(job_id, model_hash, input_hash, result_digest, salt), the
//                     receipt's output hash
//   3 units           compute units billed (proven below 2^64)
// Private: model_hash, input_hash, salt, result_digest (field elements of 32-byte values, see
// receipt_common.circom). No nullifier: the job settles once.
//
// What a valid proof shows: the prover knows an opening (model, input, salt) of the job's
// commitment, and the output hash commits to some result digest under that same opening and job
// id. So only someone the client gave the opening to can make the receipt, the receipt belongs
// to this job, and the output hash reveals nothing about model, input or result to anyone
// without the salt (not even to someone who guesses model and input).
//
// What it does NOT show: that the model was run on the input, or that the result digest is what
// it outputs (a Groth16 proof of this size cannot prove the computation: anyone holding the
// opening can bind any digest); that the units are what the work took (the operator claims them,
// and they are public; only their range is proven); anything about the 32nd byte of each hash
// (the field elements are the first 31 bytes). Disputes and the client's own check of the result
// against the output hash (it knows the salt) are what hold the operator to the computation.

include "receipt_common.circom";

template ReceiptBasic() {
    signal input job_id;
    signal input job_commitment;
    signal input output_hash;
    signal input units;

    signal input model_hash;
    signal input input_hash;
    signal input salt;
    signal input result_digest;

    component commitment = JobCommitment();
    commitment.job_id <== job_id;
    commitment.model_hash <== model_hash;
    commitment.input_hash <== input_hash;
    commitment.salt <== salt;
    commitment.out === job_commitment;

    component output_check = OutputHash();
    output_check.job_id <== job_id;
    output_check.model_hash <== model_hash;
    output_check.input_hash <== input_hash;
    output_check.result_digest <== result_digest;
    output_check.salt <== salt;
    output_check.out === output_hash;

    component units_bits = Num2Bits(64);
    units_bits.in <== units;
}

component main {public [job_id, job_commitment, output_hash, units]} = ReceiptBasic();
