// The compute market from a client library's point of view, through @polkadot/api and metadata
// alone: bond and register operators, request and approve a service, call jobs, submit their
// results, sign and submit compute receipts (which claim the payment), counter-sign them as the
// client (which settles them at once). Used by the end-to-end tests and by scripts/load.mjs.
//
// A job's lifecycle: Called → (services.submitResult) ResultSubmitted → (receipts.submitReceipt)
// Claimed → Settled, when the client accepts (receipts.accept / acceptMany, or a counter-signed
// receipt) or when the challenge window closes. The client may take the payment back with
// services.cancelJob once the service's jobTimeout passed without a result (or without a claim).

import { bnToU8a, stringToU8a, u8aConcat, u8aToHex } from '@polkadot/util';
import { blake2AsU8a, encodeAddress } from '@polkadot/util-crypto';

export const AIT = 10n ** 12n;
/** The GPU class of the genesis presets. */
export const GPU = 1;

/** Domain tag of a compute receipt's signed payload (primitives/src/receipt.rs). */
const RECEIPT_DOMAIN = stringToU8a('AITBC/compute-receipt/v1');
/** Domain tag of a client's acceptance of a receipt (its counter-signature). */
const ACCEPTANCE_DOMAIN = stringToU8a('AITBC/receipt-acceptance/v1');
/** The jobTimeout of the services the helpers request, in blocks, unless told otherwise. */
export const DEFAULT_JOB_TIMEOUT = 600;

/** `Section.Error: docs` for a dispatch error, decoded from metadata. */
export function describeDispatchError(api, dispatchError) {
  if (dispatchError.isModule) {
    const { section, name, docs } = api.registry.findMetaError(dispatchError.asModule);
    return `${section}.${name}: ${docs.join(' ')}`;
  }
  return dispatchError.toString();
}

/**
 * The events of `blockHash`. Retries when they fail to decode: @polkadot/api swaps its default
 * registry to the new metadata in place when a runtime upgrade is announced, so a read of the
 * upgrade block begun just before the swap decodes the old runtime's events with the new types.
 * A retry asks for the registry of the block's own runtime.
 */
export async function eventsAt(api, blockHash, attempts = 5) {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await (await api.at(blockHash)).query.system.events();
    } catch (error) {
      if (attempt >= attempts) throw error;
      await new Promise((r) => setTimeout(r, 500 * attempt));
    }
  }
}

/** The events of the extrinsic with hash `txHash` in `blockHash`, read again (see eventsAt). */
async function extrinsicEvents(api, blockHash, txHash) {
  const records = await eventsAt(api, blockHash);
  const { block } = await api.rpc.chain.getBlock(blockHash);
  const index = block.extrinsics.findIndex((x) => x.hash.eq(txHash));
  if (index < 0) throw new Error(`extrinsic ${txHash.toHex()} is not in block ${blockHash.toHex()}`);
  return records.filter(({ phase }) => phase.isApplyExtrinsic && phase.asApplyExtrinsic.eqn(index));
}

/**
 * Signs and sends `tx`; resolves when it is in a block (or finalized, with `{ finalized: true }`)
 * with { blockHash, events }; rejects with the pallet error's name and docs if it failed.
 */
export function submit(api, tx, signer, { finalized = false, nonce = -1 } = {}) {
  return new Promise((resolve, reject) => {
    let unsub = null;
    let handled = false;
    const stopWatching = () => {
      handled = true;
      if (unsub) unsub();
      unsub = null;
    };
    const conclude = (blockHash, events) => {
      for (const { event } of events) {
        if (api.events.system.ExtrinsicFailed.is(event)) {
          return reject(new Error(describeDispatchError(api, event.data[0])));
        }
        // A failed call inside a batch reports itself as an event, not as the dispatch error.
        if (api.events.utility.BatchInterrupted.is(event)) {
          return reject(new Error(`batch interrupted: ${describeDispatchError(api, event.data[1])}`));
        }
      }
      return resolve({ blockHash, events });
    };
    tx.signAndSend(signer, { nonce }, ({ status, events, internalError, txHash }) => {
      if (handled) return;
      if (status.isInvalid || status.isDropped || status.isUsurped) {
        stopWatching();
        return reject(new Error(`transaction ${status.type}`));
      }
      // A chain that finalizes at once (a chopsticks fork) may report Finalized so soon after
      // InBlock that @polkadot/api drops the InBlock result: either means the call is in.
      let blockHash = null;
      if (status.isFinalized) blockHash = status.asFinalized;
      else if (!finalized && status.isInBlock) blockHash = status.asInBlock;
      if (!blockHash) return;
      stopWatching();
      // With an internalError the client could not decode the block's events (a runtime
      // upgrade's registry swap); the call is in the block all the same, so read them again.
      (internalError ? extrinsicEvents(api, blockHash, txHash) : Promise.resolve(events))
        .then((records) => conclude(blockHash, records), reject);
    }).then((u) => {
      if (handled) u();
      else unsub = u;
    }, reject);
  });
}

/** The data of the first event `section.method` in `events`, as JSON (camelCase keys). */
export function eventData(api, events, section, method) {
  const found = events.find(({ event }) => event.section === section && event.method === method);
  if (!found) throw new Error(`no ${section}.${method} event`);
  const { event } = found;
  const names = event.meta.fields.map((f) => f.name.unwrap().toString());
  return Object.fromEntries(names.map((n, i) => [n.replace(/_([a-z])/g, (_, c) => c.toUpperCase()), event.data[i]]));
}

export async function freeBalance(api, who) {
  return (await api.query.system.account(who)).data.free.toBigInt();
}

/**
 * Makes `operators` bonded operators registered for a fresh blueprint, and has `client` request a
 * service from all of them, which they approve. Returns { blueprintId, serviceId }.
 */
export async function setupService(api, {
  owner, operators, client, name = 'inference', heartbeatInterval = 600, maxInstances = 64, permittedCallers = [],
  jobTimeout = DEFAULT_JOB_TIMEOUT, endsAt = null,
}) {
  const minBond = api.consts.staking.minOperatorBond.toBigInt();
  for (const operator of operators) {
    const ledger = await api.query.staking.operators(operator.address);
    if (ledger.isNone) await submit(api, api.tx.staking.bond(minBond), operator);
  }
  const created = await submit(api, api.tx.services.createBlueprint(
    name, u8aToHex(blake2AsU8a(name)), [{ name: 'run' }], GPU, operators.length, heartbeatInterval,
  ), owner);
  const blueprintId = eventData(api, created.events, 'services', 'BlueprintCreated').blueprintId.toNumber();
  await Promise.all(operators.map((operator) => submit(api, api.tx.services.registerOperator(
    blueprintId,
    { sessionKey: u8aToHex(operator.publicKey), rpcEndpoint: 'http://127.0.0.1:0', capacity: 1_000_000 },
    maxInstances,
  ), operator)));
  const serviceId = await requestApprovedService(api, { blueprintId, operators, client, permittedCallers, jobTimeout, endsAt });
  return { blueprintId, serviceId };
}

/**
 * The terms of a service request for `operators` paid in AIT: jobs may wait `jobTimeout` blocks
 * for a result (and then for its claim) before the caller may cancel them; the service ends at
 * block `endsAt` (null: never).
 */
export function serviceTerms({ operators, permittedCallers = [], jobTimeout = DEFAULT_JOB_TIMEOUT, endsAt = null, sla = null }) {
  return {
    operators: operators.map((o) => o.address ?? o),
    permittedCallers: permittedCallers.map((c) => c.address ?? c),
    paymentAsset: 'Native',
    securityAssets: ['Native'],
    sla,
    jobTimeout,
    endsAt,
  };
}

/** `client` requests a service of `blueprintId` from `operators`, who all approve. Returns its id. */
export async function requestApprovedService(api, { blueprintId, operators, client, permittedCallers = [], jobTimeout = DEFAULT_JOB_TIMEOUT, endsAt = null }) {
  const requested = await submit(api, api.tx.services.requestService(
    blueprintId, serviceTerms({ operators, permittedCallers, jobTimeout, endsAt }), 600,
  ), client);
  const requestId = eventData(api, requested.events, 'services', 'ServiceRequested').requestId.toNumber();
  let serviceId = null;
  for (const operator of operators) {
    const { events } = await submit(api, api.tx.services.approve(requestId), operator);
    const created = events.find(({ event }) => event.section === 'services' && event.method === 'ServiceCreated');
    if (created) serviceId = created.event.data[0].toNumber();
  }
  if (serviceId === null) throw new Error(`request ${requestId} approved but no service was created`);
  return serviceId;
}

/** Calls a job on `serviceId` as `client`; returns { jobId, price, blockHash }. */
export async function callJob(api, client, serviceId, { units = 10, priceCap = 1000n * AIT, input = 'input' } = {}) {
  const { events, blockHash } = await submit(api, api.tx.services.callJob(serviceId, 0, u8aToHex(blake2AsU8a(input)), units, priceCap), client);
  const called = eventData(api, events, 'services', 'JobCalled');
  return { jobId: called.jobId.toNumber(), price: called.price.toBigInt(), blockHash };
}

/**
 * The SCALE encoding of a receipt body: receipt id, job id, client, operator, compute units,
 * price, output hash, nonce (primitives/src/receipt.rs).
 */
export function encodeReceiptBody(api, body) {
  const account = (who) => api.createType('AccountId32', who).toU8a();
  return u8aConcat(
    body.receiptId,
    bnToU8a(body.jobId, { bitLength: 64 }),
    account(body.client),
    account(body.operator),
    bnToU8a(body.computeUnits, { bitLength: 64 }),
    bnToU8a(body.price, { bitLength: 128 }),
    body.outputHash,
    bnToU8a(body.nonce ?? 0, { bitLength: 64 }),
  );
}

/** A receipt for `body`, signed by `operatorPair` for the chain `api` is connected to. */
export function signReceipt(api, operatorPair, body) {
  const payload = u8aConcat(RECEIPT_DOMAIN, api.genesisHash.toU8a(), encodeReceiptBody(api, body));
  const signature = operatorPair.sign(payload);
  const key = signatureKey(operatorPair);
  return {
    body: {
      receiptId: u8aToHex(body.receiptId),
      jobId: body.jobId,
      client: body.client,
      operator: body.operator,
      computeUnits: body.computeUnits,
      price: body.price,
      outputHash: u8aToHex(body.outputHash),
      nonce: body.nonce ?? 0,
    },
    signature: { [key]: u8aToHex(signature) },
  };
}

/** The `MultiSignature` enum key of a key pair's type. */
function signatureKey(pair) {
  return pair.type === 'ed25519' ? 'Ed25519' : pair.type === 'ecdsa' ? 'Ecdsa' : 'Sr25519';
}

/**
 * The client's acceptance of a receipt: its signature (a `MultiSignature`) over
 * `"AITBC/receipt-acceptance/v1" ++ genesis hash ++ SCALE(body)`, the same body the operator
 * signs. A receipt submitted with it settles in the same call.
 */
export function acceptanceSignature(api, clientPair, body) {
  const payload = u8aConcat(ACCEPTANCE_DOMAIN, api.genesisHash.toU8a(), encodeReceiptBody(api, body));
  return { [signatureKey(clientPair)]: u8aToHex(clientPair.sign(payload)) };
}

/** A receipt id unique to a job and a label. */
export function receiptId(jobId, label = 'receipt') {
  return blake2AsU8a(u8aConcat(stringToU8a(label), bnToU8a(jobId, { bitLength: 64 })));
}

/** The output hash the helpers deliver for job `jobId` (result and receipt must agree on it). */
export function outputHash(jobId, output = 'output') {
  return blake2AsU8a(`${output}/${jobId}`);
}

/** The `services.submitResult` call that delivers job `jobId` with `outputHash(jobId, output)`. */
export function resultCall(api, jobId, { output = 'output' } = {}) {
  return api.tx.services.submitResult(jobId, u8aToHex(outputHash(jobId, output)));
}

/** The receipt body `operator` signs for a job (see `encodeReceiptBody`). */
export function receiptBody({ jobId, client, operator, computeUnits, price, output = 'output', label, nonce = 0 }) {
  return {
    receiptId: receiptId(jobId, label),
    jobId,
    client,
    operator,
    computeUnits,
    price,
    outputHash: outputHash(jobId, output),
    nonce,
  };
}

/**
 * The `submit_receipt` call for a receipt `operatorPair` signs over `job`: it claims the job's
 * payment (the job needs a result from the same operator with the same output). With
 * `acceptedBy` (the client's key pair) the receipt carries the client's counter-signature and
 * settles at once; otherwise the acceptance is null and the claim waits for the client's
 * `receipts.accept` or the end of the challenge window.
 */
export function receiptCall(api, operatorPair, { jobId, client, computeUnits, price, output = 'output', label, acceptedBy = null }) {
  const body = receiptBody({ jobId, client, operator: operatorPair.address, computeUnits, price, output, label });
  const receipt = signReceipt(api, operatorPair, body);
  const acceptance = acceptedBy ? acceptanceSignature(api, acceptedBy, body) : null;
  return api.tx.receipts.submitReceipt(receipt, 'Public', acceptance);
}

/**
 * The calls with which `operatorPair` delivers a job and claims its payment: its result, then
 * its receipt (see `receiptCall`), for one `utility.batchAll` signed by the operator.
 */
export function deliverCalls(api, operatorPair, job) {
  return [resultCall(api, job.jobId, { output: job.output }), receiptCall(api, operatorPair, job)];
}

/** The status of every `services.JobClosed` event in `events`, by job id. */
export function closedJobs(events) {
  const closed = new Map();
  for (const { event } of events) {
    if (event.section === 'services' && event.method === 'JobClosed') {
      closed.set(event.data[0].toNumber(), event.data[1].toString());
    }
  }
  return closed;
}

/** The event records of the block `blockHash`. */
export async function blockEvents(api, blockHash) {
  return (await api.at(blockHash)).query.system.events();
}

/**
 * A council motion for `call`, proposed by the first of `members` and voted aye by all of them
 * (the proposer's vote is not implied), closed as soon as it passes. Rejects if the motion did not pass or its call failed.
 */
export async function councilMotion(api, call, members) {
  const [proposer] = members;
  const threshold = members.length;
  const length = call.method.encodedLength;
  const proposed = await submit(api, api.tx.council.propose(threshold, call, length), proposer);
  const { proposalHash, proposalIndex } = eventData(api, proposed.events, 'council', 'Proposed');
  for (const voter of members) {
    await submit(api, api.tx.council.vote(proposalHash, proposalIndex, true), voter);
  }
  const closed = await submit(
    api,
    api.tx.council.close(proposalHash, proposalIndex, { refTime: 10_000_000_000n, proofSize: 1_000_000n }, length),
    proposer,
  );
  const { result } = eventData(api, closed.events, 'council', 'Executed');
  if (result.isErr) throw new Error(`council motion failed: ${describeDispatchError(api, result.asErr)}`);
  return closed;
}

/** Resolves with the first event `section.method` (with `filter(data)` true) in a new block. */
export function nextEvent(api, section, method, filter = () => true, timeoutMs = 300_000) {
  return new Promise((resolve, reject) => {
    let unsub = null;
    const timer = setTimeout(() => {
      if (unsub) unsub();
      reject(new Error(`no ${section}.${method} within ${timeoutMs} ms`));
    }, timeoutMs);
    api.query.system.events((records) => {
      for (const { event } of records) {
        if (event.section === section && event.method === method && filter(event.data)) {
          clearTimeout(timer);
          if (unsub) unsub();
          resolve(event.data);
          return;
        }
      }
    }).then((u) => { unsub = u; });
  });
}

/**
 * Resolves with { data, blockHash } of the first event `section.method` (with `filter(data)`
 * true) in a new best block, so callers can read state just before and at that block.
 */
export function waitEvent(api, section, method, filter = () => true, timeoutMs = 300_000) {
  return new Promise((resolve, reject) => {
    let unsub = null;
    const stop = () => { if (unsub) unsub(); };
    const timer = setTimeout(() => { stop(); reject(new Error(`no ${section}.${method} within ${timeoutMs} ms`)); }, timeoutMs);
    api.rpc.chain.subscribeNewHeads(async (header) => {
      const blockHash = header.hash;
      let records;
      try {
        records = await eventsAt(api, blockHash);
      } catch (error) {
        clearTimeout(timer);
        stop();
        reject(error);
        return;
      }
      for (const { event } of records) {
        if (event.section === section && event.method === method && filter(event.data)) {
          clearTimeout(timer);
          stop();
          resolve({ data: event.data, blockHash });
          return;
        }
      }
    }).then((u) => { unsub = u; }, reject);
  });
}

/** `query(apiAt)` at the parent of `blockHash` and at `blockHash`: [before, after]. */
export async function aroundBlock(api, blockHash, query) {
  const header = await api.rpc.chain.getHeader(blockHash);
  return [await query(await api.at(header.parentHash)), await query(await api.at(blockHash))];
}

/** The account of a pallet with `palletId` (a `PalletId` constant), e.g. the treasury's. */
export function palletAccount(api, palletId) {
  const id = u8aConcat(stringToU8a('modl'), palletId.toU8a(), new Uint8Array(32));
  return encodeAddress(id.subarray(0, 32), api.registry.chainSS58);
}

/**
 * What staking's session rewards took from the treasury in the block of `records`: a closed
 * session is funded from it (`SessionFunded`), and what the entries' reward room kept back goes
 * back to it when the payout ends (`SessionRewarded.returned`).
 */
export function rewardFlows(api, records) {
  let net = 0n;
  for (const { event } of records) {
    if (api.events.staking.SessionFunded.is(event)) net += event.data[1].toBigInt();
    if (api.events.staking.SessionRewarded.is(event)) net -= event.data[3].toBigInt();
  }
  return net;
}

/** Dispatches `call` as root through sudo (dev chain); rejects if the call itself failed. */
export async function sudo(api, call, key) {
  const result = await submit(api, api.tx.sudo.sudo(call), key);
  const { sudoResult } = eventData(api, result.events, 'sudo', 'Sudid');
  if (sudoResult.isErr) throw new Error(`sudo call failed: ${describeDispatchError(api, sudoResult.asErr)}`);
  return result;
}
