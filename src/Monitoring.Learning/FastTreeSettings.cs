namespace Monitoring.Learning;

/// <summary>FastTree's size and pace: trees, leaves per tree, rows per leaf at least, learning rate.</summary>
public sealed record FastTreeSettings(int Trees, int Leaves, int MinRowsPerLeaf, double LearningRate)
{
    public static FastTreeSettings Default { get; } = new(100, 16, 10, 0.2);
}
