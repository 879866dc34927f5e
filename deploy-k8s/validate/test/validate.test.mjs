// The validator against the real manifests and deliberately broken copies of them in a temporary folder.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const script = join(here, "..", "validate.mjs");
const manifests = join(here, "..", "..");

function validate(folder, env = {}) {
  return spawnSync(process.execPath, [script, folder], { encoding: "utf8", env: { ...process.env, ...env } });
}

/** A copy of deploy-k8s's manifests (not this validator) with `change` applied, validated, then removed. */
function validateCopy(change, env) {
  const folder = mkdtempSync(join(tmpdir(), "deploy-k8s-"));
  try {
    for (const name of readdirSync(manifests).filter((n) => /\.ya?ml$/.test(n))) {
      cpSync(join(manifests, name), join(folder, name));
    }
    change(folder);
    return validate(folder, env);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

function edit(folder, name, from, to) {
  const path = join(folder, name);
  const text = readFileSync(path, "utf8");
  assert.ok(text.includes(from), `${name} has '${from}'`);
  writeFileSync(path, text.replace(from, to));
}

test("deploy-k8s renders and every object is valid", () => {
  const result = validate(manifests);
  assert.equal(result.status, 0, result.stderr);
  assert.match(result.stdout, /9 objects valid/);
});

test("a wrong type is refused naming the object and the field", () => {
  const result = validateCopy((folder) => edit(folder, "deployment.yaml", "replicas: 3", "replicas: three"));
  assert.equal(result.status, 1);
  assert.match(result.stderr, /Deployment\/asivado-gateway: \/spec\/replicas must be integer/);
});

test("a value outside an enumeration is refused with the allowed values", () => {
  const result = validateCopy((folder) => edit(folder, "service.yaml", "protocol: TCP", "protocol: HTTP"));
  assert.equal(result.status, 1);
  assert.match(result.stderr, /Service\/asivado-gateway: \/spec\/ports\/0\/protocol .*allowed: SCTP, TCP, UDP/);
});

test("a missing required field is refused", () => {
  const result = validateCopy((folder) => edit(folder, "rbac.yaml", "  kind: Role\n  name: asivado-gateway-pods", "  name: asivado-gateway-pods"));
  assert.equal(result.status, 1);
  assert.match(result.stderr, /RoleBinding\/asivado-gateway-pods: \/roleRef must have required property '?kind'?/);
});

test("an unknown kind is refused", () => {
  const result = validateCopy((folder) => edit(folder, "poddisruptionbudget.yaml", "kind: PodDisruptionBudget", "kind: PodDisruptionBudge"));
  assert.equal(result.status, 1);
  assert.match(result.stderr, /PodDisruptionBudge\/asivado-gateway: no Kubernetes schema/);
});

test("a manifest left out of kustomization.yaml is named", () => {
  const result = validateCopy((folder) => writeFileSync(join(folder, "extra.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: extra\n"));
  assert.equal(result.status, 1);
  assert.match(result.stderr, /extra\.yaml is not listed in kustomization\.yaml resources/);
});

test("a render failure is reported, not skipped", () => {
  const result = validateCopy((folder) => edit(folder, "kustomization.yaml", "  - service.yaml\n", "  - service.yaml\n  - missing.yaml\n"));
  assert.equal(result.status, 1);
  assert.match(result.stderr, /kubectl kustomize .* failed: .*missing\.yaml/);
});

test("without kubectl the validator stops with exit code 2 and says so", () => {
  const result = validate(manifests, { KUBECTL: "/nonexistent/kubectl" });
  assert.equal(result.status, 2);
  assert.match(result.stderr, /'\/nonexistent\/kubectl' not found: install kubectl/);
});
