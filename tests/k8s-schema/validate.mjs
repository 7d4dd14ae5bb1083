// Reads rendered Kubernetes manifests (multi-document YAML) on stdin and checks each object
// against the Kubernetes API schema of its apiVersion and kind, as published in kubernetes-models
// (generated from the Kubernetes OpenAPI document). Prints one JSON object:
// { documents: [ { apiVersion, kind, name, object } ], errors: [ "Kind/name: message" ] }.
// Exit code 0 either way: the caller (KubernetesManifestTests) decides.
import { parseAllDocuments } from "yaml";

const input = await new Promise((resolve) => {
  let text = "";
  process.stdin.setEncoding("utf8");
  process.stdin.on("data", (chunk) => (text += chunk));
  process.stdin.on("end", () => resolve(text));
});

const documents = [];
const errors = [];
for (const doc of parseAllDocuments(input)) {
  if (doc.errors.length > 0) {
    errors.push(`yaml: ${doc.errors.map((e) => e.message).join("; ")}`);
    continue;
  }
  const object = doc.toJS();
  if (object === null || object === undefined) continue;
  const { apiVersion, kind } = object;
  // kustomize folds long base64 values over lines; the API server's decoder skips line breaks,
  // the schema's "byte" format does not, so unfold them before checking.
  if (kind === "Secret" && object.data) {
    for (const key of Object.keys(object.data)) object.data[key] = String(object.data[key]).replace(/\s+/g, "");
  }
  const name = object.metadata?.name ?? "?";
  documents.push({ apiVersion, kind, name, object });
  let model;
  try {
    model = await import(`kubernetes-models/${apiVersion}/${kind}`);
  } catch {
    errors.push(`${kind}/${name}: no schema for apiVersion ${apiVersion}, kind ${kind}`);
    continue;
  }
  try {
    new model[kind](object).validate();
  } catch (e) {
    errors.push(`${kind}/${name}: ${e.message}`);
  }
}

process.stdout.write(JSON.stringify({ documents, errors }));
