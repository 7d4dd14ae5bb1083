using System.Diagnostics;
using System.Text.Json.Nodes;

namespace Monitoring.Integration.Tests.Deployment;

/// <summary>
/// deploy/k8s as a cluster would receive it: rendered by kustomize (<c>kubectl kustomize</c>) and
/// checked object by object against the Kubernetes API schemas by tests/k8s-schema/validate.mjs
/// (kubernetes-models, installed by scripts/test.sh). Both run offline.
/// </summary>
internal sealed record KubernetesManifests(string Yaml, IReadOnlyList<JsonObject> Objects, IReadOnlyList<string> SchemaErrors)
{
    public static readonly string Root = Path.Combine(RepositoryRoot.Path, "deploy", "k8s");

    /// <summary>Renders a kustomization folder under deploy/k8s and validates what it renders.</summary>
    public static KubernetesManifests Render(string folder) =>
        Validate(Run("kubectl", ["kustomize", Path.Combine(Root, folder)], null));

    /// <summary>Validates manifests given as YAML (a rendering, possibly altered by a test).</summary>
    public static KubernetesManifests Validate(string yaml)
    {
        var script = Path.Combine(RepositoryRoot.Path, "tests", "k8s-schema", "validate.mjs");
        if (!Directory.Exists(Path.Combine(RepositoryRoot.Path, "tests", "k8s-schema", "node_modules")))
        {
            throw new InvalidOperationException("tests/k8s-schema has no node_modules: run scripts/test.sh (it runs npm ci there) or `npm ci --prefix tests/k8s-schema`.");
        }

        var answer = JsonNode.Parse(Run("node", [script], yaml))!.AsObject();
        var objects = answer["documents"]!.AsArray().Select(d => d!["object"]!.AsObject()).ToList();
        var errors = answer["errors"]!.AsArray().Select(e => e!.GetValue<string>()).ToList();
        return new KubernetesManifests(yaml, objects, errors);
    }

    public IEnumerable<JsonObject> OfKind(string kind) =>
        Objects.Where(o => (string?)o["kind"] == kind);

    public JsonObject Single(string kind, string name) =>
        Assert.Single(OfKind(kind), o => (string?)o["metadata"]!["name"] == name);

    private static string Run(string program, IReadOnlyList<string> arguments, string? input)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardInput = input is not null,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start");
        if (input is not null)
        {
            process.StandardInput.Write(input);
            process.StandardInput.Close();
        }

        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0
            ? stdout
            : throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} exited {process.ExitCode}: {stderr.Result}");
    }
}
