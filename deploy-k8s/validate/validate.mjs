// Renders a kustomization with `kubectl kustomize` and validates every object it yields against the Kubernetes
// schemas of kubernetes-models (offline). Also checks that every manifest file beside kustomization.yaml is one of its
// resources, so that nothing is left out of the render unnoticed.
//   node validate.mjs [--as-written] <kustomization folder>     exit 0: valid; 1: invalid (each problem named); 2: cannot run
//   --as-written: the listed files without rendering (a machine without kubectl; run.sh says so)
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseAllDocuments, parse } from "yaml";

const kubectl = process.env.KUBECTL || "kubectl";

export function render(folder) {
  const result = spawnSync(kubectl, ["kustomize", folder], { encoding: "utf8" });
  if (result.error?.code === "ENOENT") {
    return { fatal: `'${kubectl}' not found: install kubectl (1.21 or later, for Kustomize 4.1+) or set KUBECTL.` };
  }
  if (result.status !== 0) {
    return { problems: [`kubectl kustomize ${folder} failed: ${(result.stderr || "").trim()}`] };
  }
  return { text: result.stdout };
}

/** Manifest files in the folder that kustomization.yaml does not list (only plain file resources are compared). */
export function unlistedFiles(folder) {
  const kustomization = parse(readFileSync(join(folder, "kustomization.yaml"), "utf8")) ?? {};
  const listed = new Set((kustomization.resources ?? []).map((resource) => resource.replace(/^\.\//, "")));
  return readdirSync(folder)
    .filter((name) => /\.ya?ml$/.test(name) && name !== "kustomization.yaml" && !listed.has(name))
    .map((name) => `${name} is not listed in kustomization.yaml resources`);
}

async function modelOf(apiVersion, kind) {
  if (typeof apiVersion !== "string" || typeof kind !== "string" || !/^[A-Za-z0-9./-]+$/.test(apiVersion + kind)) {
    return undefined;
  }
  try {
    return (await import(`kubernetes-models/${apiVersion}/${kind}`))[kind];
  } catch {
    return undefined;
  }
}

function describe(error) {
  const errors = error?.errors;
  if (!Array.isArray(errors) || errors.length === 0) {
    return [String(error?.message ?? error)];
  }
  return errors.map((e) => {
    const where = e.instancePath || "/";
    const extra = e.params?.additionalProperty ? ` '${e.params.additionalProperty}'`
      : e.params?.allowedValues ? ` (allowed: ${e.params.allowedValues.join(", ")})` : "";
    return `${where} ${e.message}${extra}`;
  });
}

export async function validateText(text) {
  const problems = [];
  let count = 0;
  for (const document of parseAllDocuments(text)) {
    if (document.errors.length > 0) {
      problems.push(...document.errors.map((e) => `YAML: ${e.message}`));
      continue;
    }
    const object = document.toJS();
    if (object == null) {
      continue;
    }
    count++;
    const name = `${object.kind ?? "(no kind)"}/${object.metadata?.name ?? "(no name)"}`;
    const Model = await modelOf(object.apiVersion, object.kind);
    if (!Model) {
      problems.push(`${name}: no Kubernetes schema for apiVersion '${object.apiVersion}' kind '${object.kind}'`);
      continue;
    }
    try {
      new Model(object).validate();
    } catch (error) {
      problems.push(...describe(error).map((line) => `${name}: ${line}`));
    }
  }
  return { count, problems };
}

/** The kustomization's listed files as they are, for a machine without kubectl. */
export function asWritten(folder) {
  const kustomization = parse(readFileSync(join(folder, "kustomization.yaml"), "utf8")) ?? {};
  return { text: (kustomization.resources ?? []).map((file) => readFileSync(join(folder, file), "utf8")).join("\n---\n") };
}

export async function validateFolder(folder, { rendered: useKustomize = true } = {}) {
  const rendered = useKustomize ? render(folder) : asWritten(folder);
  if (rendered.fatal) {
    return { fatal: rendered.fatal };
  }
  const problems = [...unlistedFiles(folder), ...(rendered.problems ?? [])];
  if (rendered.text === undefined) {
    return { count: 0, problems };
  }
  const result = await validateText(rendered.text);
  return { count: result.count, problems: [...problems, ...result.problems] };
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)) {
  const asWrittenOnly = process.argv[2] === "--as-written";
  const folder = process.argv[asWrittenOnly ? 3 : 2];
  if (!folder) {
    console.error("usage: node validate.mjs [--as-written] <kustomization folder>");
    process.exit(2);
  }
  const result = await validateFolder(folder, { rendered: !asWrittenOnly });
  if (result.fatal) {
    console.error(result.fatal);
    process.exit(2);
  }
  for (const problem of result.problems) {
    console.error(`invalid: ${problem}`);
  }
  if (result.problems.length > 0 || result.count === 0) {
    console.error(`${folder}: ${result.problems.length} problem(s) in ${result.count} object(s)`);
    process.exit(1);
  }
  console.log(`${folder}: ${result.count} objects valid against the Kubernetes schemas`);
}
