namespace Monitoring.Cli.Tests.Fixtures;

/// <summary>The tests that run the CLI against one shared host.</summary>
[CollectionDefinition(Name)]
public sealed class CliCollection : ICollectionFixture<CliHost>
{
    public const string Name = "cli";
}
