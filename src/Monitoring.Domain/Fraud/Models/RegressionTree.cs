using System.Collections.Immutable;

namespace Monitoring.Domain.Fraud.Models;

/// <summary>One tree of a boosted ensemble: its splits (node 0 is the root) and its leaf values (already weighted).</summary>
public sealed record RegressionTree(ImmutableArray<TreeNode> Nodes, ImmutableArray<double> Leaves);
